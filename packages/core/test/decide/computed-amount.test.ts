import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet, reasoningText } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { lintRuleSet } from '../../src/lint/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Amounts a table computes (issue #17 item 5, format v2 `fine.computed`). The weighted item is
 * shaped on 粤环发〔2021〕7号 附件1 §2.3 (水污染防治法 第八十二条 「处二万元以上二十万元以下的罚款」;
 * 备注 「罚款金额=裁量百分值总和×20万」); the increments on 江门参照表 2-6 「每增加1个超标因子增加一万元，
 * 每个因子超标每一倍…增加一万元，不足整数倍的按四舍五入取整」. Every amount is worked out by hand in
 * the test's name.
 */
const facts = {
  form: {
    type: 'enum',
    label: '行为表现形式',
    values: ['notNetworked', 'notInstalled'],
    valueLabels: { notNetworked: '正常使用但未联网', notInstalled: '未安装' },
  },
  repeat: { type: 'enum', label: '近一年同类违法行为', values: ['none', 'some'] },
  factors: { type: 'integer', label: '超标因子数', min: 1 },
  multiple: { type: 'quantity', unit: '倍', label: '超标倍数' },
  investment: { type: 'money', label: '建设项目总投资额' },
};

const weighted = {
  text: '罚款金额=裁量百分值总和×20万',
  terms: [
    { label: '裁量起点', value: '0.1' },
    { of: 'form', weights: { notNetworked: '0', notInstalled: '0.3' } },
    { of: 'repeat', weights: { none: '0', some: '0.7' } },
  ],
  max: '1',
  times: { amount: '200000' },
};

function ruleSetWith(computed: unknown, statutory: unknown = { range: { min: '20000', max: '200000' } }) {
  return minimalRuleSet(
    {
      orders: [{ kind: 'correct' }],
      statutory: { fine: [statutory] },
      tiers: [{ level: 'computed', label: '权重累加', fine: { computed } }],
    },
    { format: 'cailiang.rule-set/v2', facts },
  );
}

const kase = (given: Record<string, unknown>) => ({
  item: 'T-1',
  party: { kind: 'organization' },
  facts: given,
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});

function fineOf(engine: ReturnType<typeof createEngine>, given: Record<string, unknown>) {
  const fine = engine.decide(kase(given)).sanctions.find((sanction) => sanction.kind === 'fine');
  return fine === undefined || !('min' in fine) ? undefined : [fine.min, fine.max];
}

describe('a weighted sum (权重累加)', () => {
  const ruleSet = loadRuleSet(ruleSetWith(weighted));
  const engine = createEngine([ruleSet]);

  it('adds the weights of the degrees found and multiplies: (0.1 + 0.3 + 0) × 200000 = 80000', () => {
    expect(fineOf(engine, { form: 'notInstalled', repeat: 'none' })).toEqual(['80000', '80000']);
  });

  it('starts at the 裁量起点: (0.1 + 0 + 0) × 200000 = 20000, the statutory minimum', () => {
    expect(fineOf(engine, { form: 'notNetworked', repeat: 'none' })).toEqual(['20000', '20000']);
  });

  it('caps the sum at 100%: 0.1 + 0.3 + 0.7 = 1.1 → 1 × 200000 = 200000', () => {
    expect(fineOf(engine, { form: 'notInstalled', repeat: 'some' })).toEqual(['200000', '200000']);
  });

  it('traces each term, the sum, the cap and the product', () => {
    const decision = engine.decide(kase({ form: 'notInstalled', repeat: 'some' }));
    expect(decision.trace).toContainEqual({
      step: 'computed',
      text: '罚款金额=裁量百分值总和×20万',
      terms: [
        { label: '裁量起点', amount: '0.1' },
        { of: 'form', value: 'notInstalled', amount: '0.3' },
        { of: 'repeat', value: 'some', amount: '0.7' },
      ],
      sum: '1.1',
      held: { bound: 'max', value: '1' },
      times: { by: '200000' },
      exact: '200000',
      amount: '200000',
    });
  });

  it('explains the arithmetic in zh and en', () => {
    const input = kase({ form: 'notInstalled', repeat: 'none' });
    const decision = engine.decide(input);
    expect(reasoningText(decision, ruleSet, input, 'zh')).toContain(
      '按“罚款金额=裁量百分值总和×20万”计算：裁量起点 0.1＋行为表现形式（未安装）0.3＋近一年同类违法行为（none）0＝0.4；0.4×200000＝80000，罚款80000元。',
    );
    expect(reasoningText(decision, ruleSet, input, 'en')).toContain(
      '= 0.4; 0.4 × 200000 = 80000; a fine of 80000 yuan.',
    );
  });

  it('holds a sum below the floor: 不足20%的按20%计算, (0.1 + 0) → 0.2 × 1000000 = 200000', () => {
    const floored = createEngine([
      loadRuleSet(
        ruleSetWith(
          { ...weighted, min: '0.2', times: { amount: '1000000' } },
          { range: { min: '200000', max: '1000000' } },
        ),
      ),
    ]);
    expect(fineOf(floored, { form: 'notNetworked', repeat: 'none' })).toEqual(['200000', '200000']);
  });

  it('multiplies a money fact by a factor: (0.1 + 0.3) × 1234567 × 0.05 = 24691.34, rounded once to whole yuan: 24691', () => {
    const invested = createEngine([
      loadRuleSet(
        ruleSetWith(
          { ...weighted, times: { of: 'investment', factor: '0.05' } },
          { multiple: { of: 'investment', min: '0.01', max: '0.05' } },
        ),
      ),
    ]);
    expect(fineOf(invested, { form: 'notInstalled', repeat: 'none', investment: '1234567' })).toEqual([
      '24691',
      '24691',
    ]);
  });

  it('multiplies the statutory maximum: (0.1 + 0.3) × 200000 = 80000', () => {
    const statutoryMax = createEngine([loadRuleSet(ruleSetWith({ ...weighted, times: { statutoryMax: true } }))]);
    expect(fineOf(statutoryMax, { form: 'notInstalled', repeat: 'none' })).toEqual(['80000', '80000']);
  });

  it('requires the facts it reads, naming them', () => {
    const error = caughtError(() => engine.decide(kase({ form: 'notInstalled' })));
    expect(error.issues.map((issue) => issue.path)).toContain('facts.repeat');
  });
});

