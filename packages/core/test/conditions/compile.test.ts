import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../src/conditions/compile.js';
import type { Condition } from '../../src/conditions/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { facts, scope } from './scope.js';

const run = (condition: Condition, values: Parameters<typeof facts>[0]) => {
  const compiled = compileCondition(condition, scope);
  const given = facts(values);
  const { result } = compiled.explain(given);
  expect(compiled.test(given)).toBe(result);
  return result;
};

describe('compileCondition', () => {
  it('compares money literals exactly, numbers and decimal strings alike', () => {
    const when: Condition = { fact: 'goodsValue', operator: 'equal', value: '0.30' };
    expect(run(when, { goodsValue: new Decimal('0.3') })).toBe(true);
    expect(run({ fact: 'goodsValue', operator: 'equal', value: 0.3 }, { goodsValue: new Decimal('0.30') })).toBe(true);
  });

  it('distinguishes amounts a double cannot', () => {
    const when: Condition = { fact: 'goodsValue', operator: 'lessThan', value: '12345678901234.57' };
    expect(run(when, { goodsValue: new Decimal('12345678901234.56') })).toBe(true);
    expect(run(when, { goodsValue: new Decimal('12345678901234.57') })).toBe(false);
  });

  it('compares money with a referenced money fact', () => {
    const when: Condition = { fact: 'illegalIncome', operator: 'greaterThanInclusive', value: { fact: 'goodsValue' } };
    expect(run(when, { goodsValue: new Decimal('8000'), illegalIncome: new Decimal('8000.00') })).toBe(true);
    expect(run(when, { goodsValue: new Decimal('8000.01'), illegalIncome: new Decimal('8000') })).toBe(false);
  });

  it('looks money up in a list by decimal equality', () => {
    const when: Condition = { fact: 'goodsValue', operator: 'in', value: ['100', 200.5] };
    expect(run(when, { goodsValue: new Decimal('200.50') })).toBe(true);
    expect(
      run({ fact: 'goodsValue', operator: 'notIn', value: ['100', 200.5] }, { goodsValue: new Decimal('100.00') }),
    ).toBe(false);
  });

  it('matches enum values exactly', () => {
    const when: Condition = { fact: 'harm', operator: 'in', value: ['minor', 'serious'] };
    expect(run(when, { harm: 'minor' })).toBe(true);
    expect(run(when, { harm: 'none' })).toBe(false);
  });

  it('orders ISO dates', () => {
    const when: Condition = { fact: 'actDate', operator: 'lessThan', value: '2021-07-15' };
    expect(run(when, { actDate: '2021-07-14' })).toBe(true);
    expect(run(when, { actDate: '2021-07-15' })).toBe(false);
    expect(
      run(
        { fact: 'actDate', operator: 'lessThanInclusive', value: { fact: 'decisionDate' } },
        { actDate: '2025-03-10', decisionDate: '2025-03-10' },
      ),
    ).toBe(true);
  });

  it('treats an absent circumstance as neither true nor false', () => {
    expect(run({ fact: 'firstViolation', operator: 'equal', value: true }, {})).toBe(false);
    expect(run({ fact: 'firstViolation', operator: 'equal', value: false }, {})).toBe(false);
    expect(run({ fact: 'firstViolation', operator: 'notEqual', value: true }, {})).toBe(true);
    expect(run({ fact: 'firstViolation', operator: 'notIn', value: [true] }, {})).toBe(true);
    expect(run({ not: { fact: 'firstViolation', operator: 'equal', value: true } }, {})).toBe(true);
  });

  it('holds for empty all and empty any, as json-rules-engine answers', () => {
    expect(run({ all: [] }, {})).toBe(true);
    expect(run({ any: [] }, {})).toBe(true);
    expect(run({ not: { any: [] } }, {})).toBe(false);
  });

  it('evaluates nested trees', () => {
    const when: Condition = {
      any: [
        {
          all: [
            { fact: 'goodsValue', operator: 'lessThan', value: 10000 },
            { fact: 'priorViolations', operator: 'equal', value: 0 },
          ],
        },
        { not: { fact: 'childrenFood', operator: 'equal', value: false } },
      ],
    };
    expect(run(when, { goodsValue: new Decimal('9999.99'), priorViolations: 0, childrenFood: false })).toBe(true);
    expect(run(when, { goodsValue: new Decimal('10000'), priorViolations: 0, childrenFood: false })).toBe(false);
    expect(run(when, { goodsValue: new Decimal('10000'), priorViolations: 1, childrenFood: true })).toBe(true);
  });

  it('ignores priorities, which only make json-rules-engine stop early', () => {
    const when: Condition = {
      all: [
        { fact: 'priorViolations', operator: 'equal', value: 0, priority: 1 },
        { fact: 'childrenFood', operator: 'equal', value: true, priority: 5 },
      ],
    };
    expect(run(when, { priorViolations: 0, childrenFood: true })).toBe(true);
    expect(run(when, { priorViolations: 1, childrenFood: true })).toBe(false);
  });

  it('lists every fact read, references included, in first-seen order', () => {
    const compiled = compileCondition(
      {
        all: [
          { fact: 'illegalIncome', operator: 'lessThan', value: { fact: 'goodsValue' } },
          { fact: 'illegalIncome', operator: 'greaterThan', value: 0 },
        ],
      },
      scope,
    );
    expect([...compiled.facts]).toEqual(['illegalIncome', 'goodsValue']);
  });

  it('does not see later changes to the condition', () => {
    const list = ['minor'];
    const compiled = compileCondition({ fact: 'harm', operator: 'in', value: list }, scope);
    list.push('serious');
    expect(compiled.test(facts({ harm: 'serious' }))).toBe(false);
  });

  it('answers false for contains on a money fact, whatever its value, as json-rules-engine does', () => {
    expect(run({ fact: 'goodsValue', operator: 'contains', value: [] }, { goodsValue: new Decimal('5') })).toBe(false);
    expect(run({ fact: 'goodsValue', operator: 'doesNotContain', value: '5' }, { goodsValue: new Decimal('5') })).toBe(
      false,
    );
  });

  it('refuses what cannot be compiled', () => {
    expect(() => compileCondition({ fact: 'goodsValue', operator: 'lessThan', value: 'lots' }, scope)).toThrow(
      'condition.value: expected a decimal amount such as "12345.67", got "lots"',
    );
    expect(() => compileCondition({ all: [{ fact: 'harm', operator: 'in', value: 'minor' }] }, scope)).toThrow(
      'condition.all[0].value: "in" needs a list of values',
    );
    expect(() =>
      compileCondition({ fact: 'ratio', operator: 'notIn', value: { fact: 'priorViolations' } }, scope),
    ).toThrow(TypeError);
    expect(() =>
      compileCondition({ fact: 'ratio', operator: 'like', value: 1 } as unknown as Condition, scope),
    ).toThrow('condition.operator "like" is not an operator');
    expect(() => compileCondition({ not: [] } as unknown as Condition, scope)).toThrow(
      'condition.not must be one condition, not a list',
    );
  });
});

