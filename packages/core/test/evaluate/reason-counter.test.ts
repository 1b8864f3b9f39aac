import { describe, expect, it } from 'vitest';
import { MAX_REASON_LENGTH, normaliseReason, ReasonCounter } from '../../src/evaluate/reason-counter.js';

describe('ReasonCounter', () => {
  it('counts exactly up to its capacity, most frequent first, ties in text order', () => {
    const counter = new ReasonCounter(3);
    for (const reason of ['b', 'a', 'b', 'c', 'a', 'b']) counter.add(reason);
    expect(counter.top(10)).toEqual([
      { reason: 'b', count: 3 },
      { reason: 'a', count: 2 },
      { reason: 'c', count: 1 },
    ]);
    expect([counter.exact, counter.error]).toEqual([true, 0]);
  });

  it('keeps memory bounded past its capacity: the least counted is replaced, and the counts become estimates', () => {
    const counter = new ReasonCounter(2);
    for (const reason of ['a', 'a', 'a', 'b', 'c']) counter.add(reason);
    // c replaced b (count 1) and inherited its count.
    expect(counter.top(10)).toEqual([
      { reason: 'a', count: 3 },
      { reason: 'c', count: 2 },
    ]);
    expect([counter.exact, counter.error]).toEqual([false, 1]);
  });

  it("merges another counter's state, exactly while the union fits", () => {
    const one = new ReasonCounter(3);
    const two = new ReasonCounter(3);
    ['a', 'b'].forEach((reason) => one.add(reason));
    ['b', 'c', 'c'].forEach((reason) => two.add(reason));
    one.merge(two.state());
    expect(one.top(10)).toEqual([
      { reason: 'b', count: 2 },
      { reason: 'c', count: 2 },
      { reason: 'a', count: 1 },
    ]);
    expect(one.exact).toBe(true);
    const small = new ReasonCounter(2);
    small.merge(one.state());
    expect(small.top(10).map((entry) => entry.reason)).toEqual(['b', 'c']);
    expect([small.exact, small.error]).toEqual([false, 1]);
  });
});

describe('normaliseReason', () => {
  it('collapses white space and trims', () => {
    expect(normaliseReason('  当事人 积极配合\n调查 ')).toBe('当事人 积极配合 调查');
    expect(normaliseReason(' \n\t')).toBe('');
  });

  it(`cuts at ${MAX_REASON_LENGTH} characters, never inside one`, () => {
    const long = '😀'.repeat(MAX_REASON_LENGTH + 5);
    expect(Array.from(normaliseReason(long))).toHaveLength(MAX_REASON_LENGTH + 1);
    expect(normaliseReason(long).endsWith('😀…')).toBe(true);
  });
});
