import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/limits/document-walk.js';
import { DEFAULT_LIMITS } from '../../src/limits/limits.js';
import { withinLimits } from '../../src/limits/within-limits.js';

/** Small JSON documents whose keys are sometimes reserved, held to limits they sometimes exceed. */
const key = fc.oneof(
  { weight: 8, arbitrary: fc.string({ maxLength: 11 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'prototypes', '__proto') },
);
const documents = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const limits = fc.record({
  maxNesting: fc.integer({ min: 1, max: 6 }),
  maxNodes: fc.integer({ min: 1, max: 60 }),
  maxCharacters: fc.integer({ min: 0, max: 120 }),
});

describe('withinLimits', () => {
  it('says yes exactly when checkDocument finds nothing (no limit exceeded, no reserved key)', () => {
    fc.assert(
      fc.property(documents, limits, (data, bounds) => {
        // JSON.parse keeps `__proto__` as an own key, as a case read from JSON does.
        const parsed: unknown = JSON.parse(JSON.stringify(data));
        const held = { ...DEFAULT_LIMITS, ...bounds };
        const check = checkDocument(parsed, held);
        expect(withinLimits(parsed, held)).toBe(check.exceeded === undefined && check.reserved.length === 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('never says yes for an object whose inherited properties would break a limit', () => {
    const inherited = Object.create({ prototype: 1 }) as Record<string, unknown>;
    inherited['a'] = 1;
    // checkDocument reads own keys only; the quick walk's no just sends the case to it.
    expect(withinLimits(inherited, DEFAULT_LIMITS)).toBe(false);
    expect(checkDocument(inherited, DEFAULT_LIMITS).reserved).toEqual([]);
  });

  it('refuses a reference cycle, which nests without end', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    expect(withinLimits(cycle, DEFAULT_LIMITS)).toBe(false);
    expect(checkDocument(cycle, DEFAULT_LIMITS).exceeded?.code).toBe('too_deep');
  });

  it('refuses an own __proto__ key as checkDocument does', () => {
    const parsed: unknown = JSON.parse('{"facts":{"__proto__":{"x":1}}}');
    expect(withinLimits(parsed, DEFAULT_LIMITS)).toBe(false);
    expect(withinLimits({ facts: { proto: 1 } }, DEFAULT_LIMITS)).toBe(true);
  });
});
