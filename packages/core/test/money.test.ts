import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, formatMoney, readMoney, roundAmount } from '../src/money/index.js';
import { fixedAmount, readMoneyValue } from '../src/money/money.js';

describe('readMoney', () => {
  it('reads decimal strings exactly', () => {
    const read = readMoney('12345678901234567890.123456789');
    expect(read.ok && formatMoney(read.value)).toBe('12345678901234567890.123456789');
  });

  it('reads numbers whose text is exact', () => {
    const read = readMoney(5000.5);
    expect(read.ok && formatMoney(read.value)).toBe('5000.5');
  });

  it.each([['1e5'], ['12,000'], [' 100'], ['0x10'], ['.5'], ['01'], [''], ['NaN']])('refuses the text %j', (text) => {
    expect(readMoney(text)).toMatchObject({ ok: false, problem: 'not-decimal' });
  });

  it('refuses numbers a double cannot hold exactly', () => {
    // biome-ignore lint/correctness/noPrecisionLoss: a number a double cannot hold is the input under test
    expect(readMoney(12345678901234567890)).toMatchObject({ ok: false, problem: 'unsafe-number' });
    expect(readMoney(1e21)).toMatchObject({ ok: false, problem: 'unsafe-number' });
    expect(readMoney(Number.NaN)).toMatchObject({ ok: false, problem: 'unsafe-number' });
    expect(readMoney(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, problem: 'unsafe-number' });
  });

  it('refuses negative amounts unless allowed', () => {
    expect(readMoney('-5')).toMatchObject({ ok: false, problem: 'negative' });
    expect(readMoney('-5', { allowNegative: true }).ok).toBe(true);
  });

  it('refuses values that are not amounts', () => {
    expect(readMoney(true)).toMatchObject({ ok: false, problem: 'not-decimal' });
    expect(readMoney(null)).toMatchObject({ ok: false, problem: 'not-decimal' });
  });
});

describe('formatMoney', () => {
  it('never uses an exponent and drops trailing zeros', () => {
    expect(formatMoney(new Decimal('1e25'))).toBe('10000000000000000000000000');
    expect(formatMoney(new Decimal('0.0000001'))).toBe('0.0000001');
    expect(formatMoney(new Decimal('65000.00'))).toBe('65000');
    expect(formatMoney(new Decimal('-0'))).toBe('0');
  });

  it('has no float artefacts', () => {
    expect(formatMoney(new Decimal('0.1').plus('0.2'))).toBe('0.3');
  });
});

describe('fixedAmount (texts recorded when an item is compiled)', () => {
  it('prints a recorded amount exactly as formatMoney prints the same amount unrecorded', () => {
    const decimals = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -6, max: 8 }))
      .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));
    fc.assert(
      fc.property(decimals, (value) => {
        const expected = formatMoney(new Decimal(value));
        expect(formatMoney(fixedAmount(value))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(formatMoney(fixedAmount(new Decimal('-0')))).toBe('0');
    expect(formatMoney(fixedAmount(new Decimal('5000.50')))).toBe('5000.5');
  });
});

describe('roundAmount', () => {
  it.each([
    ['half-up', '123456.5', '123457'],
    ['half-up', '-2.5', '-3'],
    ['half-even', '123456.5', '123456'],
    ['half-even', '123457.5', '123458'],
    ['down', '123456.9', '123456'],
    ['up', '123456.1', '123457'],
  ] as const)('rounds with %s: %s → %s', (mode, value, expected) => {
    expect(formatMoney(roundAmount(new Decimal(value), { scale: 0, mode }))).toBe(expected);
  });

  it('keeps the scale asked for', () => {
    expect(formatMoney(roundAmount(new Decimal('1.005'), { scale: 2, mode: 'half-up' }))).toBe('1.01');
  });
});

describe("readMoneyValue (the case reader's fast path)", () => {
  it('gives what readMoney gives, or undefined where readMoney reports a problem', () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.constantFrom(
        '-0',
        '0.00',
        '-5',
        '12345.67',
        '007',
        '1e5',
        1e21,
        -0,
        0.1 + 0.2,
        123456789012345,
        1234567890123456,
        null,
        undefined,
        true,
      ),
    );
    fc.assert(
      fc.property(inputs, fc.boolean(), (input, allowNegative) => {
        const read = readMoney(input, { allowNegative });
        const value = readMoneyValue(input, allowNegative);
        if (!read.ok) return value === undefined;
        return value?.eq(read.value) === true && formatMoney(value) === formatMoney(read.value);
      }),
      { numRuns: 20_000 },
    );
  });
});
