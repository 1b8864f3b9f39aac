import type { ItemTally, OfferedTally } from './item-tally.js';
import { atLeast, share } from './share.js';
import type { EvaluationThresholds, ItemEvaluation, OfferedSummary } from './types.js';

/** Reasons listed per item: the report names the common ones, not every phrasing. */
export const TOP_REASONS = 10;

/**
 * An item's tally as the evaluation reports it: shares computed, tiers never reached listed,
 * the cluster at the statutory maximum decided.
 *
 * @param tally - the item's counts
 * @param thresholds - the evaluation's thresholds
 * @returns the item's evaluation
 */
export function summariseItem(tally: ItemTally, thresholds: EvaluationThresholds): ItemEvaluation {
  const { item } = tally;
  const penaltyCases = tally.penaltyCases;
  const fines = tally.fines();
  const tiers = [...tally.tiers].map(([level, tier]) => ({
    level,
    label: tier.label,
    cases: tier.cases,
    share: share(tier.cases, penaltyCases),
    fines: tier.fines.summary(),
  }));
  const { compared, atMaximum } = tally.maximum;
  return {
    code: item.code,
    name: item.name,
    ruleSet: item.ruleSet,
    kind: item.kind,
    cases: tally.cases,
    errors: sortedRecord(tally.errors),
    outcomes: sortedRecord(tally.outcomes),
    verdicts: { ...tally.verdicts },
    findings: sortedRecord(tally.findings),
    tiers,
    // Only for an item that was used: for one never used, every tier is trivially unreached.
    tiersNeverReached: penaltyCases === 0 ? [] : tiers.filter((tier) => tier.cases === 0).map((tier) => tier.level),
    fines: fines.summary(),
    withoutFine: tally.withoutFine,
    deviation: {
      count: fines.deviations,
      rate: share(fines.deviations, fines.count),
      above: fines.positions.above,
      below: fines.positions.below,
      withoutReasons: tally.deviationsWithoutReasons,
      topReasons: tally.reasons.top(TOP_REASONS),
      reasonsExact: tally.reasons.exact,
      reasonsError: tally.reasons.error,
    },
    maximum: {
      compared,
      atMaximum,
      share: share(atMaximum, compared),
      cluster: compared >= thresholds.minSample && atLeast(atMaximum, compared, thresholds.clusterShare),
    },
    exemptions: offered(tally.exemptions, false),
    mitigations: offered(tally.mitigations, true),
  };
}

function offered(tallies: ReadonlyMap<string, OfferedTally>, withReduced: boolean): OfferedSummary[] {
  return [...tallies]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, tally]) => ({
      id,
      mandatory: tally.mandatory,
      offered: tally.offered,
      used: tally.used,
      usedShare: share(tally.used, tally.offered),
      ...(withReduced ? { reduced: tally.reduced } : {}),
    }));
}

/** A map as a plain object with its keys sorted, so the JSON does not depend on record order. */
export function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) out[key] = counts.get(key) as number;
  return out;
}
