import { toChineseNumeral } from '../citation/chinese-numerals.js';
import { Decimal } from '../money/decimal.js';

/**
 * An amount of yuan as benchmark tables write it: 一万元, 六万五千元, 十二万三千四百五十七元,
 * 一百五十万元, 一亿元. Amounts with fen, or beyond 9999亿, are written in Arabic numerals
 * (12345.67元), as tables do for computed amounts.
 *
 * @example toChineseAmount('65000') // '六万五千元'
 */
export function toChineseAmount(amount: string): string {
  return `${toChineseWhole(amount) ?? amount}元`;
}

/**
 * A multiple as statutes write it: 十倍; below one, as the percentage statutes write
 * (产品质量法 第五十条 「货值金额百分之五十以上三倍以下」, 水污染防治法 第九十四条第二款
 * 「百分之二十」), never 0.5倍. A multiple or percentage that is not whole keeps its Arabic
 * digits (1.5倍, 百分之0.5), as tables write computed figures.
 *
 * @example toChineseMultiple('0.05') // '百分之五'
 */
export function toChineseMultiple(multiple: string): string {
  const value = new Decimal(multiple);
  if (value.isPositive() && !value.isZero() && value.lessThan(1)) {
    const percent = value.times(100);
    return `百分之${toChineseWhole(percent.toFixed()) ?? percent.toFixed()}`;
  }
  return `${toChineseWhole(multiple) ?? multiple}倍`;
}

/** A whole number 0 ≤ n < 10^12 in Chinese numerals with 万 and 亿 groups, or undefined. */
export function toChineseWhole(text: string): string | undefined {
  const value = new Decimal(text);
  if (!value.isInteger() || value.isNegative() || value.greaterThanOrEqualTo('1e12')) return undefined;
  if (value.isZero()) return '零';
  const groups: number[] = [];
  let rest = BigInt(value.toFixed());
  while (rest > 0n) {
    groups.unshift(Number(rest % 10000n));
    rest /= 10000n;
  }
  const units = ['亿', '万', ''].slice(3 - groups.length);
  let out = '';
  groups.forEach((group, index) => {
    if (group === 0) return;
    // A group after a larger one that does not fill its thousands is joined by 零 (一万零五百).
    const needsZero = out !== '' && group < 1000;
    const numeral = needsZero && group >= 10 && group < 20 ? `一${toChineseNumeral(group)}` : toChineseNumeral(group);
    out += `${needsZero && !out.endsWith('零') ? '零' : ''}${numeral}${units[index]}`;
  });
  return out;
}
