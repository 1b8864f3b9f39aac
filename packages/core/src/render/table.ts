import { formatCitation } from '../citation/format.js';
import type { Citation, LawDeclaration } from '../citation/types.js';
import { resolvePolicy } from '../decide/policy.js';
import { toChineseWhole } from '../explain/chinese-amount.js';
import { SANCTION_LABELS } from '../ruleset/sanction-kinds.js';
import type { RuleSet } from '../ruleset/load.js';
import { Decimal } from '../money/decimal.js';
import { conditionWriter, dateText, ofRange, percentText, rangePartText, writeYuan } from './chinese-text.js';
import type { ConditionWriter } from './chinese-text.js';
import { guidanceSentences } from './guide-text.js';
import { tierStandard } from './standard-text.js';
import { statutoryText } from './statutory-text.js';
import type { LicensingItem, PenaltyItem, Tier } from './statutory-text.js';

/**
 * The table an agency publishes (行政处罚裁量基准), as text cells: the model every renderer
 * (Markdown, HTML, CSV, XLSX) writes. A cell is a list of lines.
 */
export interface BenchmarkTable {
  readonly header: TableHeader;
  /** One entry per penalty item, each with one row per tier. */
  readonly penalty: readonly PenaltyTableItem[];
  /** One row per licensing item (许可事项). */
  readonly licensing: readonly LicensingTableRow[];
  /** 不予处罚 and 从轻减轻 grounds that items declare (首违不罚清单…). */
  readonly grounds: readonly GroundTableRow[];
}

/** What a published table states above the rows. */
export interface TableHeader {
  readonly title: string;
  /** (label, text) pairs: 制定机关, 文号, 登记编号, 施行日期, 版本, 来源… */
  readonly fields: readonly (readonly [string, string])[];
  /** How tiers turn into amounts (裁量规则), one sentence per line. */
  readonly rules: readonly string[];
}

export interface PenaltyTableItem {
  readonly ordinal: number;
  readonly code: string;
  /** 违法行为: the item name with its code. */
  readonly offence: string;
  /** 违法依据 */
  readonly violates: readonly string[];
  /** 处罚依据: the provisions, then the statutory range as the statute words it. */
  readonly basis: readonly string[];
  readonly tiers: readonly PenaltyTableTier[];
}

export interface PenaltyTableTier {
  readonly level: string | number;
  /** 裁量阶次 */
  readonly label: string;
  /** 适用情形 */
  readonly circumstances: readonly string[];
  /** 处罚标准 */
  readonly standard: readonly string[];
}

export interface LicensingTableRow {
  readonly ordinal: number;
  readonly code: string;
  /** 许可事项 */
  readonly name: string;
  /** 设定依据 */
  readonly basis: readonly string[];
  /** 法定时限 */
  readonly statutoryLimit: string;
  /** 承诺时限 */
  readonly promisedLimit: string;
  /** 许可条件 */
  readonly conditions: readonly string[];
  /** 申请材料 */
  readonly materials: readonly string[];
}

/**
 * A licensing row's cells in the published table's order (序号, 许可事项, 设定依据, 法定时限, 承诺时限,
 * 许可条件, 申请材料): the one order the Markdown and HTML tables both print.
 *
 * @param row - a row of {@link BenchmarkTable.licensing}
 * @returns its cells; lists stay lists, for each format to break as it does
 */
export function licensingCells(row: LicensingTableRow): (string | readonly string[])[] {
  return [
    String(row.ordinal),
    row.name,
    row.basis,
    row.statutoryLimit,
    row.promisedLimit,
    row.conditions,
    row.materials,
  ];
}

export interface GroundTableRow {
  readonly ordinal: number;
  readonly code: string;
  readonly offence: string;
  /** 情形 */
  readonly circumstances: string;
  /** 处理: 不予行政处罚, 可以不予行政处罚, 应当从轻或者减轻行政处罚… */
  readonly treatment: string;
  /** 依据 */
  readonly basis: readonly string[];
}

/** The words for a fallback tier (no `when`): chosen when no other tier holds. */
export const FALLBACK_CIRCUMSTANCES = '不具有其他阶次所列情形';

