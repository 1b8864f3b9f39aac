import DecimalJs from 'decimal.js';
// The class by its named export, for types: decimal.js's declarations are CommonJS, so under
// `moduleResolution: nodenext` an ES module's default import of them is the module, not the class.
import type { Decimal as DecimalClass } from 'decimal.js';

/**
 * The Decimal constructor every amount in cailiang goes through: 40 significant digits (a fine
 * of trillions of yuan to the fen needs 17), never printed with an exponent. A private clone, so
 * a caller who reconfigures the global decimal.js cannot change our results.
 */
export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalClass;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
