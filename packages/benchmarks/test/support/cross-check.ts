import { Decimal } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
import { describePhrase, findAmountPhrases, parseChineseNumber } from './chinese-amounts.js';
import type { AmountPhrase, AmountUnit } from './chinese-amounts.js';
import { crossCheckLicensingItem } from './licensing-cross-check.js';
import { provisionText, statuteOf } from './statutes.js';
import type { Statute } from './statutes.js';

/**
 * The statute cross-check: every number a rule set states as law — each statutory fine
 * alternative's range or multiple, each money threshold that selects an alternative, each
 * ranged sanction (拘留 N 日) — must be written in the cited basis provision as the same kind of
 * bound, and each sanction kind must be named there. A fine the provision only authorises
 * (可以处, 可以并处, 并可处以) must be `optional`, and one it requires must not be. Amounts are read from the statute text with
 * an independent parser (chinese-amounts.ts), never from the engine.
 */
export interface CrossCheckResult {
  /** How many numbers and sanction kinds were compared with the statute. */
  readonly checks: number;
  /** One line per mismatch, naming the item, the path and the provision; empty when clean. */
  readonly problems: string[];
  /** The titles of laws cited as a basis that were declared absent and so not read (sorted, once each). */
  readonly unread: string[];
}

/** What the caller knows about the statutes folder. */
export interface CrossCheckOptions {
  /**
   * Titles of laws known NOT to be in the statutes folder (no verbatim text with a named source was
   * found): a basis citing one is skipped and listed in `unread` instead of being a problem. Any
   * other missing law is still a problem.
   */
  readonly absent?: ReadonlySet<string>;
}

type PenaltyItem = Extract<RuleSet['items'][number], { kind: 'penalty' }>;

const SANCTION_UNITS: Readonly<Record<string, AmountUnit>> = { day: 'day', month: 'month', year: 'year' };

/** Words that must appear in the provision for a sanction kind to be authorised by it. */
const SANCTION_WORDS: Readonly<Record<string, RegExp>> = {
  warning: /警告/u,
  'circulate-criticism': /通报批评/u,
  // 没收原材料、产品和违法所得; 有违法收入的予以没收; 没收广告费用
  'confiscate-illegal-income': /没收[^。；]*(?:违法(?:所得|收入)|费用)|违法(?:所得|收入)[^。；]*没收/u,
  'confiscate-illegal-goods': /没收/u,
  // 没收燃用高污染燃料的设施; 原辅材料、包装物、生产工具，应当予以没收
  'confiscate-tools': /没收[^。；]*(?:工具|设备|设施|原料|材料)|(?:工具|设备|设施|原料|材料)[^。；]*没收/u,
  'suspend-licence': /暂扣/u,
  'lower-qualification': /降低资质/u,
  // 吊销许可证; 取消其检验资格、认证资格; (广告审查批准)予以撤销
  'revoke-licence': /吊销|(?:取消|撤销)[^。；]*(?:资格|许可|批准)|予以撤销/u,
  'restrict-business': /限制/u,
  // 责令停产停业, 停产整治, 停业整治, 停工整治, 船舶临时停航, 暂停广告发布业务, 停止相关业务
  'suspend-business': /停产|停业|停工|停航|暂停|停止[^。；]{0,6}(?:生产|营业|运营|业务)/u,
  'order-closure': /关闭/u,
  'restrict-practice': /(?:不得|禁止)(?:从事|担任|申请)|限制从业/u, // 五年内禁止从事…编制工作
  detention: /拘留/u,
};

