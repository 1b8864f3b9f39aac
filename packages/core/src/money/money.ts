import { Decimal } from './decimal.js';

/** A decimal amount as JSON carries it: `"12345.67"`, `"0"`, `"-5"`. No exponent, no spaces. */
const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Largest number of significant digits a JS number carries without loss. */
const SAFE_DIGITS = 15;

export type MoneyInputProblem = 'not-decimal' | 'unsafe-number' | 'negative';

/** Result of reading an amount: the Decimal, or why it is not an amount. */
export type MoneyReadResult =
  | { readonly ok: true; readonly value: Decimal }
  | { readonly ok: false; readonly problem: MoneyInputProblem; readonly expected: string };

export interface ReadMoneyOptions {
  /** Accept amounts below zero (default false: amounts of goods, income and fines are ≥ 0). */
  readonly allowNegative?: boolean;
}

/**
 * Reads an amount from JSON or YAML: a decimal string, or a number whose decimal text is exact.
 * A float is never trusted beyond what its shortest text says, and a number with more digits
 * than a double holds (or an exponent) is refused rather than silently rounded.
 *
 * @param input - the raw value (`"12345.67"` or `12345.67`)
 * @returns `{ ok: true, value }` or `{ ok: false, problem, expected }`
 * @example readMoney('5000.5') // { ok: true, value: Decimal(5000.5) }
 */
export function readMoney(input: unknown, options: ReadMoneyOptions = {}): MoneyReadResult {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (typeof input === 'number') {
    text = String(input);
    const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
    if (!Number.isFinite(input) || /e/i.test(text) || digits.length > SAFE_DIGITS) {
      return {
        ok: false,
        problem: 'unsafe-number',
        expected: 'a decimal string such as "12345.67" (this number cannot be represented exactly)',
      };
    }
  } else {
    return { ok: false, problem: 'not-decimal', expected: 'a decimal amount such as "12345.67"' };
  }
  if (!DECIMAL_TEXT.test(text)) {
    return { ok: false, problem: 'not-decimal', expected: 'a decimal amount such as "12345.67"' };
  }
  const value = new Decimal(text);
  if (value.isNegative() && !value.isZero() && options.allowNegative !== true) {
    return { ok: false, problem: 'negative', expected: 'an amount of zero or more' };
  }
  return { ok: true, value };
}

/** True when `input` is a decimal string or an exactly representable number. */
export function isMoneyInput(input: unknown, options: ReadMoneyOptions = {}): boolean {
  return readMoney(input, options).ok;
}

/**
 * An amount as cailiang prints it: plain decimal text, no exponent, no trailing zeros
 * (`"65000"`, `"5000.5"`, `"0.01"`).
 */
export function formatMoney(value: Decimal): string {
  // toFixed() without digits never uses an exponent; normalising drops trailing zeros.
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}
