import DecimalJs from 'decimal.js';
import type { Decimal } from './decimal.js';

/** How computed amounts are rounded (`policy.rounding`). */
export interface RoundingPolicy {
  /** Decimal places kept: 0 for whole yuan, 2 for fen. */
  readonly scale: number;
  readonly mode: RoundingMode;
}

/** half-up 四舍五入 · down 舍去 (toward zero) · up 进位 (away from zero) · half-even 银行家舍入 */
export type RoundingMode = 'half-up' | 'down' | 'up' | 'half-even';

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'down', 'up', 'half-even'];

/** Two decimal places, half-up: to the fen, as Chinese accounting rounds. */
export const DEFAULT_ROUNDING: RoundingPolicy = Object.freeze({ scale: 2, mode: 'half-up' });

const DECIMAL_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
};

/**
 * Rounds a computed amount bound (a tier range, a multiple of a fact, the 减轻 floor).
 * Never applied to amounts taken from facts: a confiscated income of 5000.5 stays 5000.5.
 *
 * @example roundAmount(new Decimal('123456.7'), { scale: 0, mode: 'half-up' }) // 123457
 */
export function roundAmount(value: Decimal, policy: RoundingPolicy): Decimal {
  return value.toDecimalPlaces(policy.scale, DECIMAL_MODE[policy.mode]);
}

/** Which end of a statutory range a computed bound is: the side the law must not be crossed on. */
export type BoundSide = 'min' | 'max';

/**
 * Rounds a computed bound of a statutory range by the policy, but never outside the law
 * (contract §1, amendment of format v2; issue #17 point 6): a minimum that the policy's mode
 * would round below the exact statutory minimum is rounded up instead, a maximum that it would
 * round above the exact maximum is rounded down. Goods value 10000.08 × 20 = 200001.6 as a
 * maximum gives 200001 at scale 0 (half-up alone would print 200002, above the statute).
 *
 * @param value - the exact bound, as the statute computes it
 * @param policy - the rule set's rounding policy (scale and mode)
 * @param side - `min` for a lower bound, `max` for an upper one
 * @returns the rounded bound, inside the law: `≥ value` for a minimum, `≤ value` for a maximum
 * @example roundBound(new Decimal('200001.6'), { scale: 0, mode: 'half-up' }, 'max') // 200001
 * @example roundBound(new Decimal('333333.33'), { scale: 0, mode: 'half-up' }, 'min') // 333334
 */
export function roundBound(value: Decimal, policy: RoundingPolicy, side: BoundSide): Decimal {
  const rounded = roundAmount(value, policy);
  if (side === 'min' && rounded.lessThan(value)) return value.toDecimalPlaces(policy.scale, DecimalJs.ROUND_CEIL);
  if (side === 'max' && rounded.greaterThan(value)) return value.toDecimalPlaces(policy.scale, DecimalJs.ROUND_FLOOR);
  return rounded;
}
