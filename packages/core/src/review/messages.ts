import type { Language } from '../explain/condition-text.js';
import { SANCTION_UNIT_LABELS, sanctionLabel } from '../ruleset/sanction-kinds.js';
import { MEASURE_LABELS } from '../ruleset/measures.js';
import type { ReviewFindingCode } from './findings.js';

/**
 * The words of each review finding, in Chinese (the default: officers and 法制审核 staff read them) and
 * in English (on request). The code of a finding is stable whatever the language; only the message
 * changes. Parameters are the finding's figures, already as decimal strings.
 */
export interface ReviewMessageParams {
  /** The imposed fine and the ranges it was compared with. */
  readonly fine?: { amount: string; statutoryMin: string; statutoryMax?: string; tierMin: string; tierMax: string };
  /** The 减轻 floor a fine fell below. */
  readonly floor?: string;
  /** Whether the decision gives reasons. */
  readonly reasons?: boolean;
  /** A sanction kind, and the statute's own words for it when it has them. */
  readonly kind?: string;
  readonly text?: string;
  /** The members of a statutory choice (责令停业、责令关闭). */
  readonly choice?: string;
  /** Other authorities' measures the statute provides for (移送…), as the decision prints them. */
  readonly referrals?: string;
  /** An amount imposed and the amount established. */
  readonly imposedAmount?: string;
  readonly expectedAmount?: string;
  /** How many fines were imposed. */
  readonly count?: number;
  /** The exemption that holds. */
  readonly exemption?: string;
  /** The party kind (individual, organization). */
  readonly party?: string;
  /** Why a hearing was due: sanction kinds, or amounts with their threshold. */
  readonly hearing?: readonly { kind: string; amount?: string; threshold?: string }[];
  /** v2 指导基准: the amount imposed, the guide and the range the departures that hold permit. */
  readonly guide?: {
    readonly label: string;
    readonly kind: string;
    readonly unit?: string;
    readonly amount: string;
    readonly recommended: string;
    readonly min: string;
    readonly max: string;
  };
  /** The decision date and its limit. */
  readonly decided?: string;
  readonly due?: string;
  /** 双罚制: the person, by the name the case gives, and the range decided for them. */
  readonly person?: string;
  readonly range?: { min: string; max: string };
}

/** Writes a finding's message in the review's language: what every check is given. */
export type Say = (code: ReviewFindingCode, params?: ReviewMessageParams) => string;

type Writer = (p: ReviewMessageParams) => string;

const kindZh = (kind: string | undefined, text?: string): string =>
  text ?? (kind === undefined ? '' : sanctionLabel(kind));

/** A list of sanction kinds joined with 、 in a message parameter, in Chinese. */
const kindsZh = (kinds: string | undefined, joiner: string): string =>
  (kinds ?? '')
    .split('、')
    .map((kind) => kindZh(kind))
    .join(joiner);

const PARTY_ZH: Record<string, string> = { individual: '公民', organization: '法人或者其他组织' };

const fineZh = (p: ReviewMessageParams): string => {
  const f = p.fine;
  if (f === undefined) return '';
  return `罚款${f.amount}元（法定幅度${f.statutoryMin}元至${f.statutoryMax === undefined ? '' : `${f.statutoryMax}元`}${f.statutoryMax === undefined ? '以上' : ''}，裁量阶次${f.tierMin}元至${f.tierMax}元）`;
};

const fineEn = (p: ReviewMessageParams): string => {
  const f = p.fine;
  if (f === undefined) return '';
  return `the fine ${f.amount} (statutory ${f.statutoryMin}–${f.statutoryMax ?? '…'}, tier ${f.tierMin}–${f.tierMax})`;
};

const hearingZh = (p: ReviewMessageParams): string =>
  (p.hearing ?? [])
    .map((why) =>
      why.amount === undefined
        ? kindZh(why.kind)
        : `${kindZh(why.kind)}${why.amount}元（较大数额为${why.threshold}元以上）`,
    )
    .join('、');

const hearingEn = (p: ReviewMessageParams): string =>
  (p.hearing ?? [])
    .map((why) =>
      why.amount === undefined ? why.kind : `${why.kind} of ${why.amount} (较大数额 from ${why.threshold})`,
    )
    .join(', ');

/** 罚款1800元 / 行政拘留10日, in the guide's unit. */
const guideAmountZh = (g: NonNullable<ReviewMessageParams['guide']>, value: string): string =>
  `${value}${g.kind === 'fine' ? '元' : (SANCTION_UNIT_LABELS[g.unit as keyof typeof SANCTION_UNIT_LABELS] ?? '')}`;

