/**
 * An amount's text read into its Decimal by character codes (issue #21). `new Decimal(text)`
 * tests the text against a regular expression, then cuts and joins strings to find its digits;
 * every money fact of every case paid that, about a fifth of reading a case. An amount a case
 * gives is short — at most 15 digits before the point and 4 after under the default limits — so
 * its digits fit in JS numbers exactly, and the Decimal can be laid out directly.
 *
 * decimal.js documents a Decimal's value as three properties: `s` the sign (1 or -1), `e` the
 * exponent (the power of ten of the first significant digit), `d` the significant digits in
 * base 10^7, most significant first, aligned on the point (the first word holds the digits down
 * to the first multiple of seven places before the point), no trailing zero word. The instance
 * built here has those properties, its own `constructor` before them as the constructor sets it,
 * and the Decimal prototype: nothing tells it from `new Decimal(text)`
 * (test/case/read-amount.test.ts compares the two on a million generated amounts).
 *
 * That layout is decimal.js's, not ours, and decimal.js is not bundled: an application may
 * resolve another 10.x. So before the first amount is read here, a few probe texts covering each
 * branch of the layout are laid out and compared with `new Decimal(text)` of the decimal.js
 * actually loaded; if any differs, this reader answers `undefined` for good and every amount goes
 * the general way. Checked on first use rather than at import, so an application that reads no
 * amount never pays for it.
 */
import { Decimal } from '../money/decimal.js';

/** Digits of a word of `d`. */
const WORD_DIGITS = 7;
/** 10^k for k = 0…7: a fraction of k digits is scaled by 10^(7 − k) into its word. */
const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;
/** Digits before the point read here: 10^15 − 1 and every smaller whole number is exact in a double. */
const MAX_INTEGER_DIGITS = 15;
/** Digits after the point read here: they fit in one word. */
const MAX_DECIMALS = 4;

const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * Texts whose layouts cover each branch of {@link laidOut}: zero, negative zero, zero with
 * decimals, a fraction below 0.1 (exponent counted down), one and two words, the 15-digit whole
 * (three words), whole and fraction, trailing zero words dropped, a negative amount.
 */
const PROBES = [
  '0',
  '-0',
  '0.00',
  '0.0067',
  '0.5',
  '7',
  '12345678',
  '123456789012345',
  '1234567.25',
  '100000000000000',
  '20000000',
  '-9876543.0001',
] as const;

/** Whether the layout has been compared with the loaded decimal.js: `undefined` until first use. */
let layoutTrusted: boolean | undefined;

/**
 * The Decimal of an amount written as JSON carries it (`"12345.67"`, `"-5"`, `"0"`: the
 * decimal-text form money.ts reads), for up to 15 digits before the point and 4 after.
 *
 * @param text - the amount's text
 * @returns the Decimal `new Decimal(text)` makes, or `undefined` when the text is not in that
 *   form or is longer (the caller reads it the general way, which says what is wrong)
 * @example amountFromText('12345.67') // Decimal 12345.67 (d [12345, 6700000], e 4, s 1)
 */
export function amountFromText(text: string): Decimal | undefined {
  if (layoutTrusted !== true && !(layoutTrusted ?? checkLayout())) return undefined;
  return readAmount(text);
}

/**
 * Compares {@link laidOut} with the loaded decimal.js on {@link PROBES} and remembers the answer:
 * `amountFromText` reads amounts only while it is true. Called once, on the first amount; tests
 * call it with a reference that lays Decimals out otherwise (another decimal.js simulated). Not
 * exported from the package entry.
 *
 * @param reference - makes the Decimal a text should give (default `new Decimal(text)`)
 * @returns whether every probe was laid out as `reference` lays it out
 * @example checkLayout() // true with the decimal.js cailiang is tested against
 */
export function checkLayout(reference: (text: string) => Decimal = (text) => new Decimal(text)): boolean {
  try {
    layoutTrusted = PROBES.every((text) => sameDecimal(readAmount(text), reference(text)));
  } catch {
    // A decimal.js that throws on a probe, or on a Decimal laid out here, is not the one we know.
    layoutTrusted = false;
  }
  return layoutTrusted;
}

