import { describe, expect, it } from 'vitest';
import { toChineseAmount, toChineseMultiple } from '../../src/explain/index.js';

describe('toChineseAmount', () => {
  it.each([
    ['0', '零元'],
    ['12', '十二元'],
    ['200', '二百元'],
    ['1000', '一千元'],
    ['10000', '一万元'],
    ['10500', '一万零五百元'],
    ['10015', '一万零一十五元'],
    ['50000', '五万元'],
    ['65000', '六万五千元'],
    ['100000', '十万元'],
    ['100001', '十万零一元'],
    ['123457', '十二万三千四百五十七元'],
    ['1500000', '一百五十万元'],
    ['100000000', '一亿元'],
    ['100050000', '一亿零五万元'],
    ['12345.67', '12345.67元'],
  ])('writes %s as %s', (amount, text) => {
    expect(toChineseAmount(amount)).toBe(text);
  });

  it('writes multiples', () => {
    expect(toChineseMultiple('10')).toBe('十倍');
    expect(toChineseMultiple('1.5')).toBe('1.5倍');
  });

  it("writes a multiple below one as the statute's percentage, never 0.05倍", () => {
    expect(toChineseMultiple('0.05')).toBe('百分之五');
    expect(toChineseMultiple('0.5')).toBe('百分之五十');
    expect(toChineseMultiple('0.3')).toBe('百分之三十');
    expect(toChineseMultiple('0.21')).toBe('百分之二十一');
    expect(toChineseMultiple('0.005')).toBe('百分之0.5');
  });
});