const guideZh = (p: ReviewMessageParams): string => {
  const g = p.guide;
  if (g === undefined) return '';
  const permitted =
    g.min === g.max ? guideAmountZh(g, g.min) : `${guideAmountZh(g, g.min)}至${guideAmountZh(g, g.max)}`;
  return `${kindZh(g.kind)}${guideAmountZh(g, g.amount)}偏离${g.label}${guideAmountZh(g, g.recommended)}，超出本案可以裁量的${permitted}`;
};

const ZH: Record<ReviewFindingCode, Writer> = {
  'time-barred': () => '违法行为在追责期限届满后才被发现，仍给予了行政处罚',
  'precondition-not-met': () =>
    '法律规定责令改正后逾期不改正（拒不改正）的才予处罚，当事人尚未逾期不改正即给予了行政处罚',
  'referred-item-penalised': () => '该条款未规定由本机关给予的行政处罚，只应依法移送，却由本机关给予了行政处罚',
  'penalty-despite-exemption': (p) => `具有应当不予行政处罚的情形（${p.exemption}），仍给予了行政处罚`,
  'double-fine': (p) => `对同一个违法行为给予了${p.count}次罚款；同一个违法行为只能罚款一次，按照罚款数额高的规定处罚`,
  'exemption-not-considered': (p) => `具有可以不予行政处罚的情形（${p.exemption}），处罚决定未说明给予处罚的理由`,
  'missing-mandatory-sanction': (p) => `依法应当并处“${kindZh(p.kind, p.text)}”，但处罚决定中没有该项处罚`,
  'sanction-amount-differs': (p) => `${kindZh(p.kind)}${p.imposedAmount}元与认定的数额${p.expectedAmount}元不一致`,
  'retained-sanction-missing': (p) =>
    `当事人依特别规定免予处罚（${p.exemption}），但${kindZh(p.kind, p.text)}依法仍应给予，决定中没有`,
  'alternatives-cumulated': (p) =>
    `同时给予了${kindsZh(p.text, '和')}，但法律只允许选择其一（${kindsZh(p.choice, '或者')}）`,
  'missing-mandatory-measure': (p) => `依法应当${p.text}，但决定中没有该项措施`,
  'measure-not-provided': (p) =>
    `${MEASURE_LABELS[p.kind as keyof typeof MEASURE_LABELS] ?? p.kind}不在法律对本案规定的措施之内`,
  'sanction-not-authorised': (p) =>
    `${kindZh(p.kind)}不在法律和裁量阶次对本案规定的处罚种类之内${p.referrals === undefined ? '' : `；法律规定由其他机关实施的是：${p.referrals}`}`,
  'fine-outside-statutory': (p) =>
    p.floor === undefined ? `${fineZh(p)}超过法定最高数额` : `${fineZh(p)}低于减轻处罚的最低数额${p.floor}元`,
  'reduced-without-ground': (p) => `${fineZh(p)}低于法定最低数额（减轻处罚），但不具有依法减轻处罚的情形`,
  'departs-from-guide': (p) =>
    `${guideZh(p)}，不具有本基准所列可以偏离的情形；${p.reasons === true ? '所说明的理由须说明据以调整的现场违法事实、情节' : '处罚决定未说明理由'}`,
  'fine-outside-tier': (p) =>
    `${fineZh(p)}在法定幅度内但超出裁量阶次；${p.reasons === true ? '所说明的理由须足以支持该数额' : '处罚决定未说明理由'}`,
  'hearing-threshold-unknown': (p) =>
    `规则集未设定对${p.party === undefined ? '该当事人' : (PARTY_ZH[p.party] ?? p.party)}的较大数额（policy.hearingThresholds），未能核查罚没数额是否应告知听证权利`,
  'hearing-not-offered': (p) => `应当告知当事人有要求听证的权利（${hearingZh(p)}），但未告知`,
  'decision-late': (p) => `处罚决定于${p.decided}作出，超过自立案之日起九十日的期限（${p.due}）`,
  'person-not-decided': (p) =>
    `对${p.person}给予了处罚，但本案未认定其为依法应当一并处罚的直接负责的主管人员或者其他直接责任人员`,
  'person-fine-outside-range': (p) =>
    `对${p.person}罚款${p.imposedAmount}元，超出法律对其规定的幅度（${p.range?.min}元至${p.range?.max}元）`,
  'person-sanction-not-provided': (p) =>
    `对${p.person}给予了${kindZh(p.kind)}，但法律对直接责任人员规定的处罚不包括该种类`,
  'missing-person-fine': (p) => `依法应当对${p.person}处罚款（${p.range?.min}元至${p.range?.max}元），但处罚决定中没有`,
};

