import { MAX_SOURCE_LENGTH } from '../ruleset/parse-source.js';
import { concatBytes } from '../internal/concat-bytes.js';

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
  // Kept bytes are gathered as runs of whole lines, one per input piece, not one per line: a
  // million-line file costs a few hundred copies instead of two million small arrays, and this
  // thread stays free to feed the workers.
  let parts: Uint8Array[] = [];
  let held = 0;
  let firstLine = 1;
  let lines = 0;
  let bytes = 0;
  let tooLong: { line: number; length: number }[] = [];
  // The current line's bytes from earlier pieces; past the limit only its length is counted.
  let partial: Uint8Array[] = [];
  let partialLength = 0;

  const flush = (): LineChunk => {
    const chunk = { firstLine, data: concatBytes(parts, held), lines, bytes, tooLong };
    firstLine += lines;
    parts = [];
    held = 0;
    lines = 0;
    bytes = 0;
    tooLong = [];
    return chunk;
  };
  const keep = (run: Uint8Array) => {
    if (run.length > 0) parts.push(run);
  };

  for await (const input of source) {
    const piece = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    let start = 0;
    // Where the run of kept lines in this piece begins (a line's start, or past a dropped line).
    let runStart = 0;
    for (let end = piece.indexOf(NEWLINE, start); end !== -1; end = piece.indexOf(NEWLINE, start)) {
      const length = partialLength + end - start;
      if (length > maxLineBytes) {
        keep(piece.subarray(runStart, start));
        runStart = end + 1;
        tooLong.push({ line: firstLine + lines, length });
      } else {
        // Only the piece's first line can continue earlier pieces; the run is empty then.
        for (const earlier of partial) keep(earlier);
        held += length + 1;
      }
      partial = [];
      partialLength = 0;
      lines++;
      bytes += length + 1;
      start = end + 1;
      if (held >= chunkBytes) {
        keep(piece.subarray(runStart, start));
        runStart = start;
        yield flush();
      }
    }
    keep(piece.subarray(runStart, start));
    if (start < piece.length) {
      partialLength += piece.length - start;
      if (partialLength <= maxLineBytes) partial.push(piece.subarray(start));
      else partial = [];
    }
  }
  // A last line without a newline is still a line.
  if (partialLength > 0) {
    if (partialLength > maxLineBytes) {
      tooLong.push({ line: firstLine + lines, length: partialLength });
    } else {
      for (const earlier of partial) keep(earlier);
      held += partialLength;
    }
    lines++;
    bytes += partialLength;
  }
  if (lines > 0) yield flush();
}
