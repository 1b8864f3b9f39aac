import type { FactValues } from '../../facts/types.js';
import { GENERAL_RULES } from '../../general-rules/grounds.js';
import type { RuleSet } from '../../ruleset/load.js';
import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import { coverageCollector } from './coverage.js';
import { modelBuilder } from './model.js';
import type { ItemModel } from './model.js';
import { requiredSanctionsCollector } from './required-sanctions.js';
import { searchCombinations } from './search.js';
import { sharedBoundaryCollector } from './shared-boundary.js';
import { tierExceedsCollector } from './tier-exceeds.js';
import { tierOrderCollector } from './tier-order.js';
import type { Collector } from './visit.js';

/** The general rules that end a case without a penalty (不予行政处罚), which decide checks before tiers. */
const NO_PENALTY = GENERAL_RULES.filter((rule) => rule.effect === 'no-penalty');

/**
 * The condition analysis of every penalty item: its conditions are evaluated, with the same
 * compiled closures decide uses, on combinations of candidate values of the facts they read
 * (thresholds and their neighbours, declared bounds, enum values, booleans, absent
 * circumstances). Cases decide would end earlier — a mandatory no-penalty ground or exemption,
 * an unmet precondition — are skipped, as decide never asks for their range or tier.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the messages in the lint's language
 * @returns the findings of `statutory-none-holds`, `statutory-several-hold`, `no-tier-holds`,
 *   `tiers-overlap`, `tier-exceeds-statutory`, `tier-order`, `tier-without-fine`,
 *   `conditional-sanction-not-imposed` and the warning `tier-boundary-shared`, item by item
 * @example analyseRuleSet(loadRuleSet(text)).map((f) => f.code) // [] for a sound benchmark
 */
export function analyseRuleSet(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  // One builder for all the items, made at the first penalty item and inside its guard: a rule
  // set whose parts do not compile gets a finding per item, as with any other compile failure.
  let build: ((itemIndex: number) => ItemModel) | undefined;
  ruleSet.items.forEach((item, index) => {
    if (item.kind !== 'penalty') return;
    try {
      build ??= modelBuilder(ruleSet);
      findings.push(...analyseItem(build(index), say));
    } catch (error) {
      // A loaded rule set should always compile; if one does not, say so rather than crash the review.
      const message = error instanceof Error ? error.message : String(error);
      findings.push({
        code: 'analysis-failed',
        severity: 'error',
        path: `items[${index}]`,
        message: say('analysis-failed', { item: item.code, reason: message }),
      });
    }
  });
  return findings;
}

/**
 * The findings for one item: one search over its fact domains, every check family watching it.
 *
 * @param model - the item, compiled for analysis
 * @param say - writes the messages in the lint's language
 * @returns its findings, by check family (coverage, tier-exceeds-statutory, tier-order, required sanctions, shared boundaries)
 * @example analyseItem(modelBuilder(ruleSet)(0)) // [] for FS-124-1-3 of the spec example
 */
export function analyseItem(model: ItemModel, say: LintSay): Finding[] {
  const collectors: Collector[] = [
    coverageCollector(model, say),
    tierExceedsCollector(model, say),
    tierOrderCollector(model, say),
    requiredSanctionsCollector(model, say),
    sharedBoundaryCollector(model, say),
  ];
  const statutory = new Array<boolean>(model.statutory.length).fill(false);
  const tiers = new Array<boolean>(model.tiers.length).fill(false);
  const visit = { facts: {} as FactValues, statutory, tiers };
  const report = searchCombinations(model.domain, model.item.code, (facts) => {
    if (!penaltyApplies(model, facts)) return;
    model.statutory.forEach((alternative, index) => {
      statutory[index] = alternative.when === undefined || alternative.when.test(facts);
    });
    let any = false;
    for (const tier of model.tiers) {
      const holds = tier.when?.test(facts) === true;
      tiers[tier.index] = holds;
      any ||= holds;
    }
    if (model.fallback !== undefined) tiers[model.fallback] = !any;
    visit.facts = facts;
    for (const collector of collectors) collector.visit(visit);
  });
  return collectors.flatMap((collector) => collector.findings(report));
}

/** Decide's order (spec §3): mandatory no-penalty grounds and exemptions, then the precondition. */
function penaltyApplies(model: ItemModel, facts: FactValues): boolean {
  for (const rule of NO_PENALTY) if (rule.holds(undefined, facts)) return false;
  for (const exemption of model.exemptions) if (exemption.test(facts)) return false;
  return model.precondition === undefined || model.precondition.test(facts);
}
