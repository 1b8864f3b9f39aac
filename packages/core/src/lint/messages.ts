import type { Language } from '../explain/condition-text.js';
import {
  amountText,
  factText,
  percent,
  rangeText,
  sanctionText,
  searchText,
  tierText,
  witnessText,
} from './message-parts.js';
import type { AmountParam, FactRef, RangeParam, SearchParam, TierParam, WitnessParam } from './message-parts.js';

export type { TierParam } from './message-parts.js';

/** A rule-set version as a message names it. */
export interface VersionParam {
  readonly version: string;
  readonly from: string;
  readonly until?: string | undefined;
  readonly source?: string | undefined;
}

/**
 * The figures of each lint finding, by code: what its message needs, in neither language. The
 * code of a finding is stable whatever the language; only the message changes.
 */
export interface LintMessageParams {
  'add-not-authorised': { item: string; tier: TierParam; kind: string };
  'bands-overlap': { band: string; from: string; previous: string; reach: string };
  'bands-gap': { from: string; to: string; band?: string | undefined };
  'limit-differs-from-licensing-law': { item: string; given: number; lawDays: number; provision: string };
  'promised-exceeds-statutory': { item: string; promised: number; statutory: number };
  'requirement-without-basis': { item: string; requirement: 'condition' | 'material'; label: string };
  'range-ratio': { tier: TierParam; min: string; max: string };
  'computed-exceeds-statutory': {
    item: string;
    tier: TierParam;
    text: string;
    side: 'below' | 'above';
    reached: string;
    bound: string;
    unit: 'yuan' | 'multiple' | 'share';
    alternative: number;
  };
  'table-rule-idle': { rule: string; label: string; item: string };
  'table-rule-requires-nothing': { rule: string; label: string; kinds: string[] };
  'guide-without-guidance': { item: string; tier: TierParam; guide: string };
  'guide-outside-range': {
    item: string;
    tier: TierParam;
    guide: string;
    range?: { min: string; max: string } | undefined;
  };
  'unused-fact': { fact: FactRef };
  'enum-value-unlabelled': { fact: FactRef; missing: readonly string[]; printed: string };
  'duplicate-version': { id: string; version: string; source?: string | undefined };
  'version-overlap': { id: string; earlier: VersionParam; later: VersionParam };
  'analysis-failed': { item: string; reason: string };
  'statutory-none-holds': { item: string; witness: WitnessParam; search?: SearchParam | undefined };
  'statutory-several-hold': {
    item: string;
    a: number;
    b: number;
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'no-tier-holds': { item: string; witness: WitnessParam; search?: SearchParam | undefined };
  'tiers-overlap': {
    item: string;
    a: TierParam;
    b: TierParam;
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'tier-without-fine': {
    item: string;
    tier: TierParam;
    /** v2 `statutory.fineCondition` (拒不改正的，处…罚款) is what makes the fine required. */
    fineCondition: boolean;
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'conditional-sanction-not-imposed': {
    item: string;
    /** `statutory.also[0]` */
    at: string;
    kind: string;
    /** The statute's own words for the sanction, when the rule set gives them. */
    text?: string | undefined;
    tier: TierParam;
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'tier-boundary-shared': {
    item: string;
    fact: FactRef;
    value: string;
    /** Whether the fact is money (the boundary printed with 元). */
    money: boolean;
    a: TierParam;
    b: TierParam;
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'tier-exceeds-statutory': {
    item: string;
    tier: TierParam;
    stated: AmountParam;
    range: RangeParam;
    alternative: number;
    statutory: RangeParam;
    side: 'below' | 'above';
    witness: WitnessParam;
    search?: SearchParam | undefined;
  };
  'tier-order': {
    item: string;
    severe: TierParam;
    lighter: TierParam;
    severeFine: AmountParam;
    lighterFine: AmountParam;
    /** The two ranges at the witness, when they could be computed. */
    ranges?: { severe: RangeParam; lighter: RangeParam } | undefined;
    witness?: WitnessParam | undefined;
    search?: SearchParam | undefined;
  };
  /** Load problems: the loader's sentence (English) and the name it quotes, if any. */
  'fallback-count': { path: string; detail: string };
  'undeclared-fact': { name?: string | undefined; detail: string };
  'unknown-law': { name?: string | undefined; detail: string };
  'missing-citation': { path: string; detail: string };
  'unknown-band': { name?: string | undefined; detail: string };
  'unknown-operator': { name?: string | undefined; detail: string };
}

/** The codes lint itself gives; a load problem without a lint name keeps the loader's code. */
export type LintFindingCode = keyof LintMessageParams;

type Writers = { readonly [C in LintFindingCode]: (p: LintMessageParams[C]) => string };

const tierZh = (tier: TierParam) => tierText(tier, 'zh');
/** A computed amount's extreme in the quantity it was compared in: 元, 倍 of the statute's fact, or a share of the maximum. */
const computedZh = (value: string, unit: 'yuan' | 'multiple' | 'share') =>
  unit === 'yuan' ? `${value}元` : unit === 'multiple' ? `计罚基数的${value}倍` : `法定最高额的${value}倍`;
const COMPUTED_UNIT_EN = { yuan: ' 元', multiple: ' × the statutory base', share: ' × the statutory maximum' } as const;
const tierEn = (tier: TierParam) => tierText(tier, 'en');
/** In English some sentences name the tier without its place in `tiers`, as they always have. */
const levelEn = (tier: TierParam) => tierText({ level: tier.level }, 'en');
const witnessZh = (w: WitnessParam) => witnessText(w, 'zh');
const witnessEn = (w: WitnessParam) => witnessText(w, 'en');
const noteZh = (s: SearchParam | undefined) => searchText(s, 'zh');
const noteEn = (s: SearchParam | undefined) => searchText(s, 'en');
const where = (source: string | undefined) => (source === undefined ? '' : ` in ${source}`);
const whereZh = (source: string | undefined) => (source === undefined ? '' : `（${source}）`);
const periodZh = (v: VersionParam) => `${v.from}至${v.until ?? '今'}`;
const periodEn = (v: VersionParam) => `${v.from} – ${v.until ?? 'open'}`;
const quoted = (name: string | undefined) => (name === undefined ? '' : `“${name}”`);

/** Which citation list a `missing-citation` path names: 违法依据, 处罚依据, or a ground's 依据. */
function citationListZh(path: string): string {
  if (path.endsWith('.violates')) return '违法依据';
  if (/\.exemptions\[\d+\]\.basis$/.test(path)) return '不予行政处罚情形的依据';
  if (/\.mitigations\[\d+\]\.basis$/.test(path)) return '从轻、减轻处罚情形的依据';
  return '处罚依据';
}

const ZH: Writers = {
  'add-not-authorised': (p) =>
    `${p.item}的${tierZh(p.tier)}增加了“${sanctionText(p.kind, 'zh')}”，法定处罚种类（并处、可以并处）中没有该项处罚；裁量基准不得超出法定的行政处罚种类`,
  'bands-overlap': (p) =>
    `罚款档“${p.band}”自法定幅度的${percent(p.from)}起，落在罚款档“${p.previous}”（至${percent(p.reach)}）之内；各罚款档不得重叠`,
  'bands-gap': (p) =>
    `法定幅度的${percent(p.from)}至${percent(p.to)}${p.band === undefined ? '' : `（罚款档“${p.band}”之前）`}不属于任何罚款档；各罚款档应当覆盖整个法定幅度`,
  'limit-differs-from-licensing-law': (p) =>
    `${p.item}规定的期限为${p.given}个工作日，行政许可法${p.provision}规定为${p.lawDays}个工作日；只有法律、法规另有规定的才可不同，应当在依据中引用该规定`,
  'promised-exceeds-statutory': (p) => `${p.item}的承诺时限${p.promised}个工作日超过法定时限${p.statutory}个工作日`,
  'requirement-without-basis': (p) =>
    `${p.item}的${p.requirement === 'condition' ? '许可条件' : '申请材料'}“${p.label}”未引用依据；裁量基准不得增设法律未规定的条件、材料`,
  'computed-exceeds-statutory': (p) =>
    `${p.item}的${tierZh(p.tier)}按“${p.text}”计算的罚款${p.side === 'above' ? '最高' : '最低'}可达${computedZh(p.reached, p.unit)}，${p.side === 'above' ? '高于法定最高额' : '低于法定最低额'}${computedZh(p.bound, p.unit)}；裁量基准应当严格限定在法定幅度内（国办发〔2022〕27号）`,
  'range-ratio': (p) =>
    `${tierZh(p.tier)}的罚款幅度为${p.min}至${p.max}，上限超过下限的10倍（提示：国务院2024年关于罚款设定的意见，罚款幅度上限一般不超过下限的10倍）`,
  'table-rule-idle': (p) => `表格规则“${p.label}”将案件上调一个裁量阶次，但${p.item}只有一个阶次，该规则对其不起作用`,
  'table-rule-requires-nothing': (p) =>
    `表格规则“${p.label}”规定应当予以${p.kinds.map((kind) => sanctionText(kind, 'zh')).join('或')}，但没有任何事项可以并处${p.kinds.map((kind) => sanctionText(kind, 'zh')).join('、')}，该规则对任何案件都不起作用`,
  'guide-without-guidance': (p) =>
    `${p.item}的${tierZh(p.tier)}规定了指导基准（${p.guide}），但规则集没有适用规则（guidance）：未说明指导基准的效力以及可以偏离的情形`,
  'guide-outside-range': (p) =>
    p.range === undefined
      ? `${p.item}的${tierZh(p.tier)}按违法事实的倍数确定罚款，没有以元计的幅度，指导基准${p.guide}元无从落入`
      : `${p.item}的${tierZh(p.tier)}的指导基准${p.guide}超出该阶次的幅度（${p.range.min}至${p.range.max}）`,
  'unused-fact': (p) => `已声明事实“${factText(p.fact, 'zh')}”，但没有任何事项的条件或数额使用它`,
  'enum-value-unlabelled': (p) =>
    `事实“${factText(p.fact, 'zh')}”的取值${p.missing.map((value) => `“${value}”`).join('、')}没有中文名称（valueLabels），公开的文本将显示为「${p.printed}」`,
  'duplicate-version': (p) => `${p.id}的版本${p.version}重复提供${whereZh(p.source)}`,
  'version-overlap': (p) =>
    `${p.id}的版本${p.earlier.version}（${periodZh(p.earlier)}）${whereZh(p.earlier.source)}与版本${p.later.version}（${periodZh(p.later)}）在${p.later.from}同时有效；后一版本施行前应当终止前一版本（行政处罚法第三十七条：每日只能适用一个版本）`,
  'analysis-failed': (p) => `${p.item}的条件无法分析，请联系规则集维护人员（${p.reason}）`,
  'statutory-none-holds': (p) =>
    `${witnessZh(p.witness)}时，${p.item}的法定罚款幅度均不适用：该情形没有法定罚款幅度${noteZh(p.search)}`,
  'statutory-several-hold': (p) =>
    `${witnessZh(p.witness)}时，${p.item}的第${p.a + 1}个和第${p.b + 1}个法定罚款幅度同时适用；只能适用一个法定幅度${noteZh(p.search)}`,
  'no-tier-holds': (p) =>
    `${witnessZh(p.witness)}时，${p.item}没有适用的裁量阶次，也没有兜底阶次（不具有其他阶次所列情形的）：裁量基准对该情形未规定裁量阶次${noteZh(p.search)}`,
  'tiers-overlap': (p) =>
    `${witnessZh(p.witness)}时，${p.item}的${tierZh(p.a)}和${tierZh(p.b)}同时适用，而规则集规定一个案件只能符合一个阶次${noteZh(p.search)}`,
  'tier-without-fine': (p) =>
    `${witnessZh(p.witness)}时适用${p.item}的${tierZh(p.tier)}，该阶次没有罚款，但${p.fineCondition ? '法定并处罚款的条件已经成立' : '法律规定应当处罚款（不是“可以”）'}：处罚决定将遗漏法定的罚款${noteZh(p.search)}`,
  'conditional-sanction-not-imposed': (p) =>
    `${witnessZh(p.witness)}时，${p.item}依法应当给予“${p.text ?? sanctionText(p.kind, 'zh')}”，但此时适用的${tierZh(p.tier)}未增加该项处罚，处罚决定将遗漏该项处罚${noteZh(p.search)}`,
  'tier-boundary-shared': (p) =>
    `${factText(p.fact, 'zh')}为${p.value}${p.money ? '元' : ''}时同时属于${p.item}的${tierZh(p.a)}和${tierZh(p.b)}（“以上”“以下”均包括本数），${witnessZh(p.witness)}时两个阶次同时适用；其中一端应当写作“不足”或者“超过”${noteZh(p.search)}`,
  'tier-exceeds-statutory': (p) =>
    `${witnessZh(p.witness)}时，${p.item}的${tierZh(p.tier)}（${amountText(p.stated, 'zh')}）确定的罚款为${rangeText(p.range, 'zh')}，而法定罚款幅度为${rangeText(p.statutory, 'zh')}：${tierZh(p.tier)}的罚款${p.side === 'below' ? `下限低于法定最低额${p.statutory.min}元` : `上限高于法定最高额${p.statutory.max ?? ''}元`}；裁量基准应当严格限定在法定幅度内（国办发〔2022〕27号）${noteZh(p.search)}`,
  'tier-order': (p) =>
    `${p.item}的${tierZh(p.severe)}列在${tierZh(p.lighter)}之后（较重），但罚款较低：${amountText(p.severeFine, 'zh')}，而${tierZh(p.lighter)}为${amountText(p.lighterFine, 'zh')}` +
    `${p.ranges === undefined ? '' : `（${p.witness === undefined ? '' : `${witnessZh(p.witness)}时，`}分别为${rangeText(p.ranges.severe, 'zh')}和${rangeText(p.ranges.lighter, 'zh')}）`}；裁量阶次应当由轻到重排列${noteZh(p.search)}`,
  'fallback-count': () => '有多个兜底阶次（没有适用条件的阶次）；只能有一个，其余阶次应当写明适用条件',
  'undeclared-fact': (p) => `条件引用了未声明的事实${quoted(p.name)}；应当先在事实（facts）中声明`,
  'unknown-law': (p) => `引用了未声明的法律${quoted(p.name)}；应当先在法律（laws）中声明`,
  'missing-citation': (p) =>
    `缺少${citationListZh(p.path)}；行政处罚决定应当载明违法事实和处罚依据（行政处罚法第四十四条、第五十九条）`,
  'unknown-band': (p) => `引用了未定义的罚款档${quoted(p.name)}；应当先在 policy.fineBands 中定义`,
  'unknown-operator': (p) => `条件使用了不存在的比较方式${quoted(p.name)}`,
};

const EN: Writers = {
  'add-not-authorised': (p) =>
    `${levelEn(p.tier)} adds ${p.kind}, which ${p.item}'s statutory range (with, also) does not authorise`,
  'bands-overlap': (p) => `band "${p.band}" starts at ${p.from}, inside band "${p.previous}" which reaches ${p.reach}`,
  'bands-gap': (p) =>
    `nothing covers ${p.from}–${p.to} of the statutory range${p.band === undefined ? '' : ` before band "${p.band}"`}`,
  'limit-differs-from-licensing-law': (p) =>
    `${p.item} states ${p.given} working days where 行政许可法 ${p.provision} states ${p.lawDays}; lawful only where a 法律、法规 provides otherwise — cite it in basis`,
  'promised-exceeds-statutory': (p) =>
    `${p.item} promises ${p.promised} working days, more than the statutory ${p.statutory}`,
  'requirement-without-basis': (p) =>
    `${p.requirement} "${p.label}" of ${p.item} cites no provision; a benchmark may not add requirements the law does not impose`,
  'computed-exceeds-statutory': (p) =>
    `${levelEn(p.tier)} of ${p.item} computes 「${p.text}」, which reaches ${p.reached}${COMPUTED_UNIT_EN[p.unit]}, ${p.side === 'above' ? 'above the statutory maximum' : 'below the statutory minimum'} ${p.bound}${COMPUTED_UNIT_EN[p.unit]} of statutory.fine[${p.alternative}]; a benchmark must stay within the statutory range (国办发〔2022〕27号: 严格限定在法定幅度内)`,
  'range-ratio': (p) => `${levelEn(p.tier)} spans ${p.min}–${p.max}: its maximum is more than 10× its minimum`,
  'table-rule-idle': (p) =>
    `table rule "${p.rule}" (${p.label}) moves a case up a tier, but item ${p.item} has a single tier: the rule never applies to it`,
  'table-rule-requires-nothing': (p) =>
    `table rule "${p.rule}" (${p.label}) makes ${p.kinds.join(', ')} required, but no item offers ${p.kinds.join(' or ')} as optional (可以并处): the rule never applies`,
  'guide-without-guidance': (p) =>
    `${p.item} ${levelEn(p.tier)} gives a guiding amount (${p.guide}) but the rule set has no guidance: nothing says what it binds or when the officer may depart from it`,
  'guide-outside-range': (p) =>
    p.range === undefined
      ? `${p.item} ${levelEn(p.tier)}: the guiding amount ${p.guide} cannot lie in a tier of multiples of a fact, which has no range of its own`
      : `${p.item} ${levelEn(p.tier)}: the guiding amount ${p.guide} lies outside the tier's range ${p.range.min}–${p.range.max}`,
  'unused-fact': (p) => `fact ${factText(p.fact, 'en')} is declared but no item reads it in a condition or an amount`,
  'enum-value-unlabelled': (p) =>
    `enum fact ${factText(p.fact, 'en')} has no Chinese label for ${p.missing.map((value) => `"${value}"`).join(', ')}: published text prints 「${p.printed}」; add valueLabels`,
  'duplicate-version': (p) => `${p.id} version ${p.version} is given twice${where(p.source)}`,
  'version-overlap': (p) =>
    `${p.id} versions ${p.earlier.version} (${periodEn(p.earlier)})${where(p.earlier.source)} and ${p.later.version} (${periodEn(p.later)}) are both in force on ${p.later.from}; end the earlier one before the later begins (行政处罚法 第三十七条 needs one version in force on each day)`,
  'analysis-failed': (p) => `the conditions of ${p.item} could not be analysed: ${p.reason}`,
  'statutory-none-holds': (p) =>
    `no statutory alternative of ${p.item} holds for ${witnessEn(p.witness)}: the statutory.fine conditions leave this case without a legal range${noteEn(p.search)}`,
  'statutory-several-hold': (p) =>
    `statutory.fine[${p.a}] and statutory.fine[${p.b}] of ${p.item} both hold for ${witnessEn(p.witness)}; exactly one statutory range may apply${noteEn(p.search)}`,
  'no-tier-holds': (p) =>
    `no tier of ${p.item} holds for ${witnessEn(p.witness)} and there is no fallback tier (a tier without when): the benchmark gives no 裁量阶次 for this case${noteEn(p.search)}`,
  'tiers-overlap': (p) =>
    `tiers "${String(p.a.level)}" (tiers[${String(p.a.index)}]) and "${String(p.b.level)}" (tiers[${String(p.b.index)}]) of ${p.item} both hold for ${witnessEn(p.witness)}, and policy.tierSelection is unique${noteEn(p.search)}`,
  'tier-without-fine': (p) =>
    `${levelEn(p.tier)} of ${p.item} has no fine, yet for ${witnessEn(p.witness)} it is the tier selected and ${p.fineCondition ? 'statutory.fineCondition holds, so the statute requires the fine' : 'the statute requires the fine (it is not optional)'}: the decision would leave out a penalty the statute imposes${noteEn(p.search)}`,
  'conditional-sanction-not-imposed': (p) =>
    `${p.at} of ${p.item} (${p.text ?? p.kind}) is required when its condition holds, and it holds for ${witnessEn(p.witness)}; ${levelEn(p.tier)}, selected for these facts, does not add ${p.kind}, so the decision would leave it out${noteEn(p.search)}`,
  'tier-boundary-shared': (p) =>
    `${p.fact.name} = ${p.value} falls in two tiers of ${p.item}: "${String(p.a.level)}" (tiers[${String(p.a.index)}]) and "${String(p.b.level)}" (tiers[${String(p.b.index)}]) both include it (以下 and 以上 include the number), so both hold for ${witnessEn(p.witness)}; write one end as lessThan (不足) or greaterThan (超过)${noteEn(p.search)}`,
  'tier-exceeds-statutory': (p) =>
    `${levelEn(p.tier)} of ${p.item} (${amountText(p.stated, 'en')}) sets ${rangeText(p.range, 'en')} for ${witnessEn(p.witness)}, ` +
    `where statutory.fine[${p.alternative}] allows ${rangeText(p.statutory, 'en')}: ${p.side === 'below' ? `below the statutory minimum ${p.statutory.min}` : `above the statutory maximum ${p.statutory.max}`}; a benchmark must stay within the statutory range (国办发〔2022〕27号: 严格限定在法定幅度内)${noteEn(p.search)}`,
  'tier-order': (p) =>
    `${tierEn(p.severe)} of ${p.item} is listed as more severe than "${String(p.lighter.level)}" (tiers[${String(p.lighter.index)}]) ` +
    `but its fine lies below: ${amountText(p.severeFine, 'en')} against ${amountText(p.lighterFine, 'en')}` +
    `${p.ranges === undefined ? '' : ` (${rangeText(p.ranges.severe, 'en')} against ${rangeText(p.ranges.lighter, 'en')}${p.witness === undefined ? '' : ` for ${witnessEn(p.witness)}`})`}; tiers go from lightest to most severe${noteEn(p.search)}`,
  'fallback-count': (p) => p.detail,
  'undeclared-fact': (p) => p.detail,
  'unknown-law': (p) => p.detail,
  'missing-citation': (p) => p.detail,
  'unknown-band': (p) => p.detail,
  'unknown-operator': (p) => p.detail,
};

/**
 * The message of a lint finding in the language asked for: Chinese (the default — 法制审核 staff
 * read it) or English.
 *
 * @param code - the finding's stable code
 * @param params - its figures
 * @param language - zh (default) or en
 * @returns the sentence shown to the reader
 * @example lintMessage('promised-exceeds-statutory', { item: 'LIC-1', promised: 25, statutory: 20 }) // 'LIC-1的承诺时限25个工作日超过法定时限20个工作日'
 */
export function lintMessage<C extends LintFindingCode>(
  code: C,
  params: LintMessageParams[C],
  language: Language = 'zh',
): string {
  return (language === 'en' ? EN : ZH)[code](params);
}

/** Writes a finding's message in the lint's language: what every check is given. */
export type LintSay = <C extends LintFindingCode>(code: C, params: LintMessageParams[C]) => string;

/**
 * The message writer for one language, handed to every check.
 *
 * @param language - zh (default) or en
 * @returns a writer
 * @example sayIn('en')('unused-fact', { fact: { name: 'harm', label: '危害后果' } })
 */
export function sayIn(language: Language = 'zh'): LintSay {
  return (code, params) => lintMessage(code, params, language);
}