/**
 * Builds the published table of a rule set: deterministic text from the rule set alone.
 *
 * @param ruleSet - a loaded rule set
 * @returns the table model
 * @example benchmarkTable(loadRuleSet(text)).penalty[0].tiers[1].standard // ['罚款六万五千元以上八万五千元以下；…']
 */
export function benchmarkTable(ruleSet: RuleSet): BenchmarkTable {
  const describe = conditionWriter(ruleSet);
  const policy = resolvePolicy(ruleSet);
  const cite = (citations: readonly Citation[] | undefined) =>
    (citations ?? []).map((citation) => citationText(citation, ruleSet));
  const penalty: PenaltyTableItem[] = [];
  const licensing: LicensingTableRow[] = [];
  const grounds: GroundTableRow[] = [];
  for (const item of ruleSet.items) {
    const offence = `${item.name}（${item.code}）`;
    if (item.kind === 'penalty') {
      const penaltyItem = item as PenaltyItem;
      penalty.push({
        ordinal: penalty.length + 1,
        code: item.code,
        offence,
        violates: cite(penaltyItem.violates),
        basis: [...cite(penaltyItem.basis), statutoryText(penaltyItem, ruleSet, describe)],
        tiers: penaltyItem.tiers.map((tier) => ({
          level: tier.level,
          label: tier.label,
          circumstances: tierCircumstances(tier, describe),
          standard: tierStandard(penaltyItem, tier, ruleSet, policy, describe),
        })),
      });
      for (const exemption of penaltyItem.exemptions ?? []) {
        grounds.push({
          ordinal: grounds.length + 1,
          code: item.code,
          offence,
          circumstances: labelled(exemption.label, describe(exemption.when)),
          treatment: exemption.mandatory ? '不予行政处罚' : '可以不予行政处罚',
          basis: cite(exemption.basis),
        });
      }
      for (const mitigation of penaltyItem.mitigations ?? []) {
        grounds.push({
          ordinal: grounds.length + 1,
          code: item.code,
          offence,
          circumstances: labelled(mitigation.label, describe(mitigation.when)),
          treatment: mitigation.mandatory ? '应当从轻或者减轻行政处罚' : '可以从轻或者减轻行政处罚',
          basis: cite(mitigation.basis),
        });
      }
    } else {
      const licensingItem = item as LicensingItem;
      const { promised } = licensingItem.timeLimit;
      licensing.push({
        ordinal: licensing.length + 1,
        code: item.code,
        name: offence,
        basis: cite(licensingItem.basis),
        statutoryLimit: statutoryLimitText(licensingItem.timeLimit),
        promisedLimit: promised === undefined ? '—' : workingDays(promised.workingDays),
        conditions: (licensingItem.conditions ?? []).map(
          (condition, index) =>
            `${index + 1}. ${condition.label}：${describe(condition.when)}${basisSuffix(cite(condition.basis))}`,
        ),
        materials: (licensingItem.materials ?? []).map(
          (material, index) => `${index + 1}. ${material.label}${basisSuffix(cite(material.basis))}`,
        ),
      });
    }
  }
  return { header: tableHeader(ruleSet), penalty, licensing, grounds };
}

/** 适用情形 of a tier: its condition as a sentence, or the fallback words; then its description. */
function tierCircumstances(tier: Tier, describe: ConditionWriter): string[] {
  const lines = [tier.when === undefined ? FALLBACK_CIRCUMSTANCES : describe(tier.when)];
  if (tier.description !== undefined && tier.description.trim() !== '') lines.push(`说明：${tier.description.trim()}`);
  return lines;
}

function labelled(label: string | undefined, text: string): string {
  return label === undefined || label.trim() === '' ? text : `${label.trim()}：${text}`;
}

function basisSuffix(citations: readonly string[]): string {
  return citations.length === 0 ? '' : `（依据：${citations.join('、')}）`;
}

/**
 * 法定时限 in the words of 行政许可法 第四十二条: the limit, its extension with who approves it
 * (第一款 本行政机关负责人, 第二款 本级人民政府负责人), and a lower agency's review (第四十三条).
 */
