import type { Adjustment, AmountRange, FineSanction } from '../decide/decision.js';
import type { Decimal } from '../money/decimal.js';
import { decimalOf } from '../money/decimal-memo.js';
import type { FinePosition } from './types.js';

/**
 * Where an imposed fine lies against the range the benchmark set for its case (see
 * {@link FinePosition}). The thirds are compared without division — `3 × (amount − min)`
 * against the width — so a boundary is never blurred by rounding: an amount exactly one third
 * of the way up is in the middle third.
 *
 * @param amount - the fine imposed
 * @param fine - the fine the decision calls for (the tier's range, already narrowed by a
 *   mandatory mitigation ground)
 * @param adjustments - the decision's mitigation grounds: a fine under the tier inside one of
 *   their 从轻 bands or 减轻 ranges is `mitigated`, not a deviation
 * @returns the position
 * @example finePosition(new Decimal('90000'), { min: '65000', max: '85000', … }, []) // 'above'
 */
export function finePosition(
  amount: Decimal,
  fine: Pick<FineSanction, 'min' | 'max'>,
  adjustments: readonly Adjustment[],
): FinePosition {
  const min = decimalOf(fine.min);
  const max = decimalOf(fine.max);
  if (amount.greaterThan(max)) return 'above';
  if (amount.lessThan(min))
    return adjustments.some(
      (adjustment) =>
        adjustment.kind === 'mitigation' && (within(amount, adjustment.range) || within(amount, adjustment.reduced)),
    )
      ? 'mitigated'
      : 'below';
  const width = max.minus(min);
  if (width.isZero()) return 'middle';
  const offset = amount.minus(min).times(3);
  if (offset.lessThan(width)) return 'lower';
  return offset.greaterThan(width.times(2)) ? 'upper' : 'middle';
}

/**
 * The band of a statutory range that counts as "at the maximum": from `max × (1 − within)` to
 * `max`. Undefined when the range has no maximum, or when the whole range lies inside that band
 * (a fixed fine such as 按直接损失的百分之二十, or 十元 flat): there the officer has no choice, so
 * a fine at the top says nothing about how the discretion is used.
 *
 * @param statutory - the statutory range for the case
 * @param within - the fraction, e.g. `0.01` for "within 1%"
 * @example maximumBand({ min: '50000', max: '100000' }, new Decimal('0.01')) // { from: 99000, to: 100000 }
 */
export function maximumBand(
  statutory: { readonly min: string; readonly max?: string },
  within: Decimal,
): { from: Decimal; to: Decimal } | undefined {
  if (statutory.max === undefined) return undefined;
  const to = decimalOf(statutory.max);
  const from = to.minus(to.times(within));
  return from.lessThanOrEqualTo(decimalOf(statutory.min)) ? undefined : { from, to };
}

/**
 * Whether a fine lies in the band at the statutory maximum. A fine above the maximum is not
 * "at" it: it is unlawful, which the legality review reports on its own.
 *
 * @param amount - the fine imposed
 * @param band - from {@link maximumBand}
 */
export function atMaximum(amount: Decimal, band: { from: Decimal; to: Decimal }): boolean {
  return amount.greaterThanOrEqualTo(band.from) && amount.lessThanOrEqualTo(band.to);
}

function within(amount: Decimal, range: AmountRange | undefined): boolean {
  return (
    range !== undefined &&
    amount.greaterThanOrEqualTo(decimalOf(range.min)) &&
    amount.lessThanOrEqualTo(decimalOf(range.max))
  );
}