const EN: Record<ReviewFindingCode, Writer> = {
  'time-barred': () => 'a penalty was imposed for an act discovered after the limitation period',
  'precondition-not-met': () =>
    'a penalty was imposed although the statute penalises only after the order to correct is not complied with (逾期不改正/拒不改正)',
  'referred-item-penalised': () =>
    'a penalty of this agency was imposed although the provision only refers the case to another authority (移送)',
  'penalty-despite-exemption': (p) =>
    `a penalty was imposed although a mandatory no-penalty ground holds (${p.exemption})`,
  'double-fine': (p) =>
    `${p.count} fines were imposed for one act; it may be fined once, under the norm with the higher fine`,
  'exemption-not-considered': (p) =>
    `the agency may decide not to penalise (${p.exemption}), and the decision gives no reasons for penalising`,
  'missing-mandatory-sanction': (p) =>
    `${p.kind}${p.kind !== 'fine' && p.text !== undefined ? ` (${p.text})` : ''} is required (并处) but was not imposed`,
  'sanction-amount-differs': (p) =>
    `${p.kind} of ${p.imposedAmount} differs from the amount established, ${p.expectedAmount}`,
  'retained-sanction-missing': (p) =>
    `the party was exempted (${p.exemption}), but ${p.kind}${p.text === undefined ? '' : ` (${p.text})`} stays even then and was not imposed`,
  'alternatives-cumulated': (p) =>
    `${p.text?.replaceAll('、', ' and ')} were both imposed, but the statute allows one of them (${p.choice?.replaceAll('、', ' or ')})`,
  'missing-mandatory-measure': (p) => `${p.text} is required but was not ordered`,
  'measure-not-provided': (p) => `${p.kind} is not among the measures the statute provides for this case`,
  'sanction-not-authorised': (p) =>
    `${p.kind} is not among the sanctions the statute and the tier authorise for this case${p.referrals === undefined ? '' : `; the statute refers other measures to another authority, not this agency: ${p.referrals}`}`,
  'fine-outside-statutory': (p) =>
    p.floor === undefined
      ? `${fineEn(p)} is above the statutory maximum`
      : `${fineEn(p)} is below even the 减轻 floor ${p.floor}`,
  'reduced-without-ground': (p) => `${fineEn(p)} is below the statutory minimum (减轻) with no mitigation ground`,
  'departs-from-guide': (p) =>
    `the ${p.guide?.kind} ${p.guide?.amount} departs from the ${p.guide?.label} ${p.guide?.recommended}, outside the ${p.guide?.min}–${p.guide?.max} the case permits: no ground the table gives for departing holds; ${p.reasons === true ? 'the reasons given must state the facts and circumstances that justify it' : 'and the decision gives no reasons'}`,
  'fine-outside-tier': (p) =>
    `${fineEn(p)} is within the statute but outside the benchmark tier; ${p.reasons === true ? 'the reasons given must justify it' : 'and the decision gives no reasons'}`,
  'hearing-threshold-unknown': (p) =>
    `the rule set sets no 较大数额 (policy.hearingThresholds) for ${p.party ?? 'this party'}, so whether the amounts give a right to a hearing was not checked`,
  'hearing-not-offered': (p) => `the party had a right to request a hearing (${hearingEn(p)}) and was not told of it`,
  'decision-late': (p) => `decided on ${p.decided}, after the limit of ${p.due} (90 days from opening the case)`,
  'person-not-decided': (p) =>
    `${p.person} was sanctioned, but the case does not name them among the unit's responsible persons the statute provides for`,
  'person-fine-outside-range': (p) =>
    `the fine of ${p.imposedAmount} yuan on ${p.person} is outside the range the statute gives them (${p.range?.min} to ${p.range?.max} yuan)`,
  'person-sanction-not-provided': (p) =>
    `${p.kind} was imposed on ${p.person}, a kind the statute does not put on the responsible persons`,
  'missing-person-fine': (p) =>
    `a fine on ${p.person} (${p.range?.min} to ${p.range?.max} yuan) is required and was not imposed`,
};

/**
 * The message of a review finding in the language asked for.
 *
 * @param code - the finding's stable code
 * @param params - its figures
 * @param language - zh (default) or en
 * @returns the sentence shown to the reader
 * @example reviewMessage('decision-late', { decided: '2025-05-01', due: '2025-04-30' }) // '处罚决定于2025-05-01作出，…'
 */
export function reviewMessage(code: ReviewFindingCode, params: ReviewMessageParams, language: Language = 'zh'): string {
  return (language === 'en' ? EN : ZH)[code](params);
}
