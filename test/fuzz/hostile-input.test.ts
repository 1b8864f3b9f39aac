import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CailiangError,
  createEngine,
  createCalendar,
  CHINA_HOLIDAYS,
  DEFAULT_LIMITS,
  loadRuleSet,
} from '@cailiang/core';
import { parseFixtureDocument } from '@cailiang/fixtures';
import { readImposed } from '@cailiang/core/review';
import { exampleData, exampleText, params } from '../../test-support/properties.js';
import { aliasBomb, deepBlockYaml, reservedFactRuleSet } from './hostile-rule-sets.js';

/** Issue #22's bound: each attack is refused within a second. */
const SECOND = 1_000;

/**
 * Milliseconds of CPU this process spent since `since` (`process.cpuUsage()`): what the attack
 * costs, which wall time on a machine shared with the rest of the suite does not tell.
 */
function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/** The error `run` throws, and the CPU time it took to throw it. */
function refusal(run: () => unknown): { error: CailiangError; ms: number } {
  const started = process.cpuUsage();
  try {
    run();
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return { error, ms: cpuMs(started) };
  }
  throw new Error('expected a CailiangError');
}

const fewRuns = { ...params, numRuns: Math.min(params.numRuns, 40) };

const validCase = {
  item: 'FS-124-1-3',
  party: { kind: 'organization' },
  facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};

describe('hostile input: alias amplification', () => {
  it('refuses 300 conditions aliased 999 times, naming the limit and where it was exceeded', () => {
    const { error, ms } = refusal(() => loadRuleSet(aliasBomb(300, 999), { source: 'bomb.rules.yaml' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatchInlineSnapshot(
      `"bomb.rules.yaml:74:59  FS-124-1-3  items[0].tiers[2].when.any[0].any[5].any[182]  the item's conditions have more than 2000 nodes once aliases are expanded (limit maxConditionsPerItem)"`,
    );
    expect(ms).toBeLessThan(SECOND);
  });

  it('refuses the same rule set as expanded JSON, and as an object', () => {
    const expanded = loadYamlExpanded(aliasBomb(300, 999));
    for (const input of [JSON.stringify(expanded), expanded]) {
      const { error, ms } = refusal(() => loadRuleSet(input));
      expect(error.issues[0]).toMatchObject({
        code: 'too_many_conditions',
        path: 'items[0].tiers[2].when.any[0].any[5].any[182]',
      });
      expect(ms).toBeLessThan(SECOND);
    }
  });

  it('loads the amplified rule set for a caller who raises the limit', () => {
    const ruleSet = loadRuleSet(aliasBomb(10, 20), { limits: { maxConditionsPerItem: 1_000 } });
    expect(ruleSet.items[0]?.code).toBe('FS-124-1-3');
    expect(() => loadRuleSet(aliasBomb(10, 20), { limits: { maxConditionsPerItem: 100 } })).toThrow(
      /limit maxConditionsPerItem/,
    );
  });

  it('fuzz: any anchor size and alias count is loaded or refused with a CailiangError, in time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 999 }), (leaves, aliases) => {
        const text = aliasBomb(leaves, aliases);
        const started = process.cpuUsage();
        try {
          loadRuleSet(text);
        } catch (error) {
          if (!(error instanceof CailiangError)) throw error;
        }
        expect(cpuMs(started)).toBeLessThan(SECOND);
      }),
      fewRuns,
    );
  });
});

