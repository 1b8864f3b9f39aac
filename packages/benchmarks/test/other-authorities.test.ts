import { describe, expect, it } from 'vitest';
import { createEngine, explainDecision } from '@cailiang/core';
import type { Decision, OtherSanction, RuleSet } from '@cailiang/core';
import { benchmarkTable } from '@cailiang/core/render';
import { review } from '@cailiang/core/review';
import { benchmarks } from '@cailiang/benchmarks';

/**
 * Format v2 statutory choices, measures that are not penalties and referrals, on the corrected
 * benchmarks (docs/legal-review.md findings 4, 5, 6, 8, 9, 13). Every expectation is written by
 * hand from the statute sentence quoted beside it, never from a run of the engine. The fixtures
 * match subsets; these tests pin the whole list, so a sanction that should be gone cannot stay.
 */
const engines = new Map<RuleSet, ReturnType<typeof createEngine>>();
function decide(ruleSet: RuleSet, item: string, facts: Record<string, unknown>): Decision {
  const engine = engines.get(ruleSet) ?? createEngine([ruleSet]);
  engines.set(ruleSet, engine);
  return engine.decide(kase(item, facts));
}
function kase(item: string, facts: Record<string, unknown>) {
  return {
    item,
    party: { kind: 'organization' },
    facts,
    dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
  };
}
function publishedRange(ruleSet: RuleSet, code: string): string {
  const item = benchmarkTable(ruleSet).penalty.find((entry) => entry.code === code);
  if (item === undefined) throw new Error(`no item ${code}`);
  return item.basis[item.basis.length - 1] as string;
}
const water = benchmarks['water-pollution'];
const air = benchmarks['air-pollution'];
const ads = benchmarks.advertising;
const kinds = (decision: Decision) => decision.sanctions.map((sanction) => sanction.kind);
const codes = (result: ReturnType<typeof review>) => result.findings.map((finding) => finding.code);

describe('「报经有批准权的人民政府批准，责令停业、关闭」 (水污染防治法 第八十三条, 大气污染防治法 第九十九条、第一百零一条)', () => {
  const severe = { priorViolations: 1, harm: 'serious' };

  it('decides one required choice with its requirement, never two optional sanctions', () => {
    for (const [ruleSet, code] of [
      [water, 'WPL-83-1-1'],
      [water, 'WPL-85-1-1'],
      [air, 'AIR-99-1-1'],
    ] as const) {
      const decision = decide(ruleSet, code, severe);
      expect(kinds(decision)).toEqual(['fine', 'suspend-business']);
      expect(decision.sanctions[1]).toEqual({
        kind: 'suspend-business',
        text: '责令停业',
        alternatives: [{ kind: 'order-closure', text: '责令关闭' }],
        requires: '报经有批准权的人民政府批准',
      });
    }
  });

  it('publishes the approval before the choice, with 或者', () => {
    expect(publishedRange(water, 'WPL-83-1-1')).toContain('报经有批准权的人民政府批准，责令停业或者责令关闭');
    expect(publishedRange(air, 'AIR-101-1')).toContain('报经有批准权的人民政府批准，责令停业或者责令关闭');
  });

  it('review accepts either member, flags both together, and flags neither', () => {
    const decision = decide(water, 'WPL-83-1-1', severe);
    const fine = decision.sanctions[0] as { min: string };
    const record = (...others: string[]) => ({
      sanctions: [{ kind: 'fine', amount: fine.min }, ...others.map((kind) => ({ kind }))],
      hearingOffered: true,
      reasons: '',
    });
    const engine = createEngine([water]);
    const closure = review(engine, kase('WPL-83-1-1', severe), record('order-closure'));
    expect(codes(closure)).not.toContain('missing-mandatory-sanction');
    expect(codes(closure)).not.toContain('sanction-not-authorised');
    expect(codes(review(engine, kase('WPL-83-1-1', severe), record('suspend-business')))).not.toContain(
      'missing-mandatory-sanction',
    );
    expect(codes(review(engine, kase('WPL-83-1-1', severe), record('suspend-business', 'order-closure')))).toContain(
      'alternatives-cumulated',
    );
    expect(codes(review(engine, kase('WPL-83-1-1', severe), record()))).toContain('missing-mandatory-sanction');
  });

  it('AIR-101-1: the choice waits for 拒不改正', () => {
    const facts = { goodsValue: '12345.67', illegalIncome: '800', priorViolations: 1, harm: 'none' };
    expect(kinds(decide(air, 'AIR-101-1', { ...facts, refusedCorrection: false }))).toEqual([
      'fine',
      'confiscate-illegal-income',
    ]);
    const refused = decide(air, 'AIR-101-1', { ...facts, refusedCorrection: true });
    expect((refused.sanctions[2] as OtherSanction).alternatives).toEqual([{ kind: 'order-closure', text: '责令关闭' }]);
    expect((refused.sanctions[2] as OtherSanction).optional).toBeUndefined();
  });

  it('the orders 「责令改正或者限制生产、停产整治」 are one choice among measures', () => {
    const decision = decide(air, 'AIR-99-1-1', { priorViolations: 0, harm: 'none' });
    expect(decision.orders).toMatchObject([
      {
        kind: 'correct',
        label: '责令改正',
        alternatives: [
          { kind: 'other', label: '限制生产' },
          { kind: 'other', label: '停产整治' },
        ],
      },
    ]);
    const engine = createEngine([air]);
    const base = { sanctions: [{ kind: 'fine', amount: '100000' }], hearingOffered: true, reasons: '' };
    const facts = kase('AIR-99-1-1', { priorViolations: 0, harm: 'none' });
    expect(codes(review(engine, facts, { ...base, measures: [{ kind: 'other' }] }))).not.toContain(
      'missing-mandatory-measure',
    );
    expect(codes(review(engine, facts, { ...base, measures: [] }))).toContain('missing-mandatory-measure');
  });
});

