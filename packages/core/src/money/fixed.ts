/**
 * 定点金额 — exact amounts as scaled integers, for the fine path of `decide` (issue #21).
 *
 * A {@link Fixed} is `units / 10^scale` with `units` a safe JS integer: 12345.67 is 1234567 at
 * scale 2. Every operation is exact or answers `undefined` ("out of range"), never an
 * approximation: a product, sum or alignment whose integer would pass 2^53 − 1, or a scale past
 * {@link MAX_SCALE}, is refused, and the caller does the same work in decimal.js. decimal.js stays
 * the public type and the reference; this is only a cheaper way to the same digits where they fit
 * in 15–16 of them (a fine of 90 万亿元 to the fen), which is every amount a benchmark fixes.
 *
 * Why it agrees with decimal.js: cailiang's Decimal keeps 40 significant digits, so its products
 * and sums of amounts within this range are exact too; rounding here works on the exact integer
 * remainder, never on a float quotient. The property tests (test/money/fixed.test.ts) compare the
 * two on millions of generated amounts.
 */
import { Decimal, ZERO } from './decimal.js';
import type { RoundingMode } from './rounding.js';

/** An exact amount: `units / 10^scale`. Immutable; `units` is a safe integer, `scale` 0…{@link MAX_SCALE}. */
export class Fixed {
  constructor(
    readonly units: number,
    readonly scale: number,
  ) {}
}

/** Largest scale kept: 10^15 is the largest power of ten below 2^53, so any alignment fits the table. */
export const MAX_SCALE = 15;

/** 10^0 … 10^15, each exact as a double. */
const POW10: readonly number[] = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

/** A rounding of the fast path: the policy's modes, and ceil/floor for rounding a bound inward. */
export type FixedRounding = RoundingMode | 'ceil' | 'floor';

/** Which end of a range a bound is (the side the law must not be crossed on). */
export type FixedSide = 'min' | 'max';

/**
 * Reads a Decimal (its documented `d`, `e`, `s`: base-10^7 digit words, exponent, sign).
 *
 * @param value - any Decimal
 * @returns the same amount, or `undefined` when it is not finite, has more than 16 significant
 *   digits' worth of integer (past 2^53 − 1) or more than {@link MAX_SCALE} decimals, or is below
 *   zero (including −0: the fast path is for amounts ≥ 0, where decimal.js prints no sign)
 * @example fromDecimal(new Decimal('12345.67')) // Fixed { units: 1234567, scale: 2 }
 */
export function fromDecimal(value: Decimal): Fixed | undefined {
  const words = value.d;
  // NaN and ±Infinity have no digit words; a negative amount (or −0) goes to decimal.js.
  if (words === null || words === undefined || value.s !== 1) return undefined;
  const count = words.length;
  // 16 digits span at most four words (1 + 7 + 7 + 1); more cannot fit below 2^53.
  if (count > 4) return undefined;
  // Words are base-10^7 digit groups aligned on the exponent: the first holds 1–7 digits, the
  // others 7, the last padded with zeros on the right (0.7 is [7000000]). Those zeros are dropped,
  // or 0.7 would take seven decimals and a product of it would leave the range early.
  let units = 0;
  let digits = 0;
  for (let i = 0; i < count; i++) {
    let word = words[i] as number;
    let width = i === 0 ? digitCount(word) : 7;
    if (i === count - 1)
      while (width > 1 && word % 10 === 0) {
        word /= 10;
        width -= 1;
      }
    units = units * (POW10[width] as number) + word;
    digits += width;
  }
  // Past 2^53 the words above may have been rounded, but never back below it: the check holds.
  if (units > Number.MAX_SAFE_INTEGER) return undefined;
  // The digits read are d.ddd × 10^e: the last one is worth 10^(e − digits + 1).
  const scale = digits - 1 - value.e;
  if (scale > MAX_SCALE) return undefined;
  if (scale >= 0) return new Fixed(units, scale);
  return scaledUp(units, -scale, 0);
}

/**
 * Reads a decimal text (`"65000"`, `"0.3"`): what a rule set writes.
 *
 * @returns the amount, or `undefined` where {@link fromDecimal} would refuse it
 * @throws Error (decimal.js) when the text is not a number
 * @example fromText('1.5') // Fixed { units: 15, scale: 1 }
 */
export function fromText(text: string): Fixed | undefined {
  return fromDecimal(new Decimal(text));
}

/**
 * The exact product.
 *
 * @returns `a × b`, or `undefined` when its integer passes 2^53 − 1 or its scale {@link MAX_SCALE}
 * @example times(fromText('10000.08')!, fromText('20')!) // 200001.6
 */
