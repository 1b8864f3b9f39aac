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
  const text = decimalText(input);
  if (text === undefined) {
    return typeof input === 'number'
      ? {
          ok: false,
          problem: 'unsafe-number',
          expected: 'a decimal string such as "12345.67" (this number cannot be represented exactly)',
        }
      : { ok: false, problem: 'not-decimal', expected: 'a decimal amount such as "12345.67"' };
  }
  const value = new Decimal(text);
  if (isBelowZero(value) && options.allowNegative !== true) {
    return { ok: false, problem: 'negative', expected: 'an amount of zero or more' };
  }
  return { ok: true, value };
}

/**
 * {@link readMoney} for the hot path of reading cases: the amount, or `undefined` where
 * `readMoney` reports a problem (ask it then for the message). Allocates nothing but the Decimal.
 */
export function readMoneyValue(input: unknown, allowNegative: boolean): Decimal | undefined {
  const text = decimalText(input);
  if (text === undefined) return undefined;
  const value = new Decimal(text);
  return isBelowZero(value) && !allowNegative ? undefined : value;
}

/** The exact decimal text of an amount input, or `undefined` when it is not one. */
function decimalText(input: unknown): string | undefined {
  if (typeof input === 'string') return DECIMAL_TEXT.test(input) ? input : undefined;
  if (typeof input !== 'number' || !Number.isFinite(input)) return undefined;
  const text = String(input);
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  // A number is trusted only as far as its shortest text is exact: no exponent, ≤ 15 digits.
  if (/e/i.test(text) || digits.length > SAFE_DIGITS) return undefined;
  return DECIMAL_TEXT.test(text) ? text : undefined;
}

/** Below zero; `-0` is zero. */
function isBelowZero(value: Decimal): boolean {
  return value.isNegative() && !value.isZero();
}

/** True when `input` is a decimal string or an exactly representable number. */
export function isMoneyInput(input: unknown, options: ReadMoneyOptions = {}): boolean {
  return readMoney(input, options).ok;
}

/**
 * Texts of the amounts a rule set fixes (statutory ranges, their bands, tier ranges, multiples),
 * recorded when an item is compiled: every decision of the item prints them again, and decimal.js
 * builds a new string each time. Decimals are immutable, so a recorded text cannot go stale.
 */
const fixedTexts = new WeakMap<Decimal, string>();

/**
 * Records the printed text of an amount the rule set fixes, so that {@link formatMoney} gives it
 * without formatting it again. For amounts made once per compiled item, never per case: each
 * recorded Decimal keeps a weak-map entry for its lifetime.
 *
 * @param value - an amount worked out when the item is compiled
 * @returns `value` itself, for use in an expression
 * @example const min = fixedAmount(new Decimal('50000'))
 */
export function fixedAmount(value: Decimal): Decimal {
  fixedTexts.set(value, formatMoneyText(value));
  return value;
}

/**
 * An amount as cailiang prints it: plain decimal text, no exponent, no trailing zeros
 * (`"65000"`, `"5000.5"`, `"0.01"`).
 *
 * @example formatMoney(new Decimal('5000.50')) // '5000.5'
 */
export function formatMoney(value: Decimal): string {
  return fixedTexts.get(value) ?? formatMoneyText(value);
}

function formatMoneyText(value: Decimal): string {
  // toFixed() without digits never uses an exponent; normalising drops trailing zeros.
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}
