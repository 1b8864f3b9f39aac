/**
 * The fine of a case in scaled integers (money/fixed.ts) — the fast path of {@link caseFine} for
 * the shapes nearly every case has: a literal statutory range or multiples of a fact; a tier band,
 * range, multiple or computed amount (computed-fixed.ts); the table's parts and reductions of it;
 * 从轻 narrowing. It works out the same amounts as the decimal.js path, digit for digit, and
 * prints them as that path prints them; anywhere it would leave the integers' range or meet what
 * it does not handle (a tier cut back to the statute, a band not worked out at compile time), it
 * answers `undefined` before it has changed anything, and `caseFine` decides the case in decimal.js.
 */
import type { FactValues } from '../facts/types.js';
import type { Decimal } from '../money/decimal.js';
import { Fixed, compare, format, fromDecimal, minus, plus, round, roundInward, times } from '../money/fixed.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { StatutoryFine, TierAmount } from './compile-amounts.js';
import type { FixedStatutory } from './fixed-amounts.js';
import { exactOf, lowerOf, textOf } from './fine-amount.js';
import type { Amount, AmountMultiple, AmountRange, Held } from './fine-amount.js';
import { NO_ADJUSTMENTS, byTableRules } from './table-rules-fixed.js';
import { fixedBand } from './fixed-amounts.js';
import { fixedComputedAmount } from './computed-fixed.js';
import { fineSanction, statutoryTexts } from './fine-sanction.js';
import type { MultipleTexts } from './fine-sanction.js';
import type { MitigationRanges, PrintedRange } from './mitigation-ranges.js';
import type { CaseFine } from './fine.js';
import type { WarningList } from './warning-messages.js';
import type { CompiledTableRule } from './table-rules.js';
import type { Band, ResolvedPolicy } from './policy.js';

type Statutory = FixedStatutory;

/** The tier, for the conflicting-circumstances warning. */
interface TierLabel {
  readonly level: string | number;
  readonly label: string;
}

/**
 * The fine in scaled integers, or `undefined` to decide it in decimal.js.
 *
 * @param fine - the statutory alternative that applies
 * @param amount - how the selected tier sets the fine
 * @param facts - the case's facts (those the fine multiplies are present: `caseFine` required them)
 * @param policy - the item's policy (rounding, mitigation band, 减轻 floor)
 * @param mitigation - whether a ground holds, whether one requires 从轻或者减轻, and whether the
 *   tier was selected by its own conditions (only such a tier can conflict with a ground)
 * @param tier - the selected tier, named in the conflicting-circumstances warning
 * @param warnings - receives conflicting-circumstances, once nothing can send the case back to decimal.js
 * @param tableRules - the table rules that hold for the case, in order (a part or a reduction of
 *   the range applies here; a shift or a required sanction has already been applied elsewhere)
 * @returns the fine as the decimal.js path gives it, or `undefined` having changed nothing
 * @example fixedCaseFine(fine, { kind: 'band', band: general }, {}, policy, { any: false, mandatory: false, conditional: true }, tier, warnings)
 * // { sanction: { kind: 'fine', min: '65000', max: '85000', statutory: { min: '50000', max: '100000' } }, … }
 */
