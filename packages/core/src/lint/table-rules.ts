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
 * A `require` (应当依法予以吊销或拘留) that no item can obey — no item offers one of its sanctions as
 * 可以并处 — is idle for every case: `table-rule-requires-nothing`, so the author checks the kinds.
 *
 * @returns one `table-rule-idle` warning per shift rule and item with one tier, one
 *   `table-rule-requires-nothing` per require rule no item can obey
 * @example checkTableRules(ruleSet) // [{ code: 'table-rule-idle', path: 'tableRules[0]', … }]
 */
export function checkTableRules(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  (ruleSet.tableRules ?? []).forEach((rule, index) => {
    if (rule.require !== undefined) {
      const kinds = rule.require.kinds;
      if (!ruleSet.items.some((item) => offersOptionally(item, kinds))) {
        findings.push({
          code: 'table-rule-requires-nothing',
          severity: 'warning',
          path: `tableRules[${index}]`,
          message: say('table-rule-requires-nothing', { rule: rule.id, label: rule.label, kinds: [...kinds] }),
        });
      }
      return;
    }
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

/** Whether a penalty item offers a sanction of one of these kinds as 可以并处 (`with` or a tier's `add`). */
function offersOptionally(item: RuleSet['items'][number], kinds: readonly string[]): boolean {
  if (item.kind !== 'penalty') return false;
  const inWith = (item.statutory.with ?? []).some((spec) => spec.optional === true && kinds.includes(spec.kind));
  const added = item.tiers.some((tier) =>
    (tier.add ?? []).some((entry) => entry.optional === true && kinds.includes(entry.kind)),
  );
  return inWith || added;
}
