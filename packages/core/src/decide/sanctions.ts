/**
 * The sanctions besides the fine (并处, 可以并处, and what a tier adds), and their amounts or ranges.
 */
import type { FactValues } from '../facts/types.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { MEASURE_LABELS } from '../ruleset/measures.js';
import type { PenaltyItemData, SanctionData, TierData } from '../ruleset/schema.js';
import { bandRange, lighterOf } from './amount-range.js';
import type { Range } from './amount-range.js';
import type { OtherSanction, SanctionAlternative } from './decision.js';
import type { WarningList } from './warning-messages.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import { heldTierRange } from './fine.js';

/** A sanction the tier imposes, before its amount or range is worked out. */
interface ImposedSanction {
  readonly spec: SanctionData;
  readonly optional: boolean;
}

/**
 * The sanctions besides the fine: every `with` sanction (并处, or 可以并处 when optional), then
 * each sanction the tier `add`s — from `also` (情节严重的，吊销许可证) or making an optional
 * `with` sanction required. A sanction with its own `when` (拒不改正的，责令停产整治) is imposed
 * only where `applies` says it holds.
 */
export function imposedSanctions(
  item: PenaltyItemData,
  tier: TierData,
  warnings: WarningList,
  applies: (spec: SanctionData) => boolean,
): ImposedSanction[] {
  // Plain loops, no `?? []` copies or callbacks: this runs on every penalty decision.
  const imposed: ImposedSanction[] = [];
  const { with: withs, also } = item.statutory;
  if (withs !== undefined)
    for (const spec of withs) if (applies(spec)) imposed.push({ spec, optional: spec.optional === true });
  const added = tier.add;
  if (added === undefined) return imposed;
  for (const addition of added) {
    const existing = coveringIndex(imposed, addition.kind);
    if (existing >= 0) {
      const entry = imposed[existing] as ImposedSanction;
      imposed[existing] = { spec: entry.spec, optional: entry.optional && addition.optional === true };
      continue;
    }
    // A `with` sanction whose own condition failed is not imposed, whatever the tier adds.
    if (withs !== undefined && coveringSpec(withs, addition.kind) !== undefined) continue;
    const authorised = also === undefined ? undefined : coveringSpec(also, addition.kind);
    if (authorised !== undefined && !applies(authorised)) continue;
    if (authorised === undefined) {
      warnings.add('sanction-not-authorised', { tier: { level: tier.level, label: tier.label }, kind: addition.kind });
    }
    imposed.push({ spec: authorised ?? { kind: addition.kind }, optional: addition.optional === true });
  }
  return imposed;
}

/** The index of the first imposed sanction that {@link covers} the kind, or -1. */
function coveringIndex(imposed: readonly ImposedSanction[], kind: string): number {
  for (let index = 0; index < imposed.length; index++)
    if (covers((imposed[index] as ImposedSanction).spec, kind)) return index;
  return -1;
}

/** The first statutory sanction that {@link covers} the kind. */
function coveringSpec(specs: readonly SanctionData[], kind: string): SanctionData | undefined {
  for (const spec of specs) if (covers(spec, kind)) return spec;
  return undefined;
}

/** Whether a statutory sanction is of this kind, or offers it as one of its alternatives (责令停业、关闭). */
function covers(spec: SanctionData, kind: string): boolean {
  if (spec.kind === kind) return true;
  const { alternatives } = spec;
  if (alternatives === undefined) return false;
  for (const alternative of alternatives) if ('kind' in alternative && alternative.kind === kind) return true;
  return false;
}

/**
 * Works out one non-fine sanction: the amount from its fact (never rounded: a confiscated income
 * of 5000.5 stays 5000.5), or its range in days/months by the tier's band, as for fines.
 */
export function resolveSanction(
  imposed: ImposedSanction,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  compiled: CompiledPenaltyItem,
  mitigate: boolean,
  warnings: WarningList,
): OtherSanction {
  const { spec } = imposed;
  const { policy } = compiled;
  const out: UnderConstruction<OtherSanction> = { kind: spec.kind as OtherSanction['kind'] };
  if (spec.text !== undefined) out.text = spec.text;
  // Absent only where `amountWhen` made the fact optional and failed: no amount, never 0 元.
  const base = spec.of === undefined ? undefined : facts[spec.of];
  if (base !== undefined) out.amount = formatMoney(base as Decimal);
  const statutory = compiled.sanctionRanges.get(spec);
  if (statutory !== undefined) {
    // Days and months are whole: the policy's rounding mode, at scale 0.
    const rounding = policy.wholeUnits;
    const tier = selected.data;
    const amount =
      selected.sanctionAmounts.get(spec.kind) ?? (selected.amount?.kind === 'band' ? selected.amount : undefined);
    let range: Range =
      amount === undefined
        ? { min: statutory.min, max: statutory.max ?? statutory.min }
        : heldTierRange(amount, statutory, undefined, facts, rounding, {
            level: tier.level,
            label: tier.label,
            warnings,
            unit: spec.unit ?? '',
          }).range;
    if (mitigate && policy.mitigation !== undefined && statutory.max !== undefined) {
      range = lighterOf(range, bandRange(statutory, policy.mitigation.band, rounding));
    }
    out.range = { min: formatMoney(range.min), max: formatMoney(range.max) };
    if (spec.unit !== undefined) out.unit = spec.unit;
    out.statutory =
      statutory.max === undefined
        ? { min: formatMoney(statutory.min) }
        : { min: formatMoney(statutory.min), max: formatMoney(statutory.max) };
  }
  if (imposed.optional) out.optional = true;
  if (spec.alternatives !== undefined) {
    out.alternatives = spec.alternatives.map((alternative): SanctionAlternative => {
      // 责令拆除或者关闭: a measure member carries its words, so the decision prints the statute's choice.
      if (!('kind' in alternative))
        return { measure: alternative.measure, text: alternative.text ?? MEASURE_LABELS[alternative.measure] };
      const kind = alternative.kind as OtherSanction['kind'];
      return alternative.text === undefined ? { kind } : { kind, text: alternative.text };
    });
  }
  if (spec.choiceText !== undefined) out.choiceText = spec.choiceText;
  if (spec.requires !== undefined) out.requires = spec.requires;
  return out;
}
