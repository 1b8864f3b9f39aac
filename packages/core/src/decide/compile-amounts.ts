/**
 * The amounts an item writes, read once when it is compiled: statutory ranges and multiples
 * into Decimals, tier bands into the policy's Band, and the bands the item uses of each literal
 * range worked out in advance. What the loader proved (exactly one of range, multiple or band)
 * becomes a union by `kind`, so deciding a case reads it without a cast.
 */
import type { FactScope } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { fixedAmount } from '../money/money.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { StatutoryFineData, TierAmountData } from '../ruleset/schema.js';
import { rangeOf, withBands } from './amount-range.js';
import { compileComputed } from './computed-amount.js';
import { fineAlternatives } from './fine-sanction.js';
import type { FineAlternatives } from './fine-sanction.js';
import { fixedAmountOf, fixedBandsOf, fixedLiteralRange, fixedPairOf } from './fixed-amounts.js';
import type { FixedAmount, FixedLiteralRange, FixedPair } from './fixed-amounts.js';
import type { ComputedAmount } from './computed-amount.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { Band, ResolvedPolicy } from './policy.js';

/** Multiples of a fact, as Decimals: 13–17倍. */
export interface Multiples {
  readonly min: Decimal;
  readonly max: Decimal;
}

/** A statutory fine alternative (法定幅度): a literal range, or multiples of a fact (货值金额十倍以上二十倍以下). */
export type StatutoryFine =
  | {
      readonly kind: 'range';
      readonly range: StatutoryRange;
      readonly optional: boolean;
      /** 「警告或者罚款」: the choice the statute offers beside the fine, as the sanction lists it. */
      readonly alternatives: FineAlternatives | undefined;
      /** The range in scaled integers, for the fast path (absent: beyond their range, decimal.js only). */
      readonly fixed: FixedLiteralRange | undefined;
    }
  | {
      readonly kind: 'multiple';
      /** The fact multiplied. */
      readonly of: string;
      readonly factors: StatutoryRange;
      /** The multiples each band the item uses spans (absent for 「…倍以上」). */
      readonly bandMultiples: ReadonlyMap<Band, Multiples>;
      readonly optional: boolean;
      /** 「警告或者罚款」: the choice the statute offers beside the fine, as the sanction lists it. */
      readonly alternatives: FineAlternatives | undefined;
      /**
       * Where `of` is a quantity fact, its unit: the factors are then yuan per unit (「按照占地面积处
       * 每平方米一千元罚款」), the same arithmetic as a multiple, printed and traced per unit.
       */
      readonly unit: string | undefined;
      /** The factors in scaled integers, for the fast path (absent: beyond their range). */
      readonly fixedFactors: { readonly min: FixedAmount; readonly max: FixedAmount | undefined } | undefined;
      /** `bandMultiples` in scaled integers (absent: one of them is beyond their range). */
      readonly fixedBandMultiples: ReadonlyMap<Band, FixedPair> | undefined;
    };

/** How a tier sets an amount: a band of the statutory range, an absolute range, multiples of a fact, or a computation. */
export type TierAmount =
  | { readonly kind: 'band'; readonly band: Band }
  | {
      readonly kind: 'range';
      readonly range: Range;
      /** The range in scaled integers, for the fast path (absent: beyond their range). */
      readonly fixed: FixedPair | undefined;
    }
  | {
      readonly kind: 'multiple';
      /** Absent: the fact the statutory alternative multiplies. */
      readonly of: string | undefined;
      readonly factors: Range;
      /** The factors in scaled integers, for the fast path (absent: beyond their range). */
      readonly fixedFactors: FixedPair | undefined;
    }
  /** v2: an amount the table computes from the facts (权重累加, 每增加1个超标因子增加一万元). */
  | { readonly kind: 'computed'; readonly computed: ComputedAmount };

