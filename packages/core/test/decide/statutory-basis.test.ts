import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 `statutory.fine[].basis` (issue #17 point 5, 「a separate legal basis per statutory
 * alternative」): an alternative taken from a 款 of its own is cited where it sets the fine. The test
 * law's item is shaped on 大气污染防治法 第一百二十二条: 第一款 names the act, 第二款 computes the fine
 * by the accident's level; here the graver range stands in a third 款 so the two citations differ.
 */
function item(format = 'cailiang.rule-set/v2') {
  return minimalRuleSet(
    {
      statutory: {
        fine: [
          {
            when: { all: [{ fact: 'count', operator: 'lessThan', value: 2 }] },
            range: { min: '10000', max: '50000' },
            basis: [{ law: 'L', article: 50, paragraph: 2 }],
          },
          {
            when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 2 }] },
            range: { min: '50000', max: '100000' },
            basis: [{ law: 'L', article: 50, paragraph: 3 }],
          },
        ],
      },
    },
    { format },
  );
}
const kase = (count: number) => ({
  item: 'T-1',
  facts: { amount: '0', count },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});
const bases = (count: number) =>
  createEngine([loadRuleSet(item())])
    .decide(kase(count))
    .citations.filter((citation) => citation.role === 'basis')
    .map((citation) => citation.text);

describe('statutory.fine[].basis (format v2)', () => {
  it('cites the alternative that sets the fine, beside the item’s basis, and not the other', () => {
    expect(bases(0)).toEqual(['《中华人民共和国测试法》第五十条第一款', '《中华人民共和国测试法》第五十条第二款']);
    expect(bases(3)).toEqual(['《中华人民共和国测试法》第五十条第一款', '《中华人民共和国测试法》第五十条第三款']);
  });

  it('is a v2 key: a v1 document that uses it is refused, naming it', () => {
    const paths = caughtError(() => loadRuleSet(item('cailiang.rule-set/v1')))
      .issues.filter((issue) => issue.code !== 'not_checked')
      .map((issue) => issue.path);
    expect(paths).toEqual(['items[0].statutory.fine[0].basis', 'items[0].statutory.fine[1].basis']);
  });
});
