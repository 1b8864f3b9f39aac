import { readMoney } from '@cailiang/core';

/** What the field holds once read: the decimal string for the case, or why it is not an amount. */
export type AmountText =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly message: string };

// Thousands separators only where they group three digits: 8,000 and 1,234,567.89, not 8,00 or 80,00.
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * An amount as an officer types it: 8000, 8000.50, or with thousands separators (8,000; the
 * full-width ， too). A comma anywhere else (8,00) is refused rather than guessed at — it may be a
 * decimal comma — and the message says so. The value is the exact decimal text, never a float.
 *
 * @param text - the field's text, trimmed
 * @returns the decimal string, or a message in Chinese naming what was expected
 * @example readAmountText('8,000') // { ok: true, value: '8000' }
 */
export function readAmountText(text: string): AmountText {
  const plain = text.replace(/，/g, ',');
  if (plain.includes(',')) {
    if (!GROUPED.test(plain))
      return {
        ok: false,
        message: `“${text}”的逗号位置不对：千位分隔符每三位一个（如 8,000），小数用点（如 8000.50）`,
      };
    return readAmountText(plain.replace(/,/g, ''));
  }
  const money = readMoney(plain);
  return money.ok ? { ok: true, value: plain } : { ok: false, message: '应为金额（元），如 8000、8,000 或 8000.50' };
}
