import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/rounding.js';
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
}

/** A closed range of amounts (or days), as a tier sets it. */
export interface Range {
  readonly min: Decimal;
  readonly max: Decimal;
}

/** A range given by the rule set as literal amounts: nothing computed, nothing rounded. */
export function literalRange(min: string, max: string | undefined): StatutoryRange {
  const lower = new Decimal(min);
  const upper = max === undefined ? undefined : new Decimal(max);
  return { min: lower, max: upper, exactMin: lower, exactMax: upper };
}

/**
 * Ranges the rule set writes, each read once: rule-set data is frozen, so the result never goes
 * stale, and the bands of such a range are the same for every case (see {@link bandRange}).
 */
const literalRanges = new WeakMap<object, StatutoryRange>();
const bandsOfLiteralRanges = new WeakMap<StatutoryRange, Map<Band, { readonly rounding: RoundingPolicy; readonly range: Range }>>();

/**
 * {@link literalRange} of a range in a loaded rule set — amounts (`{ min: "50000", max: "100000" }`)
 * or multiples (`{ min: "10", max: "20" }`) — read once and shared: callers must not change it (no
 * one changes a Decimal).
 *
 * @example rangeOf(alternative.range) // { min: 50000, max: 100000, … }
 */
export function rangeOf(data: { readonly min: string; readonly max?: string | undefined }): StatutoryRange {
  let range = literalRanges.get(data);
  if (range === undefined) {
    range = literalRange(data.min, data.max);
    if (Object.isFrozen(data)) {
      literalRanges.set(data, range);
      bandsOfLiteralRanges.set(range, new Map());
    }
  }
  return range;
}

/**
 * 货值金额十倍以上二十倍以下: the range `base × [min, max]`, rounded by the policy. The multiples
 * are rule-set data, read into Decimals once ({@link rangeOf}) rather than on every case.
 *
 * @param multiples - the multiples as the rule set writes them (`{ min: "10", max: "20" }`)
 * @example multipleRange(Decimal('12345.67'), { min: '10', max: '20' }, { scale: 0, mode: 'half-up' })
 * // min 123457 (exact 123456.7), max 246913 (exact 246913.4)
 */
export function multipleRange(base: Decimal, multiples: { readonly min: string; readonly max?: string | undefined }, rounding: RoundingPolicy): StatutoryRange {
  const factors = rangeOf(multiples);
  const exactMin = base.times(factors.min);
  const exactMax = factors.max === undefined ? undefined : base.times(factors.max);
  return {
    min: roundAmount(exactMin, rounding),
    max: exactMax === undefined ? undefined : roundAmount(exactMax, rounding),
    exactMin,
    exactMax,
  };
}

/**
 * The share of a range a band names: `min + from × (max − min)` to `min + to × (max − min)`,
 * computed on the exact range and rounded once. 5万–10万 with [0.3, 0.7] gives 6.5万–8.5万.
 *
 * @throws RangeError for an open range (the loader refuses bands of 「…以上」 ranges)
 */
export function bandRange(range: StatutoryRange, band: Band, rounding: RoundingPolicy): Range {
  // A range of the rule set has the same bands in every case: each is worked out once (for the
  // rule set's rounding; a range rounded otherwise, as days are, is worked out each time).
  const known = bandsOfLiteralRanges.get(range);
  const cached = known?.get(band);
  if (cached !== undefined && cached.rounding === rounding) return cached.range;
  if (range.exactMax === undefined) throw new RangeError(`band "${band.name}" of a range without maximum`);
  const width = range.exactMax.minus(range.exactMin);
  const result = {
    min: roundAmount(range.exactMin.plus(width.times(band.from)), rounding),
    max: roundAmount(range.exactMin.plus(width.times(band.to)), rounding),
  };
  if (cached === undefined) known?.set(band, { rounding, range: result });
  return result;
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
