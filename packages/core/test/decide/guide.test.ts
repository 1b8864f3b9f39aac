import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet } from '../../src/index.js';
import { reasoningText } from '../../src/explain/index.js';
import { importCsv } from '../../src/import/index.js';
import { lint } from '../../src/lint/index.js';
import { review } from '../../src/review/index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import type { Decision } from '../../src/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 `guidance` and `tiers[].fine.guide`: a guiding amount (指导基准) and the rules for
 * departing from it, shaped on 新公规〔2025〕1号 适用规则 第六条 「“默认值（指导基准）”为《裁量权基准》
 * 指导值，可以根据现场违法事实、情节予以调整，同类、同车型违法行为处罚应当基本一致」 and 第四条（三）
 * 「违法行为引发交通事故的，可以按上限处罚」. The tier is 罚款 200–2000 元 (guide 1500) and 拘留 0–15 日
 * (guide 5); every expected range is worked out by hand in its test's name.
 */
const flag = (fact: string) => ({ all: [{ fact, operator: 'equal', value: true }] });
const departures = [
  {
    id: 'accident',
    label: '违法行为引发交通事故的，可以按上限处罚',
    when: flag('accident'),
    basis: [{ law: 'R', article: 4, item: 3 }],
    direction: 'up',
    by: { to: 'bound' },
  },
  {
    id: 'malice',
    label: '主观恶性强、后果严重',
    when: flag('malice'),
    basis: [{ law: 'R', article: 4, item: 2 }],
    direction: 'up',
    by: { to: 'bound' },
    kinds: ['fine'],
  },
  {
    id: 'lighter',
    label: '现场情节较轻',
    when: flag('lighter'),
    basis: [{ law: 'R', article: 6 }],
    direction: 'down',
    by: { share: '0.2' },
  },
  {
    id: 'step',
    label: '现场情节较重',
    when: flag('heavier'),
    basis: [{ law: 'R', article: 6 }],
    direction: 'up',
    by: { amount: '300' },
    kinds: ['fine'],
  },
];

function table(overrides: { format?: string; fineGuide?: string } = {}) {
  return minimalRuleSet(
    {
      statutory: {
        fine: [{ range: { min: '200', max: '2000' } }],
        with: [{ kind: 'detention', optional: true, range: { min: '0', max: '15' }, unit: 'day' }],
      },
      tiers: [
        {
          level: 'guide',
          label: '指导基准',
          fine: { range: { min: '200', max: '2000' }, guide: overrides.fineGuide ?? '1500' },
          sanctions: { detention: { range: { min: '0', max: '15' }, guide: '5' } },
        },
      ],
    },
    {
      format: overrides.format ?? 'cailiang.rule-set/v2',
      laws: {
        L: { title: '中华人民共和国测试法', edition: '2020-01-01' },
        R: { title: '测试区道路交通违法行为行政处罚裁量权基准适用规则', edition: '2025-04-15' },
      },
      facts: {
        accident: { type: 'boolean', label: '违法行为引发交通事故' },
        malice: { type: 'boolean', label: '主观恶性强、后果严重' },
        lighter: { type: 'boolean', label: '现场情节较轻' },
        heavier: { type: 'boolean', label: '现场情节较重' },
      },
      guidance: { label: '默认值（指导基准）', basis: [{ law: 'R', article: 6 }], departures },
    },
  );
}

const ruleSet = loadRuleSet(table());
const engine = createEngine([ruleSet]);
const kase = (facts: Record<string, unknown>, party: Record<string, unknown> = { kind: 'individual', age: 30 }) => ({
  item: 'T-1',
  party,
  facts: { accident: false, malice: false, lighter: false, heavier: false, ...facts },
  dates: { act: '2025-05-10', decision: '2025-06-20' },
});
const guideOf = (decision: Decision) => (decision.outcome === 'penalty' ? decision.guide : undefined);
const permitted = (facts: Record<string, unknown>) =>
  guideOf(engine.decide(kase(facts)))?.amounts.map((amount) => [
    amount.kind,
    amount.permitted.min,
    amount.permitted.max,
  ]);