describe('水污染防治法 第九十四条第一款: 还可以…责令关闭, and the 公安机关’s 拘留 (WPL-94-1)', () => {
  const facts = { accidentLevel: 'major', directLoss: '2000000', environmentLaw63Act: true };

  it('refers the detention to the 公安机关; it is no sanction of this agency', () => {
    const decision = decide(water, 'WPL-94-1', facts);
    expect(kinds(decision)).toEqual(['fine', 'order-closure']);
    expect(decision.sanctions[1]).toEqual({
      kind: 'order-closure',
      text: '责令关闭',
      optional: true,
      requires: '报经有批准权的人民政府批准',
    });
    expect(decision.referrals).toMatchObject([
      {
        action: 'transfer',
        authority: '公安机关',
        target: '直接负责的主管人员和其他直接责任人员',
        measure: '处十日以上十五日以下的拘留；情节较轻的，处五日以上十日以下的拘留',
      },
    ]);
    // The key follows `orders`, as spec §4 orders a decision's keys.
    const keys = Object.keys(decision);
    expect(keys.indexOf('referrals')).toBe(keys.indexOf('orders') + 1);
  });

  it('review: the fine alone passes on sanctions (closure 还可以, detention referred); 拘留 imposed is refused', () => {
    const engine = createEngine([water]);
    const alone = review(engine, kase('WPL-94-1', facts), {
      sanctions: [{ kind: 'fine', amount: '600000' }],
      hearingOffered: true,
      reasons: '',
    });
    expect(codes(alone)).not.toContain('missing-mandatory-sanction');
    const detained = review(engine, kase('WPL-94-1', facts), {
      sanctions: [
        { kind: 'fine', amount: '600000' },
        { kind: 'detention', quantity: '10' },
      ],
      hearingOffered: true,
      reasons: '',
    });
    const finding = detained.findings.find((entry) => entry.code === 'sanction-not-authorised');
    expect(finding?.message).toContain('移送公安机关');
  });

  it('the reasoning states the referral apart from the penalty', () => {
    const text = explainDecision(createEngine([water]), kase('WPL-94-1', facts)).zh;
    expect(text).toContain(
      '移送公安机关依法对直接负责的主管人员和其他直接责任人员处十日以上十五日以下的拘留；情节较轻的，处五日以上十日以下的拘留（非本机关的行政处罚）',
    );
    expect(text).toContain('报经有批准权的人民政府批准，可以责令关闭');
  });
});

