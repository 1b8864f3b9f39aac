import { MAX_SOURCE_LENGTH } from '@cailiang/core';
import { concatBytes } from './concat-bytes.js';

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);

/**
 * Where NDJSON input is cut into lines — the one place that says what a line is, for
 * `cailiang batch` and `cailiang evaluate` (both through ChunkSplitter) and `batch --resume`
 * (readLines):
 *
 * - a line ends at `\n`; a `\r` before it stays in the line (the decoder drops it);
 * - every line counts, blank ones too, numbered from 1, so that output line N can always
 *   answer input line N; a last line without `\n` is still a line, but nothing follows a
 *   final `\n`;
 * - a line may be split across blocks anywhere, even inside a UTF-8 character: it is joined;
 * - a line longer than `maxLineBytes` is not held: past the limit its bytes are only counted,
 *   so a 5 GB input without a newline costs no memory.
 *
 * It is a cursor rather than a stream of line objects, so that callers pay no object, string
 * or promise per line: `next()` finds one `\n` with `Buffer.indexOf` and leaves the line's
 * place in the block in plain fields. A caller can then copy runs of whole lines out of the
 * block in one go (ChunkSplitter) or take each line's bytes (readLines). The
 * fields are for reading: only the cutter sets them. Only the start of a line whose `\n` is in
 * a later block is held.
 *
 * @example
 * const cutter = new LineCutter();
 * for await (const block of createReadStream('cases.ndjson')) {
 *   cutter.feed(block);
 *   while (cutter.next()) console.log(cutter.line, cutter.length);
 * }
 * if (cutter.finish()) console.log(cutter.line, cutter.length); // a last line without `\n`
 */
export class LineCutter {
  /** The longest line held, in bytes without the `\n`; a longer one is only counted. */
  readonly maxLineBytes: number;
  /** The block being cut (a Buffer view of what `feed` was given). */
  block: Buffer = EMPTY;
  /** The current line's number, from 1 (after the input: the input's line count). */
  line = 0;
  /** Where the current line's part in the block starts (0 for a line begun in an earlier block). */
  start = 0;
  /** Where the current line's `\n` is in the block (-1 before the block's first line). */
  end = -1;
  /** The current line's length in bytes, without the `\n`. */
  length = 0;
  /** False only for a last line that the input ends without a `\n` (see `finish`). */
  terminated = true;
  /**
   * True when the current line lies whole in the block, at `start..end`, within the limit: its
   * bytes are there to copy. Otherwise `lineBytes()` gives them, or null for a line too long.
   */
  inBlock = false;
  // The bytes of a line that is not in the block: joined from several blocks, or null.
  private joined: Uint8Array | null = null;
  // The start of a line whose `\n` is in a later block, and its length so far.
  private pieces: Uint8Array[] = [];
  private carried = 0;

  /** @param maxLineBytes - documented limit on a line's length (default: a rule-set source's, 32 MiB) */
  constructor(maxLineBytes: number = MAX_SOURCE_LENGTH) {
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Takes the next block of input, to cut with `next()`. What the block before held after its
   * last `\n` is kept as the start of a line, so a block's lines must all be cut (`next()`
   * until false) before the next block is fed.
   *
   * @param block - the next bytes (a string is taken as UTF-8)
   */
  feed(block: Uint8Array | string): void {
    this.carryRest();
    this.block = asBuffer(block);
    this.end = -1;
    this.terminated = true;
  }

  /**
   * Finds the next line that ends in the block.
   *
   * @returns true when a line was found (its place is in the fields); false when no `\n` is left in the block
   */
  next(): boolean {
    const from = this.end + 1;
    const newline = this.block.indexOf(NEWLINE, from);
    if (newline === -1) return false;
    this.line++;
    this.start = from;
    this.end = newline;
    if (this.carried === 0 && newline - from <= this.maxLineBytes) {
      this.length = newline - from;
      this.inBlock = true;
    } else {
      this.endLine(this.block.subarray(from, newline));
    }
    return true;
  }

  /**
   * Ends the input: the start of a line still held is a last line without a `\n`.
   *
   * @returns true when there is such a line (its length and `lineBytes()` describe it)
   */
  finish(): boolean {
    this.carryRest();
    this.block = EMPTY;
    if (this.carried === 0) return false;
    this.line++;
    this.start = 0;
    this.end = -1;
    this.endLine(EMPTY);
    this.terminated = false;
    return true;
  }

  /**
   * @returns the current line's bytes without the `\n` (a view into the block when the line is
   * in it, else its joined bytes), or null when it is longer than `maxLineBytes`
   */
  lineBytes(): Uint8Array | null {
    return this.inBlock ? this.block.subarray(this.start, this.end) : this.joined;
  }

  /** How much of the block is cut into lines: the bytes up to and including the last `\n` found. */
  get consumed(): number {
    return this.end + 1;
  }

  /** Keeps what follows the block's last `\n` as the start of a line that a later block ends. */
  private carryRest(): void {
    const rest = this.end + 1;
    if (rest < this.block.length) this.carry(this.block.subarray(rest));
  }

  private carry(piece: Uint8Array): void {
    this.carried += piece.length;
    if (this.carried <= this.maxLineBytes) this.pieces.push(piece);
    else this.pieces = [];
  }

  /**
   * Ends a line that is not simply in the block: joins its start held from earlier blocks to
   * its `tail` in this one, or only counts it when it is too long.
   */
  private endLine(tail: Uint8Array): void {
    const length = this.carried + tail.length;
    this.length = length;
    this.inBlock = false;
    if (length > this.maxLineBytes) this.joined = null;
    else {
      if (tail.length > 0) this.pieces.push(tail);
      this.joined = this.pieces.length === 1 ? (this.pieces[0] as Uint8Array) : concatBytes(this.pieces, length);
    }
    this.pieces = [];
    this.carried = 0;
  }
}

/** A Buffer view of a block, for its native `indexOf` (several times faster than a typed array's). */
function asBuffer(block: Uint8Array | string): Buffer {
  if (typeof block === 'string') return Buffer.from(block, 'utf8');
  return Buffer.isBuffer(block) ? block : Buffer.from(block.buffer, block.byteOffset, block.byteLength);
}
