import type { Language } from '../explain/condition-text.js';
import type { FactDeclaration } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { sanctionLabel } from '../ruleset/sanction-kinds.js';

/**
 * The pieces lint messages are built from, each written in both languages: a fact by its label,
 * a tier by its level, an amount, the facts of a witness, the note of a sampled search. Kept
 * apart from the sentences (messages.ts) so every sentence names a fact, a tier or an amount the
 * same way.
 */

/** A fact as a message names it: its id (English) and its declared label (Chinese), when declared. */
export interface FactRef {
  readonly name: string;
  readonly label?: string | undefined;
}

/** A fact of a witness, with what is needed to print its value: type and value labels. */
export interface WitnessFact extends FactRef {
  readonly type?: FactDeclaration['type'] | undefined;
  readonly valueLabels?: Readonly<Record<string, string>> | undefined;
}

/** The facts of a witness: the values (money as decimal strings; absent left out) and the facts searched, in order. */
export interface WitnessParam {
  readonly values: Readonly<Record<string, unknown>>;
  readonly facts: readonly WitnessFact[];
}

/** How a tier states its fine, as data: a band of the statutory range, an absolute range, a multiple. */
export type AmountParam =
  | { readonly kind: 'none' }
  | { readonly kind: 'band'; readonly band: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'range'; readonly min: string; readonly max: string }
  | { readonly kind: 'multiple'; readonly min: string; readonly max: string; readonly of?: FactRef | undefined }
  /** v2 `fine.computed`: the table's own sentence. */
  | { readonly kind: 'computed'; readonly text: string };

/** A range of money in 元; `max` undefined when the range is open above. */
export interface RangeParam {
  readonly min: string;
  readonly max?: string | undefined;
}

/** How much of the search ran, when it sampled instead of trying every combination. */
export interface SearchParam {
  readonly tried: number;
  readonly combinations: number;
}

/**
 * A fact named in a message: in Chinese its label (「货值金额」), in English the id with the label
 * beside it (`goodsValue (货值金额)`) — an officer reads the label, an author looks up the id.
 *
 * @param fact - the fact
 * @param language - zh or en
 * @returns the name to print
 * @example factText({ name: 'goodsValue', label: '货值金额' }, 'zh') // '货值金额'
 */
export function factText(fact: FactRef, language: Language): string {
  if (language === 'zh') return fact.label ?? fact.name;
  return fact.label === undefined ? `"${fact.name}"` : `"${fact.name}" (${fact.label})`;
}

/** A tier as a message names it: its level, its label (what the published table prints), its place in `tiers`. */
export interface TierParam {
  readonly level: string | number;
  readonly label?: string | undefined;
  readonly index?: number | undefined;
}

/**
 * A tier named as the officer knows it: by its label as the published table and the reasoning
 * print it (「“较重”阶次」), with its number when the level is one (「第2阶次“较重”」); in English by
 * its level and its place in `tiers`.
 *
 * @param tier - the tier's level, label and index
 * @param language - zh or en
 * @example tierText({ level: 2, label: '较重' }, 'zh') // '第2阶次“较重”'
 */
export function tierText(tier: TierParam, language: Language): string {
  const { level, label, index } = tier;
  if (language === 'en') return `tier "${String(level)}"${index === undefined ? '' : ` (tiers[${index}])`}`;
  const numbered = typeof level === 'number' || /^\d+$/.test(level);
  if (!numbered) return `“${label ?? level}”阶次`;
  return label === undefined || label === String(level) ? `第${level}阶次` : `第${level}阶次“${label}”`;
}

/**
 * A sanction kind: its Chinese name (行政处罚法 第九条's words) or its id in English.
 *
 * @example sanctionText('suspend-business', 'zh') // '责令停产停业'
 */
export function sanctionText(kind: string, language: Language): string {
  if (language === 'en') return kind;
  return sanctionLabel(kind);
}

