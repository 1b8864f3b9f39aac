import { describeCondition } from '../explain/condition-text.js';
import type { RuleSet } from '../ruleset/load.js';
import { ruleSetScope } from '../ruleset/scope.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';
import { factsRead } from './unused-facts.js';

/**
 * An enum fact read by an item whose values have no Chinese `valueLabels`: the published table
 * and the reasoning text print the value itself (「危害后果为minor」), which is no text an agency
 * can publish or serve (行政处罚法 第三十四条: 裁量基准应当向社会公布; 第四十四条: the party is told
 * the facts, reasons and basis). Every value of `values` is checked, not only those the conditions
 * name: the reasoning text prints the case's own value, whichever it is.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one `enum-value-unlabelled` warning per enum fact read by an item, at `facts.NAME.valueLabels`,
 *   naming the values without a label and showing how the first one prints; its witness is a case with that value
 * @example checkValueLabels(ruleSet) // [{ code: 'enum-value-unlabelled', path: 'facts.harm.valueLabels', … }]
 */
export function checkValueLabels(ruleSet: RuleSet, say: LintSay): Finding[] {
  const read = factsRead(ruleSet);
  const scope = ruleSetScope(ruleSet.facts);
  const findings: Finding[] = [];
  for (const [name, fact] of Object.entries(ruleSet.facts)) {
    if (fact.type !== 'enum' || !read.has(name)) continue;
    const labels = fact.valueLabels ?? {};
    const missing = (fact.values ?? []).filter(
      (value) => !Object.hasOwn(labels, value) || labels[value]?.trim() === '',
    );
    const first = missing[0];
    if (first === undefined) continue;
    const printed = describeCondition({ fact: name, operator: 'equal', value: first }, scope);
    findings.push({
      code: 'enum-value-unlabelled',
      severity: 'warning',
      path: `facts.${name}.valueLabels`,
      message: say('enum-value-unlabelled', { fact: { name, label: fact.label }, missing, printed }),
      witness: { [name]: first },
    });
  }
  return findings;
}
