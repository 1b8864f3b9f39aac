import { Decimal } from '../money/decimal.js';
import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * `policy.fineBands` must partition [0, 1] in order: no overlap, no gap. A gap leaves part of
 * the statutory range that no tier can reach; an overlap lets two tiers claim the same amounts,
 * so that the tier no longer fixes the 裁量阶次 (国办发〔2022〕27号: 细化量化裁量阶次).
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns `bands-overlap` and `bands-gap` errors, at `policy.fineBands.NAME`
 * @example checkBands(loadRuleSet(text)) // [{ code: 'bands-gap', path: 'policy.fineBands.general', … }]
 */
export function checkBands(ruleSet: RuleSet, say: LintSay): Finding[] {
  const bands = Object.entries(ruleSet.policy?.fineBands ?? {}).map(([name, band]) => ({
    name,
    from: new Decimal(band[0]),
    to: new Decimal(band[1]),
  }));
  if (bands.length === 0) return [];
  const sorted = [...bands].sort((a, b) => a.from.comparedTo(b.from) || a.to.comparedTo(b.to));
  const findings: Finding[] = [];
  let reach = new Decimal(0);
  let previous: string | undefined;
  for (const band of sorted) {
    const path = `policy.fineBands.${band.name}`;
    if (band.from.lessThan(reach)) {
      findings.push({
        code: 'bands-overlap',
        severity: 'error',
        path,
        message: say('bands-overlap', {
          band: band.name,
          from: band.from.toFixed(),
          previous: String(previous),
          reach: reach.toFixed(),
        }),
      });
    } else if (band.from.greaterThan(reach)) {
      findings.push({
        code: 'bands-gap',
        severity: 'error',
        path,
        message: say('bands-gap', { from: reach.toFixed(), to: band.from.toFixed(), band: band.name }),
      });
    }
    if (band.to.greaterThan(reach)) {
      reach = band.to;
      previous = band.name;
    }
  }
  if (reach.lessThan(1)) {
    findings.push({
      code: 'bands-gap',
      severity: 'error',
      path: 'policy.fineBands',
      message: say('bands-gap', { from: reach.toFixed(), to: '1' }),
    });
  }
  return findings;
}
