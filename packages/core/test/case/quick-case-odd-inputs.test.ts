import { describe, expect, it, vi } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

/**
 * The quick reader (case/quick-case.ts) may only ever say "read the full way": on any input, a
 * decision through it must be the decision the full way makes, and an error the full way's error,
 * code, path and message. These are the inputs a government form or a hand-written client sends
 * that no fixture has (#21 review): reserved keys, prototypes, getters, `-0`, padded or exotic
 * amount texts, numbers for money, Date objects, nulls, extra date keys. Each is decided with the
 * quick reader on and with it switched off (mocked to decline), trace on and off, unknown facts
 * allowed or not.
 */

/** `off`: the quick reader declines every case. `taken`: the cases it read since the count was reset. */
const quick = vi.hoisted(() => ({ off: false, taken: 0 }));
vi.mock('../../src/case/quick-case.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/case/quick-case.js')>();
  return {
    ...actual,
    readQuickCase: (...args: Parameters<typeof actual.readQuickCase>) => {
      if (quick.off) return undefined;
      const read = actual.readQuickCase(...args);
      if (read !== undefined) quick.taken++;
      return read;
    },
  };
});

function outcome(decide: () => unknown): string {
  try {
    return JSON.stringify(decide());
  } catch (error) {
    if (!(error instanceof Error && error.name === 'CailiangError')) return `THROWN ${String(error)}`;
    const e = error as Error & { code: string; issues: unknown };
    return JSON.stringify({ error: e.code, issues: e.issues });
  }
}

type Case = Record<string, any>;
const withFacts = (facts: Record<string, unknown>) => foodCase({ facts });
const replaceFacts = (facts: unknown) => ({ ...foodCase(), facts });
const base = foodCase();
const f = base['facts'] as Record<string, unknown>;
const baseDates = base['dates'] as Record<string, unknown>;

