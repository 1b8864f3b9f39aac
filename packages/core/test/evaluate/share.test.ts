import { describe, expect, it } from 'vitest';
import { atLeast, percent, share } from '../../src/evaluate/share.js';

describe('share', () => {
  it('is four places, rounded half-up, and null over nothing', () => {
    expect(share(49, 80)).toBe('0.6125');
    expect(share(1, 3)).toBe('0.3333');
    expect(share(2, 3)).toBe('0.6667');
    expect(share(1, 8)).toBe('0.1250');
    expect(share(0, 5)).toBe('0.0000');
    expect(share(0, 0)).toBeNull();
  });
});

describe('atLeast', () => {
  it('compares exactly: 1 of 4 meets 0.25, 1 of 3 meets 0.3333 but not 0.3334', () => {
    expect(atLeast(1, 4, '0.25')).toBe(true);
    expect(atLeast(1, 3, '0.3333')).toBe(true);
    expect(atLeast(1, 3, '0.3334')).toBe(false);
    expect(atLeast(0, 0, '0')).toBe(false);
  });
});

describe('percent', () => {
  it('rounds half-up to whole percents, never showing all or none when it is not', () => {
    expect(percent(49, 80)).toBe('61%');
    expect(percent(1, 8)).toBe('13%');
    expect(percent(999, 1000)).toBe('>99%');
    expect(percent(1, 1000)).toBe('<1%');
    expect(percent(5, 5)).toBe('100%');
    expect(percent(0, 5)).toBe('0%');
    expect(percent(0, 0)).toBe('–');
  });
});
