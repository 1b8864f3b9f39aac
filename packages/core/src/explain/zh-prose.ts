import type { FactDeclaration } from '../facts/types.js';

/**
 * Chinese legal prose for the comparisons a tier condition makes on integer counts, plain numbers,
 * dates and yes/no facts: 「无两年内因同类违法行为受到行政处罚的情形」 rather than 「次数 = 0」,
 * 「…受到行政处罚一次以上」 rather than 「≥ 1」, 「未造成水污染」 rather than 「造成水污染：否」.
 * 以上/以下 include the number, 不足/超过 exclude it (民法典 第一千二百五十九条).
 */

const DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A count as written in a 裁量基准: 一 to 十 in characters (两 for 2, as in 两次), larger ones in digits. */
export function countText(count: number): string {
  return Number.isInteger(count) && count >= 0 && count <= 10 ? (DIGITS[count] as string) : String(count);
}

/** The stem of a count's label: 「两年内因同类违法行为受到行政处罚的次数」 → 「两年内因同类违法行为受到行政处罚」. */
function countStem(label: string): string | undefined {
  const match = /^(.+?)的?次数$/u.exec(label);
  return match?.[1];
}

/**
 * A comparison of an integer fact whose label counts occurrences (ends in 次数) as prose, or undefined
 * when the label is no count or the value no whole number.
 *
 * @param label - the fact's label
 * @param operator - the comparison operator
 * @param value - the number compared with
 * @returns 「无…的情形」, 「…一次以上」, 「…不足三次」…
 * @example countComparison('两年内因同类违法行为受到行政处罚的次数', 'greaterThanInclusive', 1) // '两年内因同类违法行为受到行政处罚一次以上'
 */
export function countComparison(label: string, operator: string, value: unknown): string | undefined {
  const stem = countStem(label);
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (stem === undefined || !Number.isInteger(n) || n < 0) return undefined;
  // Counts are whole: 「> n」 is 「n + 1 次以上」 and 「< n」 is 「n − 1 次以下」, so that 0 reads as 无.
  const atLeast = operator === 'greaterThan' ? n + 1 : operator === 'greaterThanInclusive' ? n : undefined;
  const atMost = operator === 'lessThan' ? n - 1 : operator === 'lessThanInclusive' ? n : undefined;
  if (atMost === 0 || (operator === 'equal' && n === 0)) return `无${stem}的情形`;
  if (atMost !== undefined && atMost < 0) return `${label}不足零次`;
  if (operator === 'notEqual' && n === 0) return `${stem}一次以上`;
  if (atLeast !== undefined) return `${stem}${countText(atLeast)}次以上`;
  if (atMost !== undefined) return `${stem}${countText(atMost)}次以下`;
  if (operator === 'equal') return `${stem}${countText(n)}次`;
  if (operator === 'notEqual') return `${stem}不为${countText(n)}次`;
  return undefined;
}

const NUMBER_WORDS: Record<string, (label: string, value: string) => string> = {
  lessThan: (label, value) => `${label}不足${value}`,
  lessThanInclusive: (label, value) => `${label}${value}以下`,
  greaterThan: (label, value) => `${label}超过${value}`,
  greaterThanInclusive: (label, value) => `${label}${value}以上`,
  equal: (label, value) => `${label}为${value}`,
  notEqual: (label, value) => `${label}不为${value}`,
};

const DATE_WORDS: Record<string, (label: string, value: string) => string> = {
  lessThan: (label, value) => `${label}早于${value}`,
  lessThanInclusive: (label, value) => `${label}不晚于${value}`,
  greaterThan: (label, value) => `${label}晚于${value}`,
  greaterThanInclusive: (label, value) => `${label}不早于${value}`,
  equal: (label, value) => `${label}为${value}`,
  notEqual: (label, value) => `${label}不为${value}`,
};

const REFERENCE_WORDS: Record<string, string> = {
  lessThan: '低于',
  lessThanInclusive: '不高于',
  greaterThan: '高于',
  greaterThanInclusive: '不低于',
  equal: '等于',
  notEqual: '不等于',
};

/**
 * A comparison of a number or date fact with a value, in words; undefined for operators without them.
 *
 * @example numberComparison({ type: 'number', label: '排放量（吨）' }, '排放量（吨）', 'greaterThan', '3') // '排放量（吨）超过3'
 */
export function numberComparison(
  fact: FactDeclaration | undefined,
  label: string,
  operator: string,
  shown: string,
): string | undefined {
  const words = fact?.type === 'date' ? DATE_WORDS : NUMBER_WORDS;
  return words[operator]?.(label, shown);
}

/** A comparison of two facts in words: 「违法所得不低于货值金额」; undefined for other operators. */
export function referenceComparison(label: string, operator: string, other: string): string | undefined {
  const word = REFERENCE_WORDS[operator];
  return word === undefined ? undefined : `${label}${word}${other}`;
}

/**
 * Labels that begin with an act the party did or did not do: their negation is 未 before the label
 * (「未造成水污染」, 「未及时改正」). Labels that begin otherwise (a state, 「X为Y」, 「责令…后逾期不改正」)
 * are negated as 「不具有“…”情形」, which reads correctly whatever the label says.
 */
const ACT_PREFIXES = [
  '造成',
  '拒绝',
  '提供',
  '使用',
  '从事',
  '发现',
  '阻挠',
  '受',
  '主动',
  '配合',
  '及时',
  '涉及',
  '在接受',
];

/**
 * The negation of a yes/no fact's label, as prose: 「有…」 → 「无…」, an act → 「未…」, anything else →
 * 「不具有“…”情形」.
 *
 * @example negatedLabel('造成水污染') // '未造成水污染'
 */
export function negatedLabel(label: string): string {
  if (label.startsWith('有')) return `无${label.slice(1)}`;
  if (ACT_PREFIXES.some((prefix) => label.startsWith(prefix))) return `未${label}`;
  return `不具有“${label}”情形`;
}

/**
 * An enum fact's label without the list of its values that some labels carry for the form
 * (「危害后果（无、轻微、严重）」 → 「危害后果」): in a sentence the value follows anyway.
 *
 * @example enumLabel({ type: 'enum', label: '危害后果（无、轻微、严重）', values: ['none'], valueLabels: { none: '无' } })
 */
export function enumLabel(fact: FactDeclaration): string {
  const match = /^(.+?)（([^（）]+)）$/u.exec(fact.label);
  if (match === null) return fact.label;
  const listed = (match[2] as string).split(/[、／/,，]/u).map((entry) => entry.trim());
  const labels = (fact.values ?? []).map((value) => fact.valueLabels?.[value] ?? value);
  const same = listed.length === labels.length && listed.every((entry, index) => entry === labels[index]);
  return same ? (match[1] as string) : fact.label;
}
