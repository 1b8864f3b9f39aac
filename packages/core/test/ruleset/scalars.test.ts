import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMoney } from '../../src/money/money.js';
import { moneyText } from '../../src/ruleset/scalars.js';

describe('moneyText', () => {
  it('accepts exactly the amounts readMoney accepts, keeping a decimal string as written', () => {
    const decimalish = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', ' ', '０', ','),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.oneof(decimalish, fc.constantFrom('0', '0.0', '00', '01', '1.', '.5', '-0', '50000', '0.30', '1e3')),
        (text) => {
          const parsed = moneyText.safeParse(text);
          expect(parsed.success).toBe(readMoney(text).ok);
          if (parsed.success) expect(parsed.data).toBe(text);
        },
      ),
      { seed: 20250312, numRuns: 3000 },
    );
  });

  it('writes a number as its exact decimal text', () => {
    expect(moneyText.parse(50000)).toBe('50000');
    expect(moneyText.parse(0.3)).toBe('0.3');
    expect(moneyText.safeParse(-1).success).toBe(false);
  });
});
