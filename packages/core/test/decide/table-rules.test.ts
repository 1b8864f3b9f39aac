import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { reasoningText } from '../../src/explain/index.js';
import { lint } from '../../src/lint/index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 `tableRules`: rules a published table declares once for all its items. The rules are
 * shaped on 粤环发〔2021〕7号 规定 第十二条第（二）项 「罚款为一定幅度的数额的，从重处罚不得低于最高罚款
 * 数额与最低罚款数额的平均值；从轻处罚应当低于平均值，一般处罚按平均金额处罚」, 第十四条 「…按罚款标准的
 * 30%-50%降低处罚；降低后的罚款额低于法定最低罚款额的，按法定最低罚款额处罚」 and the Jiangmen 规定
 * 第五条 「被处罚3次以上的，上调一个档次」. Every expected amount below is worked out by hand in
 * its test's name.
 */
const circumstance = (value: string) => ({ all: [{ fact: 'circumstance', operator: 'equal', value }] });
const tableRules = [
  {
    id: 'repeat',
    label: '上调一个档次',
    when: { all: [{ fact: 'repeated', operator: 'equal', value: true }] },
    basis: [{ law: 'R', article: 5 }],
    shift: 1,
  },
  {
    id: 'lighter',
    label: '从轻处罚应当低于平均值',
    when: circumstance('lighter'),
    basis: [{ law: 'R', article: 12, item: 2 }],
    part: { from: '0', to: '0.5' },
  },
  {
    id: 'general',
    label: '一般处罚按平均金额处罚',
    when: circumstance('general'),
    basis: [{ law: 'R', article: 12, item: 2 }],
    part: { from: '0.5', to: '0.5' },
  },
  {
    id: 'heavier',
    label: '从重处罚不得低于平均值',
    when: circumstance('heavier'),
    basis: [{ law: 'R', article: 12, item: 2 }],
    part: { from: '0.5', to: '1' },
  },
  {
    id: 'apology',
    label: '公开道歉承诺从轻',
    when: { all: [{ fact: 'apologized', operator: 'equal', value: true }] },
    basis: [{ law: 'R', article: 14 }],
    reduce: { min: '0.3', max: '0.5' },
  },
];
const count = (operator: string, value: number) => ({ all: [{ fact: 'count', operator, value }] });
function table(format = 'cailiang.rule-set/v2') {
  return minimalRuleSet(
    {
      statutory: { fine: [{ range: { min: '20000', max: '200000' } }] },
      tiers: [
        { level: 1, label: '一档', when: count('equal', 0), fine: { range: { min: '20000', max: '40000' } } },
        {
          level: 2,
          label: '二档',
          when: count('greaterThanInclusive', 1),
          fine: { range: { min: '40000', max: '60000' } },
        },
        {
          level: 3,
          label: '三档',
          when: count('greaterThanInclusive', 5),
          fine: { range: { min: '180000', max: '200000' } },
        },
      ],
    },
    {
      format,
      laws: {
        L: { title: '中华人民共和国测试法', edition: '2020-01-01' },
        R: { title: '测试省生态环境行政处罚自由裁量权规定', edition: '2021-11-14' },
      },
      facts: {
        count: { type: 'integer', min: 0, label: '次数' },
        circumstance: { type: 'enum', values: ['lighter', 'general', 'heavier'], label: '情节' },
        repeated: { type: 'boolean', label: '两年内被处罚3次以上' },
        apologized: { type: 'boolean', label: '公开道歉并作出守法承诺' },
      },
      tableRules,
    },
  );
}

const ruleSet = loadRuleSet(table());
const engine = createEngine([ruleSet]);
const kase = (facts: Record<string, unknown>) => ({
  item: 'T-1',
  party: { kind: 'organization' },
  facts: { count: 0, circumstance: 'general', repeated: false, apologized: false, ...facts },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});
const fineOf = (facts: Record<string, unknown>) => {
  const fine = engine.decide(kase(facts)).sanctions.find((s) => s.kind === 'fine');
  return fine === undefined ? undefined : { min: (fine as { min: string }).min, max: (fine as { max: string }).max };
};

