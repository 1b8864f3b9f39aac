/**
 * The rule sets every comparison runs on: the benchmark library's own (packages/benchmarks/rules),
 * and each penalty item's tiers compiled with cailiang's `compileCondition`, for the comparison
 * of tier selection alone.
 */
import { compileCondition, loadRuleSet, ruleSetScope } from '@cailiang/core';
import { ruleFiles } from '../../../../test-support/rule-files.js';
import type { CompiledCondition, Condition, PenaltyItemData, RuleSet } from '@cailiang/core';

/** A penalty item's tiers, compiled: the conditional ones in listed order, and the fallback. */
export interface CompiledTiers {
  readonly code: string;
  readonly tiers: readonly { readonly level: string | number; readonly when: CompiledCondition }[];
  readonly fallback: string | number | undefined;
}

/** One penalty item with the rule set it belongs to. */
export interface LibraryItem {
  readonly ruleSet: RuleSet;
  readonly item: PenaltyItemData;
  readonly compiled: CompiledTiers;
}

/** The library's rule sets, in file order. */
export function libraryRuleSets(): RuleSet[] {
  return ruleFiles().map(({ file, text }) => loadRuleSet(text, { source: file }));
}

/**
 * Every penalty item of the rule sets, with its tiers compiled.
 *
 * @throws RangeError for a rule set whose tierSelection is not most-severe (the library's own)
 */
export function penaltyItems(ruleSets: readonly RuleSet[]): LibraryItem[] {
  return ruleSets.flatMap((ruleSet) => {
    const selection = ruleSet.policy?.tierSelection ?? 'most-severe';
    if (selection !== 'most-severe')
      throw new RangeError(`${ruleSet.id}: the bench compares most-severe tier selection only`);
    const scope = ruleSetScope(ruleSet.facts);
    return ruleSet.items.flatMap((data) => {
      if (data.kind !== 'penalty') return [];
      const item = data as PenaltyItemData;
      const tiers = item.tiers.flatMap((tier) =>
        tier.when === undefined ? [] : [{ level: tier.level, when: compileCondition(tier.when as Condition, scope) }],
      );
      const fallback = item.tiers.find((tier) => tier.when === undefined)?.level;
      return [{ ruleSet, item, compiled: { code: item.code, tiers, fallback } }];
    });
  });
}

/**
 * The tier cailiang selects (most-severe: the last listed that holds, else the fallback), from
 * the facts as `validateCase` reads them. What `decide` does, without the rest of the decision.
 *
 * @throws RangeError when no tier holds and there is no fallback
 */
export function selectTier(compiled: CompiledTiers, facts: Parameters<CompiledCondition['test']>[0]): string | number {
  for (let i = compiled.tiers.length - 1; i >= 0; i--) {
    const tier = compiled.tiers[i] as CompiledTiers['tiers'][number];
    if (tier.when.test(facts)) return tier.level;
  }
  if (compiled.fallback === undefined) throw new RangeError(`${compiled.code}: no tier holds and there is no fallback`);
  return compiled.fallback;
}
