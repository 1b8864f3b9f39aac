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
