import { concatBytes } from '../batch/concat-bytes.js';
import { LineCutter } from '../batch/line-cutter.js';

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

const NEWLINE = Uint8Array.of(0x0a);

/**
 * Cuts a byte stream into chunks of whole lines, streaming: memory holds one chunk and the line
 * being read, whatever the input's size. Only newlines are looked for here — decoding and
 * parsing happen where the chunk is evaluated, so that a worker thread does that work. What a
 * line is (its end, a last line without a newline, one too long to keep) is the same as for
 * `cailiang batch`: both cut with the LineCutter.
 *
 * @param source - a file stream or any async iterable of byte chunks
 * @param options - chunk size and line-length limit
 * @returns the chunks, in input order
 * @example for await (const chunk of lineChunks(createReadStream('records.ndjson'))) evaluateChunk(evaluator, chunk);
 */
export async function* lineChunks(
  source: AsyncIterable<Uint8Array | string>,
  options: ChunkOptions = {},
): AsyncGenerator<LineChunk> {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const cutter = new LineCutter(options.maxLineBytes);
  // Kept bytes are gathered as runs of whole lines, one per input piece, not one per line: a
  // million-line file costs a few hundred copies instead of two million small arrays, and this
  // thread stays free to feed the workers.
  let parts: Uint8Array[] = [];
  let held = 0;
  let firstLine = 1;
  let lines = 0;
  let bytes = 0;
  let tooLong: { line: number; length: number }[] = [];

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
  // A line that is not whole in its piece: joined from several pieces, too long, or the last.
  const addLine = () => {
    const kept = cutter.lineBytes();
    // The input bytes the line took, its newline included.
    const taken = cutter.length + (cutter.terminated ? 1 : 0);
    if (kept === null) {
      tooLong.push({ line: cutter.line, length: cutter.length });
    } else {
      keep(kept);
      if (cutter.terminated) keep(NEWLINE);
      held += taken;
    }
    lines++;
    bytes += taken;
  };

  for await (const input of source) {
    cutter.feed(input);
    const piece = cutter.block;
    // Where the run of kept lines in this piece begins (a line's start, or past a dropped line).
    let run = 0;
    while (cutter.next()) {
      if (cutter.inBlock) {
        held += cutter.length + 1;
        lines++;
        bytes += cutter.length + 1;
      } else {
        keep(piece.subarray(run, cutter.start));
        addLine();
        run = cutter.consumed;
      }
      if (held >= chunkBytes) {
        keep(piece.subarray(run, cutter.consumed));
        run = cutter.consumed;
        yield flush();
      }
    }
    keep(piece.subarray(run, cutter.consumed));
  }
  if (cutter.finish()) addLine();
  if (lines > 0) yield flush();
}
