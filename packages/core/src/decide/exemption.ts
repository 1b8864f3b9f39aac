/**
 * 不予行政处罚: the exemption a case imposes (a general rule such as 不满十四周岁, or a mandatory
 * entry of the item's 免罚清单) or offers (可以不予行政处罚).
 */
import { generalRuleCitation } from '../citation/general-laws.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import type { CompiledPenaltyItem } from './compile-item.js';
import type { Exemption } from './decision.js';

type ItemExemption = CompiledPenaltyItem['exemptions'][number];

/** The exemption the law imposes, if any: a general no-penalty ground first, then the item's mandatory entry. */
export function imposedExemption(
  rules: readonly GeneralRule[],
  itemExemptions: readonly ItemExemption[],
): Exemption | undefined {
  const rule = rules.find((candidate) => candidate.effect === 'no-penalty');
  if (rule !== undefined) return { id: rule.id, mandatory: true, citations: [generalRuleCitation(rule.citation)] };
  const entry = itemExemptions.find((candidate) => candidate.data.mandatory);
  return entry === undefined ? undefined : { id: entry.data.id, mandatory: true, citations: [...entry.citations] };
}

/** The exemption the agency may grant beside the penalty: the item's entry first, then a general rule. */
export function offeredExemption(
  rules: readonly GeneralRule[],
  itemExemptions: readonly ItemExemption[],
): Exemption | null {
  const entry = itemExemptions.find((candidate) => !candidate.data.mandatory);
  if (entry !== undefined) return { id: entry.data.id, mandatory: false, citations: [...entry.citations] };
  const rule = rules.find((candidate) => candidate.effect === 'exemption-offered');
  return rule === undefined ? null : { id: rule.id, mandatory: false, citations: [generalRuleCitation(rule.citation)] };
}
