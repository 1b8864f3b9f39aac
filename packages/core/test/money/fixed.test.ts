/**
 * The scaled-integer money of the fine path (money/fixed.ts) against decimal.js, the reference, on
 * generated amounts, multiples and roundings. A tight loop over a seeded generator rather than
 * fast-check per value, so that millions of comparisons run in a few seconds and every run draws
 * the same ones. Each comparison is of printed text: what a decision would show.
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import {
  Fixed,
  MAX_SCALE,
  compare,
  format,
  fromDecimal,
  fromText,
  lower,
  minus,
  plus,
  quotient,
  round,
  roundInward,
  times,
  toDecimal,
} from '../../src/money/fixed.js';
import type { FixedRounding } from '../../src/money/fixed.js';
import { formatMoney } from '../../src/money/money.js';
import { roundBound } from '../../src/money/rounding.js';
import type { RoundingMode } from '../../src/money/rounding.js';
import { seededRandom as seeded } from '../../../../test-support/seeded-random.js';

const DECIMAL_MODES: Record<FixedRounding, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
};
const MODES = Object.keys(DECIMAL_MODES) as FixedRounding[];
const POLICY_MODES: readonly RoundingMode[] = ['half-up', 'down', 'up', 'half-even'];

/** Multiples and rates the statutes and tables write (百分之五十 is 0.5), and band fractions. */
const MULTIPLES = ['0.3', '1.5', '0.5', '0.05', '0.7', '0.2', '0.25', '0.333', '1', '2', '3', '5', '10', '20', '30'];

/**
 * A generated amount's text: 1–17 integer digits or a pure fraction, 0–8 decimals, with many .5
 * ties and round numbers; now and then one at the edge of 2^53.
 */
function amountText(random: () => number): string {
  const r = random();
  if (r < 0.05) {
    // Around 2^53 − 1 = 9007199254740991, at every scale: in range just below, out of it above.
    const digits = String(Number.MAX_SAFE_INTEGER + Math.floor(random() * 5) - 2);
    const decimals = Math.floor(random() * 8);
    return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  if (r < 0.08) return MULTIPLES[Math.floor(random() * MULTIPLES.length)] as string;
  const integerDigits = Math.floor(random() * 18);
  const decimals = Math.floor(random() * 9);
  let integer = integerDigits === 0 ? '0' : String(1 + Math.floor(random() * 9));
  for (let i = 1; i < integerDigits; i++) integer += String(Math.floor(random() * 10));
  if (decimals === 0) return integer;
  let fraction = '';
  for (let i = 0; i < decimals; i++) fraction += String(Math.floor(random() * 10));
  // Ties: a fraction ending in 5 (…0.5, …0.05) is where half-up and half-even part.
  if (random() < 0.3) fraction = `${fraction.slice(0, -1)}5`;
  if (random() < 0.1) fraction = `${fraction.slice(0, -1)}0`;
  return `${integer}.${fraction}`;
}

/** The amount read both ways; `fixed` may be undefined only where the amount is out of range. */
function both(text: string): { decimal: Decimal; fixed: Fixed | undefined } {
  const decimal = new Decimal(text);
  return { decimal, fixed: fromDecimal(decimal) };
}

/** True when decimal.js's amount cannot be a Fixed: past 2^53 − 1 as an integer of units, or too many decimals. */
function outOfRange(decimal: Decimal): boolean {
  const text = decimal.toFixed();
  const [integer = '', fraction = ''] = text.replace('-', '').split('.');
  if (fraction.length > MAX_SCALE) return true;
  return BigInt(integer + fraction) > BigInt(Number.MAX_SAFE_INTEGER);
}

describe('fromDecimal and format', () => {
  it('read and print 1,000,000 generated amounts as formatMoney does, or refuse them only out of range', () => {
    const random = seeded(21);
    let read = 0;
    let refused = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const { decimal, fixed } = both(amountText(random));
      if (fixed === undefined) {
        if (!outOfRange(decimal)) expect.fail(`${decimal.toFixed()} refused within range`);
        refused += 1;
        continue;
      }
      const printed = format(fixed);
      if (printed !== formatMoney(decimal)) expect.fail(`${decimal.toFixed()} printed ${printed}`);
      if (i % 8 === 0) {
        // Back to a Decimal: the same value, held the same way (digit words, exponent, sign).
        const back = toDecimal(fixed);
        if (back.e !== decimal.e || back.s !== decimal.s || back.d.join() !== decimal.d.join())
          expect.fail(`${decimal.toFixed()} came back as ${back.toFixed()}`);
      }
      read += 1;
    }
    // The generator must reach both sides of the range, or the test proves little.
    expect(read).toBeGreaterThan(700_000);
    expect(refused).toBeGreaterThan(10_000);
  });

  it('refuses what it cannot hold: negatives, −0, NaN, infinities, too many decimals, past 2^53 − 1', () => {
    for (const text of ['-1', '-0', '-0.5', 'NaN', 'Infinity', '-Infinity', '0.0000000000000001', '9007199254740992'])
      expect(fromDecimal(new Decimal(text))).toBeUndefined();
    expect(format(fromText('9007199254740991') as Fixed)).toBe('9007199254740991');
    expect(format(fromText('90071992547409.91') as Fixed)).toBe('90071992547409.91');
    expect(format(fromText('0.000000000000001') as Fixed)).toBe('0.000000000000001');
    expect(fromText('1e20')).toBeUndefined();
    expect(format(fromText('1e15') as Fixed)).toBe('1000000000000000');
  });

  it('prints zero, −0 and negative amounts as formatMoney prints their Decimals', () => {
    expect(format(new Fixed(0, 3))).toBe('0');
    expect(format(new Fixed(-0, 0))).toBe('0');
    expect(format(new Fixed(-0, 2))).toBe('0');
    expect(format(new Fixed(-5, 3))).toBe(formatMoney(new Decimal('-0.005')));
    expect(format(new Fixed(-123400, 2))).toBe(formatMoney(new Decimal('-1234')));
    expect(toDecimal(new Fixed(650, 2)).toFixed()).toBe('6.5');
    expect(toDecimal(new Fixed(9999999, 0)).toFixed()).toBe('9999999');
    expect(toDecimal(new Fixed(10000000, 0)).toFixed()).toBe('10000000');
    expect(toDecimal(new Fixed(0, 0)).toFixed()).toBe('0');
  });
});

