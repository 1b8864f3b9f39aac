import type { Condition } from '../conditions/types.js';
import { toChineseAmount, toChineseMultiple, toChineseWhole } from '../explain/chinese-amount.js';
import { describeCondition } from '../explain/condition-text.js';
import type { FactDeclaration, FactScope } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { RuleSet } from '../ruleset/load.js';
import { SANCTION_UNIT_LABELS, SANCTION_UNITS } from '../ruleset/sanction-kinds.js';
import { ruleSetScope } from '../ruleset/scope.js';

/** How an amount of one kind is written: 五万元, 十倍, 五日. */
export type Writer = (amount: string) => string;

export const writeYuan: Writer = toChineseAmount;
export const writeMultiple: Writer = toChineseMultiple;

/** Days, months or years of a ranged sanction (行政拘留五日以上十日以下). */
export function writeUnit(unit: string | undefined): Writer {
  const known = SANCTION_UNITS.find((candidate) => candidate === unit);
  const suffix = known === undefined ? '' : SANCTION_UNIT_LABELS[known];
  return (amount) => `${toChineseWhole(amount) ?? amount}${suffix}`;
}

/**
 * A range in the words statutes use (民法典 第一千二百五十九条: 以上、以下 include the bound):
 * 五万元以上十万元以下, 五万元以下 (min 0), 五万元以上 (no max), 五万五千元 (min = max).
 */
export function rangeText(min: Decimal | string, max: Decimal | string | undefined, write: Writer): string {
  const low = new Decimal(min);
  if (max === undefined) return `${write(formatMoney(low))}以上`;
  const high = new Decimal(max);
  if (low.equals(high)) return write(formatMoney(low));
  if (low.isZero()) return `${write(formatMoney(high))}以下`;
  return `${write(formatMoney(low))}以上${write(formatMoney(high))}以下`;
}

/** `2024-03-01` → 2024年3月1日 */
export function dateText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** `0.3` → 30% */
export function percentText(fraction: string): string {
  return `${formatMoney(new Decimal(fraction).times(100))}%`;
}

/**
 * A part of a range as a reader of the published table says it: 「最低的30%」, 「最高的30%」,
 * 「30%至70%」, 「50%处」, 「全部」 — never 「0%至30%」, which reads like a formula, not a rule.
 *
 * @param from - where the part starts, a fraction of the range (0 = its minimum)
 * @param to - where it ends (1 = its maximum)
 * @returns the words for the part, to follow 「幅度」 through {@link ofRange}
 * @example rangePartText('0', '0.3') // '最低的30%'
 */
export function rangePartText(from: string, to: string): string {
  const low = new Decimal(from);
  const high = new Decimal(to);
  if (low.equals(high)) return `${percentText(from)}处`;
  if (low.isZero() && high.equals(1)) return '全部';
  if (low.isZero()) return `最低的${percentText(to)}`;
  if (high.equals(1)) return `最高的${percentText(high.minus(low).toString())}`;
  return `${percentText(from)}至${percentText(to)}`;
}

/**
 * 「幅度」 joined to a part of it: 「幅度最低的30%」 but 「幅度的30%至70%」.
 *
 * @param range - the range's name (法定幅度, 本阶次幅度)
 * @param part - from {@link rangePartText}
 * @returns the phrase
 * @example ofRange('法定幅度', '30%至70%') // '法定幅度的30%至70%'
 */
export function ofRange(range: string, part: string): string {
  return part.startsWith('最') ? `${range}${part}` : `${range}的${part}`;
}

/** Describes conditions with the labels of one rule set's facts. */
export interface ConditionWriter {
  (condition: unknown): string;
  readonly scope: FactScope;
}

/** A describer of conditions in Chinese, from the rule set's fact labels. */
export function conditionWriter(ruleSet: RuleSet): ConditionWriter {
  const scope = ruleSetScope(ruleSet.facts as Readonly<Record<string, FactDeclaration>>);
  const write = (condition: unknown) => describeCondition(condition as Condition, scope, 'zh');
  return Object.assign(write, { scope });
}

/**
 * A fine that multiplies a fact, as the statute words it: 「货值金额十倍以上二十倍以下」 for a money
 * fact; for a quantity the factors are yuan per unit — 「占地面积每平方米一千元」 (深圳经济特区市容和
 * 环境卫生管理条例 第十八条第三款 「按照占地面积处每平方米一千元罚款」), 「违法设置的设施每处五千元以上二万元以下」
 * — never 「一千倍」, which would read as a multiple of an amount.
 *
 * @param of - the fact multiplied
 * @example multipleText(ruleSet, 'area', '1000', '1000') // '占地面积每平方米一千元'
 */
export function multipleText(
  ruleSet: RuleSet,
  of: string,
  min: Decimal | string,
  max: Decimal | string | undefined,
): string {
  const facts = ruleSet.facts as Readonly<Record<string, FactDeclaration>>;
  const fact = Object.hasOwn(facts, of) ? facts[of] : undefined;
  if (fact?.type === 'quantity') return `${fact.label}每${fact.unit ?? ''}${rangeText(min, max, writeYuan)}`;
  return `${fact?.label ?? of}${rangeText(min, max, writeMultiple)}`;
}

/** The label of a fact (货值金额), or its name when undeclared. */
export function factLabel(ruleSet: RuleSet, name: string): string {
  const facts = ruleSet.facts as Readonly<Record<string, FactDeclaration>>;
  return Object.hasOwn(facts, name) ? (facts[name] as FactDeclaration).label : name;
}
