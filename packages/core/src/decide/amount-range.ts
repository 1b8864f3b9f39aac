/**
 * Ranges of exact amounts (Decimals) and the arithmetic on them: bands of a range, multiples of a
 * fact, cutting a range back to the statute. Nothing here knows about items or cases.
 */
import { Decimal } from '../money/decimal.js';
import { fixedAmount } from '../money/money.js';
import { roundAmount, roundBound } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { Band } from './policy.js';

/**
 * A statutory range as computed for one case. The exact bounds are kept beside the rounded
 * ones so that bands are taken of the exact range and rounded once, at the end.
 */
export interface StatutoryRange {
  /** Bounds as the officer sees them (rounded where computed). `max` absent: 「…以上」. */
  readonly min: Decimal;
  readonly max: Decimal | undefined;
  /** Bounds before rounding. */
  readonly exactMin: Decimal;
  readonly exactMax: Decimal | undefined;
  /**
   * For a range the rule set writes: its bands, worked out when the item was compiled
   * ({@link withBands}). Always present as a key, so every range has one shape for the engine.
   */
  readonly bands: BandRanges | undefined;
}

/** The bands of a range, each worked out once, for one rounding. */
export interface BandRanges {
  readonly rounding: RoundingPolicy;
  readonly byBand: ReadonlyMap<Band, Range>;
}

/** A closed range of amounts (or days), as a tier sets it. */
export interface Range {
  readonly min: Decimal;
  readonly max: Decimal;
}

/** A range given by the rule set as literal amounts: nothing computed, nothing rounded. */
export function literalRange(min: string, max: string | undefined): StatutoryRange {
  // Made when an item is compiled (or lint reads a range): printed once, for every decision.
  const lower = fixedAmount(new Decimal(min));
  const upper = max === undefined ? undefined : fixedAmount(new Decimal(max));
  return { min: lower, max: upper, exactMin: lower, exactMax: upper, bands: undefined };
}

/**
 * {@link literalRange} of a range as a rule set writes it — amounts (`{ min: "50000", max: "100000" }`)
 * or multiples (`{ min: "10", max: "20" }`).
 *
 * @example rangeOf(alternative.range) // { min: 50000, max: 100000, … }
 */
export function rangeOf(data: { readonly min: string; readonly max?: string | undefined }): StatutoryRange {
  return literalRange(data.min, data.max);
}

/**
 * A literal range with the bands a rule set uses of it worked out now, so that {@link bandRange}
 * finds them rather than computes them on every case. An open range (「…以上」) has no bands.
 */
export function withBands(range: StatutoryRange, bands: Iterable<Band>, rounding: RoundingPolicy): StatutoryRange {
  if (range.exactMax === undefined) return range;
  const byBand = new Map<Band, Range>();
  for (const band of bands) {
    const { min, max } = bandRange(range, band, rounding);
    byBand.set(band, { min: fixedAmount(min), max: fixedAmount(max) });
  }
  return {
    min: range.min,
    max: range.max,
    exactMin: range.exactMin,
    exactMax: range.exactMax,
    bands: { rounding, byBand },
  };
}

/**
 * 货值金额十倍以上二十倍以下: the range `base × [min, max]`, each bound rounded by the policy but
 * never outside the law ({@link roundBound}: the minimum up, the maximum down where the mode
 * would cross). When the statute computes a single amount that the scale cannot print
 * (水污染防治法 第九十四条第二款 「直接损失的百分之二十」: 1234567.89 gives 246913.578), rounding
 * inward crosses; the fine is then the maximum rounded down at both ends — never above the law,
 * and short of it by less than the policy's last digit, which favours the party.
 *
 * @param factors - the multiples, read into Decimals when the item was compiled
 * @example multipleRange(Decimal('12345.67'), rangeOf({ min: '10', max: '20' }), { scale: 0, mode: 'half-up' })
 * // min 123457 (exact 123456.7), max 246913 (exact 246913.4)
 * @example multipleRange(Decimal('10000.08'), rangeOf({ min: '10', max: '20' }), { scale: 0, mode: 'half-up' })
 * // min 100001 (exact 100000.8), max 200001 (exact 200001.6; half-up alone would print 200002)
 */
export function multipleRange(base: Decimal, factors: StatutoryRange, rounding: RoundingPolicy): StatutoryRange {
  const exactMin = base.times(factors.min);
  const exactMax = factors.max === undefined ? undefined : base.times(factors.max);
  const min = roundBound(exactMin, rounding, 'min');
  const max = exactMax === undefined ? undefined : roundBound(exactMax, rounding, 'max');
  return { min: max !== undefined && min.greaterThan(max) ? max : min, max, exactMin, exactMax, bands: undefined };
}

/**
 * The share of a range a band names: `min + from × (max − min)` to `min + to × (max − min)`,
 * computed on the exact range and rounded once. 5万–10万 with [0.3, 0.7] gives 6.5万–8.5万.
 * A range of the rule set has its bands already ({@link withBands}); others are computed here.
 *
 * @throws RangeError for an open range (the loader refuses bands of 「…以上」 ranges)
 */
export function bandRange(range: StatutoryRange, band: Band, rounding: RoundingPolicy): Range {
  const known = range.bands;
  if (known !== undefined && known.rounding === rounding) {
    const found = known.byBand.get(band);
    if (found !== undefined) return found;
  }
  if (range.exactMax === undefined) throw new RangeError(`band "${band.name}" of a range without maximum`);
  const width = range.exactMax.minus(range.exactMin);
  return withinStatute(
    {
      min: roundAmount(range.exactMin.plus(width.times(band.from)), rounding),
      max: roundAmount(range.exactMin.plus(width.times(band.to)), rounding),
    },
    range,
  );
}

/**
 * A band's rounded bounds held inside the statutory range as printed: a band that reaches the
 * statute's edge (from 0 or to 1) must not be rounded past it (issue #17 point 6).
 */
function withinStatute(band: Range, statutory: StatutoryRange): Range {
  const { min, max } = statutory;
  const lower = (value: Decimal): Decimal => (value.lessThan(min) ? min : value);
  const upper = (value: Decimal): Decimal => (max !== undefined && value.greaterThan(max) ? max : value);
  return { min: upper(lower(band.min)), max: upper(lower(band.max)) };
}

/** Where a tier's own range had to be cut back to the statutory range. */
export interface Clamped {
  readonly range: Range;
  readonly clampedMin: boolean;
  readonly clampedMax: boolean;
}

/**
 * Cuts a range back to the statutory range (tiers may never leave it, 国办发〔2022〕27号).
 *
 * @returns the cut range and which bounds were cut, or undefined when nothing is left
 */
export function clampToStatutory(range: Range, statutory: StatutoryRange): Clamped | undefined {
  const clampedMin = range.min.lessThan(statutory.min);
  const clampedMax = statutory.max !== undefined && range.max.greaterThan(statutory.max);
  const min = clampedMin ? statutory.min : range.min;
  const max = clampedMax && statutory.max !== undefined ? statutory.max : range.max;
  if (min.greaterThan(max)) return undefined;
  return { range: { min, max }, clampedMin, clampedMax };
}

/** The lighter of two ranges, bound by bound: never heavier than either. */
export function lighterOf(a: Range, b: Range): Range {
  return { min: Decimal.min(a.min, b.min), max: Decimal.min(a.max, b.max) };
}
