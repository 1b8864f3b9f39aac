/**
 * The Chinese wording of what is not this agency's penalty: measures (责令改正, 收缴, 强制拆除, 由广告审查机关
 * 撤销…), referrals (移送公安机关…, 报请…, 建议…), and the requirement and 「或者」 of a statutory choice
 * (报经有批准权的人民政府批准，责令停业或者责令关闭). Tables, decisions and reasoning print the same words.
 */
import { toChineseWhole } from '../explain/chinese-amount.js';
import type { MeasureKind, ReferralAction } from '../ruleset/measures.js';
import { MEASURE_LABELS, REFERRAL_VERBS } from '../ruleset/measures.js';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '../ruleset/sanction-kinds.js';
import type { SanctionKind, SanctionUnit } from '../ruleset/sanction-kinds.js';

/** A measure as printed: its label and what v2 says of it. */
export interface MeasureWording {
  readonly label: string;
  readonly optional?: boolean | undefined;
  readonly authority?: string | undefined;
  readonly period?: { readonly length: number; readonly unit: SanctionUnit } | undefined;
  readonly alternatives?: readonly { readonly label: string }[] | undefined;
  readonly requires?: string | undefined;
}

/** A referral as printed. */
export interface ReferralWording {
  readonly action: ReferralAction;
  readonly authority: string;
  readonly target?: string | undefined;
  readonly measure: string;
  readonly optional?: boolean | undefined;
  readonly requires?: string | undefined;
  readonly range?: { readonly min: number; readonly max?: number | undefined } | undefined;
  readonly unit?: SanctionUnit | undefined;
}

/**
 * 三年内, 五日内: the period a statute fixes for a measure.
 *
 * @example periodText({ length: 3, unit: 'year' }) // '三年内'
 */
export function periodText(period: { readonly length: number; readonly unit: SanctionUnit }): string {
  return `${toChineseWhole(String(period.length)) ?? String(period.length)}${SANCTION_UNIT_LABELS[period.unit]}内`;
}

/**
 * A measure as the statute words it: 「报经…批准，由广告审查机关撤销广告审查批准文件」,
 * 「可以责令停产整治」, 「责令改正或者限制生产、停产整治」, 「三年内不受理该申请人的广告审查申请」.
 *
 * @param measure - a decided order, or a rule set's order with its label resolved
 * @returns the text, without a final 。
 */
export function measureText(measure: MeasureWording): string {
  const choice = [measure.label, ...(measure.alternatives ?? []).map((entry) => entry.label)].join('或者');
  const period = measure.period === undefined ? '' : periodText(measure.period);
  const authority = measure.authority === undefined ? '' : `由${measure.authority}`;
  const requires = measure.requires === undefined ? '' : `${measure.requires}，`;
  return `${requires}${measure.optional === true ? '可以' : ''}${authority}${period}${choice}`;
}

/**
 * A referral, never worded as this agency's penalty: 「移送公安机关依法处十日以上十五日以下拘留」,
 * 「可以移送有关部门依法暂停广告发布业务、吊销营业执照」, 「建议任免机关或者监察机关依法给予处分」.
 *
 * @param referral - a decided referral, or a rule set's
 * @returns the text, without a final 。
 */
export function referralText(referral: ReferralWording): string {
  const verb = REFERRAL_VERBS[referral.action];
  const lawful = referral.action === 'transfer' || referral.action === 'recommend' ? '依法' : '';
  const range =
    referral.range === undefined
      ? ''
      : `处${wholeRange(referral.range.min, referral.range.max, referral.unit === undefined ? '' : SANCTION_UNIT_LABELS[referral.unit])}`;
  const requires = referral.requires === undefined ? '' : `${referral.requires}，`;
  const target = referral.target === undefined ? '' : `对${referral.target}`;
  return `${requires}${referral.optional === true ? '可以' : ''}${verb}${referral.authority}${lawful}${target}${range}${referral.measure}`;
}

/**
 * The members of a statutory choice among sanctions, as printed: 「责令停业或者责令关闭」, or the
 * statute's own words for the whole choice where the rule set gives them (「责令拆除或者关闭」).
 *
 * @param first - the sanction's own words
 * @param alternatives - the other members
 * @param words - the choice in the statute's words and order (`choiceText`), printed as it is
 * @returns the choice as printed
 * @example choiceText('责令停业', [{ kind: 'order-closure', text: '责令关闭' }]) // '责令停业或者责令关闭'
 */
export function choiceText(
  first: string,
  alternatives: readonly ChoiceMemberWording[] | undefined,
  words?: string,
): string {
  if (words !== undefined) return words;
  return [first, ...(alternatives ?? []).map(choiceMemberText)].join('或者');
}

/** A member of a statutory choice beside a sanction: another sanction, or a measure (责令拆除). */
export type ChoiceMemberWording =
  | { readonly kind: SanctionKind; readonly text?: string | undefined }
  | { readonly measure: MeasureKind; readonly text?: string | undefined };

/**
 * One member's words: its own text, else its kind's label (吊销许可证件) or its measure's (责令拆除).
 *
 * @example choiceMemberText({ measure: 'demolish' }) // '责令拆除'
 */
export function choiceMemberText(member: ChoiceMemberWording): string {
  if (member.text !== undefined) return member.text;
  return 'kind' in member ? SANCTION_LABELS[member.kind] : MEASURE_LABELS[member.measure];
}

/** 十日以上十五日以下, 五日以上 — whole units, as 民法典 第一千二百五十九条 reads 以上、以下. */
function wholeRange(min: number, max: number | undefined, unit: string): string {
  const write = (value: number) => `${toChineseWhole(String(value)) ?? String(value)}${unit}`;
  if (max === undefined) return `${write(min)}以上`;
  if (min === max) return write(min);
  if (min === 0) return `${write(max)}以下`;
  return `${write(min)}以上${write(max)}以下`;
}