export function fixedCaseFine(
  fine: StatutoryFine,
  amount: TierAmount,
  facts: FactValues,
  policy: ResolvedPolicy,
  mitigation: { readonly any: boolean; readonly mandatory: boolean; readonly conditional: boolean },
  tier: TierLabel,
  warnings: WarningList,
  tableRules: readonly CompiledTableRule[],
): CaseFine | undefined {
  const { rounding } = policy;
  const statutory = statutoryOf(fine, facts, policy);
  if (statutory === undefined) return undefined;
  const own = tierOf(amount, fine, statutory, facts, rounding);
  if (own === undefined) return undefined;
  // The table's own rules (一般处罚按平均金额, 公开道歉 30%-50%) shape the tier's range before 从轻或者减轻.
  // A part of a range (按平均金额) has no range to take a part of where the table computed one
  // amount: only reductions apply to it (fine.ts decimalFine).
  const adjusted =
    tableRules.length === 0
      ? { held: own, adjustments: NO_ADJUSTMENTS }
      : byTableRules(own, statutory, tableRules, rounding, amount.kind === 'computed');
  if (adjusted === undefined) return undefined;
  const { held, adjustments } = adjusted;
  let ranges: MitigationRanges = NONE;
  let band: AmountRange | undefined;
  if (mitigation.any) {
    const worked = mitigationOf(fine, statutory, policy);
    if (worked === undefined) return undefined;
    ranges = worked.ranges;
    band = worked.band;
  }
  let { range, multiple } = held;
  const bandPolicy = policy.mitigation;
  if (mitigation.mandatory && bandPolicy !== undefined && band !== undefined) {
    // 从轻: the tier's range, never above the mitigation band; a 从重 tier wholly above it conflicts.
    const minToBand = compare(exactOf(range.min), exactOf(band.max));
    const maxToBand = compare(exactOf(range.max), exactOf(band.max));
    const min = lowerOf(range.min, band.min);
    const max = lowerOf(range.max, band.max);
    if (minToBand === undefined || maxToBand === undefined || min === undefined || max === undefined) return undefined;
    const narrowed = multiple === undefined ? undefined : narrowedMultiple(multiple, fine, bandPolicy.band);
    if (narrowed === null) return undefined;
    // Nothing below can fall back: the warning is the decimal.js path's, in its place.
    if (mitigation.conditional && minToBand >= 0 && maxToBand > 0)
      warnings.add('conflicting-circumstances', {
        tier: { level: tier.level, label: tier.label },
        min: textOf(range.min),
        max: textOf(range.max),
        band: bandPolicy.band.name,
        bandMin: textOf(band.min),
        bandMax: textOf(band.max),
      });
    range = { min, max };
    multiple = narrowed;
  }
  let texts: MultipleTexts | undefined;
  let unit: string | undefined;
  if (multiple !== undefined) {
    texts = { of: multiple.of, base: format(multiple.base), min: textOf(multiple.min), max: textOf(multiple.max) };
    // A rate per unit of a quantity (每平方米一千元): the sanction names the unit its rates are per.
    if (fine.kind === 'multiple' && multiple.of === fine.of) unit = fine.unit;
  }
  const sanction = fineSanction(
    textOf(range.min),
    textOf(range.max),
    statutory.texts,
    texts,
    unit,
    fine.optional,
    fine.alternatives,
  );
  return { sanction, ranges, tableAdjustments: adjustments };
}

const NONE: MitigationRanges = { band: undefined, reduced: undefined };

/** The statutory range: the rule set's own, or the multiples of a fact rounded inward. */
function statutoryOf(fine: StatutoryFine, facts: FactValues, policy: ResolvedPolicy): Statutory | undefined {
  if (fine.kind === 'multiple') return multipleStatutory(fine, facts, policy.rounding);
  const literal = fine.fixed;
  // Its bands were worked out under the item's policy; a range compiled under another is not used.
  return literal === undefined || literal.policy !== policy ? undefined : literal.statutory;
}

/**
 * The statutory range of multiples of a fact (货值金额十倍以上二十倍以下, 每平方米一千元) in scaled
 * integers: the exact products and the bounds rounded inward (amount-range.ts `multipleRange`).
 *
 * @param fine - a statutory alternative that multiplies a fact
 * @param facts - the case's facts, the multiplied one among them
 * @returns the range, or `undefined` when the fact is absent or the amounts leave the integers' range
 * @example multipleStatutory(fine, { goodsValue: new Decimal('10000.08') }, { scale: 0, mode: 'half-up' })
 * // min 100001 (exact 100000.8), max 200001 (exact 200001.6)
 */
