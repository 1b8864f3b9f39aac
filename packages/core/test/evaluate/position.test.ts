import { describe, expect, it } from 'vitest';
import type { Adjustment } from '../../src/index.js';
import { Decimal } from '../../src/index.js';
import { atMaximum, finePosition, maximumBand } from '../../src/evaluate/position.js';

const general = { min: '19000', max: '31000' };
const at = (amount: string, adjustments: Adjustment[] = []) => finePosition(new Decimal(amount), general, adjustments);

describe('finePosition', () => {
  it.each([
    ['18999', 'below'],
    ['19000', 'lower'],
    ['22999.99', 'lower'],
    ['23000', 'middle'],
    ['27000', 'middle'],
    ['27000.01', 'upper'],
    ['31000', 'upper'],
    ['31000.01', 'above'],
  ])('%s in 19,000–31,000 is %s', (amount, position) => {
    expect(at(amount)).toBe(position);
  });

  it('keeps thirds exact where the width does not divide by three', () => {
    // 10,000–20,000: the first third ends at 13,333.33…, so 13,333.33 is lower and 13,333.34 middle.
    expect(finePosition(new Decimal('13333.33'), { min: '10000', max: '20000' }, [])).toBe('lower');
    expect(finePosition(new Decimal('13333.34'), { min: '10000', max: '20000' }, [])).toBe('middle');
  });

  it('counts a range of one amount as the middle', () => {
    expect(finePosition(new Decimal('10'), { min: '10', max: '10' }, [])).toBe('middle');
  });

  it('calls a fine below the tier mitigated when a ground offered its band or 减轻 range', () => {
    const mitigation = {
      kind: 'mitigation',
      ground: 'APL-31-limited-capacity',
      mandatory: false,
      range: { min: '10000', max: '19000' },
      reduced: { min: '5000', max: '10000' },
      citations: [],
    } as Adjustment;
    expect(at('12000', [mitigation])).toBe('mitigated');
    expect(at('5000', [mitigation])).toBe('mitigated');
    expect(at('4999', [mitigation])).toBe('below');
  });
});

describe('maximumBand and atMaximum', () => {
  const within = new Decimal('0.01');
  it('is the top 1% of the statutory range, both ends included, never above the maximum', () => {
    const band = maximumBand({ min: '10000', max: '40000' }, within);
    expect(band?.from.toFixed()).toBe('39600');
    expect(atMaximum(new Decimal('39599.99'), band!)).toBe(false);
    expect(atMaximum(new Decimal('39600'), band!)).toBe(true);
    expect(atMaximum(new Decimal('40000'), band!)).toBe(true);
    expect(atMaximum(new Decimal('40000.01'), band!)).toBe(false);
  });

  it('is undefined without a maximum, or where the whole range is within the band (no choice)', () => {
    expect(maximumBand({ min: '10000' }, within)).toBeUndefined();
    expect(maximumBand({ min: '10', max: '10' }, within)).toBeUndefined();
    expect(maximumBand({ min: '9900', max: '10000' }, within)).toBeUndefined();
    expect(maximumBand({ min: '9899', max: '10000' }, within)).toBeDefined();
  });
});
