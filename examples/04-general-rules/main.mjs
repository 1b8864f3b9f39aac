// One case, four sets of circumstances (行政处罚法 第三十条–第三十三条). A circumstance is
// tri-state: true, false, or absent — absent means "not established", never false. Run: node main.mjs
import { fileURLToPath } from 'node:url';
import { createEngine } from '@cailiang/core';
import { loadRuleSetFile } from '@cailiang/core/node';

const engine = createEngine([
  loadRuleSetFile(fileURLToPath(new URL('../../packages/fixtures/contract/food-safety.rules.yaml', import.meta.url))),
]);
const base = {
  item: 'FS-124-1-3',
  party: { kind: 'organization' },
  facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 1, harm: 'minor', childrenFood: false },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};

const show = (title, kase) => {
  const decision = engine.decide(kase);
  const fine = decision.sanctions.find((sanction) => sanction.kind === 'fine');
  console.log(`\n## ${title}`);
  console.log(
    `outcome: ${decision.outcome}${decision.tier === null ? '' : `, tier ${decision.tier.label}`}${fine === undefined ? '' : `, fine ${fine.min}–${fine.max}`}`,
  );
  for (const adjustment of decision.adjustments) {
    console.log(
      `${adjustment.mandatory ? '应当' : '可以'}从轻或者减轻 (${adjustment.ground}): 从轻 ${adjustment.range?.min}–${adjustment.range?.max}, 减轻 ${adjustment.reduced?.min}–${adjustment.reduced?.max}`,
    );
    for (const citation of adjustment.citations) console.log(`  ${citation.text}`);
  }
  if (decision.exemption !== null) {
    console.log(`${decision.exemption.mandatory ? '不予行政处罚' : '可以不予行政处罚'} (${decision.exemption.id})`);
    for (const citation of decision.exemption.citations) console.log(`  ${citation.text}`);
  }
  for (const warning of decision.warnings) console.log(`warning ${warning.code}`);
};

show('no circumstance established', base);
// 第三十二条第（二）项: 受他人胁迫或者诱骗实施违法行为的，应当从轻或者减轻行政处罚.
show('coerced', { ...base, circumstances: { coerced: true } });
// 第三十三条第一款: 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚.
show('minor, corrected in time, no harmful consequence', {
  ...base,
  circumstances: { minorViolation: true, correctedInTime: true, harmfulConsequence: false },
});
// The same, with the harmful consequence not established: absent is not false, so no exemption.
show('minor and corrected, harmful consequence not established', {
  ...base,
  circumstances: { minorViolation: true, correctedInTime: true },
});
