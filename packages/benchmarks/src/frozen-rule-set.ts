import type { RuleSet } from '@cailiang/core';

/**
 * A shipped rule set, deep-frozen: the data loadRuleSet returned for its YAML when the package was
 * built (scripts/build-benchmarks.mjs), so importing the package validates nothing again (#21).
 * It is not marked as loaded, and cannot be: only the core's loadRuleSet marks a rule set, so
 * createEngine and lint validate this one when they take it, exactly as they would a user's object.
 * Internal to the package; test/rule-sets.test.ts checks that each export equals, key for key,
 * what loadRuleSet makes of its YAML.
 *
 * @param data - the parsed JSON of a generated module, nothing else
 * @returns the same object, frozen all the way down, typed as the rule set it was validated as
 * @example
 * export const foodSafety: RuleSet = frozenRuleSet(foodSafetyData);
 */
export function frozenRuleSet(data: unknown): RuleSet {
  freeze(data);
  return data as RuleSet;
}

/** Freezes every object and array of JSON data, children first (the data has no cycles). */
function freeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const element of value) freeze(element);
  } else {
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  Object.freeze(value);
}