describe('食品安全法 第一百二十三条第一款: 「并可以由公安机关…处五日以上十五日以下拘留」 (FSL-123-1-*)', () => {
  // 「…情节严重的，吊销许可证，并可以由公安机关对其直接负责的主管人员和其他直接责任人员处五日以上十五日以下拘留」:
  // the detention is the 公安机关's, on the persons — referred (可以), never this agency's sanction.
  const severe = {
    goodsValue: '5200',
    illegalIncome: '800',
    priorViolations: 0,
    harm: 'serious',
    specialPopulation: true,
  };

  // Each edition on a date it is in force (2025.1 from 2025-12-01).
  const editions: [RuleSet, string][] = [
    [benchmarks['food-safety'], '2025-03-10'],
    [benchmarks['food-safety-2025'], '2026-01-10'],
  ];
  const decideOn = (food: RuleSet, act: string, facts: Record<string, unknown>) =>
    createEngine([food]).decide({ item: 'FSL-123-1-1', party: { kind: 'organization' }, facts, dates: { act } });

  it.each(editions)('情节严重: refers the detention, imposes 吊销许可证 (%s)', (food, act) => {
    const decision = decideOn(food, act, severe);
    expect(kinds(decision)).not.toContain('detention');
    expect(decision.sanctions.find((sanction) => sanction.kind === 'revoke-licence')).toEqual({
      kind: 'revoke-licence',
      text: '吊销许可证',
    });
    expect(decision.referrals).toMatchObject([
      {
        action: 'transfer',
        authority: '公安机关',
        target: '直接负责的主管人员和其他直接责任人员',
        measure: '拘留',
        optional: true,
      },
    ]);
    const published = publishedRange(food, 'FSL-123-1-1');
    expect(published).toContain('可以移送公安机关依法对直接负责的主管人员和其他直接责任人员处五日以上十五日以下拘留');
    expect(published).not.toContain('行政拘留');
    // Not 情节严重: nothing referred.
    expect(decideOn(food, act, { ...severe, harm: 'minor', specialPopulation: false }).referrals).toEqual([]);
  });
});

describe('食品安全法 第一百二十三条第三款: 「可以由公安机关依照第一款规定给予拘留」 (FSL-123-3)', () => {
  // 「违法使用剧毒、高毒农药的，除依照有关法律、法规规定给予处罚外，可以由公安机关依照第一款规定给予拘留。」:
  // the 款 gives the food-safety authority nothing of its own; the detention is the police's (移送).
  const editions: [RuleSet, string][] = [
    [benchmarks['food-safety'], '2025-03-10'],
    [benchmarks['food-safety-2025'], '2026-01-10'],
  ];
  it.each(editions)("decided as the referral alone, never this agency's detention (%s)", (food, act) => {
    const decision = createEngine([food]).decide({
      item: 'FSL-123-3',
      party: { kind: 'individual' },
      facts: { priorViolations: 1, harm: 'serious' },
      dates: { act },
    });
    expect(decision.outcome).toBe('referred');
    expect(decision.tier).toBeNull();
    expect(decision.sanctions).toEqual([]);
    expect(decision.referrals).toMatchObject([
      {
        action: 'transfer',
        authority: '公安机关',
        measure: '拘留',
        range: { min: 5, max: 15 },
        unit: 'day',
        optional: true,
      },
    ]);
    const published = publishedRange(food, 'FSL-123-3');
    expect(published).toBe('可以移送公安机关依法处五日以上十五日以下拘留');
  });
});

describe('广告法 第六十条第二款: 「由价格主管部门责令改正，可以处五万元以下的罚款」 (AL-60-2)', () => {
  // The whole 款 is the 价格主管部门's: the 市场监督管理部门 refers the case and imposes nothing of its own.
  const kase = {
    item: 'AL-60-2',
    party: { kind: 'organization' },
    facts: { violationsInTwoYears: 2, harm: 'none' },
    dates: { act: '2025-03-10', discovered: '2025-04-01', decision: '2025-06-20' },
  };
  it('is decided as a referral to 价格主管部门, and a fine imposed on it is flagged', () => {
    const engine = createEngine([ads]);
    const decision = engine.decide(kase);
    expect(decision.outcome).toBe('referred');
    expect(decision.sanctions).toEqual([]);
    expect(decision.orders).toEqual([]);
    expect(decision.referrals).toMatchObject([
      { action: 'transfer', authority: '价格主管部门', measure: '责令改正，可以处五万元以下的罚款' },
    ]);
    expect(decision.referrals?.[0]?.optional).toBeUndefined();
    const imposed = { sanctions: [{ kind: 'fine', amount: '20000' }], reasons: '' };
    expect(review(engine, kase, imposed).findings.map((finding) => finding.code)).toContain('referred-item-penalised');
  });
});

