import type { Shard } from '../shard.js';
import type { Chunk } from './chunk.js';
import { LineCutter } from './line-cutter.js';

export interface ChunkSplitterOptions {
  /** Lines per chunk (default 256): a worker's message carries this many. */
  readonly maxLines?: number;
  /** Bytes per chunk (default 1 MiB); a chunk holds at least one line, however long. */
  readonly maxBytes?: number;
  /**
   * Documented limit: a line longer than this many bytes is not kept in memory; it goes into
   * its chunk without bytes (and becomes an error record) and splitting goes on at the next
   * line. Default: the limit of a rule-set source, 32 MiB.
   */
  readonly maxLineBytes?: number;
  /** Lines at the start that are counted but not put into chunks (`--resume`). */
  readonly skip?: number;
  /**
   * Only this shard's lines go into chunks (`--shard k/n`: lines k, k + n, k + 2n …); the
   * others are counted, so every line keeps its number in the whole input.
   */
  readonly shard?: Shard;
}

const SEPARATOR = Uint8Array.of(0x0a);

/**
 * Cuts NDJSON input, given as byte blocks of any size, straight into chunks — without an object,
 * a string or a promise per line: on the main thread a line costs one `Buffer.indexOf` and one
 * number, and runs of whole lines are copied into the chunk in one go, newlines and all. That
 * keeps the main thread's share of the work small next to the workers' (issue #7: 2 workers at
 * least 1.7× one).
 *
 * What a line is — where it ends, a last line without a newline, a line split across blocks,
 * one past `maxLineBytes` that is only counted — is the LineCutter's to say. Every line becomes
 * a chunk line, blank ones too, so that output line N can always answer input line N. Only the
 * current chunk and the start of one line are held.
 *
 * @example
 * const splitter = new ChunkSplitter({ maxLines: 256 });
 * for await (const block of createReadStream('cases.ndjson')) for (const chunk of splitter.push(block)) send(chunk);
 * for (const chunk of splitter.end()) send(chunk);
 */
export class ChunkSplitter {
  private readonly maxLines: number;
  private readonly maxBytes: number;
  private readonly skip: number;
  private readonly shard: Shard;
  private readonly cutter: LineCutter;
  // The chunk being filled.
  private data = new Uint8Array(64 * 1024);
  private used = 0;
  private readonly ends: Uint32Array;
  private count = 0;
  private oversize: [number, number][] = [];
  private firstLine = 0;
  private inputBytes = 0;
  private nextId = 0;

  /** @param options - chunk size, line limit and lines to skip */
  constructor(options: ChunkSplitterOptions = {}) {
    this.maxLines = Math.max(1, options.maxLines ?? 256);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.skip = options.skip ?? 0;
    this.shard = options.shard ?? { index: 1, count: 1 };
    this.cutter = new LineCutter(options.maxLineBytes);
    this.ends = new Uint32Array(this.maxLines);
  }

  /** Lines seen so far, skipped ones included (after `end()`: the input's line count). */
  get lines(): number {
    return this.cutter.line;
  }

  /**
   * Splits the next block of input.
   *
   * @param block - the next bytes (a string is taken as UTF-8)
   * @returns the chunks it completed, in order (often none)
   */
  push(block: Uint8Array | string): Chunk[] {
    const cutter = this.cutter;
    cutter.feed(block);
    const bytes = cutter.block;
    const full: Chunk[] = [];
    // Lines from `run` to the current one are whole and in the chunk's line ends, not yet copied.
    let run = 0;
    while (cutter.next()) {
      const next = cutter.consumed;
      if (!cutter.inBlock || !this.wanted(cutter.line)) {
        this.copy(bytes, run, cutter.start);
        if (this.wanted(cutter.line)) this.addLine(cutter.lineBytes(), cutter.length, true, full);
        run = next;
        continue;
      }
      if (this.count === 0) this.firstLine = cutter.line;
      this.ends[this.count++] = this.used + (cutter.end - run);
      this.inputBytes += cutter.length + 1;
      if (this.count >= this.maxLines || this.used + (next - run) >= this.maxBytes) {
        this.copy(bytes, run, next);
        run = next;
        full.push(this.take());
      }
    }
    this.copy(bytes, run, cutter.consumed);
    return full;
  }

  /**
   * Ends the input: a last line without a newline is still a line.
   *
   * @returns the last chunks
   */
  end(): Chunk[] {
    const full: Chunk[] = [];
    if (this.cutter.finish() && this.wanted(this.cutter.line))
      this.addLine(this.cutter.lineBytes(), this.cutter.length, false, full);
    if (this.count > 0) full.push(this.take());
    return full;
  }

  /** Whether a line goes into a chunk: past the lines to skip, and in the shard. */
  private wanted(line: number): boolean {
    return line > this.skip && (line - this.shard.index) % this.shard.count === 0;
  }

  /** Copies the whole lines `start..end` of a block (their newlines included) into the chunk. */
  private copy(bytes: Uint8Array, start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    this.data.set(bytes.subarray(start, end), this.used);
    this.used += end - start;
  }

  /** Adds one line not in the block (null: over the limit, kept without bytes), and its `\n`. */
  private addLine(bytes: Uint8Array | null, length: number, terminated: boolean, full: Chunk[]): void {
    if (this.count === 0) this.firstLine = this.cutter.line;
    if (bytes === null) this.oversize.push([this.count, length]);
    else this.copy(bytes, 0, bytes.length);
    this.copy(SEPARATOR, 0, 1);
    this.ends[this.count++] = this.used - 1;
    this.inputBytes += length + (terminated ? 1 : 0);
    if (this.count >= this.maxLines || this.used >= this.maxBytes) full.push(this.take());
  }

  /** The current chunk, with the next id; the splitter starts a new one. */
  private take(): Chunk {
    const chunk: Chunk = {
      id: this.nextId++,
      firstLine: this.firstLine,
      stride: this.shard.count,
      // A copy of exactly the used bytes, in a buffer of its own: the chunk outlives the
      // splitter's buffer, and a message copies the whole buffer behind a view.
      data: this.data.slice(0, this.used),
      ends: this.ends.slice(0, this.count),
      oversize: this.oversize,
      maxLineBytes: this.cutter.maxLineBytes,
      inputBytes: this.inputBytes,
      attempt: 1,
    };
    this.used = 0;
    this.count = 0;
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
