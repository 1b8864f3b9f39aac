/**
 * A guiding amount (v2 `guide`, 指导基准) in the published table: one line in each tier's 处罚标准
 * (「默认值（指导基准）：罚款二千元、行政拘留十日」) and the table's rules for departing from it among
 * the 适用规则. The import reads the amounts and rules back from the 元数据 sheet, not these words.
 */
import { formatCitation } from '../citation/format.js';
import type { LawDeclaration } from '../citation/types.js';
import type { RuleSet } from '../ruleset/load.js';
import { SANCTION_LABELS } from '../ruleset/sanction-kinds.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import { conditionWriter, percentText, writeUnit, writeYuan } from './chinese-text.js';
import type { PenaltyItem, Tier } from './statutory-text.js';

/** The name of a guiding amount when the rule set gives none (a guide without `guidance` fails lint). */
const DEFAULT_LABEL = '指导基准';

/**
 * The tier's guiding amounts as one line of its 处罚标准.
 *
 * @param item - the penalty item (for the unit of a ranged sanction)
 * @param tier - the tier
 * @returns 「默认值（指导基准）：罚款二千元、行政拘留十日」, or undefined for a tier without a guide
 * @example tierGuideLine(item, tier, ruleSet) // '默认值（指导基准）：罚款二千元'
 */
export function tierGuideLine(item: PenaltyItem, tier: Tier, ruleSet: RuleSet): string | undefined {
  const parts: string[] = [];
  if (tier.fine?.guide !== undefined) parts.push(`罚款${writeYuan(tier.fine.guide)}`);
  for (const [kind, amount] of Object.entries(tier.sanctions ?? {})) {
    if (amount?.guide === undefined) continue;
    const unit = [...(item.statutory.with ?? []), ...(item.statutory.also ?? [])].find(
      (spec) => spec.kind === kind,
    )?.unit;
    parts.push(`${SANCTION_LABELS[kind as SanctionKind]}${writeUnit(unit)(amount.guide)}`);
  }
  if (parts.length === 0) return undefined;
  return `${ruleSet.guidance?.label ?? DEFAULT_LABEL}：${parts.join('、')}`;
}

/**
 * The table's guidance as sentences of its 适用规则: what the guiding amount is, with the article,
 * then each departure — its condition, direction and reach, with its article.
 *
 * @returns no sentence for a rule set without `guidance`
 * @example guidanceSentences(ruleSet)
 *   // ['默认值（指导基准）（《…适用规则》第六条）：按各裁量阶次所列默认值（指导基准）裁量；有下列情形的，可以偏离', '违法行为引发交通事故的，可以按上限处罚（…第四条第（三）项）：引发交通事故的，可以上调至本阶次上限']
 */
export function guidanceSentences(ruleSet: RuleSet): string[] {
  const { guidance } = ruleSet;
  if (guidance === undefined) return [];
  const describe = conditionWriter(ruleSet);
  const articles = (basis: NonNullable<RuleSet['guidance']>['basis']) =>
    basis.map((citation) => formatCitation(citation, ruleSet.laws[citation.law] as LawDeclaration)).join('、');
  const head = `${guidance.label}（${articles(guidance.basis)}）：按各裁量阶次所列${guidance.label}裁量${
    guidance.departures.length > 0 ? '；有下列情形的，可以偏离' : ''
  }`;
  return [
    head,
    ...guidance.departures.map((departure) => {
      const up = departure.direction === 'up';
      const reach =
        departure.by.to !== undefined
          ? `${up ? '上调' : '下调'}至本阶次${up ? '上限' : '下限'}`
          : departure.by.share !== undefined
            ? `${up ? '上调' : '下调'}${guidance.label}的${percentText(departure.by.share)}`
            : `${up ? '上调' : '下调'}${amountText(departure.by.amount ?? '0', departure.kinds)}`;
      const kinds =
        departure.kinds === undefined
          ? ''
          : `（限于${departure.kinds.map((kind) => SANCTION_LABELS[kind]).join('、')}）`;
      return `${departure.label}（${articles(departure.basis)}）：${describe(departure.when)}的，可以${reach}${kinds}，但不超出本阶次幅度`;
    }),
  ];
}

/** An amount of a departure: 二百元 when it moves the fine only, else the number in each sanction's unit. */
function amountText(amount: string, kinds: readonly SanctionKind[] | undefined): string {
  return kinds?.every((kind) => kind === 'fine') === true
    ? writeYuan(amount)
    : `${amount}（罚款以元计，其他处罚以其计量单位计）`;
}
