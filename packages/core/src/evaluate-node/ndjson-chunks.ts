import { MAX_SOURCE_LENGTH } from '../ruleset/parse-source.js';

/** Whole lines of NDJSON input, cut at newlines, to evaluate here or in a worker thread. */
export interface LineChunk {
  /** The number of the first line (from 1). */
  readonly firstLine: number;
  /**
   * The lines' bytes, each ending in `\n` except a last line the input ends without one. A line
   * too long to keep is left out and listed in `tooLong` instead.
   */
  readonly data: Uint8Array;
  /** Lines the chunk stands for, kept or too long. */
  readonly lines: number;
  /** Input bytes the chunk stands for (for the progress bar). */
  readonly bytes: number;
  /** Lines longer than `maxLineBytes`: their numbers and lengths, in order. */
  readonly tooLong: readonly { readonly line: number; readonly length: number }[];
}

export interface ChunkOptions {
  /** Bytes of lines per chunk (default 1 MiB: a worker's share small enough to balance). */
  readonly chunkBytes?: number;
  /** Documented limit: a longer line is not held in memory but counted as an error (default 32 MiB). */
  readonly maxLineBytes?: number;
}

const NEWLINE = 0x0a;

/**
 * Cuts a byte stream into chunks of whole lines, streaming: memory holds one chunk and the line
 * being read, whatever the input's size. Only newlines are looked for here — decoding and
 * parsing happen where the chunk is evaluated, so that a worker thread does that work.
 *
 * @param source - a file stream or any async iterable of byte chunks
 * @param options - chunk size and line-length limit
 * @returns the chunks, in input order
 * @example for await (const chunk of lineChunks(createReadStream('records.ndjson'))) evaluateChunk(evaluator, chunk);
 */
export async function* lineChunks(source: AsyncIterable<Uint8Array | string>, options: ChunkOptions = {}): AsyncGenerator<LineChunk> {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const maxLineBytes = options.maxLineBytes ?? MAX_SOURCE_LENGTH;
  let parts: Uint8Array[] = [];
  let held = 0;
  let firstLine = 1;
  let lines = 0;
  let bytes = 0;
  let tooLong: { line: number; length: number }[] = [];
  // The current line's bytes not yet in `parts`; past the limit only its length is counted.
  let partial: Uint8Array[] = [];
  let partialLength = 0;

  const flush = (): LineChunk => {
    const chunk = { firstLine, data: concat(parts, held), lines, bytes, tooLong };
    firstLine += lines;
    parts = [];
    held = 0;
    lines = 0;
    bytes = 0;
    tooLong = [];
    return chunk;
  };
  const endLine = (tail: Uint8Array, terminated: boolean) => {
    const length = partialLength + tail.length;
    if (length > maxLineBytes) {
      tooLong.push({ line: firstLine + lines, length });
    } else {
      parts.push(...partial, tail);
      held += length + (terminated ? 1 : 0);
      if (terminated) parts.push(NEWLINE_BYTE);
    }
    lines++;
    bytes += length + (terminated ? 1 : 0);
    partial = [];
    partialLength = 0;
  };

  for await (const input of source) {
    const chunk = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      endLine(chunk.subarray(start, end), true);
      start = end + 1;
      if (held >= chunkBytes) yield flush();
    }
    if (start < chunk.length) {
      partialLength += chunk.length - start;
      if (partialLength <= maxLineBytes) partial.push(chunk.subarray(start));
      else partial = [];
    }
  }
  // A last line without a newline is still a line.
  if (partialLength > 0) endLine(new Uint8Array(0), false);
  if (lines > 0) yield flush();
}

const NEWLINE_BYTE = new Uint8Array([NEWLINE]);

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
