import type { RuleSet } from '../ruleset/load.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

type LicensingItem = Extract<RuleSet['items'][number], { kind: 'licensing' }>;

/**
 * What 行政许可法 itself allows: 第四十二条第一款 「二十日…可以延长十日」, 第二款 「四十五日…可以延长十五日」,
 * 第四十三条 「二十日内审查完毕」 — each 「但是，法律、法规另有规定的，依照其规定」 (第四十三条) or
 * 「法律、法规另有规定的，依照其规定」 (第四十二条第一款), so another number is a warning, not an error:
 * the item should cite the law or regulation that sets it.
 */
const LICENSING_LAW_LIMITS = {
  single: { workingDays: 20, extension: 10, provision: '第四十二条第一款' },
  joint: { workingDays: 45, extension: 15, provision: '第四十二条第二款' },
} as const;
const LOWER_REVIEW_DAYS = 20;

function statuteLimits(item: LicensingItem, at: string, say: LintSay): Finding[] {
  const { statutory, lowerReview } = item.timeLimit;
  const law = LICENSING_LAW_LIMITS[statutory.handling ?? 'single'];
  const findings: Finding[] = [];
  const differs = (path: string, given: number, lawDays: number, provision: string) =>
    findings.push({
      code: 'limit-differs-from-licensing-law',
      severity: 'warning',
      path: `${at}.${path}`,
      message: say('limit-differs-from-licensing-law', { item: item.code, given, lawDays, provision }),
    });
  if (statutory.workingDays !== law.workingDays)
    differs('timeLimit.statutory.workingDays', statutory.workingDays, law.workingDays, law.provision);
  if (statutory.extension !== undefined && statutory.extension > law.extension)
    differs('timeLimit.statutory.extension', statutory.extension, law.extension, law.provision);
  if (lowerReview !== undefined && lowerReview.workingDays !== LOWER_REVIEW_DAYS)
    differs('timeLimit.lowerReview.workingDays', lowerReview.workingDays, LOWER_REVIEW_DAYS, '第四十三条');
  return findings;
}

/**
 * Licensing items: a promised limit (承诺时限) must lie inside the statutory one (行政许可法
 * 第四十二条), and every condition and material needs the provision that imposes it — a
 * benchmark refines 条件、材料, it may not add them (国办发〔2022〕27号).
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns `promised-exceeds-statutory` and `requirement-without-basis` errors, and
 *   `limit-differs-from-licensing-law` warnings (a limit other than 第四十二条、第四十三条's)
 * @example checkLicensing(ruleSet) // [{ code: 'promised-exceeds-statutory', path: 'items[1].timeLimit.promised.workingDays', … }]
 */
export function checkLicensing(ruleSet: RuleSet, say: LintSay): Finding[] {
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
        message: say('promised-exceeds-statutory', {
          item: item.code,
          promised: promised.workingDays,
          statutory: statutory.workingDays,
        }),
      });
    }
    findings.push(...statuteLimits(item, at, say));
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
            message: say('requirement-without-basis', {
              item: item.code,
              requirement: key === 'conditions' ? 'condition' : 'material',
              label: entry.label,
            }),
          });
        }
      });
    }
  });
  return findings;
}
