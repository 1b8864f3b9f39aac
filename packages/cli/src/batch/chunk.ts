/**
 * Input lines sent to a worker in one message (messages per line would cost more
 * than deciding). The bytes of all lines are in one buffer, each line followed by one `\n`
 * (so that runs of input lines are copied in as they are, newlines and all): line i spans
 * `ends[i-1] + 1..ends[i]`, and `ends[i]` is where its `\n` is.
 */
export interface Chunk {
  /** Position in the run: results are written in this order. */
  readonly id: number;
  /** The line number (in the whole input) of the first line. */
  readonly firstLine: number;
  /**
   * How far apart the lines' numbers are: line i is `firstLine + i × stride`. 1, except for a
   * shard `--shard k/n`, whose lines are every n-th line of the input.
   */
  readonly stride: number;
  /** The lines' bytes, each followed by `\n` (also a last line the input ends without one). */
  readonly data: Uint8Array;
  /** Where each line ends (the offset of its `\n` in `data`). */
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
 * @returns the line's number in the whole input
 */
export function chunkLineNumber(chunk: Chunk, index: number): number {
  return chunk.firstLine + index * chunk.stride;
}

/**
 * @param chunk - a chunk
 * @param index - a line's position in the chunk, from 0
 * @returns the line's bytes (a view, not a copy), or null for a line over the length limit
 * @example Buffer.from(chunkLine(chunk, 0) ?? []).toString() // '{"item":"FS-124-1-3",…}'
 */
export function chunkLine(chunk: Chunk, index: number): Uint8Array | null {
  if (chunk.oversize.some(([at]) => at === index)) return null;
  return chunk.data.subarray(lineStart(chunk, index), chunk.ends[index] as number);
}

/** Where line `index` starts in `data`: after the `\n` of the line before it. */
function lineStart(chunk: Chunk, index: number): number {
  return index === 0 ? 0 : (chunk.ends[index - 1] as number) + 1;
}

/**
 * The lines `from..to` (exclusive) of a chunk as a chunk of their own, to run again.
 *
 * @param chunk - the chunk whose worker died
 * @param from - first index kept
 * @param to - index after the last kept
 * @param attempt - the attempt number of the new chunk
 * @returns the sub-chunk, keeping the parent's id (its results are merged back)
 * @example subChunk(chunk, 36, 37, 2) // line 37 of an unsharded chunk starting at line 1, alone, second attempt
 */
export function subChunk(chunk: Chunk, from: number, to: number, attempt: number): Chunk {
  const base = lineStart(chunk, from);
  const ends = chunk.ends.slice(from, to).map((end) => end - base);
  const data = chunk.data.slice(base, lineStart(chunk, to));
  const oversize = chunk.oversize
    .filter(([index]) => index >= from && index < to)
    .map(([index, length]) => [index - from, length] as const);
  return {
    id: chunk.id,
    firstLine: chunk.firstLine + from * chunk.stride,
    stride: chunk.stride,
    data,
    ends,
    oversize,
    maxLineBytes: chunk.maxLineBytes,
    inputBytes: 0,
    attempt,
  };
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
    for (const outcome of part.outcomes)
      outcomes.push({ ...outcome, start: outcome.start + offset, end: outcome.end + offset });
    offset += part.data.length;
  }
  return {
    id: chunk.id,
    firstLine: chunk.firstLine,
    count: chunkLength(chunk),
    data,
    inputBytes: chunk.inputBytes,
    outcomes,
  };
}
