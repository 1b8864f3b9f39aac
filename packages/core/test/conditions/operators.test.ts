import { describe, expect, it } from 'vitest';
import { OPERATOR_FUNCTIONS, isOperator } from '../../src/conditions/operators.js';
import { Decimal } from '../../src/money/decimal.js';

const { equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, contains, doesNotContain } =
  OPERATOR_FUNCTIONS;
const inList = OPERATOR_FUNCTIONS.in;
const notInList = OPERATOR_FUNCTIONS.notIn;
const d = (text: string) => new Decimal(text);

describe('equal', () => {
  it('compares money exactly, whatever the written form', () => {
    expect(equal(d('0.30'), d('0.3'))).toBe(true);
    expect(equal(d('0.3'), 0.3)).toBe(true);
    expect(equal(0.3, d('0.30'))).toBe(true);
    expect(equal(d('12345678901234.56'), d('12345678901234.57'))).toBe(false);
  });

  it('uses strict equality for other values', () => {
    expect(equal(3, 3)).toBe(true);
    expect(equal(3, '3')).toBe(false);
    expect(equal('minor', 'minor')).toBe(true);
    expect(equal(true, 'true')).toBe(false);
    expect(equal(Number.NaN, Number.NaN)).toBe(false);
  });

  it('never equates money with text or booleans', () => {
    expect(equal(d('5'), '5')).toBe(false);
    expect(equal('5', d('5'))).toBe(false);
    expect(equal(d('1'), true)).toBe(false);
  });

  it('is false for an absent fact, except against another absent one', () => {
    expect(equal(undefined, false)).toBe(false);
    expect(equal(undefined, true)).toBe(false);
    expect(equal(undefined, undefined)).toBe(true);
    expect(equal(d('0'), undefined)).toBe(false);
  });
});

describe('notEqual', () => {
  it('is the exact negation of equal', () => {
    expect(notEqual(d('0.30'), d('0.3'))).toBe(false);
    expect(notEqual(d('12345678901234.56'), d('12345678901234.57'))).toBe(true);
    expect(notEqual(3, '3')).toBe(true);
  });

  it('holds for an absent circumstance compared with true or false', () => {
    expect(notEqual(undefined, true)).toBe(true);
    expect(notEqual(undefined, false)).toBe(true);
    expect(notEqual(undefined, undefined)).toBe(false);
  });
});

describe('lessThan', () => {
  it('orders money exactly', () => {
    expect(lessThan(d('12345678901234.56'), d('12345678901234.57'))).toBe(true);
    expect(lessThan(d('12345678901234.57'), d('12345678901234.56'))).toBe(false);
    expect(lessThan(d('9999.99'), d('10000'))).toBe(true);
    expect(lessThan(d('10000'), d('10000'))).toBe(false);
  });

  it('orders money against numbers by the amount the number denotes', () => {
    expect(lessThan(d('0.3'), 0.1 + 0.2)).toBe(true);
    expect(lessThan(3, d('3.01'))).toBe(true);
    expect(lessThan(d('-1'), 0)).toBe(true);
  });

  it('orders numbers as JS does', () => {
    expect(lessThan(2, 3)).toBe(true);
    expect(lessThan(-0, 0)).toBe(false);
    expect(lessThan(Number.NEGATIVE_INFINITY, -1e308)).toBe(true);
  });

  it('orders ISO dates as text, because they parse as numbers', () => {
    expect(lessThan('2025-02-28', '2025-03-01')).toBe(true);
    expect(lessThan('2025-03-01', '2025-02-28')).toBe(false);
    expect(lessThan('2025-03-01', '2025-03-01')).toBe(false);
  });

  it('is false when the fact value does not parse as a number', () => {
    expect(lessThan(true, 2)).toBe(false);
    expect(lessThan(false, true)).toBe(false);
    expect(lessThan('minor', 'serious')).toBe(false);
    expect(lessThan(undefined, 1)).toBe(false);
    expect(lessThan(Number.NaN, 1)).toBe(false);
  });

  it('lets text through that starts like a number, and compares it as JS does', () => {
    expect(lessThan('3级', '4级')).toBe(true);
    expect(lessThan('10', 9)).toBe(false);
    expect(lessThan(1, '2')).toBe(true);
  });

  it('is false against an absent value', () => {
    expect(lessThan(1, undefined)).toBe(false);
    expect(lessThan(d('1'), undefined)).toBe(false);
  });
});

