/**
 * A printed amount read back into scaled integers without decimal.js: the decided ranges a
 * decision prints (`"200"`, `"5000.5"`) are what the guide (decide/guide-fixed.ts) starts from,
 * and parsing them into Decimals cost two constructors a guided sanction.
 */
import { Fixed, MAX_SCALE } from './fixed.js';

/** Plain digits with at most one point inside: what {@link format} and formatMoney print for an amount ≥ 0. */
const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads a plain decimal text — digits, optionally a point and more digits; no sign, exponent or
 * spaces — exactly.
 *
 * @param text - an amount as a decision prints it
 * @returns the amount, or `undefined` for any other text (a sign, an exponent) or one whose digits
 *   pass 2^53 − 1 or whose decimals pass {@link MAX_SCALE}: the caller reads those with decimal.js
 * @example fixedOfPrinted('5000.5') // Fixed { units: 50005, scale: 1 }
 * @example fixedOfPrinted('-1') // undefined
 */
export function fixedOfPrinted(text: string): Fixed | undefined {
  const match = PLAIN.exec(text);
  if (match === null) return undefined;
  const decimals = match[2] ?? '';
  if (decimals.length > MAX_SCALE) return undefined;
  // A text of more than 2^53's digits parses to a double ≥ 2^53, never back into the safe range.
  const units = Number(match[1] + decimals);
  return Number.isSafeInteger(units) ? new Fixed(units, decimals.length) : undefined;
}
