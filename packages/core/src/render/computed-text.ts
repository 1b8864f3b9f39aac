/**
 * A computed amount (`fine.computed`) as a rendered table prints it: the table's sentence, then
 * every term with its weights or rate, the floor and cap — so a legal reviewer reads the weights
 * from the table itself (粤环发〔2021〕7号 附件1 「裁量要素｜违法程度｜裁量权重」), not only from the YAML.
 */
import { Decimal } from '../money/decimal.js';
import type { RuleSet } from '../ruleset/load.js';
import type { ComputedAmountData, ComputedTermData } from '../ruleset/computed-amount.js';

const ROUNDING_WORDS = { 'half-up': '四舍五入', up: '向高取整', down: '舍去' } as const;

/**
 * The standard text of a computed amount.
 *
 * @param computed - the tier's `fine.computed`
 * @param ruleSet - for the facts' labels and value labels
 * @returns e.g. 「罚款按“罚款金额=裁量百分值总和×20万”计算：裁量起点10%；行为表现形式：正常使用但未联网0%、未安装30%；合计最高不超过100%」
 * @example computedStandard(tier.fine.computed, ruleSet)
 */
export function computedStandard(computed: ComputedAmountData, ruleSet: RuleSet): string {
  // With a multiplier the terms are shares (裁量百分值), printed as percentages; without, yuan.
  const share = computed.times !== undefined;
  const amount = (value: string) => (share ? percent(value) : `${value}元`);
  const terms = computed.terms.map((term) => termText(term, ruleSet, amount));
  const bounds = [
    computed.min === undefined ? '' : `不足${amount(computed.min)}的按${amount(computed.min)}计算`,
    computed.max === undefined ? '' : `最高不超过${amount(computed.max)}`,
  ].filter((text) => text !== '');
  return `罚款按“${computed.text}”计算：${terms.join('；')}${bounds.length === 0 ? '' : `；合计${bounds.join('，')}`}`;
}

function termText(term: ComputedTermData, ruleSet: RuleSet, amount: (value: string) => string): string {
  if (term.value !== undefined) return `${term.label ?? ''}${amount(term.value)}`;
  const fact = term.of === undefined ? undefined : ruleSet.facts[term.of];
  const name = term.label ?? fact?.label ?? term.of ?? '';
  if (term.weights !== undefined) {
    const weights = Object.entries(term.weights).map(
      ([value, weight]) => `${fact?.valueLabels?.[value] ?? value}${amount(weight)}`,
    );
    return `${name}：${weights.join('、')}`;
  }
  const over = term.over === undefined || new Decimal(term.over).isZero() ? '' : `超过${term.over}的部分`;
  const rounding = term.rounding === undefined ? '' : `，不足的${ROUNDING_WORDS[term.rounding]}`;
  return `${name}${over}每${term.every ?? '1'}${fact?.unit ?? ''}增加${term.add ?? '0'}元${rounding}`;
}

function percent(value: string): string {
  return `${new Decimal(value).times(100).toFixed()}%`;
}
