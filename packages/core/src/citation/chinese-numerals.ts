const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/**
 * A whole number from 1 to 9999 in Chinese numerals as statutes number their articles:
 * 10 → 十, 15 → 十五, 105 → 一百零五, 110 → 一百一十, 1001 → 一千零一, 1260 → 一千二百六十.
 *
 * A leading 一十 is written 十 only when the number is below 20 (第十条, 第十五条); inside larger
 * numbers the 一 stays (第一百一十条). One 零 stands for any run of zeros between digits.
 *
 * @param n - an integer in [1, 9999]
 * @returns the numeral text
 * @throws RangeError when `n` is not an integer in range
 * @example toChineseNumeral(124) // '一百二十四'
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`Chinese numerals are written for whole numbers 1–9999, got ${n}`);
  }
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = UNITS[digits.length - 1 - index] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    const isLeadingTen = out === '' && digit === 1 && unit === '十';
    out += (isLeadingTen ? '' : DIGITS[digit]) + unit;
  });
  return out;
}