describe('lessThanInclusive', () => {
  it('includes the bound', () => {
    expect(lessThanInclusive(d('10000.00'), d('10000'))).toBe(true);
    expect(lessThanInclusive(d('10000.01'), d('10000'))).toBe(false);
    expect(lessThanInclusive(5, 5)).toBe(true);
    expect(lessThanInclusive('2025-03-01', '2025-03-01')).toBe(true);
  });

  it('is false for an absent fact', () => {
    expect(lessThanInclusive(undefined, 0)).toBe(false);
  });
});

describe('greaterThan', () => {
  it('orders money exactly', () => {
    expect(greaterThan(d('12345678901234.57'), d('12345678901234.56'))).toBe(true);
    expect(greaterThan(d('50000'), d('50000.00'))).toBe(false);
  });

  it('orders numbers, dates and refuses booleans', () => {
    expect(greaterThan(3, 2)).toBe(true);
    expect(greaterThan('2025-03-01', '2025-02-28')).toBe(true);
    expect(greaterThan(true, 0)).toBe(false);
  });
});

describe('greaterThanInclusive', () => {
  it('includes the bound', () => {
    expect(greaterThanInclusive(d('50000'), d('50000.0'))).toBe(true);
    expect(greaterThanInclusive(d('49999.99'), d('50000'))).toBe(false);
    expect(greaterThanInclusive(2, 2)).toBe(true);
  });

  it('is false for an absent fact', () => {
    expect(greaterThanInclusive(undefined, undefined)).toBe(false);
  });
});

describe('in', () => {
  it('finds money by decimal equality', () => {
    expect(inList(d('0.30'), [d('0.1'), d('0.3')])).toBe(true);
    expect(inList(d('12345678901234.56'), [d('12345678901234.57')])).toBe(false);
  });

  it('finds other values by strict equality', () => {
    expect(inList('minor', ['none', 'minor'])).toBe(true);
    expect(inList(1, ['1'])).toBe(false);
    expect(inList(true, [true])).toBe(true);
  });

  it('is false for an absent fact and an empty list', () => {
    expect(inList(undefined, [true, false])).toBe(false);
    expect(inList('minor', [])).toBe(false);
  });

  it('refuses a value that is not a list', () => {
    expect(() => inList('a', 'abc')).toThrow(TypeError);
  });
});

describe('notIn', () => {
  it('is the exact negation of in', () => {
    expect(notInList(d('0.30'), [d('0.3')])).toBe(false);
    expect(notInList('serious', ['none', 'minor'])).toBe(true);
    expect(notInList('minor', [])).toBe(true);
  });

  it('holds for an absent fact', () => {
    expect(notInList(undefined, [true, false])).toBe(true);
  });
});

describe('contains', () => {
  it('is always false on a scalar fact, as json-rules-engine validates with Array.isArray', () => {
    expect(contains('minor', 'min')).toBe(false);
    expect(contains(d('5'), d('5'))).toBe(false);
    expect(contains(undefined, undefined)).toBe(false);
  });

  it('looks a value up in a list fact', () => {
    expect(contains(['a', 'b'], 'b')).toBe(true);
    expect(contains([d('0.30')], d('0.3'))).toBe(true);
  });
});

describe('doesNotContain', () => {
  it('is always false on a scalar fact too', () => {
    expect(doesNotContain('minor', 'x')).toBe(false);
    expect(doesNotContain(undefined, true)).toBe(false);
  });

  it('holds on a list fact without the value', () => {
    expect(doesNotContain(['a'], 'b')).toBe(true);
    expect(doesNotContain(['a'], 'a')).toBe(false);
  });
});

describe('isOperator', () => {
  it('knows the ten operators and nothing else', () => {
    expect(isOperator('lessThanInclusive')).toBe(true);
    expect(isOperator('lessThen')).toBe(false);
    expect(isOperator('toString')).toBe(false);
    expect(isOperator(undefined)).toBe(false);
  });
});
