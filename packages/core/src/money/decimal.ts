import DecimalJs from 'decimal.js';

/**
 * The Decimal constructor every amount in cailiang goes through: 40 significant digits (a fine
 * of trillions of yuan to the fen needs 17), never printed with an exponent. A private clone, so
 * a caller who reconfigures the global decimal.js cannot change our results.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
