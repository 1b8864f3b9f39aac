import { computedFactNames } from '../ruleset/computed-amount.js';
import { conditionFacts } from '../conditions/references.js';
import type { Condition } from '../conditions/types.js';
import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * Every fact name the rule set's items read: in any condition (statutory alternatives, tiers,
 * exemptions, mitigations, orders, conditional sanctions, preconditions, licensing conditions, table rules,
 * including `{ fact }` values) and as an amount (`multiple.of`, a sanction's `of`).
 *
 * @param ruleSet - a loaded rule set
 * @returns the names read, each once
 * @example factsRead(ruleSet).has('goodsValue') // true
 */
export function factsRead(ruleSet: RuleSet): Set<string> {
  const read = new Set<string>();
  const condition = (when: unknown) => {
    if (when !== undefined) for (const name of conditionFacts(when as Condition)) read.add(name);
  };
  // v2 tableRules read their facts for every penalty item of the table.
  for (const rule of ruleSet.tableRules ?? []) condition(rule.when);
  // …and so do the departures from a guiding amount (v2 guidance).
  for (const departure of ruleSet.guidance?.departures ?? []) condition(departure.when);
  for (const item of ruleSet.items) {
    if (item.kind === 'licensing') {
      for (const entry of item.conditions ?? []) condition(entry.when);
      continue;
    }
    condition(item.statutory.precondition);
    condition(item.statutory.fineCondition);
    for (const alternative of item.statutory.fine ?? []) {
      condition(alternative.when);
      if (alternative.multiple !== undefined) read.add(alternative.multiple.of);
    }
    for (const sanction of [...(item.statutory.with ?? []), ...(item.statutory.also ?? [])]) {
      condition(sanction.when);
      condition(sanction.amountWhen);
      if (sanction.of !== undefined) read.add(sanction.of);
    }
    for (const tier of item.tiers) {
      condition(tier.when);
      if (tier.fine?.multiple?.of !== undefined) read.add(tier.fine.multiple.of);
      for (const name of computedFactNames(tier.fine?.computed)) read.add(name);
    }
    for (const entry of [
      ...(item.exemptions ?? []),
      ...(item.mitigations ?? []),
      ...(item.orders ?? []),
      ...(item.referrals ?? []),
    ])
      condition(entry.when);
    for (const override of item.overrides ?? []) {
      condition(override.scope);
      condition(override.when);
      for (const sanction of override.retain ?? []) if (sanction.of !== undefined) read.add(sanction.of);
    }
  }
  return read;
}

/**
 * A declared fact that no item reads: a case must still not give it (unknown facts are an
 * error only when undeclared), but a benchmark declaring a circumstance it never weighs
 * usually lost a condition on the way from the published table.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one `unused-fact` warning per such fact, at `facts.NAME`
 * @example checkUnusedFacts(ruleSet) // [{ code: 'unused-fact', severity: 'warning', path: 'facts.harm', … }]
 */
export function checkUnusedFacts(ruleSet: RuleSet, say: LintSay): Finding[] {
  const read = factsRead(ruleSet);
  return Object.entries(ruleSet.facts)
    .filter(([name]) => !read.has(name))
    .map(([name, fact]) => ({
      code: 'unused-fact',
      severity: 'warning' as const,
      path: `facts.${name}`,
      message: say('unused-fact', { fact: { name, label: fact.label } }),
    }));
}