describe('hostile input: keys that vanish', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a fact declared as %s with its path', (name) => {
    const { error } = refusal(() => loadRuleSet(reservedFactRuleSet(name)));
    expect(error.code).toBe('INVALID_RULE_SET');
    expect(error.issues).toContainEqual({
      code: expect.any(String),
      path: `facts.${name}`,
      message: `"${name}" is reserved and cannot be used as a name`,
      // The key's own place in the text: it vanishes from the parsed data, never from the file.
      line: expect.any(Number),
      column: 3,
    });
  });

  it('fuzz: a reserved key anywhere in a rule set, a case, a fixture file, holidays or an imposed decision is refused with its path', () => {
    const engine = createEngine([loadRuleSet(exampleText())]);
    /** Each kind of document: a valid one, how it is read, and the path its errors start with. */
    const documents: [string, unknown, (value: unknown) => unknown, string][] = [
      ['rule set', exampleData(), (value) => loadRuleSet(value), ''],
      ['rule set text', exampleData(), (value) => loadRuleSet(JSON.stringify(value)), ''],
      ['case', validCase, (value) => engine.decide(value), ''],
      [
        'fixtures',
        { rules: ['a.rules.yaml'], cases: [{ name: 'n', case: validCase, expect: { outcome: 'penalty' } }] },
        (value) => parseFixtureDocument(value),
        '',
      ],
      ['holidays', [...CHINA_HOLIDAYS], (value) => createCalendar(value as never), 'arrangements'],
      [
        'imposed',
        { sanctions: [{ kind: 'fine', amount: '5000' }], dates: { decision: '2025-06-20' }, reasons: 'x' },
        (value) => readImposed(value),
        'imposed',
      ],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        ([, data, read, base], choices, key) => {
          const { copy, path } = withKeyAt(data, choices, key);
          const { error } = refusal(() => read(copy));
          expect(error.issues.map((issue) => issue.path)).toContain(
            base === '' ? path : path.startsWith('[') ? `${base}${path}` : `${base}.${path}`,
          );
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      params,
    );
  });
});

describe('hostile input: absurd amounts', () => {
  const engine = createEngine([loadRuleSet(exampleText())]);

  it('refuses a thirty-million-digit 货值金额 before any arithmetic', () => {
    const { error, ms } = refusal(() =>
      engine.decide({ ...validCase, facts: { ...validCase.facts, goodsValue: '9'.repeat(30_000_000) } }),
    );
    expect(error.code).toBe('INVALID_CASE');
    expect(error.message).toMatchInlineSnapshot(
      `"facts.goodsValue: 货值金额: "9999999999999999999999999999999999999999…" has 30000000 digits before the point; at most 15 are read (limit maxAmountDigits)"`,
    );
    expect(ms).toBeLessThan(SECOND);
  });

  it('decides the largest amount the defaults allow, exactly', () => {
    const decision = engine.decide({ ...validCase, facts: { ...validCase.facts, goodsValue: '999999999999999.9999' } });
    // The example's alternative for goods worth 10,000 yuan or more is ten to twenty times their
    // value (食品安全法 第一百二十四条), in whole yuan, half up but never outside the law: 9999999999999999.999
    // rounds up to 10000000000000000; 19999999999999999.998 half up would be above the statute, so it rounds down.
    expect(decision.sanctions[0]).toMatchObject({
      kind: 'fine',
      statutory: { min: '10000000000000000', max: '19999999999999999' },
    });
  });

  it('fuzz: any amount past the limits is refused with its path, whatever its length', () => {
    const amounts = fc.oneof(
      fc
        .tuple(fc.integer({ min: 16, max: 200_000 }), fc.integer({ min: 0, max: 4 }))
        .map(([whole, decimals]) => `${'7'.repeat(whole)}${decimals === 0 ? '' : `.${'1'.repeat(decimals)}`}`),
      fc
        .tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 5, max: 200_000 }))
        .map(([whole, decimals]) => `${'7'.repeat(whole)}.${'1'.repeat(decimals)}`),
    );
    fc.assert(
      fc.property(amounts, fc.constantFrom('goodsValue', 'illegalIncome'), (amount, fact) => {
        const { error, ms } = refusal(() =>
          engine.decide({ ...validCase, facts: { ...validCase.facts, [fact]: amount } }),
        );
        expect(error.issues).toEqual([
          expect.objectContaining({
            code: 'beyond_limit',
            path: `facts.${fact}`,
            message: expect.stringMatching(/limit maxAmount(Digits|Decimals)\)$/),
          }),
        ]);
        expect(ms).toBeLessThan(SECOND);
      }),
      fewRuns,
    );
  });

  it('refuses an integer fact of 10^15 or more, and bounds a paid fine and an imposed amount the same way', () => {
    expect(
      refusal(() => engine.decide({ ...validCase, facts: { ...validCase.facts, priorViolations: 1e15 } })).error
        .issues[0],
    ).toMatchObject({ path: 'facts.priorViolations', code: 'beyond_limit' });
    const paid = {
      ...validCase,
      dates: { ...validCase.dates, served: '2025-06-21' },
      payment: { fine: '1'.repeat(100), paid: '2025-06-22' },
    };
    expect(refusal(() => engine.decide(paid)).error.issues[0]).toMatchObject({
      path: 'payment.fine',
      code: 'beyond_limit',
    });
    expect(
      refusal(() => readImposed({ sanctions: [{ kind: 'fine', amount: '1.00001' }] })).error.issues[0],
    ).toMatchObject({ path: 'imposed.sanctions[0].amount', code: 'beyond_limit' });
  });

  it('decides larger amounts for a caller who raises the limits', () => {
    const trusting = createEngine([loadRuleSet(exampleText())], {
      limits: { maxAmountDigits: 20, maxAmountDecimals: 6 },
    });
    const decision = trusting.decide({
      ...validCase,
      facts: { ...validCase.facts, goodsValue: '10000000000000000000.000001' },
    });
    // Ten and twenty times the value, 100000000000000000000.00001 and 200000000000000000000.00002, in whole
    // yuan: the minimum half up would fall below the statute, so it rounds up; the maximum rounds down as half up does.
    expect(decision.sanctions[0]).toMatchObject({
      statutory: { min: '100000000000000000001', max: '200000000000000000000' },
    });
  });
});

