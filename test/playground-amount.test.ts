import { describe, expect, it } from 'vitest';
import { readAmountText } from '../playground/src/amount-text.js';

describe('the playground reads amounts as officers type them', () => {
  it('accepts thousands separators that group three digits, as the exact decimal text', () => {
    expect(readAmountText('8,000')).toEqual({ ok: true, value: '8000' });
    expect(readAmountText('1,234,567.89')).toEqual({ ok: true, value: '1234567.89' });
    expect(readAmountText('8，000')).toEqual({ ok: true, value: '8000' });
    expect(readAmountText('8000.50')).toEqual({ ok: true, value: '8000.50' });
  });

  it('refuses a comma elsewhere (8,00 may be a decimal comma), saying where the comma goes', () => {
    for (const text of ['8,00', '80,00', ',800', '8,000,0', '8,000.'])
      expect(readAmountText(text)).toMatchObject({ ok: false, message: expect.stringContaining('逗号位置不对') });
  });

  it('refuses what is no amount, in Chinese', () => {
    expect(readAmountText('8千')).toEqual({ ok: false, message: '应为金额（元），如 8000、8,000 或 8000.50' });
    expect(readAmountText('-5')).toMatchObject({ ok: false });
  });
});
