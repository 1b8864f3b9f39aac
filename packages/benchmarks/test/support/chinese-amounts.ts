import { Decimal } from '@cailiang/core';

/**
 * Chinese numerals and the amount phrases of penalty provisions, read independently of the
 * engine so the statute cross-check does not trust the code it checks.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese (or Arabic) numeral as an exact decimal: 十 → 10, 二十 → 20, 一百零五 → 105,
 * 一千五百 → 1500, 两万 → 20000, 五十万 → 500000, 一千五百万 → 15000000, 一亿二千万 → 120000000,
 * 一点五 → 1.5, 5 → 5.
 *
 * @throws Error on anything else (二二, 十百, 万万…), never a guess
 */
export function parseChineseNumber(text: string): Decimal {
  if (/^\d+(?:\.\d+)?$/.test(text)) return new Decimal(text);
  const fail = (): never => {
    throw new Error(`not a Chinese numeral: ${text === '' ? '(empty)' : text}`);
  };
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseNumber(text.slice(0, point));
    const fraction = [...text.slice(point + 1)];
    if (fraction.length === 0 || fraction.some((ch) => DIGITS[ch] === undefined)) fail();
    return whole.plus(new Decimal(`0.${fraction.map((ch) => DIGITS[ch]).join('')}`));
  }
  // Tokens: a digit (一…九, or Arabic digits as in 5万元), 零, a unit.
  const tokens = text.match(/\d+(?:\.\d+)?|./gu) ?? fail();
  let total = new Decimal(0); // the part already multiplied by 亿 and 万
  let section = new Decimal(0); // below 万
  let digit: Decimal | undefined; // a digit waiting for its unit
  let lastSmallUnit = Infinity; // units inside a section must descend: 千 > 百 > 十
  let sawWan = false;
  let sawYi = false;
  for (const token of tokens) {
    const small = SMALL_UNITS[token];
    if (/^\d/.test(token) || (DIGITS[token] !== undefined && DIGITS[token] !== 0)) {
      if (digit !== undefined) fail(); // 二二
      digit = /^\d/.test(token) ? new Decimal(token) : new Decimal(DIGITS[token]!);
    } else if (token === '零' || token === '〇') {
      if (digit !== undefined) fail();
    } else if (small !== undefined) {
      if (small >= lastSmallUnit) fail(); // 十百
      // 十 at the start of a section means 一十 (十五 = 15); 百 and 千 need their digit.
      if (digit === undefined && !(small === 10 && section.isZero())) fail();
      section = section.plus((digit ?? new Decimal(1)).times(small));
      digit = undefined;
      lastSmallUnit = small;
    } else if (token === '万' || token === '亿') {
      if (section.isZero() && digit === undefined && (token === '万' || total.isZero())) fail(); // 万 alone
      const part = section.plus(digit ?? 0);
      if (token === '万') {
        if (sawWan) fail(); // 万万
        total = total.plus(part.times(10_000));
        sawWan = true;
      } else {
        if (sawYi || sawWan) fail();
        total = total.plus(part).times(100_000_000);
        sawYi = true;
      }
      section = new Decimal(0);
      digit = undefined;
      lastSmallUnit = Infinity;
    } else {
      fail();
    }
  }
  if (tokens.length === 1 && (tokens[0] === '零' || tokens[0] === '〇')) return new Decimal(0);
  if (total.isZero() && section.isZero() && digit === undefined) fail(); // only 零s
  return total.plus(section).plus(digit ?? 0);
}

/** The unit of an amount phrase: money (元), a multiple of a base amount (倍, 百分之, 等值), a period. */
export type AmountUnit = 'yuan' | 'times' | 'day' | 'month' | 'year';

/** What the phrase does in the provision. */
export type AmountRole = 'fine' | 'detention' | 'threshold' | 'other';

/**
 * One amount phrase: 五万元以上十万元以下 → { unit: yuan, min: 50000, max: 100000 };
 * 五千元以下 → { max: 5000 }; 二千元以上 → { min: 2000 }; 十万元 → { min: 100000, max: 100000 };
 * 不足一万元 → { max: 10000, maxExclusive: true }; 超过… → { min, minExclusive: true }.
 * `以上`/`以下`/`以内` include the number, `不足`/`不满`/`超过` exclude it
 * (民法典 第一千二百五十九条).
 */
export interface AmountPhrase {
  readonly text: string;
  readonly index: number;
  readonly unit: AmountUnit;
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly role: AmountRole;
  /** For multiples: what they multiply, as written just before (货值金额, 违法所得…), if anything. */
  readonly base?: string;
  /** The clause authorises the amount rather than requiring it: 可以处, 可以并处, 并可处以. */
  readonly optional?: boolean;
  /** 处警告或者…罚款: the fine is one member of a choice with 警告 (one of the two is required). */
  readonly orWarning?: boolean;
}

const NUM = '[零〇一二两三四五六七八九十百千万亿点0-9.]+';
/** One quantity: 百分之五十, 等值, 十倍, 五万元, 五日, 三个月, 五年; a bare numeral only inside a range. */
const QUANTITY = `(?:百分之(?<pct>${NUM})|(?<eq>等值)|(?<num>${NUM})(?<unit>元|倍|日|个月|月|年)?)`;
const MENTION = new RegExp(`(?<pre>不足|不满|超过)?${QUANTITY}(?<rel>以上|以下|以内)?`, 'gu');

const UNITS: Readonly<Record<string, AmountUnit>> = {
  元: 'yuan',
  倍: 'times',
  日: 'day',
  个月: 'month',
  月: 'month',
  年: 'year',
};

