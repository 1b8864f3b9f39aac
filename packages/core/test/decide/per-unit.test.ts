import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet, reasoningText } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { renderCsv, renderHtml, renderMarkdown, statutoryText, tierStandard } from '../../src/render/index.js';
import { resolvePolicy } from '../../src/decide/policy.js';
import { conditionWriter } from '../../src/render/chinese-text.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Fines priced per unit of a quantity (issue #17 item 5). The items are shaped on 深圳经济特区市容和
 * 环境卫生管理条例 第二十一条第三款 「由市、区城管和综合执法部门责令改正，按照每处设施处五千元以上二万元以下
 * 罚款」 (a counted quantity, 处) and 第十八条第三款 「按照占地面积处每平方米一千元罚款」 (a measured one,
 * 平方米, one rate). Every expected amount is worked out by hand in the test's name.
 */
const facts = {
  facilities: { type: 'quantity', unit: '处', countable: true, label: '违法设置的设施' },
  area: { type: 'quantity', unit: '平方米', label: '占地面积' },
};

function perFacility(format = 'cailiang.rule-set/v2') {
  return minimalRuleSet(
    {
      orders: [{ kind: 'correct' }],
      statutory: { fine: [{ multiple: { of: 'facilities', min: '5000', max: '20000' } }] },
      tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }],
    },
    { format, facts },
  );
}

function perSquareMetre() {
  return minimalRuleSet(
    {
      code: 'T-2',
      orders: [{ kind: 'correct' }],
      statutory: { fine: [{ multiple: { of: 'area', min: '1000', max: '1000' } }] },
      tiers: [{ level: 'fixed', label: '情节严重', fine: { multiple: { min: '1000', max: '1000' } } }],
    },
    { format: 'cailiang.rule-set/v2', facts },
  );
}

const kase = (item: string, given: Record<string, unknown>) => ({
  item,
  party: { kind: 'organization' },
  facts: given,
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});

describe('a fine per unit of a quantity fact', () => {
  const ruleSet = loadRuleSet(perFacility());
  const engine = createEngine([ruleSet]);

  it('multiplies the count by the rate: 3处 × 5000–20000 = 15000–60000; 一般 30%–70% = 28500–46500', () => {
    const decision = engine.decide(kase('T-1', { facilities: 3 }));
    expect(decision.sanctions).toEqual([
      {
        kind: 'fine',
        min: '28500',
        max: '46500',
        statutory: { min: '15000', max: '60000' },
        // 5000 + 0.3 × 15000 = 9500, 5000 + 0.7 × 15000 = 15500 per 处
        multiple: { of: 'facilities', base: '3', min: '9500', max: '15500', unit: '处' },
      },
    ]);
  });

  it('traces the per-unit computation: 3处 × 每处5000–20000元', () => {
    const decision = engine.decide(kase('T-1', { facilities: '3' }));
    expect(decision.trace).toContainEqual({
      step: 'per-unit',
      of: 'facilities',
      quantity: '3',
      unit: '处',
      rate: { min: '5000', max: '20000' },
      exact: { min: '15000', max: '60000' },
      statutory: { min: '15000', max: '60000' },
    });
  });

  it('refuses a part of a counted unit and a negative quantity, naming the fact', () => {
    const half = caughtError(() => engine.decide(kase('T-1', { facilities: '2.5' })));
    expect(half.code).toBe('INVALID_CASE');
    expect(half.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['facts.facilities', 'expected a whole number of 处 (违法设置的设施: counted per 处), got "2.5"'],
    ]);
    const below = caughtError(() => engine.decide(kase('T-1', { facilities: -1 })));
    expect(below.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['facts.facilities', 'expected a quantity of zero or more in 处 (违法设置的设施), got -1'],
    ]);
  });

  it('prints the rate per unit, never as a multiple (「五千倍」)', () => {
    const item = ruleSet.items[0];
    if (item?.kind !== 'penalty') throw new Error('expected the penalty item');
    expect(statutoryText(item, ruleSet)).toBe('责令改正，处违法设置的设施每处五千元以上二万元以下罚款');
    const tier = item.tiers[0];
    if (tier === undefined) throw new Error('expected a tier');
    expect(tierStandard(item, tier, ruleSet, resolvePolicy(ruleSet), conditionWriter(ruleSet))).toEqual([
      '罚款违法设置的设施每处九千五百元以上一万五千五百元以下',
    ]);
    for (const text of [renderMarkdown(ruleSet), renderHtml(ruleSet), renderCsv(ruleSet)]) {
      expect(text).toContain('每处五千元以上二万元以下');
      expect(text).not.toContain('倍');
    }
  });

  it('explains the fine with the quantity and the rate', () => {
    const input = kase('T-1', { facilities: 3 });
    const zh = reasoningText(engine.decide(input), ruleSet, input, 'zh');
    expect(zh).toContain('违法设置的设施：3处');
    expect(zh).toContain('罚款28500元至46500元（3处，每处9500元至15500元）');
    const en = reasoningText(engine.decide(input), ruleSet, input, 'en');
    expect(en).toContain('a fine of 28500 to 46500 yuan (3 处 at 9500 to 15500 yuan per 处)');
  });

  it('comes back from the CSV table unchanged', () => {
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});

