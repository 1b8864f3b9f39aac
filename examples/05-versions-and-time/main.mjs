// Time in cailiang: which version of a benchmark applies (第三十七条), whether the act is
// time-barred (第三十六条), and licensing deadlines counted in working days around the State
// Council's holiday arrangements. More: docs/time.md. Run: node main.mjs
import { fileURLToPath } from 'node:url';
import { createEngine } from '@cailiang/core';
import { loadRuleSetFile } from '@cailiang/core/node';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));
// Give the engine every version of the benchmark: it picks the one the law says applies.
const engine = createEngine([
  loadRuleSetFile(file('./food-safety-2023.rules.yaml')),
  loadRuleSetFile(file('../../packages/fixtures/contract/food-safety.rules.yaml')),
]);
const facts = { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false };

const penalty = (title, dates) => {
  const decision = engine.decide({ item: 'FS-124-1-3', party: { kind: 'organization' }, facts, dates });
  const fine = decision.sanctions.find((sanction) => sanction.kind === 'fine');
  const version = decision.trace.find((entry) => entry.step === 'version');
  console.log(`\n## ${title}`);
  console.log(
    `outcome ${decision.outcome}, version ${decision.ruleSet.version}${fine === undefined ? '' : `, fine ${fine.min}–${fine.max}`}`,
  );
  if (version !== undefined) console.log(`why: ${version.reason}`);
  for (const citation of decision.citations.filter((c) => c.role === 'general-rule')) console.log(`  ${citation.text}`);
};

// Act under the 2023 version (general band 40–80%), decided under the 2024 one (30–70%): lighter, so it applies.
penalty('act in 2023, decided after the 2024 version took effect', {
  act: '2023-10-10',
  discovered: '2024-01-15',
  decision: '2024-05-20',
});
// Decided while the 2023 version was still in force: only that version is in play.
penalty('act and decision under the 2023 version', {
  act: '2023-10-10',
  discovered: '2024-01-15',
  decision: '2024-02-20',
});
// Two years from 2023-01-10 end on 2025-01-10; discovered a day later, the act is time-barred.
penalty('discovered two years and a day after the act', {
  act: '2023-01-10',
  discovered: '2025-01-11',
  decision: '2025-03-01',
});

// Licensing: the promised and statutory limits in working days from acceptance (行政许可法 第四十二条、第八十二条).
const licence = engine.decide({ item: 'LIC-FS-35', facts: {}, dates: { accepted: '2025-09-26' } });
console.log('\n## licence accepted 2025-09-26 (National Day holiday inside the period)');
for (const deadline of licence.deadlines)
  console.log(`${deadline.kind.padEnd(19)} ${deadline.date}  (${deadline.workingDays} working days)`);
