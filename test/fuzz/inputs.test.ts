import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CailiangError, createEngine, loadRuleSet } from '@cailiang/core';
import { parseFixtureDocument } from '@cailiang/fixtures';
import { readImposed } from '@cailiang/core/review';
import { exampleData, exampleText, params, onlyCailiangErrors } from '../../test-support/properties.js';

/** Values as hostile input carries them: prototype keys, NaN, huge and exponent numbers, deep nesting. */
const hostileLeaf = fc.oneof(
  // biome-ignore lint/correctness/noPrecisionLoss: an unsafe integer literal is one of the hostile inputs
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 12345678901234567890, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom('1e5', '0x10', '2025-02-30', '9999-99-99', '', ' ', '\u0000', '__proto__', 'constructor', '５０００'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const hostile = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileLeaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'items', 'facts', 'when', 'all'), fc.string()),
    tie('value'),
    { maxKeys: 4 },
  ),
})).value;

/** A copy of `data` with the value at a random path replaced, deleted, or given a stray key. */
function mutate(data: unknown, choices: number[], replacement: unknown): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node: any = copy;
  for (const choice of choices) {
    const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    const child = node[key];
    if (child === null || typeof child !== 'object' || choice % 7 === 0) {
      if (choice % 3 === 0) delete node[key];
      else if (choice % 3 === 1) node[key] = replacement;
      else
        Object.defineProperty(node, '__proto__', {
          value: replacement,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return copy;
    }
    node = child;
  }
  return copy;
}

const polluted = () => ({}) as Record<string, unknown>;

afterAll(() => {
  // No input may ever reach Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(polluted()['polluted']).toBeUndefined();
});

describe('fuzz: loadRuleSet', () => {
  it('takes any value: a rule set or a CailiangError', () => {
    fc.assert(
      fc.property(hostile, (value) => onlyCailiangErrors(() => loadRuleSet(value))),
      params,
    );
  });

  it('takes any mutation of the example', () => {
    const example = exampleData();
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), hostile, (choices, replacement) =>
        onlyCailiangErrors(() => loadRuleSet(mutate(example, choices, replacement))),
      ),
      params,
    );
  });

  it('takes any text, including broken YAML and JSON', () => {
    const text = exampleText();
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.nat(text.length), fc.nat(200), fc.string())
        .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut)),
    );
    fc.assert(
      fc.property(texts, (source) => onlyCailiangErrors(() => loadRuleSet(source))),
      params,
    );
  });

  it('refuses deep nesting and huge input with a clear error, without overflowing the stack', () => {
    for (const source of [
      '['.repeat(200_000),
      '{"a":'.repeat(100_000),
      `${'- '.repeat(50_000)}x`,
      `a: ${'{ b: '.repeat(20_000)}`,
    ]) {
      onlyCailiangErrors(() => loadRuleSet(source));
    }
    const started = Date.now();
    expect(() => loadRuleSet('x'.repeat(50 * 1024 * 1024))).toThrow(CailiangError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses billion-laughs aliases', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    expect(() => loadRuleSet(bomb)).toThrow(CailiangError);
  });
});

describe('fuzz: decide', () => {
  const engine = createEngine([loadRuleSet(exampleText())]);
  const valid = {
    item: 'FS-124-1-3',
    party: { kind: 'organization' },
    facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false },
    circumstances: { coerced: true },
    dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
    excludedPeriods: [{ from: '2025-04-01', to: '2025-04-02', reason: 'litigation' }],
  };

  it('takes any value as a case: a decision or a CailiangError', () => {
    fc.assert(
      fc.property(hostile, (value) => onlyCailiangErrors(() => engine.decide(value))),
      params,
    );
  });

  it('takes any mutation of a valid case', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), hostile, (choices, replacement) =>
        onlyCailiangErrors(() => engine.decide(mutate(valid, choices, replacement))),
      ),
      params,
    );
  });
});

describe('fuzz: fixtures and imposed decisions', () => {
  it('parseFixtureDocument takes any value', () => {
    fc.assert(
      fc.property(hostile, (value) => onlyCailiangErrors(() => parseFixtureDocument(value))),
      params,
    );
  });

  it('readImposed takes any value', () => {
    fc.assert(
      fc.property(hostile, (value) => onlyCailiangErrors(() => readImposed(value))),
      params,
    );
  });
});
