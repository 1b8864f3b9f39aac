import { Decimal } from '../money/decimal.js';

/** Places a share is reported with: enough to tell 61.25% from 61.3%, few enough to read. */
export const SHARE_PLACES = 4;

/**
 * `count / of` as a decimal string with four places, rounded half-up (`"0.6125"`); `null` when
 * `of` is 0 — a share of nothing is unknown, not zero.
 *
 * @example share(49, 80) // '0.6125'
 */
export function share(count: number, of: number): string | null {
  if (of === 0) return null;
  return new Decimal(count).dividedBy(of).toDecimalPlaces(SHARE_PLACES, Decimal.ROUND_HALF_UP).toFixed(SHARE_PLACES);
}

/**
 * Whether `count / of ≥ threshold`, decided exactly (`count ≥ of × threshold`), so that 1 of 4
 * meets a threshold of 0.25 however the quotient would round.
 *
 * @param threshold - a decimal string (`"0.25"`)
 */
export function atLeast(count: number, of: number, threshold: string): boolean {
  return of > 0 && new Decimal(count).greaterThanOrEqualTo(new Decimal(of).times(threshold));
}

/**
 * A share as a sentence shows it: a whole percent, rounded half-up, except that a share that is
 * not all is never shown as 100% and one that is not none never as 0% (`>99%`, `<1%`).
 *
 * @example percent(49, 80) // '61%'
 */
export function percent(count: number, of: number): string {
  if (of === 0) return '–';
  const whole = new Decimal(count).times(100).dividedBy(of).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  if (whole === 100 && count < of) return '>99%';
  if (whole === 0 && count > 0) return '<1%';
  return `${whole}%`;
}
