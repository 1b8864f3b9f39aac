/**
 * Where a fine is computed: the statutory range for the facts, the tier's share of it, and the
 * 从轻 narrowing when a mitigation ground applies — all behind {@link caseFine}, which gives the
 * fine sanction of a case. Every bound is a Decimal; rounding happens once per bound, by the rule
 * set's policy, and amounts become decimal strings only in the sanction.
 */
import { CailiangError } from '../errors/cailiang-error.js';
import type { FactValues } from '../facts/types.js';
import type { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { roundBound } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { StatutoryFineData, TierAmountData } from '../ruleset/schema.js';
import { bandRange, clampToStatutory, lighterOf, multipleRange, rangeOf } from './amount-range.js';
import type { Clamped, Range, StatutoryRange } from './amount-range.js';
import type { CompiledAlternative, CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import { multiplesOfBand, statutoryFine, tierAmount } from './compile-amounts.js';
import { computedAmount, computedFacts } from './computed-amount.js';
import type { Multiples, StatutoryFine, TierAmount } from './compile-amounts.js';
import type { FineSanction, TableRuleAdjustment } from './decision.js';
import type { WarningList } from './warning-messages.js';
import { adjustFine } from './table-rules.js';
import type { CompiledTableRule } from './table-rules.js';
import type { Band, ResolvedPolicy } from './policy.js';
import { requireFact } from './required-fact.js';
import { fixedCaseFine } from './fine-fixed.js';
import { fineSanction, statutoryTexts } from './fine-sanction.js';
import { mitigationRanges } from './mitigation-ranges.js';
import type { MitigationRanges } from './mitigation-ranges.js';

export type { MitigationRanges } from './mitigation-ranges.js';

/** The fine of a case, and the 从轻 and 减轻 ranges every mitigation ground shows beside it. */
export interface CaseFine {
  /** Absent when the statute sets no fine or the tier imposes none. */
  readonly sanction: FineSanction | undefined;
  readonly ranges: MitigationRanges;
  /** What the table's `part` and `reduce` rules did to the fine, in order. */
  readonly tableAdjustments: readonly TableRuleAdjustment[];
}

/**
 * The fine a case calls for: the statutory range of the alternative that applies, the tier's
 * range held to it, and — when a ground requires 从轻或者减轻 (应当) — narrowed to the policy's
 * mitigation band. Worked out in scaled integers (fine-fixed.ts) where the amounts fit and the
 * shape is a common one, in decimal.js ({@link decimalCaseFine}) otherwise: the same digits.
 *
 * @param alternative - the statutory alternative that applies (undefined: the statute sets no fine)
 * @param mitigation - whether any mitigation ground holds, and whether one is mandatory
 * @param warnings - receives tier-range-clamped and conflicting-circumstances
 * @param tableRules - the table rules that hold for the case; their `part` and `reduce` apply here
 * @throws CailiangError INVALID_CASE for a missing fact the fine multiplies; RANGE_UNDETERMINED
 *   for a tier wholly outside the statute
 */
export function caseFine(
  compiled: CompiledPenaltyItem,
  alternative: CompiledAlternative | undefined,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  mitigation: { readonly any: boolean; readonly mandatory: boolean },
  warnings: WarningList,
  tableRules: readonly CompiledTableRule[] = [],
): CaseFine {
  const { amount } = selected;
  if (alternative === undefined || amount === undefined)
    return { sanction: undefined, ranges: NO_MITIGATION_RANGES, tableAdjustments: [] };
  requireFineFacts(compiled, alternative, selected, amount, facts);
  const fast = fixedCaseFine(
    alternative.fine,
    amount,
    facts,
    compiled.policy,
    { any: mitigation.any, mandatory: mitigation.mandatory, conditional: selected.kind === 'conditional' },
    selected.data,
    warnings,
    tableRules,
  );
  if (fast !== undefined) return fast;
  return decimalFine(compiled, alternative, selected, amount, facts, mitigation, warnings, tableRules);
}

/**
 * {@link caseFine} in decimal.js alone: the reference the scaled-integer path (fine-fixed.ts) is
 * tested against, and the path every case takes that the scaled integers do not handle.
 *
 * @throws CailiangError as {@link caseFine}
 */
export function decimalCaseFine(
  compiled: CompiledPenaltyItem,
  alternative: CompiledAlternative | undefined,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  mitigation: { readonly any: boolean; readonly mandatory: boolean },
  warnings: WarningList,
  tableRules: readonly CompiledTableRule[] = [],
): CaseFine {
  const { amount } = selected;
  if (alternative === undefined || amount === undefined)
    return { sanction: undefined, ranges: NO_MITIGATION_RANGES, tableAdjustments: [] };
  requireFineFacts(compiled, alternative, selected, amount, facts);
  return decimalFine(compiled, alternative, selected, amount, facts, mitigation, warnings, tableRules);
}

/** Every fact the fine multiplies or computes from must be in the case. */
function requireFineFacts(
  compiled: CompiledPenaltyItem,
  alternative: CompiledAlternative,
  selected: ConditionalTier | FallbackTier,
  amount: TierAmount,
  facts: FactValues,
): void {
  const { fine } = alternative;
  const tier = selected.data;
  if (fine.kind === 'multiple')
    requireFact(compiled, facts, fine.of, `the statutory range that applies (statutory.fine[${alternative.index}])`);
  const tierOf =
    amount.kind === 'multiple' ? (amount.of ?? (fine.kind === 'multiple' ? fine.of : undefined)) : undefined;
  if (tierOf !== undefined) requireFact(compiled, facts, tierOf, `tier "${String(tier.level)}"`);
  if (amount.kind === 'computed')
    for (const name of computedFacts(amount.computed))
      requireFact(compiled, facts, name, `the amount tier "${String(tier.level)}" computes`);
}

function decimalFine(
  compiled: CompiledPenaltyItem,
  alternative: CompiledAlternative,
  selected: ConditionalTier | FallbackTier,
  amount: TierAmount,
  facts: FactValues,
  mitigation: { readonly any: boolean; readonly mandatory: boolean },
  warnings: WarningList,
  tableRules: readonly CompiledTableRule[],
): CaseFine {
  const { fine } = alternative;
  const tier = selected.data;
  const { rounding } = compiled.policy;
  const statutory = statutoryRange(fine, facts, rounding);
  const tierHeld = heldTierRange(amount, statutory, fine, facts, rounding, {
    level: tier.level,
    label: tier.label,
    warnings,
    unit: '元',
  });
  // The table's own rules (一般处罚按平均金额, 公开道歉 30%-50%) shape the tier's range before 从轻或者减轻.
  // A `part` of a range (粤环发〔2021〕7号 第十二条 「确定罚款幅度区间后…按平均金额处罚」) has no range to
  // take a part of where the table computed one amount (权重累加): only `reduce` rules apply to it.
  const applicable = amount.kind === 'computed' ? tableRules.filter((rule) => rule.effect.kind !== 'part') : tableRules;
  const { fine: held, adjustments: tableAdjustments } = adjustFine(tierHeld, statutory, applicable, rounding);
  const ranges = mitigation.any ? mitigationRanges(statutory, compiled.policy) : NO_MITIGATION_RANGES;
  const imposed = mitigation.mandatory ? mitigatedFine(held, ranges.band, fine, selected, compiled, warnings) : held;
  // A rate per unit of a quantity (每平方米一千元): the sanction names the unit its rates are per.
  const unit = fine.kind === 'multiple' && imposed.multiple?.of === fine.of ? fine.unit : undefined;
  const sanction = fineSanction(
    formatMoney(imposed.range.min),
    formatMoney(imposed.range.max),
    statutoryTexts(formatMoney(statutory.min), statutory.max === undefined ? undefined : formatMoney(statutory.max)),
    imposed.multiple === undefined
      ? undefined
      : {
          of: imposed.multiple.of,
          base: formatMoney(imposed.multiple.base),
          min: formatMoney(imposed.multiple.min),
          max: formatMoney(imposed.multiple.max),
        },
    unit,
    fine.optional,
    fine.alternatives,
  );
  return { sanction, ranges, tableAdjustments };
}

/** The statutory range of an alternative (法定幅度) for these facts: its literal range, or the multiples of the fact. */
export function statutoryRange(fine: StatutoryFine, facts: FactValues, rounding: RoundingPolicy): StatutoryRange {
  if (fine.kind === 'range') return fine.range;
  return multipleRange(facts[fine.of] as Decimal, fine.factors, rounding);
}

/**
 * {@link statutoryRange} of an alternative as the rule set writes it (lint asks it of witness facts).
 *
 * @example statutoryFineRange({ multiple: { of: 'goodsValue', min: '10', max: '20' } }, { goodsValue: new Decimal(10000) }, policy) // 100000–200000
 */
export function statutoryFineRange(
  alternative: StatutoryFineData,
  facts: FactValues,
  policy: ResolvedPolicy,
): StatutoryRange {
  return statutoryRange(statutoryFine(alternative, policy), facts, policy.rounding);
}

/** A tier's range, with the multiples it stands for when the tier or statute is a multiple. */
export interface TierRange {
  readonly range: Range;
  readonly multiple?: { readonly of: string; readonly base: Decimal; readonly min: Decimal; readonly max: Decimal };
}

/**
 * The range a tier's own terms set, before it is held to the statute: a band of the statutory
 * range (从重 = the top 30%…), an absolute range (Jiangmen-style tiers), or multiples of a fact.
 *
 * @param statutory - the statutory range for the same facts (only a band reads it)
 * @param fine - the statutory alternative (a band of multiples shows its multiples; a tier multiple without `of` multiplies its fact)
 * @throws RangeError for a band of no range or of a range without maximum (the loader refuses both)
 */
function ownTierRange(
  amount: TierAmount,
  statutory: StatutoryRange | undefined,
  fine: StatutoryFine | undefined,
  facts: FactValues,
  rounding: RoundingPolicy,
): TierRange {
  switch (amount.kind) {
    case 'band': {
      const { band } = amount;
      if (statutory === undefined) throw new RangeError(`band "${band.name}" of no statutory range`);
      const range = bandRange(statutory, band, rounding);
      if (fine?.kind !== 'multiple') return { range };
      const multiples = fine.bandMultiples.get(band) ?? multiplesOfBand(fine.factors, band);
      return {
        range,
        multiple: { of: fine.of, base: facts[fine.of] as Decimal, min: multiples.min, max: multiples.max },
      };
    }
    case 'range':
      return { range: amount.range };
    case 'computed': {
      if (statutory === undefined) throw new RangeError('a computed amount of no statutory range');
      // A single amount: the tier imposes exactly what the table computes.
      const computed = computedAmount(amount.computed, facts, statutory, rounding);
      return { range: { min: computed, max: computed } };
    }
    case 'multiple': {
      // The loader requires `of` on a tier multiple unless the statute multiplies a fact.
      const of = amount.of ?? (fine?.kind === 'multiple' ? fine.of : '');
      const base = facts[of] as Decimal;
      const { factors } = amount;
      // Rounded inward like the statute's own multiples, so a tier that repeats the statute's
      // multiples (3–5倍 of 3–5倍) is never cut back for a rounding artefact.
      const max = roundBound(base.times(factors.max), rounding, 'max');
      const min = roundBound(base.times(factors.min), rounding, 'min');
      // A single multiple the scale cannot print crosses when rounded inward: take the lower amount.
      const range = { min: min.greaterThan(max) ? max : min, max };
      return { range, multiple: { of, base, min: factors.min, max: factors.max } };
    }
  }
}

/**
 * The range a tier's own terms set, as the rule set writes them, before it is held to the
 * statute — what the benchmark itself says: lint checks it against the statute; decide takes
 * {@link heldTierRange}, which cuts it back.
 *
 * @throws RangeError for a band the policy does not name or of a range without maximum (the loader refuses both)
 */
export function tierOwnRange(
  amount: TierAmountData,
  statutory: StatutoryRange | undefined,
  alternative: StatutoryFineData | undefined,
  facts: FactValues,
  policy: ResolvedPolicy,
): TierRange {
  return ownTierRange(
    tierAmount(amount, policy),
    statutory,
    alternative === undefined ? undefined : statutoryFine(alternative, policy),
    facts,
    policy.rounding,
  );
}

/**
 * The range a tier sets for these facts, held to the statutory range: an absolute or multiple
 * range that leaves it is cut back to it, with a warning — the law's range always wins. A band
 * is a share of the statutory range and never leaves it.
 *
 * @throws CailiangError RANGE_UNDETERMINED when the tier's range lies wholly outside the statute
 */
export function heldTierRange(
  amount: TierAmount,
  statutory: StatutoryRange,
  fine: StatutoryFine | undefined,
  facts: FactValues,
  rounding: RoundingPolicy,
  context: {
    readonly level: string | number;
    readonly label: string;
    readonly warnings: WarningList;
    readonly unit: string;
  },
): TierRange {
  const own = ownTierRange(amount, statutory, fine, facts, rounding);
  if (amount.kind === 'band') return own;
  const { range } = own;
  const clamped = clampToStatutory(range, statutory) ?? computedHeld(amount, range, statutory);
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
    context.warnings.add('tier-range-clamped', {
      tier: { level: context.level, label: context.label },
      min: range.min.toFixed(),
      max: range.max.toFixed(),
      unit: context.unit,
      statutoryMin: statutory.min.toFixed(),
      statutoryMax: statutory.max?.toFixed(),
    });
  }
  return own.multiple === undefined ? { range: clamped.range } : { range: clamped.range, multiple: own.multiple };
}

/**
 * A computed amount is one amount, so outside the statute it is wholly outside: it is held to the
 * nearer statutory bound (with the tier-range-clamped warning), since the table's arithmetic
 * fixes the amount and only the law's range may cut it — refusing the case would leave the officer
 * with no amount where the statute plainly gives one.
 */
function computedHeld(amount: TierAmount, range: Range, statutory: StatutoryRange): Clamped | undefined {
  if (amount.kind !== 'computed') return undefined;
  const above = statutory.max !== undefined && range.max.greaterThan(statutory.max);
  const bound = above && statutory.max !== undefined ? statutory.max : statutory.min;
  return { range: { min: bound, max: bound }, clampedMin: !above, clampedMax: above };
}

/** {@link heldTierRange} of a tier amount and alternative as the rule set writes them. */
export function tierRange(
  amount: TierAmountData,
  statutory: StatutoryRange,
  alternative: StatutoryFineData | undefined,
  facts: FactValues,
  policy: ResolvedPolicy,
  context: {
    readonly level: string | number;
    readonly label: string;
    readonly warnings: WarningList;
    readonly unit: string;
  },
): TierRange {
  return heldTierRange(
    tierAmount(amount, policy),
    statutory,
    alternative === undefined ? undefined : statutoryFine(alternative, policy),
    facts,
    policy.rounding,
    context,
  );
}

/**
 * The multiples a band of a statutory multiple spans: 10–20倍 in the band [0.3, 0.7] is 13–17倍.
 *
 * @example bandMultiples({ of: 'goodsValue', min: '10', max: '20' }, general) // { min: 13, max: 17 }
 */
export function bandMultiples(
  multiple: { readonly min: string; readonly max?: string | undefined },
  band: Band,
): Multiples {
  return multiplesOfBand(rangeOf(multiple), band);
}

const NO_MITIGATION_RANGES: MitigationRanges<Range> = { band: undefined, reduced: undefined };

/**
 * 从轻: the fine narrows to the mitigation band of the statutory range, never above the tier's
 * own range; for a multiple, the multiples narrow the same way. A tier that its own conditions
 * selected and that lies wholly above that band (touching it at most at its edge, as 从重 does
 * under the Guangdong mean-based bands) means the case shows both aggravating and mitigating
 * circumstances: the officer is told. The fallback tier shows no circumstances, so it conflicts
 * with none.
 */
function mitigatedFine(
  fine: TierRange,
  band: Range | undefined,
  statutory: StatutoryFine,
  selected: ConditionalTier | FallbackTier,
  compiled: CompiledPenaltyItem,
  warnings: WarningList,
): TierRange {
  const policy = compiled.policy.mitigation;
  if (policy === undefined || band === undefined) return fine;
  const tier = selected.data;
  if (
    selected.kind === 'conditional' &&
    fine.range.min.greaterThanOrEqualTo(band.max) &&
    fine.range.max.greaterThan(band.max)
  ) {
    warnings.add('conflicting-circumstances', {
      tier: { level: tier.level, label: tier.label },
      min: formatMoney(fine.range.min),
      max: formatMoney(fine.range.max),
      band: policy.band.name,
      bandMin: formatMoney(band.min),
      bandMax: formatMoney(band.max),
    });
  }
  const range = lighterOf(fine.range, band);
  if (
    fine.multiple === undefined ||
    statutory.kind !== 'multiple' ||
    statutory.factors.max === undefined ||
    fine.multiple.of !== statutory.of
  )
    return { range };
  const multiples = statutory.bandMultiples.get(policy.band) ?? multiplesOfBand(statutory.factors, policy.band);
  return { range, multiple: { ...fine.multiple, ...lighterOf(fine.multiple, multiples) } };
}
