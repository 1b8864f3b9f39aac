// An enforcement app's integration in a few lines: load the agency's benchmark once, then decide
// each case the officer enters and show the range and its legal basis. Run: node main.mjs
import { fileURLToPath } from 'node:url';
import { CailiangError, createEngine } from '@cailiang/core';
import { loadRuleSetFile } from '@cailiang/core/node';

// Compile once at start-up; the engine is immutable and serves any number of cases.
const engine = createEngine([
  loadRuleSetFile(fileURLToPath(new URL('../../packages/fixtures/contract/food-safety.rules.yaml', import.meta.url))),
]);

const decision = engine.decide({
  item: 'FS-124-1-3',
  party: { kind: 'organization' },
  facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
});

const fine = decision.sanctions.find((sanction) => sanction.kind === 'fine');
console.log(`${decision.item.code} ${decision.item.name}`);
console.log(`tier: ${decision.tier?.label} (${decision.tier?.level})`);
console.log(`fine: ${fine.min}–${fine.max} yuan, statutory ${fine.statutory.min}–${fine.statutory.max}`);
for (const sanction of decision.sanctions.filter((s) => s.kind !== 'fine')) {
  console.log(
    `also: ${sanction.kind}${sanction.amount === undefined ? '' : ` ${sanction.amount}`}${sanction.optional ? ' (optional)' : ''}`,
  );
}
for (const citation of decision.citations) console.log(`${citation.role}: ${citation.text}`);
console.log(`rule set: ${decision.ruleSet.id} ${decision.ruleSet.version} ${decision.ruleSet.digest}`);

// A case the officer got wrong is refused with one issue per problem, each with its path:
// show them next to the form fields, never a stack trace.
try {
  engine.decide({ item: 'FS-124-1-3', facts: { goodsValue: '8千', harm: 'bad' }, dates: { act: '2025-02-30' } });
} catch (error) {
  if (!(error instanceof CailiangError)) throw error;
  console.log(`refused: ${error.code}`);
  for (const issue of error.issues) console.log(`  ${issue.path}: ${issue.message}`);
}