describe('a single rate per square metre', () => {
  const ruleSet = loadRuleSet(perSquareMetre());
  const engine = createEngine([ruleSet]);

  it('gives 12.5平方米 × 1000元 = 12500元 exactly', () => {
    const [fine] = engine.decide(kase('T-2', { area: '12.5' })).sanctions;
    expect(fine).toMatchObject({ min: '12500', max: '12500', statutory: { min: '12500', max: '12500' } });
  });

  it('rounds inside the law: 1.0005平方米 × 1000 = 1000.5 is 1000元 at both ends, never 1001', () => {
    const decision = engine.decide(kase('T-2', { area: '1.0005' }));
    expect(decision.sanctions[0]).toMatchObject({ min: '1000', max: '1000', statutory: { min: '1000', max: '1000' } });
    expect(decision.trace).toContainEqual(
      expect.objectContaining({ step: 'per-unit', exact: { min: '1000.5', max: '1000.5' } }),
    );
  });

  it('prints 「占地面积每平方米一千元」', () => {
    const item = ruleSet.items[0];
    if (item?.kind !== 'penalty') throw new Error('expected the penalty item');
    expect(statutoryText(item, ruleSet)).toBe('责令改正，处占地面积每平方米一千元罚款');
  });
});

describe('quantity facts in the rule set', () => {
  it('requires a unit, and keeps unit and countable to quantities', () => {
    const issues = (facts: Record<string, unknown>) =>
      caughtError(() => loadRuleSet(minimalRuleSet({}, { facts })))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => [issue.path, issue.message]);
    expect(issues({ area: { type: 'quantity', label: '占地面积' } })).toEqual([
      ['facts.area.unit', 'a quantity fact names its unit (平方米, 处, 辆, 吨)'],
    ]);
    expect(issues({ amount: { type: 'money', label: '违法所得', unit: '元', countable: true } })).toEqual([
      ['facts.amount.unit', 'only quantity facts have a unit; this fact is money'],
      ['facts.amount.countable', 'only quantity facts have a countable; this fact is money'],
    ]);
  });

  it('refuses a tier that prices per unit where the statute multiplies money', () => {
    const data = minimalRuleSet(
      {
        statutory: { fine: [{ multiple: { of: 'amount', min: '1', max: '5' } }] },
        tiers: [{ level: 'general', label: '一般', fine: { multiple: { of: 'area', min: '2', max: '3' } } }],
      },
      { facts: { ...facts, amount: { type: 'money', label: '违法所得' } } },
    );
    expect(caughtError(() => loadRuleSet(data)).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'items[0].tiers[0].fine.multiple.of',
        '"area" is a quantity, but the statute multiplies the money fact "amount": a tier prices per unit only where the statute does',
      ],
    ]);
  });

  it('lets a fine multiply a quantity, but not an integer fact', () => {
    const data = minimalRuleSet({ statutory: { fine: [{ multiple: { of: 'count', min: '5000', max: '20000' } }] } });
    expect(caughtError(() => loadRuleSet(data)).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'items[0].statutory.fine[0].multiple.of',
        '"count" is a integer fact; a fine multiplies a money fact (倍) or a quantity fact (每平方米…元)',
      ],
    ]);
  });
});
