import type { ChunkResult, LineOutcome } from './chunk.js';

const NEWLINE = 0x0a;
const SHRINK_ABOVE = 16 * 1024 * 1024;

/** A line's outcome without its position, which the builder fills in. */
export type PendingOutcome = Omit<LineOutcome, 'start' | 'end'>;

/**
 * Working memory a processor lends to each chunk's builder in turn: the buffer lines are
 * encoded into, and result buffers given back once written. In a steady run no buffer is
 * allocated at all, which spares the collector (buffers of a gigabyte of output would
 * otherwise each wait for a collection to be freed).
 */
export interface Scratch {
  /** A Buffer, whose `write` encodes UTF-8 about a fifth faster than `TextEncoder.encodeInto`. */
  bytes: Buffer;
  /** Result buffers already written, to reuse; a few at most. */
  readonly spare: ArrayBuffer[];
}

const MAX_SPARE = 4;

/**
 * @param size - initial size in bytes (default 1 MiB)
 * @returns working memory for {@link ResultBuilder}, to reuse chunk after chunk
 * @example const scratch = createScratch(); const out = new ResultBuilder(scratch);
 */
export function createScratch(size = 1024 * 1024): Scratch {
  return { bytes: Buffer.alloc(size), spare: [] };
}

/**
 * Gives a written result's buffer back, for a later result.
 *
 * @param scratch - the processor's working memory
 * @param buffer - the buffer of a result that has been written
 */
export function recycleBuffer(scratch: Scratch, buffer: ArrayBuffer): void {
  if (scratch.spare.length < MAX_SPARE && buffer.byteLength > 0) scratch.spare.push(buffer);
}

/** A buffer of `size` bytes for a result: a spare one large enough, or a new one with room to spare. */
function resultBuffer(scratch: Scratch, size: number): Uint8Array {
  const index = scratch.spare.findIndex((buffer) => buffer.byteLength >= size);
  if (index >= 0) return new Uint8Array(scratch.spare.splice(index, 1)[0] as ArrayBuffer, 0, size);
  // A quarter more than needed, so that the next chunk, a little longer, fits too.
  return new Uint8Array(new ArrayBuffer(Math.ceil((size * 1.25) / 65536) * 65536 || 65536), 0, size);
}

/**
 * Gathers the output lines of a chunk as UTF-8, each encoded as soon as it is added — so the
 * JSON strings die young instead of living on through collections until the chunk ends — and
 * returns them in a buffer of their own (a view of its first bytes), which a worker transfers
 * without a copy and gets back, through {@link recycleBuffer}, once it is written.
 *
 * @example
 * const out = new ResultBuilder(createScratch());
 * out.add('{"outcome":"penalty",…}');
 * const result = out.finish(chunk.id, chunk.firstLine, chunk.inputBytes);
 */
export class ResultBuilder {
  private used = 0;
  private count = 0;
  private readonly outcomes: LineOutcome[] = [];

  /** @param scratch - working memory, grown when a chunk needs more; one builder at a time */
  constructor(private readonly scratch: Scratch = createScratch(64 * 1024)) {}

  /**
   * Adds the next output line.
   *
   * @param text - one line of JSON, without a newline
   * @param outcome - for an error record or a review that did not pass
   */
  add(text: string, outcome?: PendingOutcome): void {
    // 3 bytes per UTF-16 unit is the most UTF-8 can take, and 1 for the newline.
    this.reserve(text.length * 3 + 1);
    const start = this.used;
    this.used += this.scratch.bytes.write(text, start);
    if (outcome !== undefined) this.outcomes.push({ ...outcome, start, end: this.used });
    this.scratch.bytes[this.used++] = NEWLINE;
    this.count++;
  }

  /**
   * @param id - the chunk's id
   * @param firstLine - the line number of the first line
   * @param inputBytes - input bytes the lines took (for the progress bar)
   * @returns the chunk's result: every line followed by `\n`, in a buffer of its own
   */
  finish(id: number, firstLine: number, inputBytes: number): ChunkResult {
    const data = resultBuffer(this.scratch, this.used);
    data.set(this.scratch.bytes.subarray(0, this.used));
    // After a chunk with a huge line, give the memory back rather than keep it for the run.
    if (this.scratch.bytes.length > SHRINK_ABOVE) this.scratch.bytes = Buffer.alloc(1024 * 1024);
    return { id, firstLine, count: this.count, data, inputBytes, outcomes: this.outcomes };
  }

  private reserve(extra: number): void {
    const { bytes } = this.scratch;
    if (this.used + extra <= bytes.length) return;
    let size = bytes.length * 2;
    while (size < this.used + extra) size *= 2;
    const grown = Buffer.alloc(size);
    grown.set(bytes.subarray(0, this.used));
    this.scratch.bytes = grown;
  }
}
