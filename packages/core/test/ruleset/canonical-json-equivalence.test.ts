import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/index.js';
import { exampleRuleSet } from '../../../../test-support/builders.js';

/** canonicalJson as first written, member by member: the definition the fast path must match. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((entry) => reference(entry ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`);
  return `{${members.join(',')}}`;
}

describe('canonicalJson', () => {
  it('writes what the member-by-member definition writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { seed: 20250310, numRuns: 2000 },
    );
  });

  it('orders integer-like keys as text, not as JS enumerates them', () => {
    const value = { bands: { '10': ['0.7', '1'], '9': ['0', '0.3'], b: 1, a: undefined } };
    expect(canonicalJson(value)).toBe('{"bands":{"10":["0.7","1"],"9":["0","0.3"],"b":1}}');
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it('matches the definition on values JSON.stringify would write differently', () => {
    const values: unknown[] = [
      [1, undefined, 2],
      [1, undefined, 2],
      { at: new Date(0) },
      { __proto__: null, constructor: 1 },
      JSON.parse('{"__proto__": {"x": 1}}'),
      { nested: [{ z: 1, y: [true, null] }] },
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(reference(value));
    expect(() => canonicalJson({ x: [Number.NaN] })).toThrow(TypeError);
  });

  it('writes the example rule set as the definition does', () => {
    const ruleSet = exampleRuleSet();
    expect(canonicalJson(ruleSet)).toBe(reference(ruleSet));
  });
});