export function times(a: Fixed, b: Fixed): Fixed | undefined {
  const units = a.units * b.units;
  // Integers below 2^53 multiply exactly; a product past it is never rounded back below it.
  if (!Number.isSafeInteger(units)) return undefined;
  const scale = a.scale + b.scale;
  return scale <= MAX_SCALE ? new Fixed(units, scale) : trimmed(units, scale);
}

/**
 * The exact sum.
 *
 * @returns `a + b`, or `undefined` out of range
 * @example plus(fromText('50000')!, fromText('0.5')!) // 50000.5
 */
export function plus(a: Fixed, b: Fixed): Fixed | undefined {
  const scale = Math.max(a.scale, b.scale);
  const x = aligned(a, scale);
  const y = aligned(b, scale);
  if (x === undefined || y === undefined) return undefined;
  const units = x + y;
  return Number.isSafeInteger(units) ? new Fixed(units, scale) : undefined;
}

/**
 * The exact difference.
 *
 * @returns `a − b`, or `undefined` out of range
 * @example minus(fromText('100000')!, fromText('50000')!) // 50000
 */
export function minus(a: Fixed, b: Fixed): Fixed | undefined {
  const scale = Math.max(a.scale, b.scale);
  const x = aligned(a, scale);
  const y = aligned(b, scale);
  if (x === undefined || y === undefined) return undefined;
  const units = x - y;
  return Number.isSafeInteger(units) ? new Fixed(units, scale) : undefined;
}

/**
 * Compares two amounts.
 *
 * @returns −1, 0 or 1 as `a` is below, equal to or above `b`; `undefined` when aligning their
 *   scales would leave the range
 * @example compare(fromText('5000.5')!, fromText('5000.50')!) // 0
 */
