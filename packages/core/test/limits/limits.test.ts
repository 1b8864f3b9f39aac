import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { amountBeyondLimits, factBeyondLimits, numberBeyondLimits } from '../../src/limits/amount-limits.js';
import { checkDocument } from '../../src/limits/document-walk.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/limits/limits.js';

const limits = (overrides: Partial<typeof DEFAULT_LIMITS>) => ({ ...DEFAULT_LIMITS, ...overrides });

describe('checkDocument', () => {
  it('counts a shared value again at each place it is reached, as an expanded alias', () => {
    const shared = [1, 2, 3, 4];
    // root + list + 3 × (shared list + 4 numbers) = 17 values.
    const data = { list: [shared, shared, shared] };
    expect(checkDocument(data, limits({ maxNodes: 17 })).exceeded).toBeUndefined();
    expect(checkDocument(data, limits({ maxNodes: 16 })).exceeded).toEqual({
      code: 'too_many_nodes',
      path: 'list[2][3]',
      message: 'the document holds more than 16 values once its aliases are expanded (limit maxNodes)',
    });
  });

  it('counts the characters of keys and strings, repeated strings each time', () => {
    const text = 'x'.repeat(10);
    const data = { ab: [text, text, text] };
    expect(checkDocument(data, limits({ maxCharacters: 32 })).exceeded).toBeUndefined();
    expect(checkDocument(data, limits({ maxCharacters: 31 })).exceeded).toMatchObject({
      code: 'too_many_characters',
      path: 'ab[2]',
    });
  });

  it('refuses nesting past the limit, and a reference cycle, without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkDocument(deep, DEFAULT_LIMITS).exceeded).toMatchObject({
      code: 'too_deep',
      message: expect.stringContaining('limit maxNesting'),
    });
    const cycle: Record<string, unknown> = { items: [] };
    cycle['self'] = cycle;
    expect(checkDocument(cycle, DEFAULT_LIMITS).exceeded).toMatchObject({
      code: 'too_deep',
      path: expect.stringMatching(/^self\.self\.self/),
    });
  });

  it('counts condition nodes per item and in the whole rule set, only under when and precondition', () => {
    const leaf = { fact: 'a', operator: 'equal', value: 1 };
    const item = (leaves: number) => ({
      tiers: [{ when: { any: Array.from({ length: leaves }, () => leaf) } }],
      label: { any: [leaf, leaf] },
    });
    // An item with 3 leaves has 4 condition nodes: the `any` and its leaves.
    const ruleSet = { items: [item(3), item(3)] };
    expect(
      checkDocument(ruleSet, limits({ maxConditionsPerItem: 4, maxConditions: 8 }), { conditions: true }).exceeded,
    ).toBeUndefined();
    expect(checkDocument(ruleSet, limits({ maxConditionsPerItem: 3 }), { conditions: true }).exceeded).toEqual({
      code: 'too_many_conditions',
      path: 'items[0].tiers[0].when.any[2]',
      message: "the item's conditions have more than 3 nodes once aliases are expanded (limit maxConditionsPerItem)",
    });
    expect(checkDocument(ruleSet, limits({ maxConditions: 7 }), { conditions: true }).exceeded).toMatchObject({
      path: 'items[1].tiers[0].when.any[2]',
      message: expect.stringContaining('limit maxConditions)'),
    });
    expect(checkDocument(ruleSet, limits({ maxConditionsPerItem: 1 })).exceeded).toBeUndefined();
  });

  it('names every reserved key with its path, an own __proto__ key included', () => {
    const data = JSON.parse('{"facts":{"__proto__":{"type":"money"}},"items":[{"constructor":1,"x":{"prototype":2}}]}');
    expect(checkDocument(data, DEFAULT_LIMITS).reserved).toEqual([
      {
        code: 'reserved_name',
        path: 'facts.__proto__',
        message: '"__proto__" is reserved and cannot be used as a name',
      },
      {
        code: 'reserved_name',
        path: 'items[0].constructor',
        message: '"constructor" is reserved and cannot be used as a name',
      },
      {
        code: 'reserved_name',
        path: 'items[0].x.prototype',
        message: '"prototype" is reserved and cannot be used as a name',
      },
    ]);
    expect(checkDocument({ value: '__proto__' }, DEFAULT_LIMITS).reserved).toEqual([]);
  });
});

