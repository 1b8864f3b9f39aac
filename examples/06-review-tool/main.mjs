// A legality-review tool (法制审核): the officer's draft decision goes in with the case, and
// each finding comes back with the provision that makes it one. Run: node main.mjs
import { fileURLToPath } from 'node:url';
import { createEngine } from '@cailiang/core';
import { review } from '@cailiang/core/review';
import { loadRuleSetFile } from '@cailiang/core/node';

const engine = createEngine([
  loadRuleSetFile(fileURLToPath(new URL('../../packages/fixtures/contract/food-safety.rules.yaml', import.meta.url))),
]);
const kase = {
  item: 'FS-124-1-3',
  party: { kind: 'organization' },
  facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};

const check = (title, imposed) => {
  const result = review(engine, kase, imposed);
  console.log(`\n## ${title}: ${result.verdict}`);
  for (const finding of result.findings) {
    console.log(`${finding.severity} ${finding.code}: ${finding.message}`);
    for (const citation of finding.citations) console.log(`  ${citation.text}`);
  }
};

// Within the tier's range, with every mandatory sanction.
check('as the benchmark says', {
  sanctions: [
    { kind: 'fine', amount: '70000' },
    { kind: 'confiscate-illegal-income', amount: '1200' },
    { kind: 'confiscate-illegal-goods' },
  ],
  hearingOffered: true,
});
// Above the tier's range (still inside the statute) and without confiscating the illegal income.
check('too heavy, and a mandatory sanction missing', {
  sanctions: [{ kind: 'fine', amount: '95000' }, { kind: 'confiscate-illegal-goods' }],
  hearingOffered: true,
});
