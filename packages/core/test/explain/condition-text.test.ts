import { describe, expect, it } from 'vitest';
import { describeCondition, loadRuleSet, ruleSetScope } from '../../src/index.js';
import type { Condition } from '../../src/index.js';
import { exampleRuleSet } from '../../../../test-support/builders.js';

const data = exampleRuleSet();
data.facts.harm.valueLabels = { none: '无', minor: '轻微', serious: '严重' };
const scope = ruleSetScope(loadRuleSet(data).facts);
const zh = (condition: unknown) => describeCondition(condition as Condition, scope);

describe('describeCondition', () => {
  it("writes money thresholds with the statute's boundary words", () => {
    expect(zh({ fact: 'goodsValue', operator: 'lessThan', value: 10000 })).toBe('货值金额不足一万元');
    expect(zh({ fact: 'goodsValue', operator: 'greaterThanInclusive', value: 10000 })).toBe('货值金额一万元以上');
    expect(zh({ fact: 'goodsValue', operator: 'lessThanInclusive', value: '5000' })).toBe('货值金额五千元以下');
    expect(zh({ fact: 'goodsValue', operator: 'greaterThan', value: 50000 })).toBe('货值金额超过五万元');
  });

  it('writes counts as 无 / 一次以上, enums by label, booleans plainly', () => {
    expect(zh({ fact: 'priorViolations', operator: 'greaterThanInclusive', value: 1 })).toBe('两年内同类违法一次以上');
    expect(zh({ fact: 'priorViolations', operator: 'equal', value: 0 })).toBe('无两年内同类违法的情形');
    expect(zh({ fact: 'priorViolations', operator: 'lessThan', value: 1 })).toBe('无两年内同类违法的情形');
    expect(zh({ fact: 'priorViolations', operator: 'greaterThan', value: 1 })).toBe('两年内同类违法两次以上');
    expect(zh({ fact: 'priorViolations', operator: 'lessThanInclusive', value: 2 })).toBe('两年内同类违法两次以下');
    expect(zh({ fact: 'priorViolations', operator: 'equal', value: 3 })).toBe('两年内同类违法三次');
    expect(zh({ fact: 'priorViolations', operator: 'notEqual', value: 0 })).toBe('两年内同类违法一次以上');
    expect(zh({ fact: 'harm', operator: 'equal', value: 'serious' })).toBe('危害后果为严重');
    expect(zh({ fact: 'harm', operator: 'in', value: ['none', 'minor'] })).toBe('危害后果为无或轻微');
    expect(zh({ fact: 'childrenFood', operator: 'equal', value: true })).toBe('以婴幼儿、学生等特定人群为主要消费对象');
    expect(zh({ fact: 'correctedInTime', operator: 'equal', value: false })).toBe('未及时改正');
  });

  it('joins trees with 且 / 或者, bracketing nested groups', () => {
    expect(zh(data.items[0].tiers[2].when)).toBe(
      '两年内同类违法一次以上，或者危害后果为严重，或者以婴幼儿、学生等特定人群为主要消费对象',
    );
    expect(
      zh({
        all: [
          { fact: 'harm', operator: 'equal', value: 'serious' },
          {
            any: [
              { fact: 'priorViolations', operator: 'greaterThan', value: 2 },
              { fact: 'goodsValue', operator: 'greaterThanInclusive', value: 100000 },
            ],
          },
        ],
      }),
    ).toBe('危害后果为严重，且（两年内同类违法三次以上，或者货值金额十万元以上）');
  });

  it('writes two negated acts as 「未…，且未…」, never 「：否」', () => {
    expect(
      zh({
        all: [
          { fact: 'correctedInTime', operator: 'equal', value: false },
          { fact: 'eliminatedHarm', operator: 'notEqual', value: true },
        ],
      }),
    ).toBe('未及时改正，且未主动消除或者减轻违法行为危害后果');
  });

  it('writes English naming the facts by their labels, never by their ids', () => {
    expect(describeCondition(data.items[0].tiers[0].when as Condition, scope, 'en')).toBe(
      '两年内同类违法次数 = 0 and 危害后果 is none',
    );
  });
});
