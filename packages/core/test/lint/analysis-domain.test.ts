import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { factDomain } from '../../src/lint/analysis/domain.js';
import { searchCombinations } from '../../src/lint/analysis/search.js';
import { Decimal } from '../../src/money/decimal.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { withCode } from './support.js';

const plain = { thresholds: [], circumstance: false, linked: false };
const shown = (values: readonly unknown[]) =>
  values.map((value) => (Decimal.isDecimal(value) ? (value as Decimal).toFixed() : value));

describe('lint analysis: candidate values', () => {
  it('money: each literal and the fen on either side, from 0 (a case amount is never negative)', () => {
    expect(
      shown(factDomain('v', { type: 'money', label: '货值金额' }, { ...plain, literals: [10000, '0.5'] }).values),
    ).toEqual(['0', '0.49', '0.5', '0.51', '9999.99', '10000', '10000.01']);
  });

  it('money: a finer step when a literal has more decimals, and a value between thresholds one step apart', () => {
    expect(
      shown(factDomain('v', { type: 'money', label: '金额' }, { ...plain, literals: ['1.005', '1.006'] }).values),
    ).toEqual(['0', '1.004', '1.005', '1.0055', '1.006', '1.007']);
  });

  it('integer: ±1 within the declared bounds; enum values; booleans; dates ±1 day', () => {
    expect(
      factDomain('n', { type: 'integer', label: '次数', min: 0, max: 3 }, { ...plain, literals: [0, 2] }).values,
    ).toEqual([0, 1, 2, 3]);
    expect(
      factDomain('h', { type: 'enum', label: '后果', values: ['none', 'serious'] }, { ...plain, literals: ['none'] })
        .values,
    ).toEqual(['none', 'serious']);
    expect(factDomain('b', { type: 'boolean', label: '是否' }, { ...plain, literals: [true] }).values).toEqual([
      true,
      false,
    ]);
    expect(factDomain('d', { type: 'date', label: '日期' }, { ...plain, literals: ['2024-03-01'] }).values).toEqual([
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
  });

  it('a general circumstance may also be absent', () => {
    expect(
      factDomain(
        'correctedInTime',
        { type: 'boolean', label: '及时改正' },
        { ...plain, literals: [], circumstance: true },
      ).values,
    ).toEqual([true, false, undefined]);
  });

  it('a multiplied amount gets values on both sides of where a tier crosses the statute, halved and doubled too', () => {
    const values = shown(
      factDomain(
        'v',
        { type: 'money', label: '货值金额' },
        { ...plain, literals: [], thresholds: [new Decimal(50000).div(3)] },
      ).values,
    );
    expect(values).toEqual(['0', '8333.33', '16666.65', '16666.66', '16666.67', '16666.68', '33333.33']);
  });
});

describe('lint analysis: the search', () => {
  it('enumerates every combination when there are few', () => {
    const seen: string[] = [];
    const report = searchCombinations(
      [
        { name: 'a', type: 'integer', values: [0, 1] },
        { name: 'b', type: 'boolean', values: [true, false] },
      ],
      'T-1',
      (facts) => seen.push(`${String(facts.a)}/${String(facts.b)}`),
    );
    expect(report).toEqual({ exhaustive: true, combinations: 4, tried: 4 });
    expect(seen).toEqual(['0/true', '0/false', '1/true', '1/false']);
  });

  it('samples deterministically when there are many, and says so in the findings', () => {
    // Eight counts, each compared with two thresholds (f1 with three): 7 × 6^7 ≈ 2 million combinations.
    const facts: Record<string, unknown> = {};
    const conditions: unknown[] = [];
    for (let i = 1; i <= 8; i++) {
      facts[`f${i}`] = { type: 'integer', min: 0, label: `因素${i}` };
      conditions.push(
        { fact: `f${i}`, operator: 'greaterThanInclusive', value: 2 },
        { fact: `f${i}`, operator: 'lessThan', value: 4 },
      );
    }
    const data = minimalRuleSet(
      {
        statutory: {
          fine: [
            { when: { all: [{ fact: 'f1', operator: 'lessThan', value: 5 }] }, range: { min: '10000', max: '50000' } },
            {
              when: { all: [{ fact: 'f1', operator: 'greaterThan', value: 5 }] },
              range: { min: '50000', max: '100000' },
            },
          ],
        },
        tiers: [
          { level: 'lighter', label: '从轻', when: { all: conditions.slice(0, 8) }, fine: { band: 'lighter' } },
          { level: 'general', label: '一般', fine: { band: 'general' } },
          { level: 'heavier', label: '从重', when: { any: conditions.slice(8) }, fine: { band: 'heavier' } },
        ],
      },
      { facts },
    );
    const first = withCode(lint(data, { language: 'en' }), 'statutory-none-holds');
    expect(first).toHaveLength(1);
    expect(first[0]?.witness).toMatchObject({ f1: 5 });
    expect(first[0]?.message).toMatch(/search not exhaustive: \d+ of 1959552 combinations/);
    expect(withCode(lint(data, { language: 'en' }), 'statutory-none-holds')).toEqual(first);
  });
});