describe('CompiledCondition.test', () => {
  it('short-circuits and never evaluates what it does not need', () => {
    const compiled = compileCondition(
      {
        any: [
          { fact: 'childrenFood', operator: 'equal', value: true },
          { fact: 'priorViolations', operator: 'greaterThan', value: 2 },
        ],
      },
      scope,
    );
    let reads = 0;
    const counting = new Proxy(facts({ childrenFood: true, priorViolations: 5 }), {
      get(target, name) {
        reads += 1;
        return Reflect.get(target, name);
      },
    });
    expect(compiled.test(counting)).toBe(true);
    expect(reads).toBe(1);
  });
});

describe('CompiledCondition.explain', () => {
  it('traces every node, with money as decimal text and absent facts as null', () => {
    const compiled = compileCondition(
      {
        all: [
          { fact: 'goodsValue', operator: 'lessThan', value: 10000 },
          {
            any: [
              { fact: 'firstViolation', operator: 'equal', value: true },
              { fact: 'harm', operator: 'in', value: ['none', 'minor'] },
            ],
          },
          { not: { fact: 'illegalIncome', operator: 'greaterThan', value: { fact: 'goodsValue' } } },
        ],
      },
      scope,
    );
    const { result, trace } = compiled.explain(
      facts({ goodsValue: new Decimal('12000.50'), illegalIncome: new Decimal('300'), harm: 'minor' }),
    );
    expect(result).toBe(false);
    expect(trace).toMatchInlineSnapshot(`
      {
        "all": [
          {
            "fact": "goodsValue",
            "factValue": "12000.5",
            "operator": "lessThan",
            "result": false,
            "value": "10000",
          },
          {
            "any": [
              {
                "fact": "firstViolation",
                "factValue": null,
                "operator": "equal",
                "result": false,
                "value": true,
              },
              {
                "fact": "harm",
                "factValue": "minor",
                "operator": "in",
                "result": true,
                "value": [
                  "none",
                  "minor",
                ],
              },
            ],
            "result": true,
          },
          {
            "not": {
              "fact": "illegalIncome",
              "factValue": "300",
              "operator": "greaterThan",
              "result": false,
              "value": "12000.5",
              "valueFact": "goodsValue",
            },
            "result": true,
          },
        ],
        "result": false,
      }
    `);
  });

  it('shows money literals as written amounts, normalised', () => {
    const { trace } = compileCondition({ fact: 'goodsValue', operator: 'in', value: ['0.30', 5000] }, scope).explain(
      facts({ goodsValue: new Decimal('0.3') }),
    );
    expect(trace).toEqual({
      fact: 'goodsValue',
      operator: 'in',
      value: ['0.3', '5000'],
      factValue: '0.3',
      result: true,
    });
  });

  it('keeps the key order fact, operator, value, valueFact, factValue, result', () => {
    const { trace } = compileCondition(
      { fact: 'ratio', operator: 'lessThan', value: { fact: 'priorViolations' } },
      scope,
    ).explain(facts({ ratio: 0.5 }));
    expect(Object.keys(trace)).toEqual(['fact', 'operator', 'value', 'valueFact', 'factValue', 'result']);
    expect(trace).toEqual({
      fact: 'ratio',
      operator: 'lessThan',
      value: null,
      valueFact: 'priorViolations',
      factValue: 0.5,
      result: false,
    });
  });
});

