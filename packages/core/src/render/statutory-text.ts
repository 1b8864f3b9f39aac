import type { RuleSet } from '../ruleset/load.js';
import { SANCTION_LABELS } from '../ruleset/sanction-kinds.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import { conditionWriter, multipleText, rangeText, writeUnit, writeYuan } from './chinese-text.js';
import type { ConditionWriter } from './chinese-text.js';
import { MEASURE_LABELS } from '../ruleset/measures.js';
import { choiceText, measureText, referralText } from './measure-text.js';
import type { ChoiceMemberWording } from './measure-text.js';

/** A penalty item of a loaded rule set. */
export type PenaltyItem = Extract<RuleSet['items'][number], { readonly kind: 'penalty' }>;
/** A licensing item of a loaded rule set. */
export type LicensingItem = Extract<RuleSet['items'][number], { readonly kind: 'licensing' }>;
export type Tier = PenaltyItem['tiers'][number];
export type StatutoryFine = NonNullable<PenaltyItem['statutory']['fine']>[number];
export type Sanction = NonNullable<PenaltyItem['statutory']['with']>[number];

/** The part of a sanction the table words: its kind or the statute's words, and the range it carries (days, months). */
export interface SanctionWording {
  readonly kind: SanctionKind;
  /** The statute's own words (吊销营业执照), printed as they are, in place of the kind's label. */
  readonly text?: string | undefined;
  readonly range?: { readonly min: string; readonly max?: string } | undefined;
  readonly unit?: string | undefined;
  /** v2: the other members of a statutory choice (责令停业、关闭). */
  readonly alternatives?: readonly ChoiceMemberWording[] | undefined;
  /** v2: the whole choice in the statute's words and order (责令拆除或者关闭). */
  readonly choiceText?: string | undefined;
}

/**
 * A sanction as a statute words it: 给予警告, 没收违法所得, 吊销许可证件, 处五日以上十日以下行政拘留,
 * 责令停产停业一个月以上六个月以下.
 */
export function sanctionText(sanction: SanctionWording): string {
  const own = sanction.text ?? SANCTION_LABELS[sanction.kind];
  // 责令停业、关闭: one of them, printed as the choice it is.
  const label = sanction.alternatives === undefined ? own : choiceText(own, sanction.alternatives, sanction.choiceText);
  if ((sanction.text !== undefined || sanction.alternatives !== undefined) && sanction.range === undefined)
    return label;
  if (sanction.kind === 'warning' || sanction.kind === 'circulate-criticism') return `给予${label}`;
  if (sanction.range === undefined) return label;
  const range = rangeText(sanction.range.min, sanction.range.max, writeUnit(sanction.unit));
  return sanction.kind === 'detention' ? `处${range}${label}` : `${label}${range}`;
}

/** 处五万元以上十万元以下罚款 → the amount part: 五万元以上十万元以下 / 货值金额十倍以上二十倍以下. */
export function statutoryFineAmount(alternative: StatutoryFine, ruleSet: RuleSet): string {
  if (alternative.range !== undefined) return rangeText(alternative.range.min, alternative.range.max, writeYuan);
  const multiple = alternative.multiple as NonNullable<StatutoryFine['multiple']>;
  return multipleText(ruleSet, multiple.of, multiple.min, multiple.max);
}

/** 责令改正, 责令限期改正, or the order's own wording, with what v2 says of it (可以, 由…, 三年内, 或者). */
export function orderText(order: NonNullable<PenaltyItem['orders']>[number]): string {
  return measureText({
    label: order.label ?? MEASURE_LABELS[order.kind],
    optional: order.optional,
    authority: order.authority,
    period: order.period,
    alternatives: order.alternatives?.map((entry) => ({ label: entry.label ?? MEASURE_LABELS[entry.kind] })),
    requires: order.requires,
  });
}

/** A sanction with its modality: 「报经有批准权的人民政府批准，可以责令停业整顿」. */
function modalText(sanction: Sanction): string {
  const requires = sanction.requires === undefined ? '' : `${sanction.requires}，`;
  return `${requires}${sanction.optional === true ? '可以' : ''}${sanctionText(sanction)}`;
}

/**
 * The statutory range of a penalty item as the statute words it, for the 处罚依据 column:
 * orders, the sanctions imposed with the fine (并处, 可以), each fine alternative with the
 * circumstance that selects it, and the sanctions of graver cases —
 * 「没收违法所得、没收非法财物，并可以没收违法工具、设备、原料；货值金额不足一万元的，并处五万元以上十万元以下罚款；
 * 货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证件」.
 *
 * @param item - a penalty item of `ruleSet`
 * @param ruleSet - the rule set (fact labels)
 * @returns the text, without a final 。
 */
