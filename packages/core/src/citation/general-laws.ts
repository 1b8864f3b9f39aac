import { deepFreeze } from '../internal/deep-freeze.js';
import { resolveCitation } from './format.js';
import type { Citation, LawDeclaration, ResolvedCitation } from './types.js';

/**
 * Laws that general rules cite whatever the rule set declares. Their citations name the law in
 * full (spec §3), so a rule set need not list them in `laws`.
 */
export const GENERAL_LAWS = Object.freeze({
  /** 中华人民共和国行政处罚法, as revised 2021-01-22 (in force 2021-07-15). */
  APL: Object.freeze({ title: '中华人民共和国行政处罚法', edition: '2021-01-22' }),
  /**
   * 中华人民共和国行政处罚法（2017年修正）: the text as amended 2017-09-01, in force until
   * 2021-07-14. Its own article numbers (第二十五条 for minors, 第二十九条 for limitation).
   */
  APL2017: Object.freeze({ title: '中华人民共和国行政处罚法', edition: '2017-09-01' }),
  /** 中华人民共和国行政许可法, as amended 2019-04-23. */
  ALL: Object.freeze({ title: '中华人民共和国行政许可法', edition: '2019-04-23' }),
} satisfies Record<string, LawDeclaration>);

export type GeneralLawKey = keyof typeof GENERAL_LAWS;

/**
 * How a citation names an edition that is no longer the current text, after the title, as the
 * text's own heading does (「中华人民共和国行政处罚法（2017年修正）」). The current editions are
 * named by title alone, as they always were.
 */
const SUPERSEDED_EDITIONS: Partial<Record<GeneralLawKey, string>> = { APL2017: '（2017年修正）' };

/**
 * A provision of a general law and its official text, made together: the provisions are the
 * library's own constants (the general rules, the procedure clocks), so each is formatted once,
 * when first named, rather than when a decision cites it.
 */
interface GeneralProvision {
  readonly citation: Citation;
  readonly resolved: ResolvedCitation;
}

/** The provisions named so far, by law, article, paragraph and item: one object per provision. */
const provisions = new Map<string, GeneralProvision>();

function provisionKey(law: string, article: number, paragraph?: number, item?: number): string {
  return `${law} ${article} ${paragraph ?? ''} ${item ?? ''}`;
}

function provision(law: GeneralLawKey, article: number, paragraph?: number, item?: number): Citation {
  const key = provisionKey(law, article, paragraph, item);
  let known = provisions.get(key);
  if (known === undefined) {
    const citation: Citation = Object.freeze({
      law,
      article,
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(item === undefined ? {} : { item }),
    });
    known = { citation, resolved: formatGeneral(citation) };
    provisions.set(key, known);
  }
  return known.citation;
}

/** A provision of the Administrative Penalty Law (行政处罚法): the same object for the same provision. */
export function penaltyLaw(article: number, paragraph?: number, item?: number): Citation {
  return provision('APL', article, paragraph, item);
}

/**
 * A provision of the Administrative Penalty Law as amended 2017 (行政处罚法（2017年修正）), in that
 * text's own numbering: the same object for the same provision.
 *
 * @example generalRuleCitation(penaltyLaw2017(29, 1)).text // '《中华人民共和国行政处罚法》（2017年修正）第二十九条第一款'
 */
export function penaltyLaw2017(article: number, paragraph?: number, item?: number): Citation {
  return provision('APL2017', article, paragraph, item);
}

/** A provision of the Administrative Licensing Law (行政许可法): the same object for the same provision. */
export function licensingLaw(article: number, paragraph?: number, item?: number): Citation {
  return provision('ALL', article, paragraph, item);
}

/**
 * A provision of 行政处罚法 or 行政许可法 as a general rule cites it, the law named in full
 * (spec §3). The provisions {@link penaltyLaw} and its siblings give were formatted when they were
 * made, and that text is shared (frozen); any other citation of a general law is formatted now.
 *
 * @throws RangeError when the citation's law is not a general law
 * @example generalRuleCitation(penaltyLaw(37)).text // '《中华人民共和国行政处罚法》第三十七条'
 */
export function generalRuleCitation(citation: Citation): ResolvedCitation {
  const { law, article, paragraph, item, subitem } = citation;
  // provision() makes no 目: a citation with one is never one of its provisions.
  const known = subitem === undefined ? provisions.get(provisionKey(law, article, paragraph, item)) : undefined;
  return known?.resolved ?? formatGeneral(citation);
}

/** The official text of a general-law citation, frozen; a superseded edition named after the title. */
function formatGeneral(citation: Citation): ResolvedCitation {
  const law = GENERAL_LAWS[citation.law as GeneralLawKey];
  if (law === undefined)
    throw new RangeError(`${citation.law} is not a general law (${Object.keys(GENERAL_LAWS).join(', ')})`);
  const plain = resolveCitation('general-rule', citation, law);
  const edition = SUPERSEDED_EDITIONS[citation.law as GeneralLawKey];
  const text =
    edition === undefined ? plain.text : plain.text.replace(`《${law.title}》`, `《${law.title}》${edition}`);
  return deepFreeze({ ...plain, text });
}