const sameBound = (a: Decimal | undefined, b: Decimal | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.equals(b);

/** The phrase has exactly this shape: both bounds equal (an absent bound stays absent), inclusive. */
function matchesShape(
  phrase: AmountPhrase,
  unit: AmountUnit,
  min: Decimal | undefined,
  max: Decimal | undefined,
): boolean {
  return (
    phrase.unit === unit &&
    sameBound(phrase.min, min) &&
    sameBound(phrase.max, max) &&
    phrase.minExclusive !== true &&
    phrase.maxExclusive !== true
  );
}

/** Which comparison operators a threshold phrase supports on either side of its boundary. */
function thresholdOperators(phrase: AmountPhrase): { value: Decimal; operators: readonly string[] } | undefined {
  if (phrase.min !== undefined && phrase.max !== undefined) return undefined;
  if (phrase.max !== undefined) {
    // 不足 V: < V (and its complement ≥ V); V 以下: ≤ V (and > V)
    return {
      value: phrase.max,
      operators:
        phrase.maxExclusive === true ? ['lessThan', 'greaterThanInclusive'] : ['lessThanInclusive', 'greaterThan'],
    };
  }
  if (phrase.min !== undefined) {
    // 超过 V: > V (and ≤ V); V 以上: ≥ V (and < V)
    return {
      value: phrase.min,
      operators:
        phrase.minExclusive === true ? ['greaterThan', 'lessThanInclusive'] : ['greaterThanInclusive', 'lessThan'],
    };
  }
  return undefined;
}

interface Leaf {
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
  readonly path: string;
}

function leaves(condition: unknown, path: string): Leaf[] {
  if (condition === null || typeof condition !== 'object') return [];
  const node = condition as Record<string, unknown>;
  const found: Leaf[] = [];
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list))
      list.forEach((child, index) => {
        found.push(...leaves(child, `${path}.${key}[${index}]`));
      });
  }
  if (node['not'] !== undefined) found.push(...leaves(node['not'], `${path}.not`));
  if (typeof node['fact'] === 'string' && typeof node['operator'] === 'string') {
    found.push({ fact: node['fact'], operator: node['operator'], value: node['value'], path });
  }
  return found;
}

function decimalOf(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value)) return new Decimal(value);
  return undefined;
}