describe('times, round and roundInward', () => {
  it('multiply 400,000 generated amounts by multiples and round them by every mode at scales 0–4 as decimal.js does', () => {
    const random = seeded(2153);
    let products = 0;
    let fellBack = 0;
    for (let i = 0; i < 400_000; i++) {
      const a = both(amountText(random));
      const b = both(
        random() < 0.7 ? (MULTIPLES[Math.floor(random() * MULTIPLES.length)] as string) : amountText(random),
      );
      if (a.fixed === undefined || b.fixed === undefined) continue;
      const exact = a.decimal.times(b.decimal);
      const product = times(a.fixed, b.fixed);
      if (product === undefined) {
        if (unitsOf(a.decimal) * unitsOf(b.decimal) <= MAX && exact.decimalPlaces() <= MAX_SCALE)
          expect.fail(`${a.decimal} × ${b.decimal} refused within range`);
        fellBack += 1;
        continue;
      }
      products += 1;
      if (format(product) !== formatMoney(exact)) expect.fail(`${a.decimal} × ${b.decimal} = ${format(product)}`);
      const scale = Math.floor(random() * 5);
      const mode = MODES[Math.floor(random() * MODES.length)] as FixedRounding;
      const mine = format(round(product, scale, mode));
      const theirs = formatMoney(exact.toDecimalPlaces(scale, DECIMAL_MODES[mode]));
      if (mine !== theirs) expect.fail(`${exact} to ${scale} ${mode}: ${mine}, decimal.js ${theirs}`);
      const policyMode = POLICY_MODES[i % POLICY_MODES.length] as RoundingMode;
      const side = random() < 0.5 ? 'min' : 'max';
      const inward = format(roundInward(product, scale, policyMode, side));
      const bound = formatMoney(roundBound(exact, { scale, mode: policyMode }, side));
      if (inward !== bound) expect.fail(`${exact} ${side} to ${scale} ${policyMode}: ${inward}, roundBound ${bound}`);
    }
    expect(products).toBeGreaterThan(200_000);
    expect(fellBack).toBeGreaterThan(1_000);
  });

  it('rounds negative amounts and .5 ties as decimal.js does', () => {
    for (const text of ['-2.5', '-0.5', '-0.4', '-3.45', '2.5', '3.5', '0.05', '-1234.5675', '0.5']) {
      const decimal = new Decimal(text);
      const [integer = '', fraction = ''] = text.replace('-', '').split('.');
      const fixed = new Fixed((text.startsWith('-') ? -1 : 1) * Number(integer + fraction), fraction.length);
      for (const mode of MODES)
        for (const scale of [0, 1, 2, 3])
          expect(format(round(fixed, scale, mode)), `${text} ${mode} ${scale}`).toBe(
            formatMoney(decimal.toDecimalPlaces(scale, DECIMAL_MODES[mode])),
          );
    }
  });

  it('rounds a bound inward where the mode would cross the law (format v2)', () => {
    const at = (text: string) => fromText(text) as Fixed;
    expect(format(roundInward(at('200001.6'), 0, 'half-up', 'max'))).toBe('200001');
    expect(format(roundInward(at('333333.33'), 0, 'half-up', 'min'))).toBe('333334');
    expect(format(roundInward(at('246913.578'), 2, 'half-up', 'max'))).toBe('246913.57');
    expect(format(roundInward(at('100000.8'), 0, 'half-up', 'min'))).toBe('100001');
  });

  it('refuses a product past 2^53 − 1 and keeps one just below it', () => {
    expect(times(at('9007199254740991'), at('1'))).toEqual(new Fixed(9007199254740991, 0));
    expect(times(at('4503599627370496'), at('2'))).toBeUndefined();
    expect(times(at('4503599627370.496'), at('2'))).toBeUndefined();
    expect(format(times(at('450359962737049.5'), at('2')) as Fixed)).toBe('900719925474099');
    expect(times(at('0.00000001'), at('0.00000001'))).toBeUndefined();
    expect(times(at('0.00000010'), at('0.0000001'))).toBeDefined();
  });
});