describe('guidance (format v2 指导基准)', () => {
  it('no departure holds: the guide alone, 罚款 1500–1500, 拘留 5–5, citing 第六条', () => {
    const decision = engine.decide(kase({}));
    expect(guideOf(decision)).toEqual({
      label: '默认值（指导基准）',
      amounts: [
        { kind: 'fine', recommended: '1500', permitted: { min: '1500', max: '1500' } },
        { kind: 'detention', unit: 'day', recommended: '5', permitted: { min: '5', max: '5' } },
      ],
      grounds: [],
      citations: [expect.objectContaining({ text: '《测试区道路交通违法行为行政处罚裁量权基准适用规则》第六条' })],
    });
    expect(decision.citations.map((c) => c.text)).toContain(
      '《测试区道路交通违法行为行政处罚裁量权基准适用规则》第六条',
    );
    // The decided ranges stay the tier's: the guide narrows nothing the statute allows.
    expect(decision.sanctions[0]).toEqual(expect.objectContaining({ kind: 'fine', min: '200', max: '2000' }));
    expect(decision.trace).toContainEqual(
      expect.objectContaining({ step: 'departure', id: 'accident', direction: 'up', result: false }),
    );
  });

  it('引发交通事故: up to the tier bound for both, 罚款 1500–2000, 拘留 5–15, citing 第四条第（三）项', () => {
    const decision = engine.decide(kase({ accident: true }));
    expect(permitted({ accident: true })).toEqual([
      ['fine', '1500', '2000'],
      ['detention', '5', '15'],
    ]);
    expect(guideOf(decision)?.grounds).toEqual([
      expect.objectContaining({ id: 'accident', direction: 'up', label: '违法行为引发交通事故的，可以按上限处罚' }),
    ]);
    expect(decision.citations.map((c) => c.text)).toContain(
      '《测试区道路交通违法行为行政处罚裁量权基准适用规则》第四条第（三）项',
    );
  });

  it('a departure limited to the fine leaves the detention at its guide: 罚款 1500–2000, 拘留 5–5', () => {
    expect(permitted({ malice: true })).toEqual([
      ['fine', '1500', '2000'],
      ['detention', '5', '5'],
    ]);
  });

  it('down by a share: 1500 − 20% = 1200, 5 − 20% = 4; up by an amount: 1500 + 300 = 1800', () => {
    expect(permitted({ lighter: true })).toEqual([
      ['fine', '1200', '1500'],
      ['detention', '4', '5'],
    ]);
    expect(permitted({ heavier: true })).toEqual([
      ['fine', '1500', '1800'],
      ['detention', '5', '5'],
    ]);
    expect(permitted({ lighter: true, heavier: true })?.[0]).toEqual(['fine', '1200', '1800']);
  });

  it('never leaves the tier: a share up from 1900 by 20% (2280) stops at 2000', () => {
    const high = loadRuleSet(table({ fineGuide: '1900' }));
    const raised = { ...high, guidance: { ...high.guidance!, departures: [{ ...departures[2]!, direction: 'up' }] } };
    const decision = createEngine([loadRuleSet(raised)]).decide(kase({ lighter: true }));
    expect(guideOf(decision)?.amounts[0]?.permitted).toEqual({ min: '1900', max: '2000' });
  });

  it('应当从轻 (a minor of 16) narrows the fine to 200–740: the guide 1500 lies outside, the decided range applies, with a warning', () => {
    // 从轻 band lighter [0, 0.3] of 200–2000: 200 + 0.3 × 1800 = 740.
    const decision = engine.decide(kase({}, { kind: 'individual', age: 16 }));
    expect(guideOf(decision)?.amounts[0]).toEqual({
      kind: 'fine',
      recommended: '1500',
      permitted: { min: '200', max: '740' },
    });
    expect(decision.warnings.map((w) => w.code)).toContain('guide-outside-decided-range');
  });

  it('a tier without a guide gives no guide key and traces no departure', () => {
    const plain = table();
    plain['items'][0].tiers[0].fine = { range: { min: '200', max: '2000' } };
    plain['items'][0].tiers[0].sanctions = { detention: { range: { min: '0', max: '15' } } };
    const decision = createEngine([loadRuleSet(plain)]).decide(kase({ accident: true }));
    expect(decision).not.toHaveProperty('guide');
    expect(decision.trace.some((entry) => entry.step === 'departure')).toBe(false);
  });

  it('is a v2 key; a departure states exactly one reach and cites a declared law', () => {
    const v1 = caughtError(() => loadRuleSet(table({ format: 'cailiang.rule-set/v1' }))).issues.map((i) => i.path);
    expect(v1).toContain('guidance');
    expect(v1).toContain('items[0].tiers[0].fine.guide');
    const two = table();
    two['guidance'].departures = [{ ...departures[0], by: { to: 'bound', share: '0.1' } }];
    expect(caughtError(() => loadRuleSet(two)).issues[0]?.message).toContain('expected only one of to, share, amount');
    const unknownLaw = table();
    unknownLaw['guidance'].departures = [{ ...departures[0], basis: [{ law: 'X', article: 1 }] }];
    expect(caughtError(() => loadRuleSet(unknownLaw)).issues[0]?.path).toBe('guidance.departures[0].basis[0].law');
    const sideways = table();
    sideways['guidance'].departures = [{ ...departures[0], direction: 'sideways' }];
    expect(caughtError(() => loadRuleSet(sideways)).issues[0]?.message).toContain('expected a direction: up or down');
  });
});

