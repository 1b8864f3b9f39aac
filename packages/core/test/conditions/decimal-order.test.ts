import { describe, expect, it } from 'vitest';
import { compareDecimals } from '../../src/conditions/decimal-order.js';
import { Decimal } from '../../src/money/decimal.js';

const SAMPLES = [
  'NaN',
  '-Infinity',
  'Infinity',
  '0',
  '-0',
  '1',
  '-1',
  '0.3',
  '0.30',
  '0.30000001',
  '-0.3',
  '9999999',
  '10000000',
  '10000000.0000001',
  '12345678901234.56',
  '12345678901234.57',
  '-12345678901234.57',
  '1e-30',
  '-1e-30',
  '1e30',
  '100000000000000000.01',
];

describe('compareDecimals', () => {
  it('agrees with decimal.js comparedTo on every pair of samples', () => {
    for (const left of SAMPLES) {
      for (const right of SAMPLES) {
        const x = new Decimal(left);
        const y = new Decimal(right);
        expect([left, right, compareDecimals(x, y)]).toEqual([left, right, x.comparedTo(y)]);
      }
    }
  });

  it('treats trailing zeros and negative zero as equal', () => {
    expect(compareDecimals(new Decimal('0.30'), new Decimal('0.3'))).toBe(0);
    expect(compareDecimals(new Decimal('-0'), new Decimal('0'))).toBe(0);
  });
});
