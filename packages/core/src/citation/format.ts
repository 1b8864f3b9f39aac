import { toChineseNumeral } from './chinese-numerals.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { BenchmarkCitation, Citation, LawDeclaration, ProvisionCitation } from './types.js';

/**
 * The provision part of a citation in the official style:
 * `第一百二十四条第一款第（三）项`, with 目 in Arabic numerals (`第1目`) as statutes number them.
 *
 * @example formatProvision({ law: 'FSL', article: 34, item: 4 }) // '第三十四条第（四）项'
 */
export function formatProvision(citation: Omit<Citation, 'law'>): string {
  let text = `第${toChineseNumeral(citation.article)}条`;
  if (citation.paragraph !== undefined) text += `第${toChineseNumeral(citation.paragraph)}款`;
  if (citation.item !== undefined) text += `第（${toChineseNumeral(citation.item)}）项`;
  if (citation.subitem !== undefined) text += `第${citation.subitem}目`;
  return text;
}

/**
 * A citation in full: `《中华人民共和国食品安全法》第一百二十四条第一款第（三）项`.
 *
 * @param citation - the structured citation
 * @param law - the law it names (from the rule set's `laws`, or a general-rule law)
 * @example formatCitation({ law: 'APL', article: 32, item: 2 }, { title: '中华人民共和国行政处罚法', edition: '2021-01-22' })
 * // '《中华人民共和国行政处罚法》第三十二条第（二）项'
 */
export function formatCitation(citation: Citation, law: LawDeclaration): string {
  return `《${law.title}》${formatProvision(citation)}`;
}

/** A citation with its role, text and structured fields, as a decision lists it. */
export function resolveCitation(
  role: ProvisionCitation['role'],
  citation: Citation,
  law: LawDeclaration,
): ProvisionCitation {
  const resolved: UnderConstruction<ProvisionCitation> = {
    role,
    text: formatCitation(citation, law),
    law: citation.law,
    title: law.title,
    edition: law.edition,
    article: citation.article,
  };
  if (citation.paragraph !== undefined) resolved.paragraph = citation.paragraph;
  if (citation.item !== undefined) resolved.item = citation.item;
  if (citation.subitem !== undefined) resolved.subitem = citation.subitem;
  return resolved;
}

/** The benchmark itself as a citation: its 文号 and the item code (`示例市监规〔2024〕1号 FS-124-1-3`). */
export function benchmarkCitation(document: string, code: string): BenchmarkCitation {
  return { role: 'benchmark', text: `${document} ${code}`, document, code };
}