describe('quotient', () => {
  it('divides 200,000 generated amounts to whole units by every mode as dividedBy and toDecimalPlaces(0) do', () => {
    const random = seeded(4242);
    let divided = 0;
    for (let i = 0; i < 200_000; i++) {
      const a = both(amountText(random));
      const b = both(random() < 0.5 ? (['0.5', '1', '3', '0.3', '7', '0.25'][i % 6] as string) : amountText(random));
      if (a.fixed === undefined || b.fixed === undefined || b.decimal.isZero()) continue;
      const mode = MODES[i % MODES.length] as FixedRounding;
      const mine = quotient(a.fixed, b.fixed, mode);
      if (mine === undefined) continue;
      divided += 1;
      const theirs = formatMoney(a.decimal.dividedBy(b.decimal).toDecimalPlaces(0, DECIMAL_MODES[mode]));
      if (format(mine) !== theirs)
        expect.fail(`${a.decimal} ÷ ${b.decimal} ${mode}: ${format(mine)}, decimal.js ${theirs}`);
    }
    expect(divided).toBeGreaterThan(100_000);
    expect(quotient(at('1'), new Fixed(0, 0), 'up')).toBeUndefined();
    expect(format(quotient(at('7.3'), at('0.5'), 'up') as Fixed)).toBe('15');
    expect(format(quotient(at('2.5'), at('1'), 'half-up') as Fixed)).toBe('3');
  });
});

describe('plus, minus, compare and lower', () => {
  it('add, subtract and compare 300,000 generated pairs as decimal.js does', () => {
    const random = seeded(1717);
    let compared = 0;
    for (let i = 0; i < 300_000; i++) {
      const a = both(amountText(random));
      const b = both(random() < 0.2 ? a.decimal.toFixed() : amountText(random));
      if (a.fixed === undefined || b.fixed === undefined) continue;
      const order = compare(a.fixed, b.fixed);
      if (order !== undefined) {
        compared += 1;
        if (order !== a.decimal.comparedTo(b.decimal)) expect.fail(`${a.decimal} vs ${b.decimal}: ${order}`);
        const low = lower(a.fixed, b.fixed) as Fixed;
        if (format(low) !== formatMoney(Decimal.min(a.decimal, b.decimal)))
          expect.fail(`lower of ${a.decimal}, ${b.decimal}`);
      } else if (!beyondAlignment(a.decimal, b.decimal)) {
        expect.fail(`${a.decimal} vs ${b.decimal} refused within range`);
      }
      const sum = plus(a.fixed, b.fixed);
      if (sum !== undefined && format(sum) !== formatMoney(a.decimal.plus(b.decimal)))
        expect.fail(`${a.decimal} + ${b.decimal} = ${format(sum)}`);
      const difference = minus(a.fixed, b.fixed);
      if (difference !== undefined && format(difference) !== formatMoney(a.decimal.minus(b.decimal)))
        expect.fail(`${a.decimal} − ${b.decimal} = ${format(difference)}`);
      if (
        sum === undefined &&
        !beyondAlignment(a.decimal, b.decimal) &&
        !beyondAlignment(a.decimal.plus(b.decimal), a.decimal, b.decimal)
      )
        expect.fail(`${a.decimal} + ${b.decimal} refused within range`);
    }
    expect(compared).toBeGreaterThan(140_000);
  });
});

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** The integer of units of an amount at its own decimals (the Fixed that reads it): 0.7 → 7, 20 → 20. */
function unitsOf(value: Decimal, scale = value.decimalPlaces()): bigint {
  const units = BigInt(value.times(new Decimal(10).pow(scale)).toFixed());
  return units < 0n ? -units : units;
}

/**
 * True when one of `values`, written with the decimals of the one that has most (as the sum, the
 * difference and the comparison align them), passes 2^53 − 1 as an integer: then, and only then,
 * may they be refused.
 */
function beyondAlignment(...values: Decimal[]): boolean {
  const scale = Math.max(...values.map((value) => value.decimalPlaces()));
  return values.some((value) => unitsOf(value, scale) > MAX);
}

function at(text: string): Fixed {
  return fromText(text) as Fixed;
}
