import type { Language } from '../explain/condition-text.js';
import { sanctionLabel } from '../ruleset/sanction-kinds.js';
import type { Warning } from './decision.js';

/** A tier as a warning names it: its level and its label (what the published table prints). */
export interface WarningTier {
  readonly level: string | number;
  readonly label: string;
}

/**
 * The figures of each decision warning, by code: what its message needs, in neither language.
 * The code is stable whatever the language; only the message changes.
 */
export interface DecisionWarningParams {
  'concurrence-other-sanctions': { sanctions: readonly { item: string; kind: string }[] };
  'tier-range-clamped': {
    tier: WarningTier;
    min: string;
    max: string;
    /** `元`, or a sanction's unit (`day`, `month`, `year`). */
    unit: string;
    statutoryMin: string;
    statutoryMax?: string | undefined;
  };
  'conflicting-circumstances': {
    tier: WarningTier;
    min: string;
    max: string;
    band: string;
    bandMin: string;
    bandMax: string;
  };
  'mitigation-band-missing': { citations: string };
  'penalty-law-not-compared': { law: string };
  'limitation-not-checked': { article: string };
  'persons-not-decided': { text: string; fineText?: string | undefined };
  'sanction-not-authorised': { tier: WarningTier; kind: string };
  'special-rule-not-met': { rule: string; ruleCitation: string; cited: string; conditions: string };
  'table-rule-top-tier': { rule: string; label: string; steps: number; tier: WarningTier; item: string };
  'acceptance-deemed': { received: string; accepted: string };
  'not-yet-accepted': { notified: string };
  'decision-late': { decision: string; last: string; kind: string };
  'guide-outside-decided-range': { kind: string; recommended: string; min: string; max: string };
  'renewal-applied-late': { applied: string; applyBy: string; expires: string };
}

/** The codes of decision warnings. */
export type DecisionWarningCode = keyof DecisionWarningParams;

type Writers = { readonly [C in DecisionWarningCode]: (p: DecisionWarningParams[C]) => string };

const kindZh = sanctionLabel;
const UNITS_ZH: Readonly<Record<string, string>> = { day: '日', month: '个月', year: '年' };
const unitZh = (unit: string): string => UNITS_ZH[unit] ?? unit;
const tierZh = (tier: WarningTier): string => `“${tier.label}”裁量阶次`;
/** The deadlines a licensing decision can be late for, as 行政许可法 names them. */
const DEADLINES_ZH: Readonly<Record<string, string>> = {
  promised: '承诺时限',
  'lower-review': '下级行政机关审查期限',
  statutory: '法定期限',
  'statutory-extended': '延长后的法定期限',
};

const ZH: Writers = {
  'concurrence-other-sanctions': (p) =>
    `依照行政处罚法第二十九条不予适用的事项还规定了罚款以外的处罚（${p.sanctions.map((s) => `${s.item}：${kindZh(s.kind)}`).join('；')}）；第二十九条只禁止再次罚款，应当一并考虑`,
  'tier-range-clamped': (p) =>
    `${tierZh(p.tier)}规定的${p.min}${unitZh(p.unit)}至${p.max}${unitZh(p.unit)}超出法定幅度${p.statutoryMin}${unitZh(p.unit)}至${p.statutoryMax === undefined ? '' : `${p.statutoryMax}${unitZh(p.unit)}`}${p.statutoryMax === undefined ? '以上' : ''}，已按法定幅度截取（国办发〔2022〕27号：严格限定在法定幅度内）`,
  'conflicting-circumstances': (p) =>
    `${tierZh(p.tier)}规定罚款${p.min}元至${p.max}元，高于从轻处罚所要求的罚款档“${p.band}”（${p.bandMin}元至${p.bandMax}元）；罚款已收窄至该档，应当综合考虑两方面的情节`,
  'mitigation-band-missing': (p) =>
    `依照${p.citations}应当从轻或者减轻处罚，但规则集未规定从轻处罚的罚款档（policy.mitigation）：罚款幅度未作调整`,
  'penalty-law-not-compared': (p) =>
    `案件未提供作出处罚决定的日期（dates.decision），已适用违法行为发生时施行的《${p.law}》；未比较此后施行的规定是否更轻（行政处罚法第三十七条）`,
  'limitation-not-checked': (p) => `案件未提供发现违法行为的日期（dates.discovered），未核查追责期限（${p.article}）`,
  'persons-not-decided': (p) =>
    `法律还规定${p.text}${p.fineText === undefined ? '' : `（${p.fineText}）`}；案件未列明有关人员（case.persons），未对其作出决定`,
  'sanction-not-authorised': (p) =>
    `${tierZh(p.tier)}增加了“${kindZh(p.kind)}”，法定处罚种类（并处、可以并处）中没有该项处罚`,
  'special-rule-not-met': (p) =>
    `${p.rule}（${p.ruleCitation}）对本事项让位于${p.cited}（法律、行政法规另有规定的，从其规定），而其条件（${p.conditions}）未认定：两者均不免除处罚`,
  'table-rule-top-tier': (p) =>
    `表格规则“${p.label}”将案件自${tierZh(p.tier)}上调${p.steps}个阶次，超过${p.item}的最重阶次；适用最重阶次`,
  'acceptance-deemed': (p) =>
    `收到申请材料（${p.received}）后五个工作日内未告知补正，自收到申请材料之日起即为受理（行政许可法第三十二条第一款第（四）项），而非${p.accepted}`,
  'not-yet-accepted': (p) => `已于${p.notified}告知补正；期限自受理之日起计算，案件未提供受理日期（dates.accepted）`,
  'decision-late': (p) => `${p.decision}作出的决定晚于法律允许的最后一日${p.last}（${DEADLINES_ZH[p.kind] ?? p.kind}）`,
  'guide-outside-decided-range': (p) =>
    `${kindZh(p.kind)}的指导基准${p.recommended}不在本案确定的幅度（${p.min}至${p.max}）之内；适用本案确定的幅度`,
  'renewal-applied-late': (p) =>
    `延续申请于${p.applied}提出，晚于有效期届满（${p.expires}）三十日前的${p.applyBy}（行政许可法第五十条第一款）；法律未规定后果，期限照常计算`,
};

