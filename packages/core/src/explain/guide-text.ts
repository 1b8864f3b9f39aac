/**
 * The reasoning's sentence on a guiding amount (指导基准, decision `guide`): what the table
 * recommends, and — when departures hold — on which grounds and how far the amount may leave it.
 * 新公规〔2025〕1号 适用规则第六条 makes the amount a guide 「可以根据现场违法事实、情节予以调整」; an officer
 * who departs must say why, so the sentence names each ground with its article.
 */
import type { Guide, GuideAmount } from '../decide/guide.js';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '../ruleset/sanction-kinds.js';

/**
 * The sentence in Chinese: 「依据《…》第六条，本阶次默认值（指导基准）为罚款1500元、拘留5日；本案具有
 * “违法行为引发交通事故的，可以按上限处罚”（《…》第四条第（三）项）情形，可在罚款1500元至2000元、拘留5日至15日
 * 之间裁量。」
 *
 * @param guide - the decision's guide
 * @returns one sentence, ending in 。
 * @example guideZh(decision.guide) // '依据《…适用规则》第六条，本阶次默认值（指导基准）为罚款2000元；…'
 */
export function guideZh(guide: Guide): string {
  const article = guide.citations[0]?.text ?? '';
  const recommended = guide.amounts.map((amount) => amountZh(amount, amount.recommended)).join('、');
  const head = `依据${article}，本阶次${guide.label}为${recommended}`;
  if (guide.grounds.length === 0)
    return `${head}；本案不具有本基准所列可以偏离${guide.label}的情形，按${guide.label}裁量。`;
  const grounds = guide.grounds
    .map((ground) => `“${ground.label}”（${ground.citations.map((c) => c.text).join('、')}）`)
    .join('、');
  const permitted = guide.amounts.map((amount) => permittedZh(amount)).join('、');
  return `${head}；本案具有${grounds}情形，可在${permitted}之间裁量。`;
}

/**
 * The sentence in English.
 *
 * @param guide - the decision's guide
 * @returns one sentence, ending in a space
 * @example guideEn(decision.guide) // 'Under …, the guiding amount (默认值（指导基准）) of this tier is a fine of 2000 yuan; …'
 */
export function guideEn(guide: Guide): string {
  const article = guide.citations[0]?.text ?? '';
  const recommended = guide.amounts.map((amount) => amountEn(amount, amount.recommended)).join(', ');
  const head = `Under ${article}, the guiding amount (${guide.label}) of this tier is ${recommended}`;
  if (guide.grounds.length === 0)
    return `${head}; no ground the table gives for departing from it holds, so it applies. `;
  const grounds = guide.grounds
    .map((ground) => `"${ground.label}" (${ground.citations.map((c) => c.text).join(', ')})`)
    .join(', ');
  const permitted = guide.amounts
    .map((amount) =>
      amountEn(
        amount,
        amount.permitted.min === amount.permitted.max
          ? amount.permitted.min
          : `${amount.permitted.min} to ${amount.permitted.max}`,
      ),
    )
    .join(', ');
  return `${head}; the case shows ${grounds}, so the amount may lie between ${permitted}. `;
}

function amountZh(amount: GuideAmount, value: string): string {
  return `${SANCTION_LABELS[amount.kind]}${value}${unitZh(amount)}`;
}

function permittedZh(amount: GuideAmount): string {
  const { min, max } = amount.permitted;
  const unit = unitZh(amount);
  return min === max
    ? `${SANCTION_LABELS[amount.kind]}${min}${unit}`
    : `${SANCTION_LABELS[amount.kind]}${min}${unit}至${max}${unit}`;
}

function unitZh(amount: GuideAmount): string {
  if (amount.kind === 'fine') return '元';
  return amount.unit === undefined ? '' : SANCTION_UNIT_LABELS[amount.unit];
}

function amountEn(amount: GuideAmount, value: string): string {
  const unit = amount.kind === 'fine' ? 'yuan' : `${amount.unit ?? ''}s`;
  return `${amount.kind === 'fine' ? 'a fine' : amount.kind} of ${value} ${unit}`;
}