describe('hostile input: deep nesting', () => {
  it.each([
    ['block mappings by indentation', deepBlockYaml(3_000)],
    ['brackets', '['.repeat(200_000)],
    ['dashes on one line', `${'- '.repeat(50_000)}x`],
  ])('refuses %s with the nesting limit, said once, without "Maximum call stack size exceeded"', (_, text) => {
    const { error, ms } = refusal(() => loadRuleSet(text, { source: 'deep.rules.yaml' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.issues).toEqual([
      expect.objectContaining({
        code: 'too_deep',
        message: expect.stringContaining(`at most ${DEFAULT_LIMITS.maxNesting} are read (limit maxNesting)`),
      }),
    ]);
    expect(error.message).not.toMatch(/call stack/i);
    expect(error.message.match(/line \d+/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(ms).toBeLessThan(SECOND);
  });

  it('says where a YAML error is once', () => {
    expect(refusal(() => loadRuleSet('a: 1\na: 2\n')).error.message).toMatchInlineSnapshot(
      `"line 2, column 1: the key a appears twice in the same mapping; keep one"`,
    );
  });
});

/** The data of YAML text with its aliases expanded into copies, as a generator of JSON would write it. */
function loadYamlExpanded(text: string): unknown {
  // The parser shares an alias's value; JSON copies it everywhere it occurs.
  return JSON.parse(JSON.stringify(parse(text, { maxAliasCount: 1000 })));
}

/**
 * A copy of `data` with `key` added to the last object along a random path, and that key's path
 * as errors write it.
 */
function withKeyAt(data: unknown, choices: readonly number[], key: string): { copy: unknown; path: string } {
  const copy = structuredClone(data) as unknown;
  // Every document here is an object or a list of objects: a list's first element is the root object.
  let node = (Array.isArray(copy) ? copy[0] : copy) as Record<string, unknown>;
  let path = Array.isArray(copy) ? '[0]' : '';
  let target = node;
  let targetPath = path;
  for (const choice of choices) {
    if (node === null || typeof node !== 'object') break;
    if (!Array.isArray(node)) {
      target = node;
      targetPath = path;
    }
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = keys[choice % keys.length] as string;
    path = Array.isArray(node) ? `${path}[${next}]` : path === '' ? next : `${path}.${next}`;
    node = node[next] as Record<string, unknown>;
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    target = node;
    targetPath = path;
  }
  Object.defineProperty(target, key, { value: { x: 1 }, enumerable: true, configurable: true, writable: true });
  return { copy, path: targetPath === '' ? key : `${targetPath}.${key}` };
}