const EN: Writers = {
  'concurrence-other-sanctions': (p) =>
    `items set aside under 第二十九条 also carry sanctions other than a fine (${p.sanctions.map((s) => `${s.item}: ${s.kind}`).join(', ')}); 第二十九条 forbids only a second fine — weigh them`,
  'tier-range-clamped': (p) =>
    `tier "${String(p.tier.level)}" sets ${p.min}–${p.max} ${p.unit}, which leaves the statutory range ${p.statutoryMin}–${p.statutoryMax ?? '…'}; the range was cut back to the statute (国办发〔2022〕27号: 严格限定在法定幅度内)`,
  'conflicting-circumstances': (p) =>
    `tier "${String(p.tier.level)}" (${p.tier.label}) sets ${p.min}–${p.max}, above the 从轻 band "${p.band}" (${p.bandMin}–${p.bandMax}) that mitigation requires; the fine was narrowed to the band — weigh the circumstances of both`,
  'mitigation-band-missing': (p) =>
    `${p.citations} calls for 从轻或者减轻, but the rule set's policy.mitigation names no band: the fine range was not narrowed`,
  'penalty-law-not-compared': (p) =>
    `the case gives no dates.decision, so it was decided under ${p.law}, in force at the act; whether the later text is lighter (行政处罚法 第三十七条) was not checked`,
  'limitation-not-checked': (p) =>
    `the case gives no dates.discovered, so the limitation period (${p.article}) was not checked`,
  'persons-not-decided': (p) =>
    `the statute also provides for ${p.text}${p.fineText === undefined ? '' : `（${p.fineText}）`}; the case names no persons (case.persons), so none was decided`,
  'sanction-not-authorised': (p) =>
    `tier "${String(p.tier.level)}" adds ${p.kind}, which the item's statutory range (with, also) does not authorise`,
  'special-rule-not-met': (p) =>
    `${p.rule} (${p.ruleCitation}) yields to ${p.cited} for this item (法律、行政法规另有规定的，从其规定), whose conditions (${p.conditions}) are not established: neither exempts`,
  'table-rule-top-tier': (p) =>
    `table rule "${p.rule}" (${p.label}) moves the case ${p.steps} tier(s) up from "${String(p.tier.level)}", past the last tier of ${p.item}; the last tier applies`,
  'acceptance-deemed': (p) =>
    `no correction was asked for within five working days of ${p.received}: the application counts as accepted on that day (行政许可法 第三十二条第一款第（四）项), not on ${p.accepted}`,
  'not-yet-accepted': (p) =>
    `corrections were asked for on ${p.notified}; the time limits run from the acceptance (dates.accepted), which the case does not give`,
  'decision-late': (p) =>
    `the decision of ${p.decision} comes after the last day the law allows, ${p.last} (${p.kind})`,
  'guide-outside-decided-range': (p) =>
    `the guiding amount ${p.recommended} of the ${p.kind} lies outside the range decided for the case (${p.min}–${p.max}); the decided range applies`,
  'renewal-applied-late': (p) =>
    `the renewal was applied for on ${p.applied}, after ${p.applyBy}, thirty days before the licence expires on ${p.expires} (行政许可法 第五十条第一款); the law states no consequence, so the clocks still run`,
};

/**
 * The message of a decision warning in the language asked for: Chinese (the default — officers
 * read decisions) or English.
 *
 * @param code - the warning's stable code
 * @param params - its figures
 * @param language - zh (default) or en
 * @returns the sentence shown to the reader
 * @example warningMessage('limitation-not-checked', { article: '行政处罚法 第三十六条' }) // '案件未提供发现违法行为的日期…'
 */
export function warningMessage<C extends DecisionWarningCode>(
  code: C,
  params: DecisionWarningParams[C],
  language: Language = 'zh',
): string {
  return (language === 'en' ? EN : ZH)[code](params);
}

/**
 * The warnings of one decision as they are found, each worded in the engine's language. A class,
 * not an object literal with an `add` closure: every penalty decision makes one, and most never
 * add a warning, so the list costs one object and its (fresh, the decision's own) array.
 */
export class WarningList {
  /** The warnings so far, in the order found: what the decision carries. */
  readonly items: Warning[] = [];
  private readonly language: Language;

  /** @param language - zh (default) or en */
  constructor(language: Language = 'zh') {
    this.language = language;
  }

  /** Adds a warning, its message written from the figures. */
  add<C extends DecisionWarningCode>(code: C, params: DecisionWarningParams[C]): void {
    this.items.push({ code, message: warningMessage(code, params, this.language) });
  }
}

/**
 * An empty warning list that words its warnings in one language.
 *
 * @param language - zh (default) or en
 * @returns the list
 * @example const warnings = warningList('en'); warnings.add('not-yet-accepted', { notified: '2026-02-13' });
 */
export function warningList(language: Language = 'zh'): WarningList {
  return new WarningList(language);
}