function statutoryLimitText(timeLimit: LicensingItem['timeLimit']): string {
  const { statutory, lowerReview } = timeLimit;
  const approver = statutory.handling === 'joint' ? '本级人民政府负责人' : '本行政机关负责人';
  const parts = [
    `${statutory.handling === 'joint' ? '统一办理、联合办理或者集中办理的，' : ''}${workingDays(statutory.workingDays)}`,
  ];
  if (statutory.extension)
    parts.push(`经${approver}批准，可以延长${workingDays(statutory.extension)}，并应当将延长期限的理由告知申请人`);
  if (lowerReview !== undefined) parts.push(`下级行政机关${workingDays(lowerReview.workingDays)}内审查完毕`);
  return parts.join('；');
}

function workingDays(days: number): string {
  return `${toChineseWhole(String(days)) ?? String(days)}个工作日`;
}

function citationText(citation: Citation, ruleSet: RuleSet): string {
  const laws = ruleSet.laws as Readonly<Record<string, LawDeclaration>>;
  const law = Object.hasOwn(laws, citation.law) ? laws[citation.law] : undefined;
  return law === undefined ? `${citation.law}第${citation.article}条` : formatCitation(citation, law);
}

const SOURCES: Readonly<Record<string, string>> = {
  published: '行政机关公布的裁量基准',
  'statute-derived': '依据法律条文推导，非行政机关发布',
  example: '示例，非行政机关发布',
};

const ROUNDING: Readonly<Record<string, string>> = {
  'half-up': '四舍五入',
  down: '舍去',
  up: '进位',
  'half-even': '四舍六入五成双',
};

const TIER_SELECTION: Readonly<Record<string, string>> = {
  'most-severe': '同时符合多个阶次所列情形的，适用较重的阶次',
  first: '同时符合多个阶次所列情形的，适用所列的第一个阶次',
  unique: '一个案件只能符合一个阶次所列情形',
};

function tableHeader(ruleSet: RuleSet): TableHeader {
  const fields: [string, string][] = [
    ['制定机关', ruleSet.issuer],
    ['文号', ruleSet.document],
  ];
  if (ruleSet.registration !== undefined) fields.push(['登记编号', ruleSet.registration]);
  const { from, until } = ruleSet.effective;
  fields.push([
    '施行日期',
    until === undefined ? `自${dateText(from)}起施行` : `${dateText(from)}至${dateText(until)}`,
  ]);
  fields.push(['版本', `${ruleSet.version}（${ruleSet.id}）`]);
  const provenance = ruleSet.provenance;
  if (provenance !== undefined) {
    fields.push(['来源', SOURCES[provenance.source] ?? provenance.source]);
    if (provenance.convention !== undefined) fields.push(['划分规则', provenance.convention]);
    if (provenance.conventionSource !== undefined) fields.push(['规则出处', provenance.conventionSource]);
    if (provenance.url !== undefined) fields.push(['网址', provenance.url]);
    if (provenance.note !== undefined && provenance.note.trim() !== '') fields.push(['说明', provenance.note.trim()]);
  }
  return { title: ruleSet.title, fields, rules: policyRules(ruleSet) };
}

/**
 * The 减轻 sentence. A floor of 0 sets no lower limit below the statutory minimum, which is said in
 * words rather than as 「不低于法定最低额的0%」 (a bound that bounds nothing).
 */
function reducedSentence(floor: string | number | undefined): string {
  const shown = floor === undefined ? '0' : String(floor);
  if (new Decimal(shown).isZero()) return '减轻处罚的，在法定最低罚款数额以下确定罚款数额';
  return `减轻处罚的，在法定最低罚款数额以下确定罚款数额，但不低于法定最低罚款数额的${percentText(shown)}`;
}

