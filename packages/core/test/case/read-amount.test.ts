import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { amountFromText, checkLayout } from '../../src/case/read-amount.js';
import { Decimal } from '../../src/money/decimal.js';
import { seededRandom as seeded } from '../../../../test-support/seeded-random.js';

/** An amount's text: a sign now and then, 1–15 digits before the point, 0–4 after, zeros often. */
function amountText(random: () => number): string {
  const digit = () => (random() < 0.3 ? '0' : String(Math.floor(random() * 10)));
  const integerDigits = 1 + Math.floor(random() * 15);
  let text = random() < 0.1 ? '-' : '';
  if (random() < 0.15) text += '0';
  else {
    text += String(1 + Math.floor(random() * 9));
    for (let i = 1; i < integerDigits; i++) text += digit();
  }
  const decimals = Math.floor(random() * 5);
  if (decimals > 0) {
    text += '.';
    for (let i = 0; i < decimals; i++) text += digit();
  }
  return text;
}

/** The same Decimal: own keys in the same order, the same prototype, sign, exponent and words. */
function expectSameDecimal(read: Decimal | undefined, text: string): void {
  const reference = new Decimal(text);
  if (
    read === undefined ||
    Object.getPrototypeOf(read) !== Object.getPrototypeOf(reference) ||
    Object.keys(read).join() !== Object.keys(reference).join() ||
    read.constructor !== reference.constructor ||
    read.s !== reference.s ||
    read.e !== reference.e ||
    read.d.join() !== reference.d.join()
  ) {
    // Fails with both shown.
    expect({ text, read: read && { s: read.s, e: read.e, d: read.d } }).toEqual({
      text,
      read: { s: reference.s, e: reference.e, d: reference.d },
    });
  }
}

describe('amountFromText', () => {
  it('lays out the Decimal new Decimal(text) makes, for a million generated amounts', () => {
    const random = seeded(20261207);
    for (let i = 0; i < 1_000_000; i++) {
      const text = amountText(random);
      expectSameDecimal(amountFromText(text), text);
    }
  });

  it('is the same Decimal to every test and operation', () => {
    const random = seeded(7);
    for (let i = 0; i < 2_000; i++) {
      const text = amountText(random);
      const read = amountFromText(text) as Decimal;
      const reference = new Decimal(text);
      expect(read).toStrictEqual(reference);
      expect(read instanceof Decimal).toBe(true);
      expect(read.toFixed()).toBe(reference.toFixed());
      expect(read.times('1.5').toFixed()).toBe(reference.times('1.5').toFixed());
      expect(read.plus(reference).eq(reference.times(2))).toBe(true);
      expect(read.isNegative()).toBe(reference.isNegative());
      expect(read.isZero()).toBe(reference.isZero());
      expect(read.isInteger()).toBe(reference.isInteger());
    }
  });

  it('reads the edges of the words and of the range', () => {
    for (const text of [
      '0',
      '-0',
      '0.0',
      '-0.0000',
      '0.0001',
      '0.001',
      '0.1',
      '1',
      '9999999',
      '10000000',
      '10000000.5',
      '10000000000000',
      '100000000000000',
      '999999999999999.9999',
      '123456789012345.6789',
      '100000000000001',
      '5000.50',
      '8000.00',
      '-12345.67',
    ])
      expectSameDecimal(amountFromText(text), text);
  });

  it('leaves anything else to decimal.js: other forms, and amounts longer than it reads', () => {
    for (const text of [
      '',
      '-',
      '01',
      '-01',
      '00.5',
      '1.',
      '.5',
      '+1',
      '1e3',
      ' 1',
      '1 ',
      '--1',
      '1.2.3',
      '0x10',
      '１',
      '1.23456',
      '1000000000000000',
      '-1000000000000000.5',
    ])
      expect(amountFromText(text)).toBeUndefined();
  });

  it('reads exactly the decimal texts money.ts reads, within its digits', () => {
    const decimalText = /^-?(0|[1-9]\d*)(\.\d+)?$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9.e ]{0,22}$/), (text) => {
        const [integer = '', fraction = ''] = text.replace(/^-/, '').split('.');
        const readable = decimalText.test(text) && integer.length <= 15 && fraction.length <= 4;
        const read = amountFromText(text);
        expect(read !== undefined).toBe(readable);
        if (readable) expectSameDecimal(read, text);
      }),
      { numRuns: 20_000, seed: 20261207 },
    );
  });
});

/** A Decimal with the given own properties, in the order given, on the Decimal prototype. */
function laid(properties: Record<string, unknown>): Decimal {
  return Object.assign(Object.create(Decimal.prototype), properties) as Decimal;
}

/** `new Decimal(text)`, except for `text` itself, which `other` lays out. */
function differingOn(text: string, other: (reference: Decimal) => Decimal): (probe: string) => Decimal {
  return (probe) => (probe === text ? other(new Decimal(probe)) : new Decimal(probe));
}

describe('the layout check (another decimal.js)', () => {
  // Every test leaves the check as the shipped decimal.js sets it.
  afterEach(() => {
    expect(checkLayout()).toBe(true);
  });

  it('passes on the shipped decimal.js, and amounts are read', () => {
    expect(checkLayout()).toBe(true);
    expectSameDecimal(amountFromText('12345.67'), '12345.67');
  });

  it.each([
    ['own keys in another order', differingOn('7', (d) => laid({ s: d.s, e: d.e, d: d.d, constructor: Decimal }))],
    [
      'a trailing zero word kept',
      differingOn('20000000', (d) => laid({ constructor: Decimal, s: d.s, e: d.e, d: [...d.d, 0] })),
    ],
    [
      'the 15-digit whole in other words',
      differingOn('123456789012345', (d) => laid({ constructor: Decimal, s: d.s, e: d.e, d: [123456789, 12345] })),
    ],
    [
      'a small fraction with another exponent',
      differingOn('0.0067', (d) => laid({ constructor: Decimal, s: d.s, e: -2, d: d.d })),
    ],
    ['negative zero without its sign', differingOn('-0', (d) => laid({ constructor: Decimal, s: 1, e: d.e, d: d.d }))],
    ['another Decimal class', differingOn('1234567.25', (d) => new (Decimal.clone())(d.toFixed()))],
    [
      'a reference that throws',
      (probe: string) => {
        if (probe === '0.5') throw new Error('not this one');
        return new Decimal(probe);
      },
    ],
  ])('turns the fast path off for good on a mismatch: %s', (_, reference) => {
    expect(checkLayout(reference)).toBe(false);
    for (const text of ['12345.67', '0', '-5', '7']) expect(amountFromText(text)).toBeUndefined();
  });
});