interface RawMention {
  readonly text: string;
  readonly index: number;
  readonly end: number;
  readonly unit: AmountUnit | undefined;
  readonly value: Decimal;
  readonly pre: string | undefined;
  readonly rel: string | undefined;
}

function readMention(match: RegExpMatchArray): RawMention | undefined {
  const groups = match.groups ?? {};
  let unit: AmountUnit | undefined;
  let value: Decimal;
  try {
    if (groups['pct'] !== undefined) {
      unit = 'times';
      value = parseChineseNumber(groups['pct']).dividedBy(100);
    } else if (groups['eq'] !== undefined) {
      unit = 'times';
      value = new Decimal(1); // 等值: once the base amount
    } else {
      value = parseChineseNumber(groups['num'] ?? '');
      unit = groups['unit'] === undefined ? undefined : UNITS[groups['unit']];
    }
  } catch {
    return undefined; // not a number after all (e.g. a lone 点)
  }
  const index = match.index ?? 0;
  return { text: match[0], index, end: index + match[0].length, unit, value, pre: groups['pre'], rel: groups['rel'] };
}

const BASE_WORDS =
  /(货值金额|违法所得|违法收入|合同金额|广告费用|认证费用|检验费用|销售金额|营业额|直接损失|所收费用|收入|价款|费用|款项)[^，；。：、处]{0,3}$/u;

/**
 * Every amount phrase in a provision, with the role it plays: a fine (followed by 罚款, or after
 * 处 in the same clause), a detention (…拘留), a threshold (不足一万元的, 一万元以上的), or other.
 */
export function findAmountPhrases(text: string): AmountPhrase[] {
  const raw: RawMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const mention = readMention(match);
    if (mention !== undefined) raw.push(mention);
  }
  const phrases: AmountPhrase[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const first = raw[i]!;
    const second = raw[i + 1];
    let unit: AmountUnit | undefined;
    let min: Decimal | undefined;
    let max: Decimal | undefined;
    let minExclusive = false;
    let maxExclusive = false;
    let start = first.index;
    let end = first.end;
    // A range: 「X以上Y以下」, the two quantities adjacent; X may leave its unit to Y
    // (五万以上十万元以下), and 百分之五十以上三倍以下 mixes two ways of writing a multiple.
    if (
      first.rel === '以上' &&
      first.pre === undefined &&
      second !== undefined &&
      second.index === first.end &&
      (second.rel === '以下' || second.rel === '以内') &&
      second.unit !== undefined &&
      (first.unit === undefined || first.unit === second.unit)
    ) {
      unit = second.unit;
      min = first.value;
      max = second.value;
      end = second.end;
      i += 1;
    } else {
      if (first.unit === undefined) continue; // a bare numeral: 第一百二十二条, 第一款…
      unit = first.unit;
      if (first.pre === '不足' || first.pre === '不满') {
        max = first.value;
        maxExclusive = true;
      } else if (first.pre === '超过') {
        min = first.value;
        minExclusive = true;
      } else if (first.rel === '以上') {
        min = first.value;
      } else if (first.rel === '以下' || first.rel === '以内') {
        max = first.value;
      } else {
        min = first.value; // a fixed amount: 处五千元的罚款, 二倍的罚款
        max = first.value;
      }
      start = first.index;
    }
    const after = text.slice(end, end + 8);
    const clauseStart =
      Math.max(...['，', '；', '。', '：', ',', ';', ':'].map((mark) => text.lastIndexOf(mark, start - 1))) + 1;
    const before = text.slice(clauseStart, start);
    const pre = first.pre !== undefined;
    let role: AmountRole = 'other';
    if (/^的?(?:计算)?罚款/u.test(after)) role = 'fine';
    else if (/^的?拘留/u.test(after)) role = 'detention';
    else if (pre || /^的/u.test(after)) role = unit === 'yuan' || unit === 'times' ? 'threshold' : 'other';
    else if (/处/u.test(before) && (unit === 'yuan' || unit === 'times')) role = 'fine'; // 对公民处以二百元以下、对法人…
    const baseMatch = unit === 'times' ? BASE_WORDS.exec(before) : null;
    // 可以处 / 可以并处 / 并可处以: 可 directly before 处 in the same clause. 处警告或者…罚款 (道路交通安全法
    // 第九十条) makes the fine one member of a choice with 警告: not required alone, one of the two is.
    const optional = /可以?并?处/u.test(before);
    const withWarning = /处警告或者$/u.test(before);
    phrases.push({
      text: text.slice(start, end),
      index: start,
      unit,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      ...(minExclusive ? { minExclusive } : {}),
      ...(maxExclusive ? { maxExclusive } : {}),
      role,
      ...(baseMatch?.[1] === undefined ? {} : { base: baseMatch[1] }),
      ...(withWarning ? { orWarning: true } : {}),
      ...(optional ? { optional } : {}),
    });
  }
  return phrases;
}

/** 五万元以上十万元以下 → "50000–100000 yuan"; for messages. */
export function describePhrase(
  phrase: Pick<AmountPhrase, 'unit' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'>,
): string {
  const min = phrase.min === undefined ? '' : `${phrase.minExclusive === true ? '>' : ''}${phrase.min.toFixed()}`;
  const max = phrase.max === undefined ? '' : `${phrase.maxExclusive === true ? '<' : ''}${phrase.max.toFixed()}`;
  return `${min}–${max} ${phrase.unit}`;
}