describe('广告法: other authorities (AL-63, AL-55-3, AL-58-3, AL-64-B)', () => {
  it('AL-63 情节严重: 由有关部门依法停止相关业务 is referred, not imposed as 责令停产停业', () => {
    const decision = decide(ads, 'AL-63', {
      illegalIncome: '10000',
      violationsInTwoYears: 1,
      harm: 'minor',
      seriousCircumstances: true,
    });
    expect(kinds(decision)).toEqual(['fine', 'confiscate-illegal-income']);
    expect(decision.referrals).toMatchObject([{ action: 'transfer', authority: '有关部门', measure: '停止相关业务' }]);
    expect(publishedRange(ads, 'AL-63')).toContain('移送有关部门依法停止相关业务');
    expect(publishedRange(ads, 'AL-63')).not.toContain('责令停产停业');
  });

  it('AL-58-3: 没收广告费用, with no amount where the fee cannot be calculated (never 0 元)', () => {
    const facts = { adFeeIncalculable: true, seriousCircumstances: true, violationsInTwoYears: 1, harm: 'minor' };
    // 广告费用无法计算: the case gives no fee at all, rather than an invented 0.
    const decision = decide(ads, 'AL-58-3', facts);
    expect(decision.sanctions[1]).toEqual({ kind: 'confiscate-illegal-income', text: '没收广告费用' });
    expect(decision.referrals).toMatchObject([{ authority: '有关部门', optional: true }]);
    const known = decide(ads, 'AL-58-3', { ...facts, adFeeIncalculable: false, adFee: '40000' });
    expect(known.sanctions[1]).toEqual({ kind: 'confiscate-illegal-income', text: '没收广告费用', amount: '40000' });
    expect(publishedRange(ads, 'AL-55-3')).toContain('可以移送有关部门依法暂停广告发布业务、吊销营业执照');
  });

  it('AL-55-3: 广告费用无法计算 needs no fee; a fee of 0 is refused, so nothing prints 0 元 or 零倍', () => {
    // 第五十五条第三款 「没收广告费用，并处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元
    // 以上一百万元以下的罚款」: by hand, the fixed 200000–1000000; one violation, harm none → 从轻 200000–440000.
    const facts = { adFeeIncalculable: true, seriousCircumstances: false, violationsInTwoYears: 1, harm: 'none' };
    const decision = decide(ads, 'AL-55-3', facts);
    expect(decision.sanctions).toEqual([
      { kind: 'fine', min: '200000', max: '440000', statutory: { min: '200000', max: '1000000' } },
      { kind: 'confiscate-illegal-income', text: '没收广告费用' },
    ]);
    const reasoning = explainDecision(createEngine([ads]), kase('AL-55-3', facts)).zh;
    expect(reasoning).toContain('罚款200000元至440000元；没收广告费用。');
    expect(reasoning).not.toMatch(/没收广告费用0|0元的|零倍/);
    // Known but 明显偏低 (1500 received): the fixed range, and the fee received is still confiscated.
    expect(decide(ads, 'AL-55-3', { ...facts, adFee: '1500' }).sanctions[1]).toEqual({
      kind: 'confiscate-illegal-income',
      text: '没收广告费用',
      amount: '1500',
    });
    expect(() => decide(ads, 'AL-55-3', { ...facts, adFee: '0' })).toThrow(/adFee/);
  });

  it.each([
    // 第五十五条第一款 「…两年内有三次以上违法行为或者有其他严重情节的，…并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请」
    [
      'AL-55-1',
      {
        adFee: '100000',
        adFeeIncalculable: false,
        violationsInTwoYears: 3,
        seriousCircumstances: false,
        harm: 'minor',
      },
    ],
    // 第五十七条 「对广告主…情节严重的，并可以吊销营业执照，由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请」
    ['AL-57-1-1-A', { violationsInTwoYears: 1, harm: 'minor', seriousCircumstances: true }],
  ])(
    '%s: 撤销广告审查批准文件 is referred only where the ad was approved (第四十六条), 一年内不受理 always',
    (code, facts) => {
      const measures = (adApproved: boolean, more: Record<string, unknown> = {}) =>
        decide(ads, code, { ...facts, ...more, adApproved }).referrals?.map((referral) => [
          referral.authority,
          referral.measure,
          referral.optional,
        ]);
      expect(measures(true)).toEqual([
        ['广告审查机关', '撤销广告审查批准文件', undefined],
        ['广告审查机关', '一年内不受理其广告审查申请', undefined],
      ]);
      expect(measures(false)).toEqual([['广告审查机关', '一年内不受理其广告审查申请', undefined]]);
      expect(measures(true, { violationsInTwoYears: 1, seriousCircumstances: false })).toEqual([]);
      expect(kinds(decide(ads, code, { ...facts, adApproved: true }))).not.toContain('revoke-approval');
      expect(publishedRange(ads, code)).toContain(
        '且广告经广告审查机关审查批准（有广告审查批准文件）的，移送广告审查机关依法撤销广告审查批准文件；',
      );
    },
  );

  it.each([
    // 第五十八条第一款 「情节严重的，…可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请」
    [
      'AL-58-1-1',
      { adFee: '40000', adFeeIncalculable: false, violationsInTwoYears: 1, seriousCircumstances: true, harm: 'none' },
    ],
    [
      'AL-58-1-14',
      { adFee: '40000', adFeeIncalculable: false, violationsInTwoYears: 1, seriousCircumstances: true, harm: 'none' },
    ],
  ])('%s: the 广告审查机关’s 撤销 and 一年内不受理 are referred (required), not imposed', (code, facts) => {
    const decision = decide(ads, code, facts);
    expect(decision.referrals).toEqual([
      expect.objectContaining({
        action: 'transfer',
        authority: '广告审查机关',
        measure: '撤销广告审查批准文件、一年内不受理其广告审查申请',
      }),
    ]);
    expect(decision.referrals?.[0]?.optional).toBeUndefined();
    expect(kinds(decision)).not.toContain('revoke-approval');
    expect(publishedRange(ads, code)).toContain('移送广告审查机关依法撤销广告审查批准文件、一年内不受理其广告审查申请');
    const ordinary = { ...facts, violationsInTwoYears: 1, seriousCircumstances: false };
    expect(decide(ads, code, ordinary).referrals).toEqual([]);
  });

  it('AL-64-B: 撤销 and 三年内不受理 are the 广告审查机关’s measures, not 吊销许可证件', () => {
    const decision = decide(ads, 'AL-64-B', { violationsInTwoYears: 1, harm: 'minor' });
    expect(kinds(decision)).toEqual(['fine']);
    expect(decision.orders.map((order) => [order.kind, order.authority])).toEqual([
      ['revoke-approval', '广告审查机关'],
      ['other', '广告审查机关'],
    ]);
    const range = publishedRange(ads, 'AL-64-B');
    expect(range).toContain('由广告审查机关撤销广告审查批准');
    expect(range).toContain('由广告审查机关三年内不受理该申请人的广告审查申请');
    expect(range).not.toContain('吊销');
  });
});

