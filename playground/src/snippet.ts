import { catalog } from '@cailiang/benchmarks';
import type { RuleSetChoice } from './rule-sets.js';

/** The TypeScript that makes the decision on screen in an application: copy, paste, run. */
export function usageSnippet(choice: RuleSetChoice, kase: Record<string, unknown>): string {
  const entry = catalog.find((candidate) => candidate.slug === choice.key);
  const source =
    entry === undefined
      ? [
          `import { createEngine } from '@cailiang/core';`,
          `import { loadRuleSetFile } from '@cailiang/core/node';`,
          '',
          `const engine = createEngine([loadRuleSetFile('${choice.key === 'spec-example' ? 'food-safety.rules.yaml' : 'my-benchmark.rules.yaml'}')]);`,
        ]
      : [
          `import { createEngine } from '@cailiang/core';`,
          `import { ${entry.exportName} } from '@cailiang/benchmarks';`,
          '',
          `const engine = createEngine([${entry.exportName}]);`,
        ];
  return [
    ...source,
    `const decision = engine.decide(${JSON.stringify(kase, null, 2)});`,
    `decision.sanctions; // what the panel above shows`,
  ].join('\n');
}