/**
 * A statutory alternative as the loader proved it.
 *
 * @param bands - the bands the item uses, worked out now for literal ranges and multiples
 * @param scope - the rule set's facts, to know a per-unit rate (a multiple of a quantity fact)
 * @throws RangeError for an alternative with neither range nor multiple (the loader refuses it)
 */
export function statutoryFine(
  data: StatutoryFineData,
  policy: ResolvedPolicy,
  bands: readonly Band[] = [],
  scope?: FactScope,
): StatutoryFine {
  const optional = data.optional === true;
  const alternatives = fineAlternatives(data.alternatives);
  if (data.range !== undefined) {
    const range = withBands(rangeOf(data.range), bands, policy.rounding);
    return { kind: 'range', range, optional, alternatives, fixed: fixedLiteralRange(range, policy) };
  }
  if (data.multiple === undefined)
    throw new RangeError('a statutory fine with neither range nor multiple was not checked at load');
  const factors = rangeOf(data.multiple);
  const bandMultiples = new Map<Band, Multiples>();
  if (factors.max !== undefined)
    for (const band of bands) {
      const { min, max } = multiplesOfBand(factors, band);
      bandMultiples.set(band, { min: fixedAmount(min), max: fixedAmount(max) });
    }
  const of = scope?.lookup(data.multiple.of);
  const unit = of?.type === 'quantity' ? of.unit : undefined;
  const fixedMin = fixedAmountOf(factors.min);
  const fixedMax = factors.max === undefined ? undefined : fixedAmountOf(factors.max);
  const fixedFactors =
    fixedMin === undefined || (factors.max !== undefined && fixedMax === undefined)
      ? undefined
      : { min: fixedMin, max: fixedMax };
  return {
    kind: 'multiple',
    of: data.multiple.of,
    factors,
    bandMultiples,
    optional,
    alternatives,
    unit,
    fixedFactors,
    fixedBandMultiples: fixedBandsOf(bandMultiples),
  };
}

/**
 * A tier's amount as the loader proved it, its band looked up in the policy.
 *
 * @throws RangeError for a band the policy does not name, or an amount with no kind (the loader refuses both)
 */
export function tierAmount(data: TierAmountData, policy: ResolvedPolicy): TierAmount {
  if (data.band !== undefined) {
    const band = policy.bands.get(data.band);
    if (band === undefined) throw new RangeError(`band "${data.band}" was not checked at load`);
    return { kind: 'band', band };
  }
  if (data.range !== undefined) {
    const range = closedRange(data.range);
    return { kind: 'range', range, fixed: fixedPairOf(range) };
  }
  if (data.computed !== undefined) return { kind: 'computed', computed: compileComputed(data.computed) };
  if (data.multiple === undefined)
    throw new RangeError('a tier amount with neither band, range, multiple nor computed was not checked at load');
  const factors = closedRange(data.multiple);
  return { kind: 'multiple', of: data.multiple.of, factors, fixedFactors: fixedPairOf(factors) };
}

/**
 * A range in days or months a sanction writes (行政拘留 N 日), with the bands the item uses of
 * it worked out for whole units.
 */
export function unitRange(
  data: { readonly min: string; readonly max?: string | undefined },
  bands: readonly Band[],
  wholeUnits: RoundingPolicy,
): StatutoryRange {
  return withBands(rangeOf(data), bands, wholeUnits);
}

/**
 * The multiples a band of closed statutory multiples spans: 10–20倍 in the band [0.3, 0.7] is
 * 13–17倍.
 */
export function multiplesOfBand(factors: StatutoryRange, band: Band): Multiples {
  const max = factors.max ?? factors.min;
  const width = max.minus(factors.min);
  return { min: factors.min.plus(width.times(band.from)), max: factors.min.plus(width.times(band.to)) };
}

function closedRange(data: { readonly min: string; readonly max: string }): Range {
  return { min: fixedAmount(new Decimal(data.min)), max: fixedAmount(new Decimal(data.max)) };
}