describe('guidance in the reasoning, the rendered table and the import', () => {
  it('reasoning (zh): the guide alone, or the grounds that hold and the range they permit', () => {
    const plain = kase({});
    expect(reasoningText(engine.decide(plain), ruleSet, plain, 'zh')).toContain(
      '依据《测试区道路交通违法行为行政处罚裁量权基准适用规则》第六条，本阶次默认值（指导基准）为罚款1500元、行政拘留5日；本案不具有本基准所列可以偏离默认值（指导基准）的情形，按默认值（指导基准）裁量。',
    );
    const accident = kase({ accident: true });
    expect(reasoningText(engine.decide(accident), ruleSet, accident, 'zh')).toContain(
      '本案具有“违法行为引发交通事故的，可以按上限处罚”（《测试区道路交通违法行为行政处罚裁量权基准适用规则》第四条第（三）项）情形，可在罚款1500元至2000元、行政拘留5日至15日之间裁量。',
    );
  });

  it('reasoning (en): the same, in English', () => {
    const accident = kase({ accident: true });
    const text = reasoningText(engine.decide(accident), ruleSet, accident, 'en');
    expect(text).toContain(
      'the guiding amount (默认值（指导基准）) of this tier is a fine of 1500 yuan, detention of 5 days',
    );
    expect(text).toContain('so the amount may lie between a fine of 1500 to 2000 yuan, detention of 5 to 15 days');
  });

  it('prints 指导基准 in the tier and the departures among the 适用规则 (md, html, csv)', () => {
    const markdown = renderMarkdown(ruleSet);
    expect(markdown).toContain('默认值（指导基准）：罚款一千五百元、行政拘留五日');
    expect(markdown).toContain(
      '默认值（指导基准）（《测试区道路交通违法行为行政处罚裁量权基准适用规则》第六条）：按各裁量阶次所列默认值（指导基准）裁量；有下列情形的，可以偏离',
    );
    expect(markdown).toContain(
      '违法行为引发交通事故的，可以按上限处罚（《测试区道路交通违法行为行政处罚裁量权基准适用规则》第四条第（三）项）：违法行为引发交通事故的，可以上调至本阶次上限，但不超出本阶次幅度',
    );
    expect(markdown).toContain('可以下调默认值（指导基准）的20%');
    expect(markdown).toContain('可以上调三百元（限于罚款）');
    expect(renderHtml(ruleSet)).toContain('默认值（指导基准）：罚款一千五百元、行政拘留五日');
    expect(renderCsv(ruleSet)).toContain('默认值（指导基准）：罚款一千五百元、行政拘留五日');
  });

  it('round-trips through the CSV table: the guides and the guidance come back', () => {
    const back = importCsv(renderCsv(ruleSet));
    expect(canonicalJson(back)).toBe(canonicalJson(ruleSet));
    expect(back.guidance?.departures.map((departure) => departure.id)).toEqual([
      'accident',
      'malice',
      'lighter',
      'step',
    ]);
  });
});

