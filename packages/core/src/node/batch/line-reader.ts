import { MAX_SOURCE_LENGTH } from '../../ruleset/parse-source.js';
import { concatBytes } from '../../internal/concat-bytes.js';

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

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines, streaming: only the current line is held, never the whole
 * input. Every line comes out — blank ones too, and a last line without a newline — so that
 * output line N can always answer input line N.
 *
 * @param source - a readable stream, or any iterable of byte (or string) chunks
 * @param options - the line-length limit
 * @returns the lines in order, numbered from 1
 * @example
 * for await (const raw of readLines(createReadStream('cases.ndjson'))) console.log(raw.line, raw.length);
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<RawLine> {
  const max = options.maxLineBytes ?? MAX_SOURCE_LENGTH;
  let line = 0;
  // The part of the current line seen in earlier chunks, and the line's length so far. Past
  // the limit the bytes are only counted: a 5 GB input without a newline costs no memory.
  let pieces: Uint8Array[] = [];
  let length = 0;

  const finish = (tail: Uint8Array, terminated: boolean): RawLine => {
    const total = length + tail.length;
    line++;
    const bytes = total > max ? null : pieces.length === 0 ? tail : concatBytes([...pieces, tail], total);
    pieces = [];
    length = 0;
    return { line, bytes, length: total, terminated };
  };

  for await (const input of source) {
    const chunk = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      yield finish(chunk.subarray(start, end), true);
      start = end + 1;
    }
    if (start < chunk.length) {
      length += chunk.length - start;
      if (length <= max) pieces.push(chunk.subarray(start));
      else pieces = [];
    }
  }
  // A last line without a newline is still a line.
  if (length > 0) yield finish(new Uint8Array(0), false);
}
