import { bandRange, literalRange } from '../decide/amount-range.js';
import type { Range } from '../decide/amount-range.js';
import { resolvePolicy } from '../decide/policy.js';
import type { ResolvedPolicy } from '../decide/policy.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

type PenaltyItem = Extract<RuleSet['items'][number], { readonly kind: 'penalty' }>;
type Tier = PenaltyItem['tiers'][number];
type TierAmount = NonNullable<Tier['fine']>;

/**
 * Guiding amounts (v2 `guide`, 指导基准) that cannot mean what they say:
 * - `guide-outside-range` (error): the guide lies outside its tier's range (for a band, the band
 *   of each statutory range), or the tier sets multiples of a fact, which have no amount in yuan to
 *   hold it — an officer told to impose it would leave the tier;
 * - `guide-without-guidance` (error): a tier has a guide but the rule set has no `guidance`, so
 *   nothing says what the guide binds or when the officer may depart from it.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns the findings, in item and tier order
 * @example checkGuides(ruleSet, sayIn('zh')) // [{ code: 'guide-outside-range', path: 'items[0].tiers[0].fine.guide', … }]
 */
export function checkGuides(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  const policy = resolvePolicy(ruleSet);
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'penalty') return;
    item.tiers.forEach((tier, tierIndex) => {
      const at = `items[${itemIndex}].tiers[${tierIndex}]`;
      const guided: { path: string; guide: string; ranges: readonly Range[] | undefined }[] = [];
      if (tier.fine?.guide !== undefined)
        guided.push({ path: `${at}.fine.guide`, guide: tier.fine.guide, ranges: fineRanges(item, tier.fine, policy) });
      for (const [kind, amount] of Object.entries(tier.sanctions ?? {})) {
        if (amount?.guide === undefined) continue;
        const statutory = [...(item.statutory.with ?? []), ...(item.statutory.also ?? [])].find(
          (spec) => spec.kind === kind,
        )?.range;
        guided.push({
          path: `${at}.sanctions.${kind}.guide`,
          guide: amount.guide,
          ranges: sanctionRanges(amount, statutory, policy),
        });
      }
      const where = { item: item.code, tier: { level: tier.level, label: tier.label, index: tierIndex } };
      for (const entry of guided) {
        if (ruleSet.guidance === undefined) {
          findings.push({
            code: 'guide-without-guidance',
            severity: 'error',
            path: entry.path,
            message: say('guide-without-guidance', { ...where, guide: entry.guide }),
          });
        }
        const outside = outsideOf(entry.guide, entry.ranges);
        if (outside !== undefined) {
          findings.push({
            code: 'guide-outside-range',
            severity: 'error',
            path: entry.path,
            message: say('guide-outside-range', { ...where, guide: entry.guide, range: outside.range }),
          });
        }
      }
    });
  });
  return findings;
}

/**
 * The range the guide does not lie in, `{}` for a tier of multiples (no range of its own), or
 * undefined when it lies in every range.
 */
function outsideOf(
  guide: string,
  ranges: readonly Range[] | undefined,
): { range?: { min: string; max: string } } | undefined {
  if (ranges === undefined) return {};
  const value = new Decimal(guide);
  const range = ranges.find((candidate) => value.lessThan(candidate.min) || value.greaterThan(candidate.max));
  return range === undefined ? undefined : { range: { min: formatMoney(range.min), max: formatMoney(range.max) } };
}

/** The tier's fine ranges: its own range, or its band of each statutory range with a maximum. */
function fineRanges(item: PenaltyItem, fine: TierAmount, policy: ResolvedPolicy): Range[] | undefined {
  if (fine.range !== undefined) return [closed(fine.range)];
  if (fine.band === undefined) return undefined;
  const band = policy.bands.get(fine.band);
  if (band === undefined) return [];
  return (item.statutory.fine ?? []).flatMap((alternative) =>
    alternative.range?.max === undefined
      ? []
      : [bandRange(literalRange(alternative.range.min, alternative.range.max), band, policy.rounding)],
  );
}

/** A ranged sanction's tier range: its own, or its band of the statutory range (whole units). */
function sanctionRanges(
  amount: TierAmount,
  statutory: { readonly min: string; readonly max?: string | undefined } | undefined,
  policy: ResolvedPolicy,
): Range[] | undefined {
  if (amount.range !== undefined) return [closed(amount.range)];
  const band = amount.band === undefined ? undefined : policy.bands.get(amount.band);
  if (band === undefined || statutory?.max === undefined) return amount.multiple === undefined ? [] : undefined;
  return [bandRange(literalRange(statutory.min, statutory.max), band, { scale: 0, mode: policy.rounding.mode })];
}

/** A tier's own range, both ends given. */
function closed(range: { readonly min: string; readonly max: string }): Range {
  return { min: new Decimal(range.min), max: new Decimal(range.max) };
}