describe('measures that are not penalties', () => {
  const quality = benchmarks['product-quality'];
  const facts = {
    goodsValue: '50000',
    illegalIncome: '1000',
    priorViolations: 0,
    harm: 'minor',
    packagedLabel45: true,
    labelSerious: true,
  };

  it('PQL-54: 「情节严重的，责令停止生产、销售」 is ordered with its condition printed, and review flags it missing', () => {
    expect(publishedRange(quality, 'PQL-54')).toContain('的，责令停止生产、销售');
    const engine = createEngine([quality]);
    const record = (measures: { kind: string }[]) => ({
      sanctions: [
        { kind: 'fine', amount: '5000' },
        { kind: 'confiscate-illegal-income', amount: '1000' },
      ],
      measures,
      reasons: '',
    });
    expect(codes(review(engine, kase('PQL-54', facts), record([{ kind: 'correct' }])))).toContain(
      'missing-mandatory-measure',
    );
    expect(
      codes(review(engine, kase('PQL-54', facts), record([{ kind: 'correct' }, { kind: 'stop-production-sale' }]))),
    ).not.toContain('missing-mandatory-measure');
  });

  it('EIA-32-3 prints 五年内禁止从事…编制工作, not bare 限制从业', () => {
    const eia = benchmarks['environmental-impact-assessment'];
    expect(publishedRange(eia, 'EIA-32-3')).toContain('五年内禁止从事环境影响报告书、环境影响报告表编制工作');
    const decision = createEngine([eia]).decide({
      item: 'EIA-32-3',
      party: { kind: 'individual' },
      facts: {},
      dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
    });
    expect(decision.sanctions).toEqual([
      { kind: 'restrict-practice', text: '五年内禁止从事环境影响报告书、环境影响报告表编制工作' },
    ]);
  });
});

