/**
 * cailiang against json-rules-engine (and @gorules/zen-engine where it is installed) on the same
 * rule sets and the same generated cases: tier selection alone, then the whole decision. Each
 * timed operation decides every case once; the reporter divides by their number.
 */
import { bench, describe } from 'vitest';
import { MONEY_FLOOR } from './report/format.js';
import { BENCH_OPTIONS, CASES } from './settings.js';
import { recordFacts } from './workload/facts.js';
import { buildWorkload, cailiangTiers, jreTiers, tierDisagreements } from './workload/workload.js';
import { moneyFloor } from './workload/money-floor.js';
import { loadZen } from './workload/zen.js';

const workload = buildWorkload({ cases: CASES });
const inputs = workload.cases.map((kase) => kase.input);

// The engines must agree before their speed means anything.
const disagreements = await tierDisagreements(workload);
if (disagreements.length > 0)
  throw new Error(
    `json-rules-engine and cailiang select different tiers: ${JSON.stringify(disagreements.slice(0, 5))}`,
  );
const zen = await loadZen(workload);
const floor = moneyFloor(workload.cases, workload.untraced);

recordFacts('engines', {
  cases: workload.cases.length,
  items: workload.items,
  ruleSets: workload.ruleSets.length,
  refused: workload.refused,
  disagreements: disagreements.length,
  outcomes: countBy(inputs.map((input) => workload.untraced.decide(input).outcome)),
  zen: zen.note,
  floorFacts: floor.facts,
  floorBounds: floor.computedBounds,
});

describe('tier selection', () => {
  bench(
    'json-rules-engine 7.3.1 Engine.run',
    async () => {
      await jreTiers(workload.cases);
    },
    BENCH_OPTIONS,
  );
  bench(
    'cailiang compiled conditions',
    () => {
      cailiangTiers(workload.cases);
    },
    BENCH_OPTIONS,
  );
  if (zen.tiers !== undefined) {
    const tiers = zen.tiers;
    bench(
      '@gorules/zen-engine decision table',
      async () => {
        await tiers(workload.cases);
      },
      BENCH_OPTIONS,
    );
  }
});

describe('full decide', () => {
  bench(
    'cailiang decide, trace on',
    () => {
      for (const input of inputs) workload.traced.decide(input);
    },
    BENCH_OPTIONS,
  );
  bench(
    'cailiang decide, trace off',
    () => {
      for (const input of inputs) workload.untraced.decide(input);
    },
    BENCH_OPTIONS,
  );
});

// Not a contender: what any decide with exact Decimal money must spend on it (workload/money-floor.ts).
describe('decimal.js floor', () => {
  bench(
    MONEY_FLOOR,
    () => {
      floor.run();
    },
    BENCH_OPTIONS,
  );
});

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