/**
 * A range of money: 「50000元至65000元」, 「50000元以上」 when open; `50000–65000 元` in English.
 *
 * @example rangeText({ min: '50000', max: '65000' }, 'zh') // '50000元至65000元'
 */
export function rangeText(range: RangeParam, language: Language): string {
  if (language === 'en') return range.max === undefined ? `${range.min} 元 or more` : `${range.min}–${range.max} 元`;
  return range.max === undefined ? `${range.min}元以上` : `${range.min}元至${range.max}元`;
}

/**
 * How a tier states its fine.
 *
 * @example amountText({ kind: 'multiple', min: '13', max: '17', of: { name: 'goodsValue', label: '货值金额' } }, 'zh') // '货值金额13倍至17倍'
 */
export function amountText(amount: AmountParam, language: Language): string {
  const zh = language === 'zh';
  switch (amount.kind) {
    case 'none':
      return zh ? '无罚款' : 'no fine';
    case 'band':
      if (amount.from === undefined || amount.to === undefined)
        return zh ? `罚款档“${amount.band}”` : `band "${amount.band}"`;
      return zh
        ? `罚款档“${amount.band}”（法定幅度的${percent(amount.from)}至${percent(amount.to)}）`
        : `band "${amount.band}" [${amount.from}, ${amount.to}] of the statutory range`;
    case 'range':
      return zh ? `罚款${amount.min}元至${amount.max}元` : `range ${amount.min}–${amount.max} 元`;
    case 'computed':
      return zh ? `罚款按“${amount.text}”计算` : `computed: ${amount.text}`;
    case 'multiple': {
      if (zh)
        return `${amount.of === undefined ? '法定计罚基数' : factText(amount.of, 'zh')}${amount.min}倍至${amount.max}倍`;
      return `${amount.min}–${amount.max} × ${amount.of === undefined ? 'the statutory base' : amount.of.name}`;
    }
  }
}

/**
 * The facts of a witness in a sentence: 「货值金额为9999.99元，情节严重为是，主动消除违法后果未认定」.
 * A circumstance the witness leaves out is named as not established (spec §3), since that is
 * often what the finding turns on.
 *
 * @example witnessText({ values: { goodsValue: '9999.99' }, facts: [{ name: 'goodsValue', label: '货值金额', type: 'money' }] }, 'zh') // '货值金额为9999.99元'
 */
export function witnessText(witness: WitnessParam, language: Language): string {
  const zh = language === 'zh';
  if (witness.facts.length === 0) return zh ? '任何事实' : 'any facts';
  const parts = witness.facts.map((fact) => {
    const present = Object.hasOwn(witness.values, fact.name);
    if (!zh) return present ? `${fact.name} ${String(witness.values[fact.name])}` : `${fact.name} absent`;
    const label = factText(fact, 'zh');
    return present ? `${label}为${valueZh(witness.values[fact.name], fact)}` : `${label}未认定`;
  });
  return parts.join(zh ? '，' : ', ');
}

function valueZh(value: unknown, fact: WitnessFact): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (fact.type === 'money') return `${String(value)}元`;
  if (typeof value === 'string') return fact.valueLabels?.[value] ?? value;
  return String(value);
}

/**
 * What to add when the search sampled: the reader must know that "no finding" is no proof.
 *
 * @example searchText({ tried: 10500, combinations: 90000 }, 'zh') // '（未穷尽：在90000种候选值组合中检查了10500种）'
 */
export function searchText(search: SearchParam | undefined, language: Language): string {
  if (search === undefined) return '';
  return language === 'zh'
    ? `（未穷尽：在${search.combinations}种候选值组合中检查了${search.tried}种）`
    : ` (search not exhaustive: ${search.tried} of ${search.combinations} combinations of candidate values tried)`;
}

/**
 * A fraction of the statutory range as a percentage.
 *
 * @example percent('0.7') // '70%'
 */
export function percent(fraction: string): string {
  return `${new Decimal(fraction).times(100).toFixed()}%`;
}