/** The policy as sentences: bands, rounding, tier selection, mitigation, hearing thresholds. */
function policyRules(ruleSet: RuleSet): string[] {
  const policy = ruleSet.policy ?? {};
  const rules: string[] = [];
  const bands = Object.entries(policy.fineBands ?? {});
  if (bands.length > 0) {
    const labels = bandLabels(ruleSet);
    rules.push(
      `罚款阶次按法定幅度划分：${bands.map(([name, [from, to]]) => `${labels.get(name) ?? BAND_NAMES[name] ?? name}为${rangePartText(from, to)}`).join('；')}（百分比自法定最低罚款数额起算）`,
    );
  }
  const rounding = policy.rounding ?? { scale: 2, mode: 'half-up' };
  const places =
    rounding.scale === 0
      ? '计至元'
      : rounding.scale === 1
        ? '计至角'
        : rounding.scale === 2
          ? '计至分'
          : `保留${rounding.scale}位小数`;
  rules.push(`计算所得金额${places}，${ROUNDING[rounding.mode] ?? rounding.mode}`);
  rules.push(TIER_SELECTION[policy.tierSelection ?? 'most-severe'] ?? '');
  if (policy.mitigation !== undefined) {
    const band = policy.fineBands?.[policy.mitigation.band];
    const range = band === undefined ? policy.mitigation.band : rangePartText(band[0], band[1]);
    rules.push(
      `依法从轻或者减轻处罚的，罚款限于${ofRange('法定幅度', range)}；${reducedSentence(policy.mitigation.reducedFloor)}`,
    );
  }
  const hearing = policy.hearingThresholds;
  if (hearing !== undefined) {
    const parts = [
      hearing.individual === undefined ? '' : `对个人${writeYuan(hearing.individual)}以上`,
      hearing.organization === undefined ? '' : `对单位${writeYuan(hearing.organization)}以上`,
    ].filter((part) => part !== '');
    if (parts.length > 0) rules.push(`较大数额罚款（当事人可以要求听证）：${parts.join('，')}`);
  }
  rules.push(...tableRuleSentences(ruleSet));
  rules.push(...guidanceSentences(ruleSet));
  return rules.filter((rule) => rule !== '');
}

/**
 * The table's own rules (v2 `tableRules`, 适用规则) as sentences: the label, the article, when it
 * applies and what it does — 「一般处罚按平均金额处罚（《…规定》第十二条第（二）项）：情节为一般的，罚款取本阶次
 * 幅度的50%处」.
 */
function tableRuleSentences(ruleSet: RuleSet): string[] {
  const describe = conditionWriter(ruleSet);
  return (ruleSet.tableRules ?? []).map((rule) => {
    const articles = rule.basis
      .map((citation) => formatCitation(citation, ruleSet.laws[citation.law] as LawDeclaration))
      .join('、');
    const effect =
      rule.shift !== undefined
        ? `上调${toChineseWhole(String(rule.shift)) ?? rule.shift}个裁量阶次（已在最重阶次的，适用最重阶次）`
        : rule.require !== undefined
          ? `本项可以并处${rule.require.kinds.map((kind) => SANCTION_LABELS[kind]).join('、')}的，应当依法予以${rule.require.kinds.map((kind) => SANCTION_LABELS[kind]).join('或')}`
          : rule.part !== undefined
            ? `罚款取${ofRange('本阶次幅度', rangePartText(rule.part.from, rule.part.to))}`
            : `罚款按本阶次幅度降低${percentText(rule.reduce?.min ?? '0')}至${percentText(rule.reduce?.max ?? '0')}，降低后低于法定最低罚款额的，按法定最低罚款额`;
    return `${rule.label}（${articles}）：${describe(rule.when)}的，${effect}`;
  });
}

/**
 * The customary bands by the words of 裁量基准 (从轻、一般、从重), for a band no tier names: the
 * band's identifier is the rule set's, not a word a reader of the Chinese table should meet.
 */
const BAND_NAMES: Readonly<Record<string, string>> = Object.freeze({
  lighter: '从轻',
  general: '一般',
  heavier: '从重',
});

/** The label of the first tier that uses each band (lighter → 从轻), to name bands as people do. */
function bandLabels(ruleSet: RuleSet): Map<string, string> {
  const labels = new Map<string, string>();
  for (const item of ruleSet.items) {
    if (item.kind !== 'penalty') continue;
    for (const tier of (item as PenaltyItem).tiers) {
      const band = tier.fine?.band;
      if (band !== undefined && !labels.has(band)) labels.set(band, tier.label);
    }
  }
  return labels;
}