/** Cross-checks every item of a rule set against the statutes (penalty items by full title; licensing items by edition). */
export function crossCheckRuleSet(
  ruleSet: RuleSet,
  statutes: ReadonlyMap<string, Statute>,
  source = ruleSet.id,
  options: CrossCheckOptions = {},
): CrossCheckResult {
  const problems: string[] = [];
  const unread = new Set<string>();
  let checks = 0;
  ruleSet.items.forEach((item, itemIndex) => {
    const where = `${source} items[${itemIndex}] ${item.code}`;
    if (item.kind === 'licensing') {
      const licensing = crossCheckLicensingItem(ruleSet, item, where);
      checks += licensing.checks;
      problems.push(...licensing.problems);
      return;
    }
    // Every provision the item cites as violated must exist (article, paragraph, item).
    item.violates.forEach((citation, index) => {
      const statute = statuteOf(statutes, ruleSet.laws[citation.law]);
      if (statute === undefined) return; // reported below when it is the basis' law; other laws may be absent
      checks += 1;
      try {
        provisionText(statute, citation);
      } catch (error) {
        problems.push(`${where} violates[${index}]: ${(error as Error).message}`);
      }
      const missing = paragraphMissing(statute, citation);
      if (missing !== undefined && !basisNamesArticle(ruleSet, item, statutes, citation))
        problems.push(`${where} violates[${index}]: ${missing}`);
    });
    // 款 of the basis: an article of several paragraphs is cited with its paragraph (issue #17 point 7).
    item.basis.forEach((citation, index) => {
      const title = ruleSet.laws[citation.law]?.title;
      const statute = title === undefined ? undefined : statutes.get(title);
      if (statute === undefined) return;
      checks += 1;
      const missing = paragraphMissing(statute, citation);
      if (missing !== undefined) problems.push(`${where} basis[${index}]: ${missing}`);
    });
    const scope = basisText(ruleSet, item, where, statutes, problems, options.absent ?? new Set(), unread);
    if (scope === undefined) return;
    const phrases = findAmountPhrases(scope.text);
    const shown = `the basis (${scope.cited})`;
    const fines = phrases.filter((phrase) => phrase.role === 'fine');
    const available = (unit: AmountUnit) =>
      fines
        .filter((phrase) => phrase.unit === unit)
        .map((phrase) => `${phrase.text} (${describePhrase(phrase)})`)
        .join('; ') || 'none';

    (item.statutory.fine ?? []).forEach((alternative, altIndex) => {
      const path = `${where} statutory.fine[${altIndex}]`;
      if (alternative.range !== undefined) {
        checks += 1;
        const min = new Decimal(alternative.range.min);
        const want = {
          min: min.isZero() ? undefined : min,
          max: alternative.range.max === undefined ? undefined : new Decimal(alternative.range.max),
        };
        const matching = fines.filter((phrase) => matchesShape(phrase, 'yuan', want.min, want.max));
        if (matching.length === 0) {
          problems.push(
            `${path}.range ${describePhrase({ unit: 'yuan', ...want })}: no fine of that shape in ${shown}; it states: ${available('yuan')}`,
          );
        } else {
          checks += 1;
          const problem = modalityProblem(alternative, matching);
          if (problem !== undefined) problems.push(`${path}: ${problem} in ${shown}`);
        }
      }
      if (alternative.multiple !== undefined) {
        checks += 1;
        const min = new Decimal(alternative.multiple.min);
        const want = {
          min: min.isZero() ? undefined : min,
          max: alternative.multiple.max === undefined ? undefined : new Decimal(alternative.multiple.max),
        };
        const matching = fines.filter((phrase) => matchesShape(phrase, 'times', want.min, want.max));
        if (matching.length === 0) {
          problems.push(
            `${path}.multiple ${describePhrase({ unit: 'times', ...want })}: no multiple of that shape in ${shown}; it states: ${available('times')}`,
          );
        } else {
          checks += 2;
          const problem = modalityProblem(alternative, matching);
          if (problem !== undefined) problems.push(`${path}: ${problem} in ${shown}`);
          const label = ruleSet.facts[alternative.multiple.of]?.label ?? '';
          const bases = matching.map((phrase) => phrase.base).filter((base): base is string => base !== undefined);
          if (bases.length > 0 && !bases.some((base) => label.includes(base))) {
            problems.push(
              `${path}.multiple.of: the statute multiplies ${bases.join(' / ')}, but fact "${alternative.multiple.of}" is labelled "${label}"`,
            );
          }
        }
      }
      for (const leaf of leaves(alternative.when, `${path}.when`)) {
        if (ruleSet.facts[leaf.fact]?.type !== 'money') continue;
        const value = decimalOf(leaf.value);
        if (value === undefined || value.isZero()) continue; // 没有违法所得的: no phrase to compare
        checks += 1;
        const thresholds = phrases
          .filter((phrase) => phrase.unit === 'yuan' && phrase.role !== 'fine')
          .map(thresholdOperators);
        if (!thresholds.some((t) => t?.value.equals(value) && t.operators.includes(leaf.operator))) {
          const stated =
            phrases
              .filter((phrase) => phrase.unit === 'yuan' && phrase.role !== 'fine')
              .map((phrase) => phrase.text)
              .join('; ') || 'none';
          problems.push(
            `${leaf.path}: ${leaf.fact} ${leaf.operator} ${value.toFixed()} is not a threshold of ${shown} with that boundary (以上/以下 include, 不足/超过 exclude); it states: ${stated}`,
          );
        }
      }
    });

    for (const key of ['with', 'also'] as const) {
      (item.statutory[key] ?? []).forEach((sanction, index) => {
        const path = `${where} statutory.${key}[${index}]`;
        const words = SANCTION_WORDS[sanction.kind];
        if (words !== undefined) {
          checks += 1;
          if (!words.test(scope.text))
            problems.push(`${path}: ${sanction.kind} is not named in ${shown} (looked for ${words.source})`);
        }
        if (sanction.range !== undefined && sanction.unit !== undefined) {
          checks += 1;
          const unit = SANCTION_UNITS[sanction.unit]!;
          const min = new Decimal(sanction.range.min);
          const want = {
            min: min.isZero() ? undefined : min,
            max: sanction.range.max === undefined ? undefined : new Decimal(sanction.range.max),
          };
          if (!phrases.some((phrase) => matchesShape(phrase, unit, want.min, want.max))) {
            const stated =
              phrases
                .filter((phrase) => phrase.unit === unit)
                .map((phrase) => phrase.text)
                .join('; ') || 'none';
            problems.push(
              `${path}.range ${describePhrase({ unit, ...want })}: no ${unit} range of that shape in ${shown}; it states: ${stated}`,
            );
          }
        }
      });
    }
  });
  return { checks, problems, unread: [...unread].sort() };
}

/**
 * Whether the fine's modality agrees with the statute's phrases of its shape: all of them 可以 →
 * the fine must be optional; none of them → it must not be. Mixed phrasing is left to review.
 */
/**
 * An article of several paragraphs cited without its 款 (济南市城市供水条例 第五十二条第一款第（三）项, never
 * 第五十二条第（三）项): the reader cannot tell which paragraph applies. The count is the statute text's own.
 */