describe('guidance in review and lint', () => {
  // 较大数额 is not the subject here: the test table sets none, so that finding is left out.
  const codes = (facts: Record<string, unknown>, sanctions: unknown[]) =>
    review(engine, kase(facts), { sanctions, reasons: '' }).findings.filter(
      (finding) => finding.code !== 'hearing-threshold-unknown',
    );

  it('review: a fine of 1800 with no ground leaves the permitted 1500 → departs-from-guide, citing 第六条', () => {
    const findings = codes({}, [{ kind: 'fine', amount: '1800' }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'departs-from-guide',
        severity: 'warning',
        message:
          '罚款1800元偏离默认值（指导基准）1500元，超出本案可以裁量的1500元，不具有本基准所列可以偏离的情形；处罚决定未说明理由',
      }),
    ]);
    expect(findings[0]?.citations.map((c) => c.text)).toEqual([
      '《测试区道路交通违法行为行政处罚裁量权基准适用规则》第六条',
    ]);
  });

  it('review: 1800 after an accident (permitted 1500–2000) and 1500 itself pass', () => {
    expect(codes({ accident: true }, [{ kind: 'fine', amount: '1800' }])).toEqual([]);
    expect(codes({}, [{ kind: 'fine', amount: '1500' }])).toEqual([]);
  });

  it('review: 拘留10日 against the guide 5 (permitted 5–5) is a departure; 1200 after 现场情节较轻 is not', () => {
    const findings = codes({}, [
      { kind: 'fine', amount: '1500' },
      { kind: 'detention', quantity: '10' },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '行政拘留10日偏离默认值（指导基准）5日，超出本案可以裁量的5日，不具有本基准所列可以偏离的情形；处罚决定未说明理由',
    ]);
    expect(codes({ lighter: true }, [{ kind: 'fine', amount: '1200' }])).toEqual([]);
  });

  it('review: a fine beyond the statute is fine-outside-statutory only, not also a departure', () => {
    expect(codes({}, [{ kind: 'fine', amount: '2500' }]).map((f) => f.code)).toEqual(['fine-outside-statutory']);
  });

  it('lint: the table above is clean of guide findings, and its departures read their facts', () => {
    expect(lint(table()).filter((f) => f.code.startsWith('guide-') || f.code === 'unused-fact')).toEqual([]);
  });

  it('lint: guide-outside-range for a fine guide past its range, a day guide past its range, and a band guide', () => {
    const past = table({ fineGuide: '2500' });
    past['items'][0].tiers[0].sanctions.detention.guide = '20';
    expect(lint(past, { language: 'en' }).filter((f) => f.code === 'guide-outside-range')).toEqual([
      expect.objectContaining({
        path: 'items[0].tiers[0].fine.guide',
        message: 'T-1 tier "guide": the guiding amount 2500 lies outside the tier\'s range 200–2000',
      }),
      expect.objectContaining({ path: 'items[0].tiers[0].sanctions.detention.guide' }),
    ]);
    // band general [0.3, 0.7] of 200–2000 is 740–1460: 1500 lies outside, 1000 inside.
    const band = table();
    band['items'][0].tiers[0].fine = { band: 'general', guide: '1500' };
    expect(lint(band, { language: 'en' }).find((f) => f.code === 'guide-outside-range')?.message).toContain('740–1460');
    // Chinese by default, for the 法制审核 staff who read it.
    expect(lint(band).find((f) => f.code === 'guide-outside-range')?.message).toContain(
      '指导基准1500超出该阶次的幅度（740至1460）',
    );
    band['items'][0].tiers[0].fine = { band: 'general', guide: '1000' };
    expect(lint(band).filter((f) => f.code === 'guide-outside-range')).toEqual([]);
  });

  it('lint: guide-without-guidance when a tier guides but the rule set has no guidance', () => {
    const bare = table();
    delete bare['guidance'];
    bare['facts'] = {};
    expect(
      lint(bare)
        .filter((f) => f.code === 'guide-without-guidance')
        .map((f) => f.path),
    ).toEqual(['items[0].tiers[0].fine.guide', 'items[0].tiers[0].sanctions.detention.guide']);
  });
});
