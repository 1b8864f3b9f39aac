import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { lint, lintRuleSet } from '../../src/lint/index.js';

const FACTS = {
  goodsValue: { type: 'money', label: '货值金额' },
  illegalIncome: { type: 'money', label: '违法所得' },
  priorViolations: { type: 'integer', min: 0, label: '两年内同类违法次数' },
  harm: {
    type: 'enum',
    values: ['none', 'minor', 'serious'],
    valueLabels: { none: '无', minor: '轻微', serious: '严重' },
    label: '危害后果',
  },
  childrenFood: { type: 'boolean', label: '以特定人群为主要消费对象' },
  startedOn: { type: 'date', label: '违法行为开始日期' },
};

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

/**
 * Item `i` of a generated benchmark, in one of three shapes seen in real tables, with thresholds
 * that differ from item to item:
 * 0 — 不足 T 元 a fixed range, T 元以上 10–20 times the goods value; tiers by bands (市场监管);
 * 1 — one fixed range, tiers with absolute sub-ranges inside it (江门);
 * 2 — 1–5 times the illegal income, tiers as multiples inside it, a circumstance and a date in the conditions.
 */
function item(i: number): Record<string, unknown> {
  const base = {
    code: `G-${i}`,
    name: `生成的违法行为${i}`,
    kind: 'penalty',
    violates: [{ law: 'L', article: 10 + (i % 50) }],
    basis: [{ law: 'L', article: 100 + (i % 50), paragraph: 1 }],
  };
  const threshold = 10000 + (i % 7) * 1000;
  if (i % 3 === 0) {
    return {
      ...base,
      statutory: {
        fine: [
          { when: { all: [leaf('goodsValue', 'lessThan', threshold)] }, range: { min: '50000', max: '100000' } },
          {
            when: { all: [leaf('goodsValue', 'greaterThanInclusive', threshold)] },
            multiple: { of: 'goodsValue', min: '10', max: '20' },
          },
        ],
        with: [{ kind: 'confiscate-illegal-income', of: 'illegalIncome' }],
      },
      tiers: [
        {
          level: 'lighter',
          label: '从轻',
          when: { all: [leaf('priorViolations', 'equal', 0), leaf('harm', 'equal', 'none')] },
          fine: { band: 'lighter' },
        },
        { level: 'general', label: '一般', fine: { band: 'general' } },
        {
          level: 'heavier',
          label: '从重',
          when: {
            any: [
              leaf('priorViolations', 'greaterThanInclusive', 1),
              leaf('harm', 'equal', 'serious'),
              leaf('childrenFood', 'equal', true),
            ],
          },
          fine: { band: 'heavier' },
        },
      ],
    };
  }
  if (i % 3 === 1) {
    const min = 2000 * (1 + (i % 5));
    const step = min;
    return {
      ...base,
      statutory: { fine: [{ range: { min: String(min), max: String(min + 3 * step) } }] },
      tiers: [
        {
          level: '1',
          label: '轻微',
          when: { all: [leaf('priorViolations', 'equal', 0), leaf('goodsValue', 'lessThan', threshold)] },
          fine: { range: { min: String(min), max: String(min + step) } },
        },
        { level: '2', label: '一般', fine: { range: { min: String(min + step), max: String(min + 2 * step) } } },
        {
          level: '3',
          label: '严重',
          when: { any: [leaf('priorViolations', 'greaterThanInclusive', 2), leaf('harm', 'in', ['serious'])] },
          fine: { range: { min: String(min + 2 * step), max: String(min + 3 * step) } },
        },
      ],
    };
  }
  return {
    ...base,
    statutory: { fine: [{ multiple: { of: 'illegalIncome', min: '1', max: '5' } }] },
    tiers: [
      {
        level: 'lighter',
        label: '从轻',
        when: {
          all: [leaf('correctedInTime', 'equal', true), leaf('startedOn', 'greaterThanInclusive', '2024-01-01')],
        },
        fine: { multiple: { of: 'illegalIncome', min: '1', max: '2' } },
      },
      { level: 'general', label: '一般', fine: { multiple: { of: 'illegalIncome', min: '2', max: '4' } } },
      {
        level: 'heavier',
        label: '从重',
        when: { any: [leaf('priorViolations', 'greaterThan', 1), leaf('illegalIncome', 'greaterThan', threshold)] },
        fine: { multiple: { of: 'illegalIncome', min: '4', max: '5' } },
      },
    ],
  };
}

/** A generated benchmark of `count` items, sound by construction. */
function generatedRuleSet(count: number): Record<string, unknown> {
  return {
    format: 'cailiang.rule-set/v1',
    id: 'test.generated',
    version: '1',
    title: '生成的基准',
    issuer: '测试局',
    document: '测试规〔2025〕9号',
    effective: { from: '2025-01-01' },
    policy: {
      fineBands: { lighter: ['0', '0.3'], general: ['0.3', '0.7'], heavier: ['0.7', '1'] },
      rounding: { scale: 0, mode: 'half-up' },
    },
    laws: { L: { title: '中华人民共和国测试法', edition: '2020-01-01' } },
    facts: FACTS,
    items: Array.from({ length: count }, (_, i) => item(i)),
  };
}

describe('lint: performance (smoke check; the speed target is measured elsewhere)', () => {
  it('analyses a generated 1,000-item rule set in seconds', () => {
    const data = generatedRuleSet(1000);
    let started = performance.now();
    const ruleSet = loadRuleSet(data);
    const loading = performance.now() - started;
    started = performance.now();
    const findings = lintRuleSet(ruleSet);
    const analysis = performance.now() - started;
    console.log(`lint of 1000 items: load ${loading.toFixed(0)} ms, checks and analysis ${analysis.toFixed(0)} ms`);
    expect(findings).toEqual([]);
    expect(analysis).toBeLessThan(20_000);
  });

  it('finds a flaw planted in one item of the thousand', () => {
    const data = generatedRuleSet(1000) as { items: Record<string, any>[] };
    data.items[601]!.tiers[2].fine = { range: { min: '14000', max: '60000' } }; // statute: 4000–16000
    const findings = lint(data, { language: 'en' });
    expect(findings.map((f) => [f.code, f.path])).toEqual([['tier-exceeds-statutory', 'items[601].tiers[2]']]);
    expect(findings[0]?.message).toContain('statutory.fine[0] allows 4000–16000 元: above the statutory maximum 16000');
  });
});
