import { Decimal } from './decimal.js';

/** Texts remembered before the memo starts afresh: its memory is bounded whatever the input. */
const CAPACITY = 4096;

let memo = new Map<string, Decimal>();

/**
 * The Decimal of an amount's text, memoised. Reviewing and evaluating millions of records
 * compares the same few amounts over and over — tier bounds, statutory ranges, round fines — and
 * parsing the text is most of what such a comparison costs (decimal.js parses a string operand
 * anew on every call). A Decimal is immutable, so one can be shared; when the memo is full it is
 * dropped and refilled, never grown.
 *
 * @param text - a decimal text, as decisions and `readImposed` give amounts (`"65000"`)
 * @returns its Decimal
 * @throws Error (decimal.js) when the text is not a number — as `new Decimal(text)` would
 * @example decimalOf('65000').lessThan(decimalOf('85000')) // true
 */
export function decimalOf(text: string): Decimal {
  let value = memo.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    if (memo.size >= CAPACITY) memo = new Map();
    memo.set(text, value);
  }
  return value;
}
