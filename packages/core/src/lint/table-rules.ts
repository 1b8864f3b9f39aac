import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * Table rules (v2 `tableRules`) that cannot do what they say for some item: a `shift` (上调一个档次)
 * on an item with a single tier never moves a case, so the table's rule is silently idle there —
 * the officer must be told, and the table's author asked which tier the rule meant.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one `table-rule-idle` warning per shift rule and item with one tier
 * @example checkTableRules(ruleSet) // [{ code: 'table-rule-idle', path: 'tableRules[0]', … }]
 */
export function checkTableRules(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  (ruleSet.tableRules ?? []).forEach((rule, index) => {
    if (rule.shift === undefined) return;
    for (const item of ruleSet.items) {
      if (item.kind !== 'penalty' || item.tiers.length > 1) continue;
      findings.push({
        code: 'table-rule-idle',
        severity: 'warning',
        path: `tableRules[${index}]`,
        message: say('table-rule-idle', { rule: rule.id, label: rule.label, item: item.code }),
      });
    }
  });
  return findings;
}
