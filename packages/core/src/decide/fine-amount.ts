/**
 * The amounts of the fine's fast path (fine-fixed.ts, table-rules-fixed.ts): an amount worked out
 * for the case as a scaled integer, or one the rule set fixes with its text and Decimal already
 * made — and the few things every step asks of either.
 */
import type { Decimal } from '../money/decimal.js';
import { Fixed, format, lower, toDecimal } from '../money/fixed.js';
import type { FixedAmount } from './fixed-amounts.js';

/** An amount on the fast path: worked out for the case (`Fixed`), or fixed by the rule set (with its text and Decimal). */
export type Amount = Fixed | FixedAmount;

/** A closed range of amounts: a tier's, a band's, the 从轻 band. */
export interface AmountRange {
  readonly min: Amount;
  readonly max: Amount;
}

/** The multiples a fine shows: the fact, its amount and the tier's multiples. */
export interface AmountMultiple {
  readonly of: string;
  readonly base: Fixed;
  readonly min: Amount;
  readonly max: Amount;
}

/** A tier's range with the multiples it shows. */
export interface Held {
  readonly range: AmountRange;
  readonly multiple: AmountMultiple | undefined;
}

/**
 * The smaller amount, keeping the rule set's text and Decimal where it wins.
 *
 * @returns the smaller (either when equal: they print alike), or `undefined` when they cannot be compared in range
 * @example lowerOf(new Fixed(650, 1), band.max) // 65
 */
export function lowerOf(a: Amount, b: Amount): Amount | undefined {
  const smaller = lower(exactOf(a), exactOf(b));
  if (smaller === undefined) return undefined;
  return smaller === exactOf(a) ? a : b;
}

/**
 * The exact value of an amount.
 *
 * @example exactOf(statutory.min) // Fixed { units: 50000, scale: 0 }
 */
export function exactOf(amount: Amount): Fixed {
  return amount instanceof Fixed ? amount : amount.fixed;
}

/**
 * An amount as the decision prints it (formatMoney's text).
 *
 * @example textOf(new Fixed(500050, 2)) // '5000.5'
 */
export function textOf(amount: Amount): string {
  return amount instanceof Fixed ? format(amount) : amount.text;
}

/**
 * An amount as a Decimal, for the parts of the engine that take Decimals.
 *
 * @example decimalOf(new Fixed(65000, 0)).toFixed() // '65000'
 */
export function decimalOf(amount: Amount): Decimal {
  return amount instanceof Fixed ? toDecimal(amount) : amount.decimal;
}
