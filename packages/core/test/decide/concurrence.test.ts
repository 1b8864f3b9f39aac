import { describe, expect, it } from 'vitest';
import { type CailiangError, createEngine } from '../../src/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';

/** T-1 sets 10000–50000; T-2 sets `range`, with a revocation added when given. */
function engineWith(range: { min: string; max: string }, also = false) {
  const data = minimalRuleSet();
  const second = structuredClone(data.items[0]);
  second.code = 'T-2';
  second.name = '另一违法行为';
  second.basis = [{ law: 'L', article: 51 }];
  second.statutory = { fine: [{ range }], ...(also ? { with: [{ kind: 'revoke-licence' }] } : {}) };
  data.items.push(second);
  return createEngine([data]);
}
const kase = {
  items: ['T-1', 'T-2'],
  facts: { amount: '0', count: 1 },
  dates: { act: '2025-06-01', discovered: '2025-06-02' },
};

describe('decide: concurrence (行政处罚法 第二十九条)', () => {
  it('fines once, under the item with the higher maximum, naming the item set aside', () => {
    const decision = engineWith({ min: '20000', max: '40000' }).decide(kase);
    expect(decision.item.code).toBe('T-1');
    expect(decision.concurrence).toEqual({
      applied: 'T-1',
      setAside: [{ code: 'T-2', name: '另一违法行为', outcome: 'penalty', fine: { min: '26000', max: '34000' } }],
    });
    expect(decision.citations.at(-1)?.text).toBe('《中华人民共和国行政处罚法》第二十九条');
    expect(decision.trace[0]).toMatchObject({ step: 'concurrence', applied: 'T-1', setAside: ['T-2'] });
  });

  it('breaks a tie on the maximum by the higher minimum', () => {
    expect(engineWith({ min: '30000', max: '50000' }).decide(kase).item.code).toBe('T-2');
  });

  it('warns of sanctions other than the fine under the items set aside', () => {
    const decision = engineWith({ min: '1000', max: '2000' }, true).decide(kase);
    expect(decision.item.code).toBe('T-1');
    expect(decision.warnings.map((w) => w.code)).toContain('concurrence-other-sanctions');
  });

  it('refuses item and items together, a single item, and a fact no rule set declares', () => {
    const engine = engineWith({ min: '20000', max: '40000' });
    const codes = (input: unknown) => {
      try {
        engine.decide(input);
      } catch (error) {
        return (error as CailiangError).issues.map((issue) => issue.path);
      }
      return [];
    };
    expect(codes({ ...kase, item: 'T-1' })).toEqual(['item']);
    expect(codes({ ...kase, items: ['T-1'] })).toEqual(['items']);
    expect(codes({ ...kase, facts: { ...kase.facts, nope: 1 } })).toEqual(['facts.nope']);
    // Neither item provides a sanction on the responsible persons (双罚制): persons are refused, not dropped.
    expect(codes({ ...kase, persons: [{ name: '王某' }] })).toEqual(['persons']);
  });
});
