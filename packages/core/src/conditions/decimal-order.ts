import type { Decimal } from '../money/decimal.js';

/**
 * Compares two Decimals without allocating: decimal.js's own `cmp` first copies its argument
 * (`new Decimal(y)`), which a condition evaluated on every case of a benchmark should not pay
 * for. Same algorithm as decimal.js 10 `comparedTo`, on the documented read-only fields
 * `s` (sign, NaN for NaN), `e` (exponent) and `d` (base-1e7 digits, null for NaN and ±Infinity).
 *
 * @param x - the left amount
 * @param y - the right amount
 * @returns -1, 0 or 1; NaN when either is NaN
 * @example compareDecimals(new Decimal('0.30'), new Decimal('0.3')) // 0
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  const xs = x.s;
  const ys = y.s;
  if (xd === null || yd === null) {
    if (Number.isNaN(xs) || Number.isNaN(ys)) return Number.NaN;
    if (xs !== ys) return xs;
    if (xd === yd) return 0;
    return (xd === null) === xs > 0 ? 1 : -1;
  }
  const xZero = xd[0] === 0;
  const yZero = yd[0] === 0;
  if (xZero || yZero) return xZero ? (yZero ? 0 : -ys) : xs;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e === xs > 0 ? 1 : -1;
  const common = Math.min(xd.length, yd.length);
  for (let i = 0; i < common; i += 1) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b === xs > 0 ? 1 : -1;
  }
  if (xd.length === yd.length) return 0;
  return xd.length > yd.length === xs > 0 ? 1 : -1;
}