describe('tableRules (format v2)', () => {
  it('一般: the midpoint of the tier, 20000–40000 → 30000, citing the table article', () => {
    const decision = engine.decide(kase({}));
    expect(fineOf({})).toEqual({ min: '30000', max: '30000' });
    expect(decision.adjustments).toEqual([
      expect.objectContaining({ kind: 'table-rule', ground: 'general', range: { min: '30000', max: '30000' } }),
    ]);
    expect(decision.citations.map((c) => c.text)).toContain(
      '《测试省生态环境行政处罚自由裁量权规定》第十二条第（二）项',
    );
    expect(decision.trace).toContainEqual(expect.objectContaining({ step: 'table-rule', id: 'general', result: true }));
    expect(decision.trace).toContainEqual(
      expect.objectContaining({ step: 'table-rule', id: 'heavier', result: false }),
    );
  });

  it('从重 and 从轻: the upper and lower halves, 40000–60000 → 50000–60000 and 40000–50000', () => {
    expect(fineOf({ count: 1, circumstance: 'heavier' })).toEqual({ min: '50000', max: '60000' });
    expect(fineOf({ count: 1, circumstance: 'lighter' })).toEqual({ min: '40000', max: '50000' });
  });

  it('公开道歉: 30000 less 30%–50% is 15000–21000, raised to the statutory minimum 20000 → 20000–21000', () => {
    expect(fineOf({ apologized: true })).toEqual({ min: '20000', max: '21000' });
  });

  it('公开道歉 after 从轻: 40000–50000 less 50% / 30% = 20000–35000', () => {
    expect(fineOf({ count: 1, circumstance: 'lighter', apologized: true })).toEqual({ min: '20000', max: '35000' });
  });

  it('上调一个档次: 二档 moves to 三档 180000–200000, whose midpoint is 190000', () => {
    const decision = engine.decide(kase({ count: 1, repeated: true }));
    expect(decision.tier).toEqual({ level: 3, label: '三档' });
    expect(fineOf({ count: 1, repeated: true })).toEqual({ min: '190000', max: '190000' });
    expect(decision.adjustments[0]).toEqual(
      expect.objectContaining({ kind: 'table-rule', ground: 'repeat', tier: { level: 3, label: '三档' } }),
    );
  });

  it('stays in the last tier, with a warning, when the shift would pass it', () => {
    const decision = engine.decide(kase({ count: 5, repeated: true }));
    expect(decision.tier).toEqual({ level: 3, label: '三档' });
    expect(decision.warnings.map((w) => w.code)).toContain('table-rule-top-tier');
  });

  it('says what each rule did in the reasoning', () => {
    const input = kase({ count: 1, repeated: true, apologized: true });
    const text = reasoningText(engine.decide(input), ruleSet, input, 'zh');
    expect(text).toContain(
      '依据《测试省生态环境行政处罚自由裁量权规定》第五条（上调一个档次），裁量阶次调整为“三档”。',
    );
    // 190000 less 50% / 30% = 95000–133000.
    expect(text).toContain('（公开道歉承诺从轻），罚款幅度确定为95000元至133000元。');
  });

  it('is a v2 key, and each rule states exactly one effect with its citation', () => {
    expect(caughtError(() => loadRuleSet(table('cailiang.rule-set/v1'))).issues).toContainEqual(
      expect.objectContaining({ path: 'tableRules' }),
    );
    const two = table();
    two['tableRules'] = [{ ...tableRules[1], shift: 1 }];
    expect(caughtError(() => loadRuleSet(two)).issues[0]?.message).toContain(
      'expected only one of shift, part, reduce',
    );
    const unknownLaw = table();
    unknownLaw['tableRules'] = [{ ...tableRules[1], basis: [{ law: 'X', article: 1 }] }];
    expect(caughtError(() => loadRuleSet(unknownLaw)).issues[0]?.path).toBe('tableRules[0].basis[0].law');
    const backwards = table();
    backwards['tableRules'] = [{ ...tableRules[1], part: { from: '0.7', to: '0.3' } }];
    expect(caughtError(() => loadRuleSet(backwards)).issues[0]?.path).toBe('tableRules[0].part.to');
  });

  it('prints each rule with its article in the rendered table (md, html)', () => {
    const general = '一般处罚按平均金额处罚（《测试省生态环境行政处罚自由裁量权规定》第十二条第（二）项）';
    expect(renderMarkdown(ruleSet)).toContain(`${general}：情节为general的，罚款取本阶次幅度的50%处`);
    expect(renderHtml(ruleSet)).toContain(general);
    expect(renderMarkdown(ruleSet)).toContain('上调一个裁量阶次');
    expect(renderMarkdown(ruleSet)).toContain(
      '罚款按本阶次幅度降低30%至50%，降低后低于法定最低罚款额的，按法定最低罚款额',
    );
  });

  it("lints clean, reads the rules' facts, and warns of a tier shift on an item with one tier", () => {
    expect(lint(ruleSet).filter((f) => f.code === 'unused-fact')).toEqual([]);
    const single = table();
    single['items'][0].tiers = [{ level: 1, label: '一档', fine: { range: { min: '20000', max: '40000' } } }];
    expect(lint(single).map((f) => f.code)).toContain('table-rule-idle');
  });

  it('round-trips through the CSV table (import gives back the same rule set)', () => {
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});
