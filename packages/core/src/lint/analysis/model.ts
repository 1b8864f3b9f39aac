import { compileCondition } from '../../conditions/compile.js';
import type { CompiledCondition } from '../../conditions/compile.js';
import { conditionFacts } from '../../conditions/references.js';
import type { Condition } from '../../conditions/types.js';
import { resolvePolicy } from '../../decide/policy.js';
import type { ResolvedPolicy } from '../../decide/policy.js';
import type { FactDeclaration } from '../../facts/types.js';
import { isCircumstance } from '../../general-rules/circumstances.js';
import { Decimal } from '../../money/decimal.js';
import type { RuleSet } from '../../ruleset/load.js';
import type { PenaltyItemData, StatutoryFineData, TierData } from '../../ruleset/schema.js';
import { ruleSetScope } from '../../ruleset/scope.js';
import { factDomain } from './domain.js';
import type { FactDomain } from './domain.js';
import { collectLiterals } from './literals.js';

/** A statutory alternative or a tier, with its condition compiled (undefined: always / fallback). */
export interface Part<T> {
  readonly index: number;
  readonly data: T;
  readonly when: CompiledCondition | undefined;
}

/** One penalty item, ready for the condition analysis. */
export interface ItemModel {
  readonly ruleSet: RuleSet;
  readonly item: PenaltyItemData;
  /** `items[3]` */
  readonly path: string;
  readonly policy: ResolvedPolicy;
  readonly statutory: readonly Part<StatutoryFineData>[];
  /** Every tier in listed order, lightest first; the fallback among them. */
  readonly tiers: readonly Part<TierData>[];
  /** Index of the tier without `when`, if any. */
  readonly fallback: number | undefined;
  /** 逾期不改正的…: without it no penalty, so no range is needed (spec §3 order). */
  readonly precondition: CompiledCondition | undefined;
  /** Mandatory item exemptions: when one holds there is no penalty to tier. */
  readonly exemptions: readonly CompiledCondition[];
  /** The facts the analysis varies, with their candidate values. */
  readonly domain: readonly FactDomain[];
}

/**
 * Compiles what the analysis needs of a penalty item: its statutory alternatives and tiers,
 * the gates before them (precondition, mandatory exemptions), and the domain of every fact these
 * read or multiply.
 *
 * @param ruleSet - the loaded rule set
 * @param itemIndex - the index of a penalty item
 * @returns the model
 * @example buildModel(ruleSet, 0).domain.map((d) => d.name) // ['goodsValue', 'priorViolations', 'harm', 'childrenFood']
 */
export function buildModel(ruleSet: RuleSet, itemIndex: number): ItemModel {
  const item = ruleSet.items[itemIndex] as PenaltyItemData;
  const scope = ruleSetScope(ruleSet.facts);
  const compile = (when: unknown) => (when === undefined ? undefined : compileCondition(when as Condition, scope));
  const statutory = (item.statutory.fine ?? []).map((data, index) => ({ index, data, when: compile(data.when) }));
  const tiers = item.tiers.map((data, index) => ({ index, data, when: compile(data.when) }));
  const mandatory = (item.exemptions ?? []).filter((exemption) => exemption.mandatory);
  const conditions: unknown[] = [item.statutory.precondition, ...statutory.map((s) => s.data.when), ...tiers.map((t) => t.data.when), ...mandatory.map((e) => e.when)];
  const fallback = tiers.find((tier) => tier.when === undefined)?.index;
  return {
    ruleSet,
    item,
    path: `items[${itemIndex}]`,
    policy: resolvePolicy(ruleSet),
    statutory,
    tiers,
    fallback,
    precondition: compile(item.statutory.precondition),
    exemptions: mandatory.map((exemption) => compile(exemption.when) as CompiledCondition),
    domain: buildDomain(ruleSet, item, conditions, scope),
  };
}

function buildDomain(ruleSet: RuleSet, item: PenaltyItemData, conditions: readonly unknown[], scope: ReturnType<typeof ruleSetScope>): FactDomain[] {
  const { literals, links } = collectLiterals(conditions);
  const names = new Set<string>();
  for (const condition of conditions) if (condition !== undefined) for (const name of conditionFacts(condition as Condition)) names.add(name);
  const thresholds = amountThresholds(item);
  for (const name of thresholds.keys()) names.add(name);
  const linked = new Set(links.flat());
  // Facts compared with each other share their thresholds: a < b flips where b crosses a's literals.
  for (const [a, b] of links) {
    literals.set(a, [...(literals.get(a) ?? []), ...(literals.get(b) ?? [])]);
    literals.set(b, [...(literals.get(b) ?? []), ...(literals.get(a) ?? [])]);
  }
  const domain: FactDomain[] = [];
  for (const name of names) {
    const declaration: FactDeclaration | undefined = scope.lookup(name);
    if (declaration === undefined) continue;
    const circumstance = isCircumstance(name) && !Object.prototype.hasOwnProperty.call(ruleSet.facts, name);
    domain.push(factDomain(name, declaration, { literals: literals.get(name) ?? [], thresholds: thresholds.get(name) ?? [], circumstance, linked: linked.has(name) }));
  }
  return domain;
}

/**
 * Amounts of a multiplied fact where a tier's range crosses the statutory range: an absolute tier
 * [a, b] lies inside a statute of m1–m2 times X only while b/m2 ≤ X ≤ a/m1, and a tier of t1–t2
 * times X inside a fixed statute [s1, s2] only while s1/t1 ≤ X ≤ s2/t2. Trying values on both
 * sides of these is how `tier-exceeds-statutory` finds the case where a tier leaves the statute.
 */
function amountThresholds(item: PenaltyItemData): Map<string, Decimal[]> {
  const out = new Map<string, Decimal[]>();
  const add = (name: string, numerator: string | undefined, factor: string | undefined) => {
    const list = out.get(name) ?? [];
    out.set(name, list);
    if (numerator === undefined || factor === undefined || new Decimal(factor).isZero()) return;
    list.push(new Decimal(numerator).div(factor));
  };
  const alternatives = item.statutory.fine ?? [];
  for (const alternative of alternatives) {
    if (alternative.multiple !== undefined) add(alternative.multiple.of, undefined, undefined);
  }
  for (const tier of item.tiers) {
    const fine = tier.fine;
    if (fine === undefined) continue;
    for (const alternative of alternatives) {
      if (fine.range !== undefined && alternative.multiple !== undefined) {
        add(alternative.multiple.of, fine.range.min, alternative.multiple.min);
        add(alternative.multiple.of, fine.range.max, alternative.multiple.max);
      }
      const of = fine.multiple?.of ?? alternative.multiple?.of;
      if (fine.multiple !== undefined && of !== undefined) {
        add(of, undefined, undefined);
        if (alternative.range !== undefined) {
          add(of, alternative.range.min, fine.multiple.min);
          add(of, alternative.range.max, fine.multiple.max);
        }
      }
    }
  }
  return out;
}