describe('a computed amount in rendered tables', () => {
  const ruleSet = loadRuleSet(ruleSetWith(weighted));

  it('prints the sentence, every weight as the table writes it (a share in %) and the cap', () => {
    const text =
      '罚款按“罚款金额=裁量百分值总和×20万”计算：裁量起点10%；行为表现形式：正常使用但未联网0%、未安装30%；近一年同类违法行为：none0%、some70%；合计最高不超过100%';
    for (const rendered of [renderMarkdown(ruleSet), renderHtml(ruleSet), renderCsv(ruleSet)])
      expect(rendered).toContain(text);
  });

  it('prints a term per unit with its rate and rounding, in yuan without a multiplier', () => {
    const increments = {
      text: '每增加1个超标因子增加一万元',
      terms: [
        { label: '基数', value: '200000' },
        { of: 'multiple', over: '1', every: '0.5', add: '10000', rounding: 'up' },
      ],
      max: '700000',
    };
    expect(
      renderMarkdown(loadRuleSet(ruleSetWith(increments, { range: { min: '100000', max: '1000000' } }))),
    ).toContain(
      '罚款按“每增加1个超标因子增加一万元”计算：基数200000元；超标倍数超过1的部分每0.5倍增加10000元，不足的向高取整；合计最高不超过700000元',
    );
  });

  it('comes back from the CSV table unchanged', () => {
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});

describe('a base plus increments per unit (每增加1个超标因子增加一万元)', () => {
  const increments = {
    text: '每增加1个超标因子增加一万元，每个因子超标每一倍增加一万元，不足整数倍的按四舍五入取整',
    terms: [
      { label: '基数', value: '200000' },
      { of: 'factors', over: '1', every: '1', add: '10000', rounding: 'half-up' },
      { of: 'multiple', every: '1', add: '10000', rounding: 'half-up' },
    ],
    max: '700000',
  };
  const engine = createEngine([loadRuleSet(ruleSetWith(increments, { range: { min: '100000', max: '1000000' } }))]);

  it('rounds half up: 3 factors, 2.5倍 → 200000 + 2 × 10000 + 3 × 10000 = 250000', () => {
    expect(fineOf(engine, { factors: 3, multiple: '2.5' })).toEqual(['250000', '250000']);
  });

  it('rounds below the half down: 1 factor, 2.49倍 → 200000 + 0 + 2 × 10000 = 220000', () => {
    expect(fineOf(engine, { factors: 1, multiple: '2.49' })).toEqual(['220000', '220000']);
  });

  it('caps at the table range: 40 factors, 20倍 → 200000 + 390000 + 200000 = 790000 → 700000', () => {
    expect(fineOf(engine, { factors: 40, multiple: '20' })).toEqual(['700000', '700000']);
  });

  it('rounds up where the table says 向高取整: 0.3倍 every 0.5 → 1 unit', () => {
    const up = createEngine([
      loadRuleSet(
        ruleSetWith(
          {
            ...increments,
            terms: [
              { label: '基数', value: '200000' },
              { of: 'multiple', every: '0.5', add: '10000', rounding: 'up' },
            ],
          },
          { range: { min: '100000', max: '1000000' } },
        ),
      ),
    ]);
    expect(fineOf(up, { factors: 1, multiple: '0.3' })).toEqual(['210000', '210000']);
  });
});

describe('a computed amount outside the statute', () => {
  it('is cut back to the statutory range with a warning, never silently: (0.1 + 0.3) × 1000000 = 400000 > 200000', () => {
    const engine = createEngine([loadRuleSet(ruleSetWith({ ...weighted, times: { amount: '1000000' } }))]);
    const decision = engine.decide(kase({ form: 'notInstalled', repeat: 'none' }));
    expect(fineOf(engine, { form: 'notInstalled', repeat: 'none' })).toEqual(['200000', '200000']);
    expect(decision.warnings.map((warning) => warning.code)).toContain('tier-range-clamped');
  });
});

describe('lint computed-exceeds-statutory', () => {
  const findings = (computed: unknown, statutory?: unknown) =>
    lintRuleSet(loadRuleSet(ruleSetWith(computed, statutory)), { language: 'en' })
      .filter((finding) => finding.code === 'computed-exceeds-statutory')
      .map((finding) => finding.message);

  it('finds nothing where the cap holds the sum: at most 1 × 200000, at least 0.1 × 200000 = 20000', () => {
    expect(findings(weighted)).toEqual([]);
  });

  it('analyses an item whose other tier has a condition, without asking the witness for the weighed facts', () => {
    const ruleSet = loadRuleSet(
      minimalRuleSet(
        {
          orders: [{ kind: 'correct' }],
          statutory: { fine: [{ range: { min: '20000', max: '200000' } }] },
          tiers: [
            { level: 'weighted', label: '权重累加', fine: { computed: weighted } },
            {
              level: 'serious',
              label: '有同类违法行为',
              when: { all: [{ fact: 'repeat', operator: 'equal', value: 'some' }] },
              fine: { computed: weighted },
            },
          ],
        },
        { format: 'cailiang.rule-set/v2', facts },
      ),
    );
    expect(lintRuleSet(ruleSet).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('finds a sum without cap above the maximum: (0.1 + 0.3 + 0.7) × 200000 = 220000 > 200000', () => {
    const { max: _cap, ...uncapped } = weighted;
    expect(findings(uncapped)).toEqual([
      'tier "computed" of T-1 computes 「罚款金额=裁量百分值总和×20万」, which reaches 220000 元, above the statutory maximum 200000 元 of statutory.fine[0]; a benchmark must stay within the statutory range (国办发〔2022〕27号: 严格限定在法定幅度内)',
    ]);
  });

  it('finds a start below the minimum: 0.05 × 200000 = 10000 < 20000', () => {
    const low = { ...weighted, terms: [{ label: '裁量起点', value: '0.05' }, ...weighted.terms.slice(1)] };
    expect(findings(low)).toHaveLength(1);
    expect(findings(low)[0]).toContain('reaches 10000 元, below the statutory minimum 20000 元');
  });

  it("compares shares of the investment with the statute's multiples: 0.1 × 0.05 = 0.005 < 0.01", () => {
    const invested = { ...weighted, times: { of: 'investment', factor: '0.05' } };
    expect(findings(invested, { multiple: { of: 'investment', min: '0.01', max: '0.05' } })[0]).toContain(
      'reaches 0.005 × the statutory base, below the statutory minimum 0.01 × the statutory base',
    );
  });
});

describe('loading a computed amount', () => {
  const issuesOf = (computed: unknown) =>
    caughtError(() => loadRuleSet(ruleSetWith(computed)))
      .issues.filter((issue) => issue.path !== '')
      .map((issue) => [issue.path, issue.message]);

  it('names an unknown fact, a weight for an undeclared value and a value without weight', () => {
    expect(
      issuesOf({
        ...weighted,
        terms: [
          { of: 'nowhere', weights: { a: '0' } },
          { of: 'form', weights: { notNetworked: '0', installed: '0.1' } },
        ],
      }),
    ).toEqual([
      ['items[0].tiers[0].fine.computed.terms[0].of', 'unknown fact "nowhere"; declare it under facts'],
      [
        'items[0].tiers[0].fine.computed.terms[1].weights.installed',
        '"installed" is not a value of "form" (notNetworked, notInstalled)',
      ],
      ['items[0].tiers[0].fine.computed.terms[1].weights', 'no weight for "notInstalled" of "form"'],
    ]);
  });

  it('names a term per unit without its rounding and a weighted term of a number fact', () => {
    expect(
      issuesOf({
        ...weighted,
        terms: [
          { of: 'factors', every: '1', add: '10000' },
          { of: 'factors', weights: { one: '0' } },
        ],
      }),
    ).toEqual([
      [
        'items[0].tiers[0].fine.computed.terms[0].rounding',
        'a term per unit says how a part unit counts: half-up, up, down',
      ],
    ]);
    expect(issuesOf({ ...weighted, terms: [{ of: 'factors', weights: { one: '0' } }] })).toEqual([
      [
        'items[0].tiers[0].fine.computed.terms[0].of',
        '"factors" is a integer fact; weights are given per value of an enum fact',
      ],
    ]);
  });

  it('refuses a computed amount in a v1 rule set', () => {
    const v1 = minimalRuleSet(
      {
        orders: [{ kind: 'correct' }],
        statutory: { fine: [{ range: { min: '20000', max: '200000' } }] },
        tiers: [{ level: 'computed', label: '权重累加', fine: { computed: weighted } }],
      },
      { facts },
    );
    expect(caughtError(() => loadRuleSet(v1)).issues.map((issue) => issue.path)).toContain(
      'items[0].tiers[0].fine.computed',
    );
  });
});
