/**
 * What measuring a rule set before validation costs (issue #22): the walk that counts its values,
 * characters, nesting and conditions with aliases expanded, and names reserved keys, on the
 * largest bundled rule set and on the generated 10,000-item catalogue, beside the whole load of
 * the bundled one. One operation is one walk (or one load) of one rule set.
 *
 * The walk is not public API, so it is imported from the sources in both modes; it is a plain
 * loop over plain data, which vitest's transform leaves as it is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, loadRuleSet, parseSource } from '@cailiang/core';
import { bench, describe } from 'vitest';
import { checkDocument } from '../src/limits/document-walk.js';
import { BENCH_OPTIONS, LARGE_ITEMS } from './settings.js';
import { recordFacts } from './workload/facts.js';
import { generatedRuleSetText } from './workload/scale.js';

const LARGEST_BUNDLED = fileURLToPath(new URL('../../benchmarks/rules/food-safety.rules.yaml', import.meta.url));
const bundledText = readFileSync(LARGEST_BUNDLED, 'utf8');
const bundled = parseSource(bundledText);
const catalogue = JSON.parse(generatedRuleSetText(LARGE_ITEMS)) as unknown;

const names = {
  checkBundled: 'expanded-size check, food-safety.rules.yaml (largest bundled)',
  loadBundled: 'loadRuleSet, food-safety.rules.yaml, parsed (the check included)',
  checkCatalogue: `expanded-size check, generated ${LARGE_ITEMS.toLocaleString('en-US')}-item catalogue`,
};
// One operation measures one rule set, not a batch of cases: the table's per-operation count is 1.
recordFacts('limits', { perOperation: { [names.checkBundled]: 1, [names.loadBundled]: 1, [names.checkCatalogue]: 1 } });

describe('limits', () => {
  bench(
    names.checkBundled,
    () => {
      checkDocument(bundled, DEFAULT_LIMITS, { conditions: true });
    },
    BENCH_OPTIONS,
  );
  bench(
    names.loadBundled,
    () => {
      loadRuleSet(bundled);
    },
    BENCH_OPTIONS,
  );
  bench(
    names.checkCatalogue,
    () => {
      checkDocument(catalogue, DEFAULT_LIMITS, { conditions: true });
    },
    BENCH_OPTIONS,
  );
});