export function statutoryText(
  item: PenaltyItem,
  ruleSet: RuleSet,
  describe: ConditionWriter = conditionWriter(ruleSet),
): string {
  const withs = item.statutory.with ?? [];
  const unconditional = withs.filter((sanction) => sanction.when === undefined);
  const required = (sanction: Sanction) =>
    `${sanction.requires === undefined ? '' : `${sanction.requires}，`}${sanctionText(sanction)}`;
  const mandatory = unconditional.filter((sanction) => sanction.optional !== true).map(required);
  const optional = unconditional.filter((sanction) => sanction.optional === true).map(required);
  const head: string[] = [];
  // An order on a condition (情节严重的，责令停止生产、销售) is printed with it, after the fines, in v2;
  // a v1 conditional order keeps its label (which states the condition) in the head, as before.
  const orders = item.orders ?? [];
  const conditionalOrders = orders.filter((order) => order.when !== undefined && v2Order(order));
  const headOrders = orders.filter((order) => !conditionalOrders.includes(order));
  if (headOrders.length > 0) head.push(headOrders.map(orderText).join('，'));
  if (mandatory.length > 0) head.push(mandatory.join('、'));
  if (optional.length > 0) head.push(`${mandatory.length > 0 ? '并可以' : '可以'}${optional.join('、')}`);

  // 「给予警告；拒不改正的，处…罚款」: a fine on its own condition is not 并处 — the warning stands alone.
  const fineCondition = item.statutory.fineCondition;
  const accompanied = mandatory.length + optional.length > 0 && fineCondition === undefined;
  const alternatives = item.statutory.fine ?? [];
  const fines = alternatives.map((alternative) => {
    // 「警告或者罚款」: the other members before the fine, as the statute writes the choice.
    const others = (alternative.alternatives ?? []).map((entry) => `${sanctionText(entry)}或者`).join('');
    const verb = `${alternative.optional === true ? '可以' : ''}${others}${accompanied ? '并处' : '处'}`;
    return `${alternative.when === undefined ? '' : `${describe(alternative.when)}的，`}${verb}${statutoryFineAmount(alternative, ruleSet)}罚款`;
  });
  const precondition = item.statutory.precondition;
  if (fineCondition !== undefined && fines.length > 0) fines[0] = `${describe(fineCondition)}的，${fines[0] as string}`;
  if (precondition !== undefined && fines.length > 0) fines[0] = `${describe(precondition)}的，${fines[0] as string}`;
  const simple =
    fines.length === 1 &&
    precondition === undefined &&
    fineCondition === undefined &&
    alternatives[0]?.when === undefined;

  const clauses: string[] = [];
  const lead = head.join('，');
  if (fines.length === 0) clauses.push(lead);
  else if (lead === '') clauses.push(fines.join('；'));
  else clauses.push(simple ? `${lead}，${fines[0] as string}` : `${lead}；${fines.join('；')}`);

  for (const sanction of withs.filter((entry) => entry.when !== undefined)) {
    clauses.push(`${describe(sanction.when)}的，${modalText(sanction)}`);
  }
  const also = item.statutory.also ?? [];
  const graver = also.filter((sanction) => sanction.when === undefined);
  if (graver.length > 0) clauses.push(`情节严重的，${graverText(graver)}`);
  for (const sanction of also.filter((entry) => entry.when !== undefined)) {
    clauses.push(`${describe(sanction.when)}的，${modalText(sanction)}`);
  }
  for (const order of conditionalOrders) clauses.push(`${describe(order.when)}的，${orderText(order)}`);
  if (item.persons !== undefined) clauses.push(personsText(item.persons, ruleSet));
  for (const referral of item.referrals ?? []) {
    clauses.push(`${referral.when === undefined ? '' : `${describe(referral.when)}的，`}${referralText(referral)}`);
  }
  return clauses.filter((clause) => clause !== '').join('；');
}

/**
 * 双罚制, the persons' own sanction as the statute words it: 「对直接负责的主管人员和其他直接责任人员可以处上一年度
 * 从本企业事业单位取得收入百分之五十以下的罚款」 — the fine's `text` where the rule set gives it, else its range
 * or its multiple of the persons' fact.
 *
 * @param persons - an item's `persons`
 * @param ruleSet - the rule set (fact labels)
 * @returns the clause, without a final 。
 */
export function personsText(persons: NonNullable<PenaltyItem['persons']>, ruleSet: RuleSet): string {
  const { fine } = persons;
  let amount: string;
  if (fine.text !== undefined) amount = fine.text;
  else if (fine.range !== undefined) amount = `${rangeText(fine.range.min, fine.range.max, writeYuan)}的罚款`;
  else {
    const multiple = fine.multiple as NonNullable<typeof fine.multiple>;
    amount = `${multipleText(ruleSet, multiple.of, multiple.min, multiple.max)}的罚款`;
  }
  return `对${persons.text}${fine.optional === true ? '可以' : ''}处${amount}`;
}

/** 「责令停产停业，直至吊销许可证」: a sanction marked `upTo` is the last step of an escalation, after 「，直至」. */
function graverText(sanctions: readonly Sanction[]): string {
  let out = '';
  for (const sanction of sanctions) {
    const text = modalText(sanction);
    out += out === '' ? text : `${sanction.upTo === true ? '，直至' : '、'}${text}`;
  }
  return out;
}

/** Whether an order uses a v2 measure or key, so the table may print its condition itself. */
function v2Order(order: NonNullable<PenaltyItem['orders']>[number]): boolean {
  return (
    (order.kind !== 'correct' && order.kind !== 'correct-within-period') ||
    order.optional !== undefined ||
    order.authority !== undefined ||
    order.period !== undefined ||
    order.alternatives !== undefined ||
    order.requires !== undefined
  );
}
