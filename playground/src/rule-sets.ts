import { benchmarks, catalog } from '@cailiang/benchmarks';
import { loadRuleSet } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
// The spec's example benchmark, as YAML text: parsed and validated here, in the browser.
import specExampleYaml from '../../packages/fixtures/contract/food-safety.rules.yaml?raw';

/** A rule set the page offers, under a key that goes in the address (`#food-safety/FS-124-1-3`). */
export interface RuleSetChoice {
  readonly key: string;
  readonly title: string;
  readonly ruleSet: RuleSet;
}

/** The key of the rule set a user pastes in. */
export const PASTED = 'pasted';

/**
 * Every shipped benchmark (from `@cailiang/benchmarks`), then the spec's example.
 *
 * @param exampleSuffix - what follows the example's title, in the page's language (（规范示例）)
 */
export function shippedRuleSets(exampleSuffix: string): RuleSetChoice[] {
  const shipped = catalog.map((entry) => ({
    key: entry.slug,
    title: entry.title,
    ruleSet: benchmarks[entry.slug as keyof typeof benchmarks],
  }));
  const example = loadRuleSet(specExampleYaml, { source: 'packages/fixtures/contract/food-safety.rules.yaml' });
  return [...shipped, { key: 'spec-example', title: `${example.title}${exampleSuffix}`, ruleSet: example }];
}
