import type { RuleSet } from '../ruleset/load.js';
import type { Finding } from './types.js';

/**
 * Licensing items: a promised limit (承诺时限) must lie inside the statutory one (行政许可法
 * 第四十二条), and every condition and material needs the provision that imposes it — a
 * benchmark refines 条件、材料, it may not add them (国办发〔2022〕27号).
 *
 * @param ruleSet - a loaded rule set
 * @returns `promised-exceeds-statutory` and `requirement-without-basis` errors
 * @example checkLicensing(ruleSet) // [{ code: 'promised-exceeds-statutory', path: 'items[1].timeLimit.promised.workingDays', … }]
 */
export function checkLicensing(ruleSet: RuleSet): Finding[] {
  const findings: Finding[] = [];
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'licensing') return;
    const at = `items[${itemIndex}]`;
    const { statutory, promised } = item.timeLimit;
    if (promised !== undefined && promised.workingDays > statutory.workingDays) {
      findings.push({
        code: 'promised-exceeds-statutory',
        severity: 'error',
        path: `${at}.timeLimit.promised.workingDays`,
        message: `${item.code} promises ${promised.workingDays} working days, more than the statutory ${statutory.workingDays}`,
      });
    }
    for (const [key, list] of [
      ['conditions', item.conditions ?? []],
      ['materials', item.materials ?? []],
    ] as const) {
      list.forEach((entry, index) => {
        if (entry.basis === undefined || entry.basis.length === 0) {
          findings.push({
            code: 'requirement-without-basis',
            severity: 'error',
            path: `${at}.${key}[${index}]`,
            message: `${key === 'conditions' ? 'condition' : 'material'} "${entry.label}" of ${item.code} cites no provision; a benchmark may not add requirements the law does not impose`,
          });
        }
      });
    }
  });
  return findings;
}
