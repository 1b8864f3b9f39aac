import fc from 'fast-check';
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
    ['a', 'b'].forEach((reason) => {
      one.add(reason);
    });
    ['b', 'c', 'c'].forEach((reason) => {
      two.add(reason);
    });
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

describe('ReasonCounter error bound', () => {
  // Every reason's count — including 0 for one the table dropped — is within `error` of the truth,
  // whatever the capacity and however the records were split between the counters merged.
  it('holds for counters merged in any grouping', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (reasons, parts, capacity) => {
          const counters = Array.from({ length: 4 }, () => new ReasonCounter(capacity));
          reasons.forEach((reason, index) => {
            counters[parts[index] ?? 0]?.add(reason);
          });
          const [first, ...rest] = counters as [ReasonCounter, ...ReasonCounter[]];
          for (const other of rest) first.merge(other.state());
          const estimated = new Map(first.top(Number.MAX_SAFE_INTEGER).map((entry) => [entry.reason, entry.count]));
          for (const reason of new Set(reasons)) {
            const truth = reasons.filter((each) => each === reason).length;
            expect(Math.abs((estimated.get(reason) ?? 0) - truth)).toBeLessThanOrEqual(first.error);
          }
        },
      ),
      { numRuns: 2_000, seed: 20261206 },
    );
  });

  it('saves the merged error with the counts, so a merge of merges keeps it', () => {
    // Each district replaced a reason of count 1; 'x' seen once in each is absent from both tables.
    const one = new ReasonCounter(1);
    const two = new ReasonCounter(1);
    for (const reason of ['x', 'a', 'a']) one.add(reason);
    for (const reason of ['x', 'b', 'b']) two.add(reason);
    one.merge(two.state());
    expect(one.error).toBe(one.state().evicted);
    expect(one.error).toBeGreaterThanOrEqual(2);
  });
});