/** The same Decimal: prototype, own keys in order, constructor, sign, exponent, each word, text and value. */
function sameDecimal(read: Decimal | undefined, reference: Decimal): boolean {
  if (read === undefined) return false;
  if (Object.getPrototypeOf(read) !== Object.getPrototypeOf(reference)) return false;
  if (Object.keys(read).join() !== Object.keys(reference).join()) return false;
  if (read.constructor !== reference.constructor || read.s !== reference.s || read.e !== reference.e) return false;
  const words = reference.d;
  if (!Array.isArray(words) || read.d.length !== words.length) return false;
  for (let i = 0; i < words.length; i++) if (read.d[i] !== words[i]) return false;
  return read.toFixed() === reference.toFixed() && read.equals(reference);
}

/** {@link amountFromText} without the layout check: the text read and laid out. */
function readAmount(text: string): Decimal | undefined {
  const { length } = text;
  let at = 0;
  let sign = 1;
  if (text.charCodeAt(0) === MINUS) {
    sign = -1;
    at = 1;
  }
  const first = at;
  let whole = 0;
  let code = text.charCodeAt(at);
  while (code >= ZERO && code <= NINE) {
    whole = whole * 10 + (code - ZERO);
    code = text.charCodeAt(++at);
  }
  const integerDigits = at - first;
  // At least one digit, no leading zero (`0` alone, or `0.…`), at most 15.
  if (integerDigits === 0 || integerDigits > MAX_INTEGER_DIGITS) return undefined;
  if (integerDigits > 1 && text.charCodeAt(first) === ZERO) return undefined;
  let fraction = 0;
  let decimals = 0;
  if (at < length) {
    if (code !== POINT) return undefined;
    code = text.charCodeAt(++at);
    while (code >= ZERO && code <= NINE) {
      fraction = fraction * 10 + (code - ZERO);
      decimals++;
      code = text.charCodeAt(++at);
    }
    if (decimals === 0 || decimals > MAX_DECIMALS || at < length) return undefined;
  }
  return laidOut(sign, whole, integerDigits, fraction * (POWERS[WORD_DIGITS - decimals] as number));
}

/**
 * The Decimal of sign × (whole + fractionWord / 10^7), as decimal.js lays it out.
 *
 * @param whole - the digits before the point, a whole number below 10^15
 * @param integerDigits - how many digits `whole` was written with (1 for 0)
 * @param fractionWord - the digits after the point as the first word after the point, below 10^7
 */
function laidOut(sign: number, whole: number, integerDigits: number, fractionWord: number): Decimal {
  let exponent: number;
  let words: number[];
  if (whole === 0) {
    if (fractionWord === 0) {
      // Zero, whatever its sign or trailing zeros: decimal.js's d [0], e 0 (and `-0` keeps s −1).
      exponent = 0;
      words = [0];
    } else {
      // 0.0067: the word 0067000, the first significant digit three places after the point.
      exponent = -1;
      for (let scaled = fractionWord * 10; scaled < 10_000_000; scaled *= 10) exponent--;
      words = [fractionWord];
    }
  } else {
    exponent = integerDigits - 1;
    // Words of seven digits counted from the point: top (the 15th digit), middle, low.
    const low = whole % 10_000_000;
    const rest = (whole - low) / 10_000_000;
    const middle = rest % 10_000_000;
    const top = (rest - middle) / 10_000_000;
    words = top > 0 ? [top, middle, low] : middle > 0 ? [middle, low] : [low];
    if (fractionWord > 0) words.push(fractionWord);
    else while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  }
  // The properties in the order the Decimal constructor sets them, so the object is the same.
  const value = Object.create(Decimal.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  value.constructor = Decimal;
  value.s = sign;
  value.e = exponent;
  value.d = words;
  return value as unknown as Decimal;
}