describe('amountBeyondLimits', () => {
  it('allows up to 15 digits before the point and 4 after it', () => {
    expect(amountBeyondLimits('999999999999999.9999', DEFAULT_LIMITS)).toBeUndefined();
    expect(amountBeyondLimits('-999999999999999', DEFAULT_LIMITS)).toBeUndefined();
    expect(amountBeyondLimits(123456.78, DEFAULT_LIMITS)).toBeUndefined();
    expect(amountBeyondLimits('1000000000000000', DEFAULT_LIMITS)).toBe(
      '16 digits before the point; at most 15 are read (limit maxAmountDigits)',
    );
    expect(amountBeyondLimits('0.00001', DEFAULT_LIMITS)).toBe(
      '5 digits after the point; at most 4 are read (limit maxAmountDecimals)',
    );
    expect(amountBeyondLimits(0.00001, DEFAULT_LIMITS)).toBe(
      '5 digits after the point; at most 4 are read (limit maxAmountDecimals)',
    );
    expect(amountBeyondLimits(1e21, DEFAULT_LIMITS)).toBe('a magnitude of 10^15 or more (limit maxAmountDigits)');
  });

  it('judges a thirty-million-digit amount by its length, at once', () => {
    const started = performance.now();
    expect(amountBeyondLimits('9'.repeat(30_000_000), DEFAULT_LIMITS)).toBe(
      '30000000 digits before the point; at most 15 are read (limit maxAmountDigits)',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('leaves what is not an amount to the money reader', () => {
    expect(amountBeyondLimits('abc', DEFAULT_LIMITS)).toBe(undefined);
    expect(amountBeyondLimits(null, DEFAULT_LIMITS)).toBe(undefined);
  });

  it('bounds integer and number facts by magnitude, money by digits', () => {
    expect(numberBeyondLimits(1e15, DEFAULT_LIMITS)).toBe('a magnitude of 10^15 or more (limit maxAmountDigits)');
    expect(numberBeyondLimits(-1e15 + 1, DEFAULT_LIMITS)).toBeUndefined();
    expect(factBeyondLimits(1e300, 'number', DEFAULT_LIMITS)).toBe(
      'a magnitude of 10^15 or more (limit maxAmountDigits)',
    );
    expect(factBeyondLimits(0.123456789, 'number', DEFAULT_LIMITS)).toBeUndefined();
    expect(factBeyondLimits('1'.repeat(20), 'enum', DEFAULT_LIMITS)).toBeUndefined();
    expect(factBeyondLimits('1'.repeat(20), 'money', limits({ maxAmountDigits: 20 }))).toBeUndefined();
  });
});

describe('resolveLimits', () => {
  it('fills in the defaults and keeps a trusted caller’s larger limits', () => {
    expect(resolveLimits(undefined)).toBe(DEFAULT_LIMITS);
    expect(resolveLimits({ maxNodes: 20_000_000 })).toEqual({ ...DEFAULT_LIMITS, maxNodes: 20_000_000 });
  });

  it('refuses an unknown limit or a value that is not a whole number of at least 1', () => {
    expect(() => resolveLimits({ maxNode: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[CailiangError: limits.maxNode: unknown limit "maxNode"; the limits are maxSourceLength, maxLineBytes, maxNesting, maxNodes, maxCharacters, maxConditionsPerItem, maxConditions, maxAmountDigits, maxAmountDecimals]`,
    );
    for (const value of [0, -1, 1.5, Number.NaN, '10']) {
      expect(() => resolveLimits({ maxNodes: value as number })).toThrow(CailiangError);
    }
  });
});
