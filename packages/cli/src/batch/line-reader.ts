import { LineCutter } from './line-cutter.js';

/**
 * One line of NDJSON input as bytes, before decoding: the worker decodes and parses it, so the
 * main thread only looks for newlines.
 */
export interface RawLine {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The bytes without the `\n` (a `\r` before it is still there); null when the line is too long. */
  readonly bytes: Uint8Array | null;
  /** The line's length in bytes, without the `\n`. */
  readonly length: number;
  /** False only for a last line that the input ends without a `\n`. */
  readonly terminated: boolean;
}

export interface ReadLinesOptions {
  /**
   * Documented limit: a line longer than this many bytes is not kept in memory; it comes out
   * with `bytes: null` (and becomes an error record) and reading goes on at the next line.
   * Default: the limit of a rule-set source, 32 MiB.
   */
  readonly maxLineBytes?: number;
}

/**
 * Splits a byte stream into lines, streaming: only the current line is held, never the whole
 * input. Every line comes out — blank ones too, and a last line without a newline — so that
 * output line N can always answer input line N (the LineCutter's rules).
 *
 * @param source - a readable stream, or any iterable of byte (or string) chunks
 * @param options - the line-length limit
 * @returns the lines in order, numbered from 1
 * @example
 * for await (const raw of readLines(createReadStream('cases.ndjson'))) console.log(raw.line, raw.length);
 */
export async function* readLines(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ReadLinesOptions = {},
): AsyncGenerator<RawLine> {
  const cutter = new LineCutter(options.maxLineBytes);
  for await (const input of source) {
    cutter.feed(input);
    while (cutter.next()) yield rawLine(cutter);
  }
  if (cutter.finish()) yield rawLine(cutter);
}

function rawLine(cutter: LineCutter): RawLine {
  return { line: cutter.line, bytes: cutter.lineBytes(), length: cutter.length, terminated: cutter.terminated };
}