export function multipleStatutory(
  fine: Extract<StatutoryFine, { kind: 'multiple' }>,
  facts: FactValues,
  rounding: RoundingPolicy,
): Statutory | undefined {
  const factors = fine.fixedFactors;
  const base = factOf(facts, fine.of);
  if (factors === undefined || base === undefined) return undefined;
  const exactMin = times(base, factors.min.fixed);
  const exactMax = factors.max === undefined ? undefined : times(base, factors.max.fixed);
  if (exactMin === undefined || (factors.max !== undefined && exactMax === undefined)) return undefined;
  const min = roundInward(exactMin, rounding.scale, rounding.mode, 'min');
  if (exactMax === undefined)
    return { min, max: undefined, exactMin, exactMax, base, texts: statutoryTexts(format(min), undefined) };
  const max = roundInward(exactMax, rounding.scale, rounding.mode, 'max');
  const order = compare(min, max);
  if (order === undefined) return undefined;
  // A single amount the scale cannot print crosses when rounded inward: take the lower amount.
  const lowest = order > 0 ? max : min;
  return { min: lowest, max, exactMin, exactMax, base, texts: statutoryTexts(format(lowest), format(max)) };
}

/** The tier's range and multiples; `undefined` where it would be cut back to the statute, or is computed. */
function tierOf(
  amount: TierAmount,
  fine: StatutoryFine,
  statutory: Statutory,
  facts: FactValues,
  rounding: RoundingPolicy,
): Held | undefined {
  switch (amount.kind) {
    case 'band': {
      const range =
        fine.kind === 'range' ? fine.fixed?.bands.get(amount.band) : bandOf(statutory, amount.band, rounding);
      if (range === undefined) return undefined;
      if (fine.kind === 'range') return { range, multiple: undefined };
      const multiples = fine.fixedBandMultiples?.get(amount.band);
      const base = statutory.base;
      if (multiples === undefined || base === undefined) return undefined;
      return { range, multiple: { of: fine.of, base, min: multiples.min, max: multiples.max } };
    }
    case 'range': {
      const range = amount.fixed;
      if (range === undefined || !within(range, statutory)) return undefined;
      return { range, multiple: undefined };
    }
    case 'multiple': {
      const of = amount.of ?? (fine.kind === 'multiple' ? fine.of : '');
      const base = factOf(facts, of);
      const factors = amount.fixedFactors;
      if (base === undefined || factors === undefined) return undefined;
      const exactMin = times(base, factors.min.fixed);
      const exactMax = times(base, factors.max.fixed);
      if (exactMin === undefined || exactMax === undefined) return undefined;
      // Rounded inward like the statute's own multiples (see fine.ts ownTierRange).
      const max = roundInward(exactMax, rounding.scale, rounding.mode, 'max');
      const min = roundInward(exactMin, rounding.scale, rounding.mode, 'min');
      const order = compare(min, max);
      if (order === undefined) return undefined;
      const range = { min: order > 0 ? max : min, max };
      if (!within(range, statutory)) return undefined;
      return { range, multiple: { of, base, min: factors.min, max: factors.max } };
    }
    case 'computed': {
      // A single amount: the tier imposes exactly what the table computes.
      const computed = fixedComputedAmount(amount.computed, facts, statutory, rounding);
      if (computed === undefined) return undefined;
      const range = { min: computed, max: computed };
      return within(range, statutory) ? { range, multiple: undefined } : undefined;
    }
  }
}

/**
 * The share of the statutory range a band names, of the exact range, rounded once and held to
 * the range as printed (amount-range.ts `bandRange` and `withinStatute`).
 */
function bandOf(statutory: Statutory, band: Band, rounding: RoundingPolicy): AmountRange | undefined {
  const fractions = fixedBand(band);
  const { exactMin, exactMax } = statutory;
  if (fractions === undefined || exactMax === undefined) return undefined;
  const width = minus(exactMax, exactMin);
  if (width === undefined) return undefined;
  const from = times(width, fractions.from);
  const to = times(width, fractions.to);
  const low = from === undefined ? undefined : plus(exactMin, from);
  const high = to === undefined ? undefined : plus(exactMin, to);
  if (low === undefined || high === undefined) return undefined;
  const min = heldTo(round(low, rounding.scale, rounding.mode), statutory);
  const max = heldTo(round(high, rounding.scale, rounding.mode), statutory);
  return min === undefined || max === undefined ? undefined : { min, max };
}