export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 | undefined {
  if (a.scale === b.scale) return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
  const scale = Math.max(a.scale, b.scale);
  const x = aligned(a, scale);
  const y = aligned(b, scale);
  if (x === undefined || y === undefined) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The smaller of two amounts (either one when equal: they print alike).
 *
 * @returns the smaller, or `undefined` when they cannot be compared in range
 * @example lower(fromText('3')!, fromText('2.5')!) // 2.5
 */
export function lower(a: Fixed, b: Fixed): Fixed | undefined {
  const order = compare(a, b);
  return order === undefined ? undefined : order <= 0 ? a : b;
}

/**
 * Rounds to `scale` decimals the way decimal.js's `toDecimalPlaces` does with the same mode
 * (half-up 四舍五入, down 舍去, up 进位, half-even, ceil, floor). An amount with no more decimals
 * is already exact and comes back as it is.
 *
 * @param scale - decimals kept, 0…{@link MAX_SCALE}
 * @returns the rounded amount (never out of range: it is no larger than the amount, plus one unit)
 * @example round(fromText('200001.6')!, 0, 'half-up') // 200002
 */
export function round(value: Fixed, scale: number, mode: FixedRounding): Fixed {
  if (value.scale <= scale) return value;
  const divisor = POW10[value.scale - scale] as number;
  const { units } = value;
  // The remainder of integers below 2^53 is exact, and so is the quotient of the rest: a float
  // quotient `units / divisor` would round towards the next integer for large amounts.
  const rest = units % divisor;
  const truncated = (units - rest) / divisor;
  return new Fixed(rest === 0 ? truncated : rounded(truncated, rest, divisor, mode), scale);
}

/**
 * The quotient rounded to a whole number, as decimal.js's `dividedBy(b).toDecimalPlaces(0, mode)`
 * gives it (每0.5个pH单位…不足的向高取整). Exact: the remainder of the aligned integers decides the
 * rounding. (decimal.js first rounds the quotient to 40 significant digits; for integers below
 * 2^53 that can never move it across a whole number or a half, which are at least 1/divisor away.)
 *
 * @param divisor - above zero
 * @returns the whole quotient, or `undefined` for a divisor of zero or below, or out of range
 * @example quotient(fromText('7.3')!, fromText('0.5')!, 'up') // 15
 */
export function quotient(dividend: Fixed, divisor: Fixed, mode: FixedRounding): Fixed | undefined {
  const scale = Math.max(dividend.scale, divisor.scale);
  const n = aligned(dividend, scale);
  const d = aligned(divisor, scale);
  if (n === undefined || d === undefined || !(d > 0)) return undefined;
  const rest = n % d;
  const truncated = (n - rest) / d;
  return new Fixed(rest === 0 ? truncated : rounded(truncated, rest, d, mode), 0);
}

/**
 * Rounds a bound of a range by the policy, but never outside the exact range: a minimum the mode
 * would round below the exact value rounds up instead, a maximum it would round above rounds
 * down (the format v2 issue's inward rounding; money/rounding.ts `roundBound` in decimal.js).
 *
 * @returns the rounded bound: `≥ value` for a minimum, `≤ value` for a maximum
 * @example roundInward(fromText('200001.6')!, 0, 'half-up', 'max') // 200001
 * @example roundInward(fromText('333333.33')!, 0, 'half-up', 'min') // 333334
 */
export function roundInward(value: Fixed, scale: number, mode: FixedRounding, side: FixedSide): Fixed {
  if (value.scale <= scale) return value;
  const divisor = POW10[value.scale - scale] as number;
  const { units } = value;
  const rest = units % divisor;
  const truncated = (units - rest) / divisor;
  if (rest === 0) return new Fixed(truncated, scale);
  const byMode = rounded(truncated, rest, divisor, mode);
  const floor = rest < 0 ? truncated - 1 : truncated;
  const ceil = rest > 0 ? truncated + 1 : truncated;
  if (side === 'min') return new Fixed(byMode === floor ? ceil : byMode, scale);
  return new Fixed(byMode === ceil ? floor : byMode, scale);
}

/**
 * The amount as cailiang prints money ({@link formatMoney}'s text): plain digits, no exponent,
 * no trailing zeros, `"0"` for zero.
 *
 * @example format(new Fixed(500050, 2)) // '5000.5'
 */
export function format(value: Fixed): string {
  const { units, scale } = value;
  // −0 prints as 0, as formatMoney prints decimal.js's −0.
  if (units === 0) return '0';
  if (scale === 0) return String(units);
  const negative = units < 0;
  let digits = String(negative ? -units : units);
  // Trailing zeros of the decimals are dropped on the text: cheaper than dividing a double by 10.
  let end = digits.length;
  let decimals = scale;
  while (decimals > 0 && digits.charCodeAt(end - 1) === 48) {
    end -= 1;
    decimals -= 1;
  }
  if (end < digits.length) digits = digits.slice(0, end);
  if (decimals > 0) {
    if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
    const point = digits.length - decimals;
    digits = `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * The Decimal of an amount, for the parts of the engine that take Decimals. A whole amount below
 * 10^7 (a fine in yuan under 一千万元) takes decimal.js's constructor for small integers, which
 * reads no text: about a third of the cost of parsing one.
 *
 * @example toDecimal(new Fixed(65, 1)).toFixed() // '6.5'
 */
export function toDecimal(value: Fixed): Decimal {
  const { units, scale } = value;
  if (units === 0) return ZERO;
  if (scale === 0 && units >= 1 && units < 1e7) return new Decimal(units);
  return new Decimal(format(value));
}

/** The integer rounded from `truncated` (toward zero) by the dropped `rest` of `divisor` (both exact). */
function rounded(truncated: number, rest: number, divisor: number, mode: FixedRounding): number {
  const away = rest < 0 ? truncated - 1 : truncated + 1;
  switch (mode) {
    case 'down':
      return truncated;
    case 'up':
      return away;
    case 'ceil':
      return rest > 0 ? away : truncated;
    case 'floor':
      return rest < 0 ? away : truncated;
    case 'half-up': {
      const twice = 2 * (rest < 0 ? -rest : rest);
      return twice >= divisor ? away : truncated;
    }
    case 'half-even': {
      const twice = 2 * (rest < 0 ? -rest : rest);
      if (twice > divisor) return away;
      if (twice < divisor) return truncated;
      return truncated % 2 === 0 ? truncated : away;
    }
  }
}

/** `value.units` at a larger scale, or `undefined` past 2^53 − 1. */
function aligned(value: Fixed, scale: number): number | undefined {
  if (value.scale === scale) return value.units;
  const units = value.units * (POW10[scale - value.scale] as number);
  return Number.isSafeInteger(units) ? units : undefined;
}

/** `units × 10^by` at `scale`, or `undefined` past 2^53 − 1. */
function scaledUp(units: number, by: number, scale: number): Fixed | undefined {
  if (by > MAX_SCALE) return units === 0 ? new Fixed(0, scale) : undefined;
  const up = units * (POW10[by] as number);
  return Number.isSafeInteger(up) ? new Fixed(up, scale) : undefined;
}

/** A product whose scale passed {@link MAX_SCALE}: kept only if its trailing zeros bring it back. */
function trimmed(units: number, scale: number): Fixed | undefined {
  let u = units;
  let s = scale;
  while (s > MAX_SCALE && u % 10 === 0) {
    u /= 10;
    s -= 1;
  }
  return s <= MAX_SCALE ? new Fixed(u, s) : undefined;
}

/** Decimal digits of a base-10^7 word (1…9,999,999). */
function digitCount(word: number): number {
  if (word < 10) return 1;
  if (word < 100) return 2;
  if (word < 1000) return 3;
  if (word < 10000) return 4;
  if (word < 100000) return 5;
  if (word < 1000000) return 6;
  return 7;
}
