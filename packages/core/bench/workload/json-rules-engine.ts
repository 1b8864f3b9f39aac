/**
 * Tier selection as a team would build it on json-rules-engine 7.3.1: one Engine per item, one
 * rule per tier with a condition, priorities in tier order so that the tier the policy prefers is
 * evaluated first, and `stop()` once a rule fires — json-rules-engine then skips the tiers left,
 * which is the fastest it can select a tier.
 * The tier without a condition is the fallback when no rule fires. Money goes in as JS numbers,
 * as it would in such a system.
 */
import { Decimal } from '@cailiang/core';
import type { Condition, FactValues, PenaltyItemData, RuleSet } from '@cailiang/core';
import { Engine } from 'json-rules-engine';
import type { TopLevelCondition } from 'json-rules-engine';

export interface JreTierSelector {
  /** The level of the tier json-rules-engine selects for the facts. */
  select(facts: Record<string, unknown>): Promise<string | number>;
}

/**
 * Builds the engine of one item whose rule set selects the most severe tier that holds: the last
 * listed gets the highest priority.
 */
export function jreTierSelector(ruleSet: RuleSet, item: PenaltyItemData): JreTierSelector {
  const engine = new Engine([], { allowUndefinedFacts: true });
  item.tiers.forEach((tier, order) => {
    if (tier.when === undefined) return;
    engine.addRule({
      name: String(tier.level),
      priority: order + 1,
      conditions: jreCondition(tier.when as Condition, ruleSet) as TopLevelCondition,
      event: { type: 'tier', params: { level: tier.level } },
    });
  });
  engine.on('success', () => {
    engine.stop();
  });
  const fallback = item.tiers.find((tier) => tier.when === undefined)?.level;
  return {
    async select(facts) {
      const { events } = await engine.run(facts);
      const fired = events[0]?.params?.['level'] as string | number | undefined;
      if (fired !== undefined) return fired;
      if (fallback === undefined) throw new RangeError(`${item.code}: no tier holds and there is no fallback`);
      return fallback;
    },
  };
}

/** The facts as json-rules-engine is given them: amounts as JS numbers, absent facts left out. */
export function jreFacts(facts: FactValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    if (value !== undefined) out[name] = Decimal.isDecimal(value) ? (value as Decimal).toNumber() : value;
  }
  return out;
}

/** The condition with money literals as the numbers they denote (a rule set writes them as text). */
function jreCondition(node: Condition, ruleSet: RuleSet): unknown {
  if ('all' in node) return { all: node.all.map((child) => jreCondition(child, ruleSet)) };
  if ('any' in node) return { any: node.any.map((child) => jreCondition(child, ruleSet)) };
  if ('not' in node) return { not: jreCondition(node.not, ruleSet) };
  const money = (ruleSet.facts as Record<string, { type: string }>)[node.fact]?.type === 'money';
  const value = node.value;
  const reference = typeof value === 'object' && value !== null && !Array.isArray(value);
  const converted = !money || reference ? value : Array.isArray(value) ? value.map(Number) : Number(value);
  return { fact: node.fact, operator: node.operator, value: converted };
}
