import { describe, expect, it } from 'vitest';
import { conditionFacts } from '../../src/conditions/references.js';
import type { Condition } from '../../src/conditions/types.js';

describe('conditionFacts', () => {
  it('lists leaf facts and referenced facts once, in first-seen order', () => {
    const when: Condition = {
      any: [
        {
          all: [
            { fact: 'illegalIncome', operator: 'lessThan', value: { fact: 'goodsValue' } },
            { fact: 'harm', operator: 'in', value: ['minor'] },
          ],
        },
        { not: { fact: 'goodsValue', operator: 'greaterThan', value: 0 } },
        { fact: 'firstViolation', operator: 'equal', value: { fact: 'illegalIncome' } },
      ],
    };
    expect(conditionFacts(when)).toEqual(['illegalIncome', 'goodsValue', 'harm', 'firstViolation']);
  });

  it('returns nothing for empty trees', () => {
    expect(conditionFacts({ all: [] })).toEqual([]);
    expect(conditionFacts({ not: { any: [] } })).toEqual([]);
  });

  it('skips malformed nodes instead of throwing', () => {
    const when = {
      all: [null, { fact: 7 }, { fact: 'ratio', operator: 'equal', value: { fact: null } }],
    } as unknown as Condition;
    expect(conditionFacts(when)).toEqual(['ratio']);
  });
});