export function paragraphMissing(
  statute: Statute,
  citation: { readonly article: number; readonly paragraph?: number | undefined },
): string | undefined {
  if (citation.paragraph !== undefined) return undefined;
  const count = statute.articles.get(citation.article)?.paragraphs.length ?? 0;
  if (count <= 1) return undefined;
  return `《${statute.title}》 article ${citation.article} has ${count} paragraphs (款): cite the paragraph`;
}

/**
 * Whether the item's basis itself names the violated article whole — 「违反本法第十六条规定发布…」,
 * 「产品标识不符合本法第二十七条规定的」 — so that the violation is cited as the statute cites it; a
 * paragraph the statute does not name would be the benchmark's guess.
 */
function basisNamesArticle(
  ruleSet: RuleSet,
  item: PenaltyItem,
  statutes: ReadonlyMap<string, Statute>,
  violated: { readonly law: string; readonly article: number },
): boolean {
  return item.basis.some((citation) => {
    if (citation.law !== violated.law) return false;
    const title = ruleSet.laws[citation.law]?.title;
    const statute = title === undefined ? undefined : statutes.get(title);
    if (statute === undefined) return false;
    let text: string;
    try {
      text = provisionText(statute, citation);
    } catch {
      return false;
    }
    for (const match of text.matchAll(/本法第([零〇一二两三四五六七八九十百]+)条(?!第[一二三四五六七八九十]+款)/gu)) {
      if (parseChineseNumber(match[1] as string).equals(violated.article)) return true;
    }
    return false;
  });
}

/**
 * Whether the fine's modality is the statute's: 可以 (optional), required, or one member of
 * 「警告或者…罚款」 — a choice the v2 format states as `alternatives: [{ kind: warning }]` (a v1 file could
 * only say the fine alone is not required: `optional`, also accepted).
 */
function modalityProblem(
  alternative: {
    readonly optional?: boolean | undefined;
    readonly alternatives?: readonly { readonly kind: string }[] | undefined;
  },
  matching: readonly AmountPhrase[],
): string | undefined {
  const optional = alternative.optional === true;
  const warningChoice = (alternative.alternatives ?? []).some((member) => member.kind === 'warning');
  const choices = matching.filter((phrase) => phrase.orWarning === true).length;
  const shown = matching.map((phrase) => phrase.text).join('; ');
  if (choices > 0 && choices === matching.length) {
    return optional || warningChoice
      ? undefined
      : `a mandatory fine, but the statute says 警告或者罚款 (${shown}): add alternatives: [{ kind: warning }]`;
  }
  if (warningChoice && choices === 0)
    return `the fine is a choice with 警告, but the statute says no 警告或者 before it (${shown})`;
  const authorised = matching.filter((phrase) => phrase.optional === true).length;
  if (authorised === matching.length && !optional)
    return `a mandatory fine, but the statute says 可以 (${matching.map((phrase) => phrase.text).join('; ')}): set optional: true`;
  if (authorised === 0 && optional)
    return `an optional fine, but the statute requires it (${matching.map((phrase) => phrase.text).join('; ')}): no 可以`;
  return undefined;
}

function basisText(
  ruleSet: RuleSet,
  item: PenaltyItem,
  where: string,
  statutes: ReadonlyMap<string, Statute>,
  problems: string[],
  absent: ReadonlySet<string>,
  unread: Set<string>,
): { text: string; cited: string } | undefined {
  const texts: string[] = [];
  const cited: string[] = [];
  for (const citation of item.basis) {
    const title = ruleSet.laws[citation.law]?.title;
    const statute = statuteOf(statutes, ruleSet.laws[citation.law]);
    if (statute === undefined && title !== undefined && absent.has(title)) {
      unread.add(title);
      continue;
    }
    const label = `《${title ?? citation.law}》 ${citation.article}${citation.paragraph === undefined ? '' : `(${citation.paragraph})`}${citation.item === undefined ? '' : `[${citation.item}]`}`;
    cited.push(label);
    if (statute === undefined) {
      problems.push(`${where} basis: no statute text titled 《${title ?? citation.law}》 in the statutes folder`);
      return undefined;
    }
    try {
      texts.push(provisionText(statute, citation));
    } catch (error) {
      problems.push(`${where} basis ${label}: ${(error as Error).message}`);
      return undefined;
    }
  }
  // Every basis declared absent: nothing to compare the amounts with.
  if (texts.length === 0) return undefined;
  return { text: texts.join('\n'), cited: cited.join(', ') };
}
