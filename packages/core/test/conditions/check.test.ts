import { describe, expect, it } from 'vitest';
import { checkCondition } from '../../src/conditions/check.js';
import type { Condition } from '../../src/conditions/types.js';
import { scope } from './scope.js';

const check = (condition: unknown) => checkCondition(condition as Condition, scope, 'when');

describe('checkCondition', () => {
  it('accepts a sound condition of every fact type', () => {
    const when: Condition = {
      all: [
        { fact: 'goodsValue', operator: 'lessThan', value: '10000.5' },
        { fact: 'goodsValue', operator: 'in', value: [0, '-5', 12345678901234.5] },
        { fact: 'priorViolations', operator: 'greaterThanInclusive', value: 2 },
        { fact: 'ratio', operator: 'lessThanInclusive', value: 0.25 },
        { not: { fact: 'childrenFood', operator: 'equal', value: true } },
        {
          any: [
            { fact: 'harm', operator: 'notIn', value: ['serious'] },
            { fact: 'firstViolation', operator: 'notEqual', value: false },
          ],
        },
        { fact: 'actDate', operator: 'lessThan', value: '2024-02-29' },
        { fact: 'actDate', operator: 'lessThanInclusive', value: { fact: 'decisionDate' } },
        { fact: 'illegalIncome', operator: 'greaterThan', value: { fact: 'priorViolations' } },
      ],
    };
    expect(check(when)).toEqual([]);
  });

  it('reports an undeclared fact', () => {
    expect(check({ all: [{ fact: 'goodsValu', operator: 'lessThan', value: 1 }] })).toEqual([
      {
        code: 'undeclared_fact',
        path: 'when.all[0].fact',
        message: 'unknown fact "goodsValu": it is neither a declared fact nor a general circumstance',
      },
    ]);
  });

  it('reports an undeclared referenced fact', () => {
    expect(check({ fact: 'goodsValue', operator: 'lessThan', value: { fact: 'income' } })).toEqual([
      {
        code: 'undeclared_fact',
        path: 'when.value.fact',
        message: 'unknown fact "income": it is neither a declared fact nor a general circumstance',
      },
    ]);
  });

  it('reports a money literal that is not an exact amount', () => {
    expect(check({ fact: 'goodsValue', operator: 'lessThan', value: '1万' })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'expected a decimal amount such as "12345.67" for the money fact "goodsValue", got "1万"',
      },
    ]);
    // biome-ignore lint/correctness/noPrecisionLoss: a literal a double cannot hold is the input under test
    expect(check({ fact: 'goodsValue', operator: 'lessThan', value: 1234567890123456.7 })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message:
          'expected a decimal string such as "12345.67" (this number cannot be represented exactly) for the money fact "goodsValue", got 1234567890123456.8',
      },
    ]);
  });

  it('reports numbers that are not finite numbers', () => {
    expect(check({ fact: 'priorViolations', operator: 'equal', value: '2' })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'expected a finite number for the integer fact "priorViolations", got "2"',
      },
    ]);
    expect(check({ fact: 'ratio', operator: 'lessThan', value: null })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'expected a finite number for the number fact "ratio", got null',
      },
    ]);
  });

  it('reports a boolean compared with text', () => {
    expect(check({ fact: 'childrenFood', operator: 'equal', value: 'true' })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'expected true or false for the boolean fact "childrenFood", got "true"',
      },
    ]);
  });

  it('reports an enum value that is not declared', () => {
    expect(check({ fact: 'harm', operator: 'in', value: ['minor', 'grave'] })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value[1]',
        message: 'expected one of "none", "minor", "serious" for the enum fact "harm", got "grave"',
      },
    ]);
  });

  it('reports a date that is not on the calendar', () => {
    expect(check({ fact: 'actDate', operator: 'lessThan', value: '2025-02-30' })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'February 2025 has 28 days: "2025-02-30" is no date (compared with the date fact "actDate")',
      },
    ]);
    expect(check({ fact: 'actDate', operator: 'equal', value: '2025-02-28' })).toEqual([]);
    expect(check({ fact: 'actDate', operator: 'equal', value: '10 March 2025' })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message:
          'expected a calendar date as YYYY-MM-DD (e.g. "2025-03-10") for the date fact "actDate", got "10 March 2025"',
      },
    ]);
  });

  it('requires a list for in and notIn', () => {
    expect(check({ fact: 'harm', operator: 'in', value: 'minor' })).toEqual([
      { code: 'invalid_value', path: 'when.value', message: '"in" needs a list of values, got "minor"' },
    ]);
    expect(check({ fact: 'goodsValue', operator: 'notIn', value: { fact: 'illegalIncome' } })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: '"notIn" needs a list of values, got a reference to the fact "illegalIncome" (a fact is never a list)',
      },
    ]);
  });

  it('refuses a list where one value is expected', () => {
    expect(check({ fact: 'priorViolations', operator: 'equal', value: [1, 2] })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value',
        message: 'expected a finite number for the integer fact "priorViolations", got [1,2]',
      },
    ]);
  });

  it('reports ordering operators on booleans and enums', () => {
    expect(check({ fact: 'firstViolation', operator: 'greaterThan', value: false })).toEqual([
      {
        code: 'operator_type_mismatch',
        path: 'when.operator',
        message:
          'operator "greaterThan" is always false for the boolean fact "firstViolation": json-rules-engine orders only values that read as numbers; use equal or notEqual',
      },
    ]);
    expect(check({ fact: 'harm', operator: 'lessThan', value: 'serious' })).toEqual([
      {
        code: 'operator_type_mismatch',
        path: 'when.operator',
        message:
          'operator "lessThan" cannot order the enum fact "harm": json-rules-engine orders only values that read as numbers, and enum values are names; use equal, notEqual, in or notIn',
      },
    ]);
  });

  it('reports contains and doesNotContain on scalar facts', () => {
    expect(check({ fact: 'harm', operator: 'contains', value: 'minor' })).toEqual([
      {
        code: 'operator_type_mismatch',
        path: 'when.operator',
        message:
          'operator "contains" is always false for the enum fact "harm": json-rules-engine applies it only to facts that are lists; use in',
      },
    ]);
    expect(check({ fact: 'goodsValue', operator: 'doesNotContain', value: 5 })[0]?.message).toBe(
      'operator "doesNotContain" is always false for the money fact "goodsValue": json-rules-engine applies it only to facts that are lists; use notIn',
    );
  });

  it('reports a reference to a fact of another type', () => {
    expect(check({ fact: 'goodsValue', operator: 'lessThan', value: { fact: 'actDate' } })).toEqual([
      {
        code: 'invalid_value',
        path: 'when.value.fact',
        message:
          'the date fact "actDate" cannot be compared with the money fact "goodsValue"; expected a money, quantity, integer or number fact',
      },
    ]);
    expect(check({ fact: 'harm', operator: 'equal', value: { fact: 'childrenFood' } })[0]?.message).toBe(
      'the boolean fact "childrenFood" cannot be compared with the enum fact "harm"; expected an enum fact',
    );
  });

  it('reports every problem in a tree, each at its path', () => {
    const when = {
      any: [
        { fact: 'nope', operator: 'equal', value: { fact: 'alsoNope' } },
        { not: { all: [{ fact: 'ratio', operator: 'in', value: [1, 'x'] }] } },
      ],
    };
    expect(check(when).map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'undeclared_fact when.any[0].fact',
      'undeclared_fact when.any[0].value.fact',
      'invalid_value when.any[1].not.all[0].value[1]',
    ]);
  });

  it('returns issues instead of throwing on malformed input', () => {
    expect(check(null)).toEqual([
      {
        code: 'invalid_condition',
        path: 'when',
        message: 'expected a condition: an object with all, any, not or fact, got null',
      },
    ]);
    expect(check({ all: { fact: 'ratio' } })).toEqual([
      {
        code: 'invalid_condition',
        path: 'when.all',
        message: '"all" takes a list of conditions, got {"fact":"ratio"}',
      },
    ]);
    expect(check({ not: [] })).toEqual([
      { code: 'invalid_condition', path: 'when.not', message: '"not" takes one condition, not a list' },
    ]);
    expect(check({ fact: 'ratio', operator: 'lessThen', value: 1 })).toEqual([
      {
        code: 'invalid_condition',
        path: 'when.operator',
        message:
          'unknown operator "lessThen"; expected one of equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in, notIn, contains, doesNotContain',
      },
    ]);
    expect(check({ fact: 42, operator: 'equal' })).toEqual([
      { code: 'invalid_value', path: 'when.fact', message: 'expected the name of a fact, got 42' },
      { code: 'invalid_value', path: 'when.value', message: 'missing value to compare the fact with' },
    ]);
  });

  it('starts paths at the root when given an empty path', () => {
    expect(checkCondition({ all: [{ fact: 'x', operator: 'equal', value: 1 }] }, scope, '')[0]?.path).toBe(
      'all[0].fact',
    );
  });
});
