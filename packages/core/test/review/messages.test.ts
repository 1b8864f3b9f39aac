import { describe, expect, it } from 'vitest';
import type { ReviewFindingCode } from '../../src/review/index.js';
import { reviewMessage } from '../../src/review/index.js';
import type { ReviewMessageParams } from '../../src/review/index.js';

// Every finding code in both languages, the expected sentences written out by hand: the Chinese
// follows the words of 行政处罚法 (第二十九条 罚款数额高的规定, 第三十六条, 第六十条 九十日, 第六十三条
// 告知当事人有要求听证的权利).
const fine = { amount: '120000', statutoryMin: '50000', statutoryMax: '100000', tierMin: '65000', tierMax: '85000' };

const CASES: [ReviewFindingCode, ReviewMessageParams, string, string][] = [
  [
    'time-barred',
    {},
    '违法行为在追责期限届满后才被发现，仍给予了行政处罚',
    'a penalty was imposed for an act discovered after the limitation period',
  ],
  [
    'precondition-not-met',
    {},
    '法律规定责令改正后逾期不改正（拒不改正）的才予处罚，当事人尚未逾期不改正即给予了行政处罚',
    'a penalty was imposed although the statute penalises only after the order to correct is not complied with (逾期不改正/拒不改正)',
  ],
  [
    'referred-item-penalised',
    {},
    '该条款未规定由本机关给予的行政处罚，只应依法移送，却由本机关给予了行政处罚',
    'a penalty of this agency was imposed although the provision only refers the case to another authority (移送)',
  ],
  [
    'penalty-despite-exemption',
    { exemption: 'minor-first' },
    '具有应当不予行政处罚的情形（minor-first），仍给予了行政处罚',
    'a penalty was imposed although a mandatory no-penalty ground holds (minor-first)',
  ],
  [
    'double-fine',
    { count: 2 },
    '对同一个违法行为给予了2次罚款；同一个违法行为只能罚款一次，按照罚款数额高的规定处罚',
    '2 fines were imposed for one act; it may be fined once, under the norm with the higher fine',
  ],
  [
    'exemption-not-considered',
    { exemption: 'first-violation' },
    '具有可以不予行政处罚的情形（first-violation），处罚决定未说明给予处罚的理由',
    'the agency may decide not to penalise (first-violation), and the decision gives no reasons for penalising',
  ],
  [
    'missing-mandatory-sanction',
    { kind: 'confiscate-illegal-income' },
    '依法应当并处“没收违法所得”，但处罚决定中没有该项处罚',
    'confiscate-illegal-income is required (并处) but was not imposed',
  ],
  [
    'sanction-amount-differs',
    { kind: 'confiscate-illegal-income', imposedAmount: '1000', expectedAmount: '1200' },
    '没收违法所得1000元与认定的数额1200元不一致',
    'confiscate-illegal-income of 1000 differs from the amount established, 1200',
  ],
  [
    'sanction-not-authorised',
    { kind: 'revoke-licence' },
    '吊销许可证件不在法律和裁量阶次对本案规定的处罚种类之内',
    'revoke-licence is not among the sanctions the statute and the tier authorise for this case',
  ],
  [
    'fine-outside-statutory',
    { fine },
    '罚款120000元（法定幅度50000元至100000元，裁量阶次65000元至85000元）超过法定最高数额',
    'the fine 120000 (statutory 50000–100000, tier 65000–85000) is above the statutory maximum',
  ],
  [
    'fine-outside-statutory',
    { fine: { ...fine, amount: '1000' }, floor: '25000' },
    '罚款1000元（法定幅度50000元至100000元，裁量阶次65000元至85000元）低于减轻处罚的最低数额25000元',
    'the fine 1000 (statutory 50000–100000, tier 65000–85000) is below even the 减轻 floor 25000',
  ],
  [
    'reduced-without-ground',
    { fine: { ...fine, amount: '40000' } },
    '罚款40000元（法定幅度50000元至100000元，裁量阶次65000元至85000元）低于法定最低数额（减轻处罚），但不具有依法减轻处罚的情形',
    'the fine 40000 (statutory 50000–100000, tier 65000–85000) is below the statutory minimum (减轻) with no mitigation ground',
  ],
  [
    'fine-outside-tier',
    { fine: { ...fine, amount: '90000' }, reasons: false },
    '罚款90000元（法定幅度50000元至100000元，裁量阶次65000元至85000元）在法定幅度内但超出裁量阶次；处罚决定未说明理由',
    'the fine 90000 (statutory 50000–100000, tier 65000–85000) is within the statute but outside the benchmark tier; and the decision gives no reasons',
  ],
  [
    'hearing-threshold-unknown',
    { party: 'individual' },
    '规则集未设定对公民的较大数额（policy.hearingThresholds），未能核查罚没数额是否应告知听证权利',
    'the rule set sets no 较大数额 (policy.hearingThresholds) for individual, so whether the amounts give a right to a hearing was not checked',
  ],
  [
    'hearing-not-offered',
    { hearing: [{ kind: 'fine', amount: '120000', threshold: '100000' }, { kind: 'revoke-licence' }] },
    '应当告知当事人有要求听证的权利（罚款120000元（较大数额为100000元以上）、吊销许可证件），但未告知',
    'the party had a right to request a hearing (fine of 120000 (较大数额 from 100000), revoke-licence) and was not told of it',
  ],
  [
    'decision-late',
    { decided: '2025-05-01', due: '2025-04-30' },
    '处罚决定于2025-05-01作出，超过自立案之日起九十日的期限（2025-04-30）',
    'decided on 2025-05-01, after the limit of 2025-04-30 (90 days from opening the case)',
  ],
];

describe('reviewMessage', () => {
  it.each(CASES)('%s in Chinese by default', (code, params, zh) => {
    expect(reviewMessage(code, params)).toBe(zh);
  });

  it.each(CASES)('%s in English on request', (code, params, _zh, en) => {
    expect(reviewMessage(code, params, 'en')).toBe(en);
  });

  it('covers every finding code', () => {
    const codes = new Set(CASES.map(([code]) => code));
    expect(codes.size).toBe(15);
  });
});
