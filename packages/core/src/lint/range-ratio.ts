import { Decimal } from '../money/decimal.js';
import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * State Council 2024 guidance on fine ranges: a range's maximum should not exceed 10× its
 * minimum. A warning, not an error: the guidance addresses the statutes' drafters, and a tier
 * that copies a wide statutory range still follows the law.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one `range-ratio` warning per tier whose absolute or multiple range is wider than 10×
 * @example checkRangeRatio(ruleSet) // [{ code: 'range-ratio', severity: 'warning', path: 'items[0].tiers[1].fine', … }]
 */
export function checkRangeRatio(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'penalty') return;
    item.tiers.forEach((tier, tierIndex) => {
      const range = tier.fine?.range ?? tier.fine?.multiple;
      if (range === undefined || new Decimal(range.min).isZero()) return;
      if (new Decimal(range.max).greaterThan(new Decimal(range.min).times(10))) {
        findings.push({
          code: 'range-ratio',
          severity: 'warning',
          path: `items[${itemIndex}].tiers[${tierIndex}].fine`,
          message: say('range-ratio', {
            tier: { level: tier.level, label: tier.label, index: tierIndex },
            min: range.min,
            max: range.max,
          }),
        });
      }
    });
  });
  return findings;
}