describe('水污染防治法 第九十一条第一款: 「并报经有批准权的人民政府批准，责令拆除或者关闭」 (WPL-91-1-1)', () => {
  // 「…处十万元以上五十万元以下的罚款；并报经有批准权的人民政府批准，责令拆除或者关闭」: required in
  // every tier (并), one of two — 责令关闭 a penalty, 责令拆除 a measure that is not — with the approval.
  const light = { priorViolations: 0, harm: 'none' };
  const engine = createEngine([water]);
  const record = (sanctions: string[], measures: string[]) => ({
    sanctions: [{ kind: 'fine', amount: '100000' }, ...sanctions.map((kind) => ({ kind }))],
    measures: measures.map((kind) => ({ kind })),
    hearingOffered: true,
    reasons: '',
  });

  it('decides one required choice between 责令关闭 and the measure 责令拆除, after approval', () => {
    const decision = decide(water, 'WPL-91-1-1', light);
    expect(kinds(decision)).toEqual(['fine', 'order-closure']);
    expect(decision.sanctions[1]).toEqual({
      kind: 'order-closure',
      text: '责令关闭',
      alternatives: [{ measure: 'demolish', text: '责令拆除' }],
      choiceText: '责令拆除或者关闭',
      requires: '报经有批准权的人民政府批准',
    });
    // The statute's order and words: 拆除 first, 关闭 under the one 责令 — never 「责令关闭或者责令拆除」.
    const reasoning = explainDecision(engine, kase('WPL-91-1-1', light)).zh;
    expect(reasoning).toContain('报经有批准权的人民政府批准，责令拆除或者关闭');
    expect(reasoning).not.toContain('责令关闭或者责令拆除');
    expect(publishedRange(water, 'WPL-91-1-1')).toContain('报经有批准权的人民政府批准，责令拆除或者关闭');
    expect(publishedRange(water, 'WPL-91-1-1')).not.toContain('责令关闭或者责令拆除');
  });

  it('review accepts 拆除 ordered instead of 关闭, flags both, and flags neither', () => {
    const facts = kase('WPL-91-1-1', light);
    const demolished = codes(review(engine, facts, record([], ['correct', 'demolish'])));
    expect(demolished).not.toContain('missing-mandatory-sanction');
    expect(demolished).not.toContain('measure-not-provided');
    expect(codes(review(engine, facts, record(['order-closure'], ['correct'])))).not.toContain(
      'missing-mandatory-sanction',
    );
    expect(codes(review(engine, facts, record(['order-closure'], ['correct', 'demolish'])))).toContain(
      'alternatives-cumulated',
    );
    const neither = review(engine, facts, record([], ['correct'])).findings;
    expect(neither.find((finding) => finding.code === 'missing-mandatory-sanction')?.message).toBe(
      '依法应当并处“责令拆除或者关闭”，但处罚决定中没有该项处罚',
    );
  });
});

describe('大气污染防治法 第一百一十七条: 「拒不改正的，责令停工整治或者停业整治」 (AIR-117-1-1)', () => {
  const refused = { priorViolations: 0, harm: 'minor', refusedCorrection: true };

  it('prints the statute’s choice of two measures of one kind, each in its words', () => {
    const decision = decide(air, 'AIR-117-1-1', refused);
    expect(decision.sanctions[1]).toEqual({
      kind: 'suspend-business',
      text: '责令停工整治',
      alternatives: [{ kind: 'suspend-business', text: '停业整治' }],
    });
    expect(kinds(decide(air, 'AIR-117-1-1', { ...refused, refusedCorrection: false }))).toEqual(['fine']);
    expect(publishedRange(air, 'AIR-117-1-1')).toContain('责令停工整治或者停业整治');
  });

  it('review: either one satisfies, two are cumulated', () => {
    const engine = createEngine([air]);
    const facts = kase('AIR-117-1-1', refused);
    const record = (count: number) => ({
      sanctions: [
        { kind: 'fine', amount: '55000' },
        ...Array.from({ length: count }, () => ({ kind: 'suspend-business' })),
      ],
      hearingOffered: true,
      reasons: '',
    });
    expect(codes(review(engine, facts, record(1)))).not.toContain('missing-mandatory-sanction');
    expect(codes(review(engine, facts, record(0)))).toContain('missing-mandatory-sanction');
    expect(codes(review(engine, facts, record(2)))).toContain('alternatives-cumulated');
  });
});