/** A rounded band bound held inside the statutory range as printed. */
function heldTo(value: Fixed, statutory: Statutory): Amount | undefined {
  const below = compare(value, exactOf(statutory.min));
  if (below === undefined) return undefined;
  const lowered = below < 0 ? statutory.min : value;
  if (statutory.max === undefined) return lowered;
  const above = compare(exactOf(lowered), exactOf(statutory.max));
  if (above === undefined) return undefined;
  return above > 0 ? statutory.max : lowered;
}

/** The 从轻 band and the 减轻 range: worked out at compile time for a literal range, here for multiples. */
function mitigationOf(
  fine: StatutoryFine,
  statutory: Statutory,
  policy: ResolvedPolicy,
): { readonly ranges: MitigationRanges; readonly band: AmountRange | undefined } | undefined {
  const bandPolicy = policy.mitigation;
  if (fine.kind === 'range') {
    const literal = fine.fixed;
    if (literal === undefined || literal.policy !== policy) return undefined;
    const band = bandPolicy === undefined ? undefined : literal.bands.get(bandPolicy.band);
    if (literal.mitigation.band !== undefined && band === undefined) return undefined;
    return { ranges: literal.mitigationTexts, band: literal.mitigation.band === undefined ? undefined : band };
  }
  let band: AmountRange | undefined;
  if (bandPolicy !== undefined && statutory.max !== undefined) {
    band = bandOf(statutory, bandPolicy.band, policy.rounding);
    if (band === undefined) return undefined;
  }
  // Printed here, as the grounds show them (mitigation.ts): no Decimal is made for them. The
  // statutory minimum, the 减轻 range's maximum, is already printed in the sanction's texts.
  let reduced: PrintedRange | undefined;
  if (exactOf(statutory.min).units !== 0) {
    const floor = bandPolicy === undefined ? new Fixed(0, 0) : fromDecimal(bandPolicy.reducedFloor);
    const exact = floor === undefined ? undefined : times(statutory.exactMin, floor);
    if (exact === undefined) return undefined;
    reduced = { min: format(round(exact, policy.rounding.scale, policy.rounding.mode)), max: statutory.texts.min };
  }
  return {
    ranges: { band: band === undefined ? undefined : { min: textOf(band.min), max: textOf(band.max) }, reduced },
    band,
  };
}

/**
 * The tier's multiples narrowed to the mitigation band's (fine.ts `mitigatedFine`): only where
 * the statute multiplies the same fact and has a maximum; `null` where that needs decimal.js.
 */
function narrowedMultiple(
  multiple: AmountMultiple,
  fine: StatutoryFine,
  band: Band,
): AmountMultiple | undefined | null {
  if (fine.kind !== 'multiple' || fine.factors.max === undefined || multiple.of !== fine.of) return undefined;
  const multiples = fine.fixedBandMultiples?.get(band);
  if (multiples === undefined) return null;
  const min = lowerOf(multiple.min, multiples.min);
  const max = lowerOf(multiple.max, multiples.max);
  if (min === undefined || max === undefined) return null;
  return { of: multiple.of, base: multiple.base, min, max };
}

/** True when a tier's range lies within the statutory range (no cutting back, no warning). */
function within(range: AmountRange, statutory: Statutory): boolean {
  const low = compare(exactOf(range.min), exactOf(statutory.min));
  if (low === undefined || low < 0) return false;
  const order = compare(exactOf(range.min), exactOf(range.max));
  if (order === undefined || order > 0) return false;
  if (statutory.max === undefined) return true;
  const high = compare(exactOf(range.max), exactOf(statutory.max));
  return high !== undefined && high <= 0;
}

/** A fact the fine reads, in scaled integers; `undefined` when absent, not an amount, or beyond range. */
function factOf(facts: FactValues, name: string): Fixed | undefined {
  const value = facts[name];
  return typeof value === 'object' && value !== null ? fromDecimal(value as Decimal) : undefined;
}
