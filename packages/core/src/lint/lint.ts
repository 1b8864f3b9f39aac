import { CailiangError } from '../errors/cailiang-error.js';
import type { ResolvedCitation } from '../citation/types.js';
import { Decimal } from '../money/decimal.js';
import { loadRuleSet } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';

/** One problem `lint` found in a rule set. */
export interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Path inside the rule set (`items[0].tiers[2]`), prefixed by the source when known. */
  readonly path: string;
  readonly message: string;
  readonly source?: string;
  readonly citations?: readonly ResolvedCitation[];
  /** A concrete set of facts that shows the problem. */
  readonly witness?: Readonly<Record<string, unknown>>;
}

export interface LintInput {
  /** The rule set: text, data, or a loaded rule set. */
  readonly ruleSet: unknown;
  /** The file it came from, for paths. */
  readonly source?: string;
}

/**
 * Checks rule sets: every load error (schema and references) as a finding with severity error,
 * then what a loaded rule set can still get wrong — fine bands that overlap or leave gaps,
 * tiers that add sanctions the statute does not authorise, ranges wider than the State Council's
 * 10× guidance.
 *
 * @returns findings, errors first; empty when the rule sets are clean
 * @example lint([{ ruleSet: yamlText, source: 'food.rules.yaml' }]).filter((f) => f.severity === 'error')
 */
export function lint(inputs: readonly LintInput[]): Finding[] {
  const findings: Finding[] = [];
  for (const input of inputs) {
    const source = input.source;
    let ruleSet: RuleSet;
    try {
      ruleSet = loadRuleSet(input.ruleSet, source === undefined ? {} : { source });
    } catch (error) {
      if (!(error instanceof CailiangError)) throw error;
      for (const issue of error.issues) {
        findings.push({ code: issue.code, severity: 'error', path: issue.path, message: issue.message, ...(source === undefined ? {} : { source }) });
      }
      continue;
    }
    findings.push(...lintRuleSet(ruleSet).map((finding) => (source === undefined ? finding : { ...finding, source })));
  }
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}

/** The checks that run on a rule set that loaded. */
export function lintRuleSet(ruleSet: RuleSet): Finding[] {
  return [...checkBands(ruleSet), ...checkAddedSanctions(ruleSet), ...checkRangeRatio(ruleSet), ...checkLicensing(ruleSet)];
}

/** `policy.fineBands` must partition [0, 1] in order: no overlap, no gap. */
function checkBands(ruleSet: RuleSet): Finding[] {
  const bands = Object.entries(ruleSet.policy?.fineBands ?? {}).map(([name, band]) => ({ name, from: new Decimal(band[0]), to: new Decimal(band[1]) }));
  if (bands.length === 0) return [];
  const sorted = [...bands].sort((a, b) => a.from.comparedTo(b.from) || a.to.comparedTo(b.to));
  const findings: Finding[] = [];
  let reach = new Decimal(0);
  let previous: string | undefined;
  for (const band of sorted) {
    const path = `policy.fineBands.${band.name}`;
    if (band.from.lessThan(reach)) {
      findings.push({ code: 'bands-overlap', severity: 'error', path, message: `band "${band.name}" starts at ${band.from.toFixed()}, inside band "${previous}" which reaches ${reach.toFixed()}` });
    } else if (band.from.greaterThan(reach)) {
      findings.push({ code: 'bands-gap', severity: 'error', path, message: `nothing covers ${reach.toFixed()}–${band.from.toFixed()} of the statutory range before band "${band.name}"` });
    }
    if (band.to.greaterThan(reach)) {
      reach = band.to;
      previous = band.name;
    }
  }
  if (reach.lessThan(1)) {
    findings.push({ code: 'bands-gap', severity: 'error', path: 'policy.fineBands', message: `nothing covers ${reach.toFixed()}–1 of the statutory range` });
  }
  return findings;
}

/** A tier may add only sanctions the statute authorises (statutory.with or statutory.also). */
function checkAddedSanctions(ruleSet: RuleSet): Finding[] {
  const findings: Finding[] = [];
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'penalty') return;
    const authorised = new Set([...(item.statutory.with ?? []), ...(item.statutory.also ?? [])].map((sanction) => sanction.kind));
    item.tiers.forEach((tier, tierIndex) => {
      (tier.add ?? []).forEach((added, addIndex) => {
        if (!authorised.has(added.kind)) {
          findings.push({
            code: 'add-not-authorised',
            severity: 'error',
            path: `items[${itemIndex}].tiers[${tierIndex}].add[${addIndex}].kind`,
            message: `tier "${String(tier.level)}" adds ${added.kind}, which ${item.code}'s statutory range (with, also) does not authorise`,
          });
        }
      });
    });
  });
  return findings;
}

/** State Council 2024 guidance: a fine range's maximum should not exceed 10× its minimum. */
function checkRangeRatio(ruleSet: RuleSet): Finding[] {
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
          message: `tier "${String(tier.level)}" spans ${range.min}–${range.max}: its maximum is more than 10× its minimum`,
        });
      }
    });
  });
  return findings;
}

/**
 * Licensing items: a promised limit (承诺时限) must lie inside the statutory one, and every
 * condition and material needs the provision that imposes it — a benchmark refines 条件、材料,
 * it may not add them (国办发〔2022〕27号).
 */
function checkLicensing(ruleSet: RuleSet): Finding[] {
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
    for (const [key, list] of [['conditions', item.conditions ?? []], ['materials', item.materials ?? []]] as const) {
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

