import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * A tier may add only sanctions the statute authorises (`statutory.with` or `statutory.also`):
 * a benchmark refines the law's penalty, it cannot create one (行政处罚法 第三十四条; 国办发〔2022〕27号:
 * 不得超出法定的行政处罚种类).
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one `add-not-authorised` error per added kind the item's statute lacks
 * @example checkAddedSanctions(ruleSet) // [{ code: 'add-not-authorised', path: 'items[0].tiers[3].add[0].kind', … }]
 */
export function checkAddedSanctions(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'penalty') return;
    const authorised = new Set(
      [...(item.statutory.with ?? []), ...(item.statutory.also ?? [])].map((sanction) => sanction.kind),
    );
    item.tiers.forEach((tier, tierIndex) => {
      (tier.add ?? []).forEach((added, addIndex) => {
        if (!authorised.has(added.kind)) {
          findings.push({
            code: 'add-not-authorised',
            severity: 'error',
            path: `items[${itemIndex}].tiers[${tierIndex}].add[${addIndex}].kind`,
            message: say('add-not-authorised', {
              item: item.code,
              tier: { level: tier.level, label: tier.label, index: tierIndex },
              kind: added.kind,
            }),
          });
        }
      });
    });
  });
  return findings;
}
