import type { RawLine } from './line-reader.js';

/**
 * Consecutive input lines sent to a worker in one message (messages per line would cost more
 * than deciding). The bytes of all lines are in one buffer: line i spans `ends[i-1]..ends[i]`.
 */
export interface Chunk {
  /** Position in the run: results are written in this order. */
  readonly id: number;
  /** The line number of the first line; the others follow without gaps. */
  readonly firstLine: number;
  readonly data: Uint8Array;
  readonly ends: Uint32Array;
  /** Lines over the length limit, which carry no bytes: index in the chunk → length. */
  readonly oversize: readonly (readonly [index: number, length: number])[];
  /** The length limit, for the error record of an oversize line. */
  readonly maxLineBytes: number;
  /** Input bytes the lines took, newlines included (for the progress bar). */
  readonly inputBytes: number;
  /** 1 for a first run; more when lines are run again after a worker died (test faults use it). */
  readonly attempt: number;
}

/** A line the summary needs to know about: an error record, or a review that did not pass. */
export interface LineOutcome {
  readonly line: number;
  readonly status: 'error' | 'warn' | 'fail';
  /** Error records: the error code and its first message. */
  readonly error?: { readonly code: string; readonly message: string };
  /** Reviews: the code and severity of each finding. */
  readonly findings?: readonly { readonly code: string; readonly severity: string }[];
  /** Where the line's record is in the result's `data` (bytes, without its newline). */
  readonly start: number;
  readonly end: number;
}

/** What a worker sends back for a chunk: the output lines, whole, each ending in `\n`. */
export interface ChunkResult {
  readonly id: number;
  readonly firstLine: number;
  readonly count: number;
  readonly data: Uint8Array;
  readonly inputBytes: number;
  /** Only the lines that were not plainly decided or passed; the rest are counted, not listed. */
  readonly outcomes: readonly LineOutcome[];
}

/**
 * @param chunk - a chunk
 * @returns how many lines it holds
 */
export function chunkLength(chunk: Chunk): number {
  return chunk.ends.length;
}

/**
 * @param chunk - a chunk
 * @param index - a line's position in the chunk, from 0
 * @returns the line's bytes (a view, not a copy), or null for a line over the length limit
 * @example Buffer.from(chunkLine(chunk, 0) ?? []).toString() // '{"item":"FS-124-1-3",…}'
 */
export function chunkLine(chunk: Chunk, index: number): Uint8Array | null {
  if (chunk.oversize.some(([at]) => at === index)) return null;
  return chunk.data.subarray(index === 0 ? 0 : (chunk.ends[index - 1] as number), chunk.ends[index] as number);
}

/**
 * The lines `from..to` (exclusive) of a chunk as a chunk of their own, to run again.
 *
 * @param chunk - the chunk whose worker died
 * @param from - first index kept
 * @param to - index after the last kept
 * @param attempt - the attempt number of the new chunk
 * @returns the sub-chunk, keeping the parent's id (its results are merged back)
 * @example subChunk(chunk, 36, 37, 2) // line 37 of a chunk starting at line 1, alone, second attempt
 */
export function subChunk(chunk: Chunk, from: number, to: number, attempt: number): Chunk {
  const base = from === 0 ? 0 : (chunk.ends[from - 1] as number);
  const ends = chunk.ends.slice(from, to).map((end) => end - base);
  const data = chunk.data.slice(base, to === 0 ? 0 : (chunk.ends[to - 1] as number));
  const oversize = chunk.oversize.filter(([index]) => index >= from && index < to).map(([index, length]) => [index - from, length] as const);
  return { id: chunk.id, firstLine: chunk.firstLine + from, data, ends, oversize, maxLineBytes: chunk.maxLineBytes, inputBytes: 0, attempt };
}

/**
 * Results of consecutive parts of one chunk joined into the chunk's result.
 *
 * @param chunk - the original chunk
 * @param parts - results covering its lines, in order
 * @returns one result with the chunk's id, line count and input bytes
 * @example mergeResults(chunk, [before, failedLine, after])
 */
export function mergeResults(chunk: Chunk, parts: readonly ChunkResult[]): ChunkResult {
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.data.length, 0));
  const outcomes: LineOutcome[] = [];
  let offset = 0;
  for (const part of parts) {
    data.set(part.data, offset);
    for (const outcome of part.outcomes) outcomes.push({ ...outcome, start: outcome.start + offset, end: outcome.end + offset });
    offset += part.data.length;
  }
  return { id: chunk.id, firstLine: chunk.firstLine, count: chunkLength(chunk), data, inputBytes: chunk.inputBytes, outcomes };
}

/**
 * Collects lines from the reader into chunks of about `maxLines` lines or `maxBytes` bytes.
 *
 * @example
 * const packer = new ChunkPacker(256, 1 << 20, limit);
 * for await (const raw of readLines(input)) if (packer.add(raw)) send(packer.take());
 */
export class ChunkPacker {
  private data = new Uint8Array(64 * 1024);
  private used = 0;
  private ends: number[] = [];
  private oversize: [number, number][] = [];
  private firstLine = 0;
  private inputBytes = 0;
  private nextId = 0;

  /**
   * @param maxLines - lines per chunk
   * @param maxBytes - bytes per chunk (a chunk holds at least one line, however long)
   * @param maxLineBytes - the reader's line limit, quoted in the error record of a longer line
   */
  constructor(
    private readonly maxLines: number,
    private readonly maxBytes: number,
    private readonly maxLineBytes: number,
  ) {}

  /** Lines waiting in the current chunk. */
  get size(): number {
    return this.ends.length;
  }

  /**
   * Adds a line.
   *
   * @returns true when the chunk is full and should be taken
   */
  add(raw: RawLine): boolean {
    if (this.ends.length === 0) this.firstLine = raw.line;
    if (raw.bytes === null) {
      this.oversize.push([this.ends.length, raw.length]);
    } else {
      this.reserve(raw.bytes.length);
      this.data.set(raw.bytes, this.used);
      this.used += raw.bytes.length;
    }
    this.ends.push(this.used);
    this.inputBytes += raw.length + (raw.terminated ? 1 : 0);
    return this.ends.length >= this.maxLines || this.used >= this.maxBytes;
  }

  /** The current chunk, with a fresh id; the packer starts a new one. */
  take(): Chunk {
    const chunk: Chunk = {
      id: this.nextId++,
      firstLine: this.firstLine,
      // A copy of exactly the used bytes: the chunk outlives the packer's buffer.
      data: this.data.slice(0, this.used),
      ends: Uint32Array.from(this.ends),
      oversize: this.oversize,
      maxLineBytes: this.maxLineBytes,
      inputBytes: this.inputBytes,
      attempt: 1,
    };
    this.used = 0;
    this.ends = [];
    this.oversize = [];
    this.inputBytes = 0;
    // After a very long line, give the memory back rather than keep it for the whole run.
    if (this.data.length > 4 * this.maxBytes) this.data = new Uint8Array(64 * 1024);
    return chunk;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.used + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.data.subarray(0, this.used));
    this.data = grown;
  }
}
