/**
 * Where a fine is computed: the statutory range for the facts, the tier's share of it, and the
 * 从轻 narrowing when a mitigation ground applies — all behind {@link caseFine}, which gives the
 * fine sanction of a case. Every bound is a Decimal; rounding happens once per bound, by the rule
 * set's policy, and amounts become decimal strings only in the sanction.
 */
import { CailiangError } from '../errors/cailiang-error.js';
import type { FactValues } from '../facts/types.js';
import { Decimal, ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { roundAmount } from '../money/rounding.js';
import type { StatutoryFineData, TierAmountData, TierData } from '../ruleset/schema.js';
import { bandRange, clampToStatutory, lighterOf, multipleRange, rangeOf } from './amount-range.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import type { FineSanction, Warning } from './decision.js';
import type { Band, ResolvedPolicy } from './policy.js';
import { requireFact } from './required-fact.js';

/** The fine of a case, and the 从轻 and 减轻 ranges every mitigation ground shows beside it. */
export interface CaseFine {
  /** Absent when the statute sets no fine or the tier imposes none. */
  readonly sanction: FineSanction | undefined;
  readonly ranges: MitigationRanges;
}

/**
 * The fine a case calls for: the statutory range of the alternative that applies, the tier's
 * range held to it, and — when a ground requires 从轻或者减轻 (应当) — narrowed to the policy's
 * mitigation band.
 *
 * @param alternative - the statutory alternative that applies (undefined: the statute sets no fine)
 * @param mitigation - whether any mitigation ground holds, and whether one is mandatory
 * @param warnings - receives tier-range-clamped and conflicting-circumstances
 * @throws CailiangError INVALID_CASE for a missing fact the fine multiplies; RANGE_UNDETERMINED
 *   for a tier wholly outside the statute
 */
export function caseFine(
  compiled: CompiledPenaltyItem,
  alternative: { readonly index: number; readonly data: StatutoryFineData } | undefined,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  mitigation: { readonly any: boolean; readonly mandatory: boolean },
  warnings: Warning[],
): CaseFine {
  const tier = selected.data;
  if (alternative === undefined || tier.fine === undefined) return { sanction: undefined, ranges: NO_MITIGATION_RANGES };
  const { data } = alternative;
  if (data.multiple !== undefined) requireFact(compiled, facts, data.multiple.of, `the statutory range that applies (statutory.fine[${alternative.index}])`);
  const tierOf = tier.fine.multiple === undefined ? undefined : (tier.fine.multiple.of ?? data.multiple?.of);
  if (tierOf !== undefined) requireFact(compiled, facts, tierOf, `tier "${String(tier.level)}"`);
  const statutory = statutoryFineRange(data, facts, compiled.policy);
  const fine = tierRange(tier.fine, statutory, data, facts, compiled.policy, { level: tier.level, warnings, unit: '元' });
  const ranges = mitigation.any ? mitigationRanges(statutory, compiled) : NO_MITIGATION_RANGES;
  const imposed = mitigation.mandatory ? mitigatedFine(fine, ranges.band, data, selected, compiled, warnings) : fine;
  return { sanction: fineSanction(imposed, statutory, data.optional === true), ranges };
}

/** The statutory range of the alternative that applies (法定幅度), for these facts. */
export function statutoryFineRange(alternative: StatutoryFineData, facts: FactValues, policy: ResolvedPolicy): StatutoryRange {
  if (alternative.range !== undefined) return rangeOf(alternative.range);
  const multiple = alternative.multiple as NonNullable<StatutoryFineData['multiple']>;
  return multipleRange(facts[multiple.of] as Decimal, multiple, policy.rounding);
}

/** A tier's range, with the multiples it stands for when the tier or statute is a multiple. */
export interface TierRange {
  readonly range: Range;
  readonly multiple?: { readonly of: string; readonly base: Decimal; readonly min: Decimal; readonly max: Decimal };
}

/**
 * The range a tier's own terms set, before it is held to the statute: a band of the statutory
 * range (从重 = the top 30%…), an absolute range (Jiangmen-style tiers), or multiples of a fact.
 * What the benchmark itself says — lint checks it against the statute; decide takes
 * {@link tierRange}, which cuts it back.
 *
 * @param statutory - the statutory range for the same facts (only a band reads it)
 * @throws RangeError for a band the policy does not name or of a range without maximum (the loader refuses both)
 */
export function tierOwnRange(amount: TierAmountData, statutory: StatutoryRange | undefined, alternative: StatutoryFineData | undefined, facts: FactValues, policy: ResolvedPolicy): TierRange {
  if (amount.band !== undefined) {
    const band = policy.bands.get(amount.band);
    if (band === undefined || statutory === undefined) throw new RangeError(`band "${amount.band}" was not checked at load`);
    const range = bandRange(statutory, band, policy.rounding);
    const of = alternative?.multiple;
    if (of === undefined) return { range };
    const multiples = bandMultiples(of, band);
    return { range, multiple: { of: of.of, base: facts[of.of] as Decimal, min: multiples.min, max: multiples.max } };
  }
  if (amount.range !== undefined) return { range: rangeOf(amount.range) as Range };
  const spec = amount.multiple as NonNullable<TierAmountData['multiple']>;
  const of = spec.of ?? (alternative?.multiple?.of as string);
  const base = facts[of] as Decimal;
  const computed = multipleRange(base, spec, policy.rounding);
  const factors = rangeOf(spec);
  return { range: { min: computed.min, max: computed.max as Decimal }, multiple: { of, base, min: factors.min, max: factors.max as Decimal } };
}

/**
 * The range a tier sets for these facts ({@link tierOwnRange}), held to the statutory range: an
 * absolute or multiple range that leaves it is cut back to it, with a warning — the law's range
 * always wins. A band is a share of the statutory range and never leaves it.
 *
 * @throws CailiangError RANGE_UNDETERMINED when the tier's range lies wholly outside the statute
 */
export function tierRange(
  amount: TierAmountData,
  statutory: StatutoryRange,
  alternative: StatutoryFineData | undefined,
  facts: FactValues,
  policy: ResolvedPolicy,
  context: { readonly level: string | number; readonly warnings: Warning[]; readonly unit: string },
): TierRange {
  const own = tierOwnRange(amount, statutory, alternative, facts, policy);
  if (amount.band !== undefined) return own;
  const { range } = own;
  const clamped = clampToStatutory(range, statutory);
  if (clamped === undefined) {
    throw new CailiangError('RANGE_UNDETERMINED', [
      {
        code: 'tier_outside_statutory',
        path: 'facts',
        message: `tier "${String(context.level)}" sets ${range.min.toFixed()}–${range.max.toFixed()} ${context.unit}, wholly outside the statutory range ${statutory.min.toFixed()}–${statutory.max?.toFixed() ?? '…'} for these facts`,
      },
    ]);
  }
  if (clamped.clampedMin || clamped.clampedMax) {
    context.warnings.push({
      code: 'tier-range-clamped',
      message: `tier "${String(context.level)}" sets ${range.min.toFixed()}–${range.max.toFixed()} ${context.unit}, which leaves the statutory range ${statutory.min.toFixed()}–${statutory.max?.toFixed() ?? '…'}; the range was cut back to the statute (国办发〔2022〕27号: 严格限定在法定幅度内)`,
    });
  }
  return own.multiple === undefined ? { range: clamped.range } : { range: clamped.range, multiple: own.multiple };
}

/**
 * The 减轻 option: below the statutory minimum, down to `reducedFloor × minimum` (rounded).
 * Undefined when the statute has no minimum to go below (「…以下」 ranges start at 0).
 */
export function reducedRange(statutory: StatutoryRange, reducedFloor: Decimal, policy: ResolvedPolicy): Range | undefined {
  if (statutory.min.isZero()) return undefined;
  return { min: roundAmount(statutory.exactMin.times(reducedFloor), policy.rounding), max: statutory.min };
}

/** Multiples a fraction of the way from `min` to `max`: 10–20倍 at 0.7 is 17倍. */
export function multipleAt(min: string, max: string | undefined, fraction: Decimal): Decimal {
  const low = new Decimal(min);
  return max === undefined ? low : low.plus(new Decimal(max).minus(low).times(fraction));
}

/** The multiples of a band, by statutory multiple (rule-set data, frozen) and band: the same in every case. */
const multiplesOfBands = new WeakMap<object, Map<Band, { readonly min: Decimal; readonly max: Decimal }>>();

/**
 * The multiples a band of a statutory multiple spans: 10–20倍 in the band [0.3, 0.7] is 13–17倍.
 *
 * @example bandMultiples({ of: 'goodsValue', min: '10', max: '20' }, general) // { min: 13, max: 17 }
 */
export function bandMultiples(multiple: { readonly min: string; readonly max?: string | undefined }, band: Band): { readonly min: Decimal; readonly max: Decimal } {
  let byBand = multiplesOfBands.get(multiple);
  if (byBand === undefined) {
    byBand = new Map();
    if (Object.isFrozen(multiple)) multiplesOfBands.set(multiple, byBand);
  }
  let multiples = byBand.get(band);
  if (multiples === undefined) {
    multiples = { min: multipleAt(multiple.min, multiple.max, band.from), max: multipleAt(multiple.min, multiple.max, band.to) };
    byBand.set(band, multiples);
  }
  return multiples;
}

/** The 从轻 band and the 减轻 range of a statutory range: what the fine and every ground show. */
export interface MitigationRanges {
  /** The policy's mitigation band (absent without a policy band or for 「…以上」 ranges). */
  readonly band: Range | undefined;
  /** Down to `reducedFloor ×` the minimum (absent for ranges starting at 0). */
  readonly reduced: Range | undefined;
}

const NO_MITIGATION_RANGES: MitigationRanges = { band: undefined, reduced: undefined };

/** Worked out once per case, for the fine and for each mitigation ground's adjustment. */
function mitigationRanges(statutory: StatutoryRange, compiled: CompiledPenaltyItem): MitigationRanges {
  const policy = compiled.policy.mitigation;
  return {
    band: policy !== undefined && statutory.max !== undefined ? bandRange(statutory, policy.band, compiled.policy.rounding) : undefined,
    reduced: reducedRange(statutory, policy?.reducedFloor ?? ZERO, compiled.policy),
  };
}

/**
 * 从轻: the fine narrows to the mitigation band of the statutory range, never above the tier's
 * own range; for a multiple, the multiples narrow the same way. A tier that its own conditions
 * selected and that lies wholly above that band (touching it at most at its edge, as 从重 does
 * under the Guangdong mean-based bands) means the case shows both aggravating and mitigating
 * circumstances: the officer is told. The fallback tier shows no circumstances, so it conflicts
 * with none.
 */
function mitigatedFine(fine: TierRange, band: Range | undefined, alternative: StatutoryFineData, selected: ConditionalTier | FallbackTier, compiled: CompiledPenaltyItem, warnings: Warning[]): TierRange {
  const policy = compiled.policy.mitigation;
  if (policy === undefined || band === undefined) return fine;
  const tier = selected.data;
  if (selected.kind === 'conditional' && fine.range.min.greaterThanOrEqualTo(band.max) && fine.range.max.greaterThan(band.max)) {
    warnings.push({
      code: 'conflicting-circumstances',
      message: `tier "${String(tier.level)}" (${tier.label}) sets ${formatMoney(fine.range.min)}–${formatMoney(fine.range.max)}, above the 从轻 band "${policy.band.name}" (${formatMoney(band.min)}–${formatMoney(band.max)}) that mitigation requires; the fine was narrowed to the band — weigh the circumstances of both`,
    });
  }
  const range = lighterOf(fine.range, band);
  const of = alternative.multiple;
  if (fine.multiple === undefined || of === undefined || of.max === undefined || fine.multiple.of !== of.of) return { range };
  return { range, multiple: { ...fine.multiple, ...lighterOf(fine.multiple, bandMultiples(of, policy.band)) } };
}

function fineSanction(fine: TierRange, statutory: StatutoryRange, optional: boolean): FineSanction {
  const out: UnderConstruction<FineSanction> = {
    kind: 'fine',
    min: formatMoney(fine.range.min),
    max: formatMoney(fine.range.max),
    statutory: statutory.max === undefined ? { min: formatMoney(statutory.min) } : { min: formatMoney(statutory.min), max: formatMoney(statutory.max) },
  };
  if (fine.multiple !== undefined) {
    out.multiple = {
      of: fine.multiple.of,
      base: formatMoney(fine.multiple.base),
      min: formatMoney(fine.multiple.min),
      max: formatMoney(fine.multiple.max),
    };
  }
  if (optional) out.optional = true;
  return out;
}