describe('CompiledCondition.explain, traces shared between cases', () => {
  const leaf = (value: unknown): Condition => ({ fact: 'ratio', operator: 'lessThan', value });

  it('gives for each value the trace a condition compiled afresh gives, values seen before or not', () => {
    // One long-lived condition against a fresh one per value: yes/no, choices, counts (more than
    // a leaf keeps, so its limit is crossed), 0 and -0, NaN, absent, amounts.
    const values = fc.oneof(
      fc.boolean(),
      fc.constantFrom('none', 'minor', 'serious'),
      fc.integer({ min: -3, max: 40 }),
      fc.constantFrom(0, -0, Number.NaN, undefined, null),
      fc.constantFrom('0', '-0', '12000.50', '3').map((text) => new Decimal(text)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<unknown>(5, true, 'minor', '0'),
        fc.array(values, { maxLength: 60 }),
        (literal, seen) => {
          const kept = compileCondition(leaf(literal), scope);
          for (const value of seen) {
            const given = facts({ ratio: value as number });
            const { result, trace } = kept.explain(given);
            const fresh = compileCondition(leaf(literal), scope).explain(given);
            expect(trace).toEqual(fresh.trace);
            expect(result).toBe(fresh.result);
            expect(JSON.stringify(trace)).toBe(JSON.stringify(fresh.trace));
            expect(
              Object.is((trace as { factValue: unknown }).factValue, (fresh.trace as { factValue: unknown }).factValue),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 2112 },
    );
  });

  it('shares a frozen trace for a value seen before, never for an amount', () => {
    const compiled = compileCondition(leaf(5), scope);
    const first = compiled.explain(facts({ ratio: 3 })).trace;
    expect(compiled.explain(facts({ ratio: 3 })).trace).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const money = compileCondition({ fact: 'goodsValue', operator: 'lessThan', value: 10000 }, scope);
    const amount = facts({ goodsValue: new Decimal('9000') });
    expect(money.explain(amount).trace).not.toBe(money.explain(amount).trace);
  });

  it('shows each amount its own text when amounts alternate', () => {
    const compiled = compileCondition(
      { all: [leaf(5), { fact: 'goodsValue', operator: 'lessThan', value: { fact: 'illegalIncome' } }] },
      scope,
    );
    for (const [goods, income] of [
      ['1.50', '2'],
      ['2', '1.50'],
      ['2', '2'],
      ['-0', '0.10'],
    ] as const) {
      const { trace } = compiled.explain(facts({ goodsValue: new Decimal(goods), illegalIncome: new Decimal(income) }));
      const shown = (trace as unknown as { all: { value: unknown; factValue: unknown }[] }).all[1];
      expect([shown?.factValue, shown?.value]).toEqual([
        new Decimal(goods).isZero() ? '0' : new Decimal(goods).toFixed(),
        new Decimal(income).toFixed(),
      ]);
    }
  });
});
