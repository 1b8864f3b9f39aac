// The benchmarks that ship with cailiang, without a file in sight: list them, decide a case
// against one, and print the reasoning paragraph an officer pastes into the decision. Run: node main.mjs
import { catalog, foodSafety } from '@cailiang/benchmarks';
import { createEngine, explainDecision } from '@cailiang/core';

// What ships (reading the catalog loads no rule set).
for (const entry of catalog)
  console.log(`${entry.slug.padEnd(34)} ${String(entry.items).padStart(3)} items  ${entry.id} ${entry.version}`);

// Statute-derived, not an agency's document: say so wherever the result is shown.
console.log(`\n${foodSafety.title}\n${foodSafety.issuer} · ${foodSafety.provenance?.source}`);

const engine = createEngine([foodSafety]);
const kase = {
  item: 'FSL-124-1-3',
  party: { kind: 'organization' },
  // 货值金额 20000 元 (一万元以上): the statutory range is 10–20 times the goods value.
  facts: { goodsValue: '20000', illegalIncome: '3000', priorViolations: 1, harm: 'minor', specialPopulation: false },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};
const { decision, zh, en } = explainDecision(engine, kase);
const fine = decision.sanctions.find((sanction) => sanction.kind === 'fine');
console.log(
  `\n${decision.item.code} ${decision.item.name}: ${decision.tier?.label}, fine ${fine.min}–${fine.max} (${fine.multiple?.min}–${fine.multiple?.max} × ${fine.multiple?.base})`,
);
console.log(`\n${zh}\n\n${en}`);