const inputs: [string, () => unknown][] = [
  ['plain', () => foodCase()],
  ['money as number', () => withFacts({ goodsValue: 8000 })],
  ['money -0', () => withFacts({ goodsValue: '-0' })],
  ['money -0 number', () => withFacts({ goodsValue: -0 })],
  ['money 0.0000', () => withFacts({ goodsValue: '0.0000' })],
  ['money 8000.0000', () => withFacts({ goodsValue: '8000.0000' })],
  ['money 8000.00000', () => withFacts({ goodsValue: '8000.00000' })],
  ['money 1e400', () => withFacts({ goodsValue: '1e400' })],
  ['money 8e3', () => withFacts({ goodsValue: '8e3' })],
  ['money space', () => withFacts({ goodsValue: ' 8000' })],
  ['money trailing space', () => withFacts({ goodsValue: '8000 ' })],
  ['money +8000', () => withFacts({ goodsValue: '+8000' })],
  ['money 08000', () => withFacts({ goodsValue: '08000' })],
  ['money 8000.', () => withFacts({ goodsValue: '8000.' })],
  ['money .5', () => withFacts({ goodsValue: '.5' })],
  ['money 16 digits', () => withFacts({ goodsValue: '1234567890123456' })],
  ['money 15 digits', () => withFacts({ goodsValue: '123456789012345' })],
  ['money 0x1F', () => withFacts({ goodsValue: '0x1F' })],
  ['money fullwidth', () => withFacts({ goodsValue: '８０００' })],
  ['money null', () => withFacts({ goodsValue: null })],
  ['money undefined', () => withFacts({ goodsValue: undefined })],
  ['illegalIncome undefined', () => withFacts({ illegalIncome: undefined })],
  ['money Date', () => withFacts({ goodsValue: new Date(0) })],
  ['money boxed', () => withFacts({ goodsValue: new String('8000') })],
  ['money NaN', () => withFacts({ goodsValue: Number.NaN })],
  ['integer -0', () => withFacts({ priorViolations: -0 })],
  ['integer "0"', () => withFacts({ priorViolations: '0' })],
  ['integer 1.5', () => withFacts({ priorViolations: 1.5 })],
  ['integer 1e21', () => withFacts({ priorViolations: 1e21 })],
  ['integer Infinity', () => withFacts({ priorViolations: Number.POSITIVE_INFINITY })],
  ['integer big', () => withFacts({ priorViolations: 2 ** 53 })],
  ['integer null', () => withFacts({ priorViolations: null })],
  ['enum null', () => withFacts({ harm: null })],
  ['boolean "true"', () => withFacts({ childrenFood: 'true' })],
  ['boolean null', () => withFacts({ childrenFood: null })],
  ['__proto__ in facts', () => ({ ...base, facts: JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(f).slice(1)}`) })],
  [
    '__proto__ string in facts',
    () => ({ ...base, facts: JSON.parse(`{"__proto__":"1",${JSON.stringify(f).slice(1)}`) }),
  ],
  ['constructor in facts', () => withFacts({ constructor: '1' })],
  ['__proto__ top', () => JSON.parse(`{"__proto__":{"item":"X"},${JSON.stringify(base).slice(1)}`)],
  ['constructor in circumstances', () => ({ ...base, circumstances: { constructor: true } })],
  ['__proto__ in dates', () => ({ ...base, dates: JSON.parse('{"__proto__":"2025-01-01","act":"2025-03-10"}') })],
  [
    'facts with prototype',
    () => replaceFacts(Object.assign(Object.create({ goodsValue: '8000' }), { ...f, goodsValue: undefined })),
  ],
  [
    'facts with prototype, missing key',
    () => {
      const { goodsValue: _g, ...rest } = f;
      return replaceFacts(Object.assign(Object.create({ goodsValue: '8000' }), rest));
    },
  ],
  ['facts null-prototype', () => replaceFacts(Object.assign(Object.create(null), f))],
  [
    'input with prototype',
    () =>
      Object.assign(Object.create({ party: { kind: 'organization' } }), {
        item: base['item'],
        facts: f,
        dates: base['dates'],
      }),
  ],
  ['input null-prototype', () => Object.assign(Object.create(null), base)],
  [
    'facts getter',
    () => {
      const facts = { ...f };
      Object.defineProperty(facts, 'goodsValue', { get: () => '8000', enumerable: true });
      return replaceFacts(facts);
    },
  ],
  [
    'facts non-enumerable fact',
    () => {
      const { goodsValue: _g, ...rest } = f;
      const facts: Record<string, unknown> = { ...rest };
      Object.defineProperty(facts, 'goodsValue', { value: '8000', enumerable: false });
      return replaceFacts(facts);
    },
  ],
  ['facts symbol key', () => replaceFacts({ ...f, [Symbol('x')]: 1 })],
  ['facts array', () => replaceFacts([1, 2])],
  ['facts sparse array value', () => withFacts({ harm: Object.assign(new Array(2), { 1: 'minor' }) })],
  ['facts null', () => replaceFacts(null)],
  ['circumstances null', () => ({ ...base, circumstances: null })],
  ['circumstance null', () => ({ ...base, circumstances: { coerced: null } })],
  ['circumstance undefined', () => ({ ...base, circumstances: { coerced: undefined } })],
  ['circumstance "true"', () => ({ ...base, circumstances: { coerced: 'true' } })],
  ['circumstance in facts', () => withFacts({ coerced: true })],
  ['party null', () => ({ ...base, party: null })],
  ['party age -0', () => ({ ...base, party: { kind: 'individual', age: -0 } })],
  ['party age 17.0', () => ({ ...base, party: { kind: 'individual', age: 17.0 } })],
  ['party age "17"', () => ({ ...base, party: { kind: 'individual', age: '17' } })],
  ['party age null', () => ({ ...base, party: { kind: 'individual', age: null } })],
  ['party kind undefined', () => ({ ...base, party: { kind: 'individual', age: undefined } })],
  [
    'party getter',
    () => {
      const party = {} as Record<string, unknown>;
      Object.defineProperty(party, 'kind', { get: () => 'individual', enumerable: true });
      return { ...base, party };
    },
  ],
  ['dates Date', () => ({ ...base, dates: { act: new Date('2025-03-10') } })],
  ['dates extra key', () => ({ ...base, dates: { ...baseDates, foo: '2025-03-10' } })],
  ['dates undefined value', () => ({ ...base, dates: { ...baseDates, discovered: undefined } })],
  ['dates null value', () => ({ ...base, dates: { ...baseDates, discovered: null } })],
  ['dates 2025-02-29', () => ({ ...base, dates: { act: '2025-02-29' } })],
  ['dates with space', () => ({ ...base, dates: { act: ' 2025-03-10' } })],
  ['dates with time', () => ({ ...base, dates: { act: '2025-03-10T00:00:00Z' } })],
  [
    'dates prototype act',
    () => ({ ...base, dates: Object.assign(Object.create({ act: '2025-03-10' }), { discovered: '2025-05-06' }) }),
  ],
  [
    'dates getter act',
    () => {
      const dates = {};
      Object.defineProperty(dates, 'act', { get: () => '2025-03-10', enumerable: true });
      return { ...base, dates };
    },
  ],
  ['item with space', () => ({ ...base, item: 'FS-124-1-3 ' })],
  ['item undefined plus items', () => ({ ...base, item: undefined, items: ['FS-124-1-3'] })],
  ['excludedPeriods undefined', () => ({ ...base, excludedPeriods: undefined })],
  ['top-level undefined extra', () => ({ ...base, extra: undefined })],
  ['facts undefined key', () => ({ ...base, facts: undefined })],
  [
    'top getter item',
    () => {
      const input = { ...base };
      delete (input as Case)['item'];
      Object.defineProperty(input, 'item', { get: () => 'FS-124-1-3', enumerable: true });
      return input;
    },
  ],
];

/** Inputs the quick reader must read itself: the test would prove nothing if it declined everything. */
const TAKEN_QUICKLY = [
  'plain',
  'money as number',
  'money -0',
  'money 0.0000',
  'money 15 digits',
  'integer -0',
  'facts null-prototype',
  'input null-prototype',
  'facts getter',
  'circumstance null',
  'party age -0',
  'dates getter act',
];

describe('decide on odd inputs', () => {
  it.each([
    [true, false],
    [false, false],
    [true, true],
    [false, true],
  ])('decides each as the full way does (trace %s, unknown facts allowed %s)', (trace, allowUnknownFacts) => {
    const engine = createEngine([loadRuleSet(exampleRuleSet())], { trace, allowUnknownFacts });
    const quickly: string[] = [];
    for (const [name, make] of inputs) {
      quick.off = false;
      quick.taken = 0;
      const fast = outcome(() => engine.decide(make()));
      if (quick.taken > 0) quickly.push(name);
      quick.off = true;
      const full = outcome(() => engine.decide(make()));
      quick.off = false;
      expect(fast, name).toBe(full);
    }
    expect(quickly).toEqual(expect.arrayContaining(TAKEN_QUICKLY));
  });
});
