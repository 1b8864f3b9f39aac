import { bandRange, literalRange, rangeOf } from '../decide/amount-range.js';
import type { Band, ResolvedPolicy } from '../decide/policy.js';
import { bandMultiples } from '../decide/fine.js';
import { Decimal } from '../money/decimal.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { RuleSet } from '../ruleset/load.js';
import type { ConditionWriter } from './chinese-text.js';
import { multipleText, rangeText, writeYuan } from './chinese-text.js';
import { computedStandard } from './computed-text.js';
import { tierGuideLine } from './guide-text.js';
import { sanctionText } from './statutory-text.js';
import type { PenaltyItem, Sanction, StatutoryFine, Tier } from './statutory-text.js';

/**
 * The penalty standard of one tier (处罚标准), one clause per line:
 * - the fine: for a band, the amounts it gives of each statutory alternative, rounded as the
 *   policy rounds (「罚款六万五千元以上八万五千元以下」), or the band's multiples of the fact
 *   (「罚款货值金额十三倍以上十七倍以下」), each after the circumstance that selects the alternative
 *   when there are several; an absolute range or multiple as written;
 * - each ranged sanction imposed (行政拘留五日以上七日以下), by the tier's band or its own range;
 * - each sanction the tier adds (并处吊销许可证件, 可以并处责令停产停业).
 * Sanctions imposed in every tier without a range are stated once, in 处罚依据.
 *
 * @returns the lines; never empty (「依法给予…」 of the statute when the tier sets nothing)
 */
export function tierStandard(
  item: PenaltyItem,
  tier: Tier,
  ruleSet: RuleSet,
  policy: ResolvedPolicy,
  describe: ConditionWriter,
): string[] {
  const lines: string[] = [];
  const fine = fineText(item, tier, ruleSet, policy, describe);
  if (fine !== undefined) lines.push(fine);

  const added = new Map((tier.add ?? []).map((entry) => [entry.kind, entry] as const));
  const shown = new Set<string>();
  const ranged: { spec: Sanction; optional: boolean }[] = [
    ...(item.statutory.with ?? [])
      .filter((spec) => spec.range !== undefined)
      .map((spec) => ({ spec, optional: spec.optional === true && added.get(spec.kind)?.optional !== false })),
    ...(item.statutory.also ?? [])
      .filter((spec) => spec.range !== undefined && added.has(spec.kind))
      .map((spec) => ({ spec, optional: added.get(spec.kind)?.optional === true })),
  ];
  for (const { spec, optional } of ranged) {
    shown.add(spec.kind);
    const range = sanctionRange(spec, tier, policy);
    const text = sanctionText({ kind: spec.kind, text: spec.text, range, unit: spec.unit });
    lines.push(`${spec.when === undefined ? '' : `${describe(spec.when)}的，`}${optional ? '可以' : ''}${text}`);
  }
  for (const entry of tier.add ?? []) {
    if (shown.has(entry.kind)) continue;
    const spec =
      (item.statutory.also ?? []).find((sanction) => sanction.kind === entry.kind) ??
      (item.statutory.with ?? []).find((sanction) => sanction.kind === entry.kind);
    const requires = spec?.requires === undefined ? '' : `${spec.requires}，`;
    lines.push(
      `${requires}${entry.optional === true ? '可以并处' : '并处'}${sanctionText(spec ?? { kind: entry.kind })}`,
    );
  }
  if (lines.length === 0) {
    const withs = (item.statutory.with ?? [])
      .filter((spec) => spec.when === undefined)
      .map((spec) => `${spec.optional === true ? '可以' : ''}${sanctionText(spec)}`);
    lines.push(withs.length > 0 ? withs.join('、') : '依照法定幅度');
  }
  // 指导基准: the recommended amount inside the range above.
  const guide = tierGuideLine(item, tier, ruleSet);
  if (guide !== undefined) lines.push(guide);
  return lines;
}

function fineText(
  item: PenaltyItem,
  tier: Tier,
  ruleSet: RuleSet,
  policy: ResolvedPolicy,
  describe: ConditionWriter,
): string | undefined {
  const alternatives = item.statutory.fine ?? [];
  const amount = tier.fine;
  if (amount === undefined) return undefined;
  const prefix = (alternative: StatutoryFine) =>
    alternatives.length > 1 && alternative.when !== undefined ? `${describe(alternative.when)}的，` : '';
  if (amount.range !== undefined) return `罚款${rangeText(amount.range.min, amount.range.max, writeYuan)}`;
  // The table's own sentence: the terms are its rows, printed beside it.
  if (amount.computed !== undefined) return computedStandard(amount.computed, ruleSet);
  if (amount.multiple !== undefined) {
    const { of, min, max } = amount.multiple;
    if (of !== undefined) return `罚款${multipleText(ruleSet, of, min, max)}`;
    const multiples = alternatives.filter((alternative) => alternative.multiple !== undefined);
    return multiples
      .map(
        (alternative) =>
          `${prefix(alternative)}罚款${multipleText(ruleSet, alternative.multiple?.of as string, min, max)}`,
      )
      .join('；');
  }
  const band = policy.bands.get(amount.band as string);
  if (band === undefined) return `罚款（${String(amount.band)}）`;
  return alternatives
    .map((alternative) => `${prefix(alternative)}罚款${bandText(alternative, band, policy.rounding, ruleSet)}`)
    .join('；');
}

/** A band of one statutory alternative: amounts rounded by the policy, or exact multiples. */
function bandText(alternative: StatutoryFine, band: Band, rounding: RoundingPolicy, ruleSet: RuleSet): string {
  if (alternative.range !== undefined) {
    if (alternative.range.max === undefined) return rangeText(alternative.range.min, undefined, writeYuan);
    const range = bandRange(rangeOf(alternative.range), band, rounding);
    return rangeText(range.min, range.max, writeYuan);
  }
  const multiple = alternative.multiple as NonNullable<StatutoryFine['multiple']>;
  if (multiple.max === undefined) return multipleText(ruleSet, multiple.of, new Decimal(multiple.min), undefined);
  const { min, max } = bandMultiples(multiple, band);
  return multipleText(ruleSet, multiple.of, min, max);
}

/** The range of a ranged sanction in a tier: its own setting, else the fine's band, else the statute's. */
function sanctionRange(spec: Sanction, tier: Tier, policy: ResolvedPolicy): { min: string; max?: string } {
  const statutory = spec.range as NonNullable<Sanction['range']>;
  const amount = tier.sanctions?.[spec.kind] ?? (tier.fine?.band !== undefined ? { band: tier.fine.band } : undefined);
  if (amount?.range !== undefined) return { min: amount.range.min, max: amount.range.max };
  const band = amount?.band === undefined ? undefined : policy.bands.get(amount.band);
  if (band === undefined || statutory.max === undefined)
    return statutory.max === undefined ? { min: statutory.min } : { min: statutory.min, max: statutory.max };
  // Days and months are whole: the policy's rounding mode at scale 0, as the engine computes them.
  const range = bandRange(literalRange(statutory.min, statutory.max), band, { scale: 0, mode: policy.rounding.mode });
  return { min: range.min.toFixed(), max: range.max.toFixed() };
}
