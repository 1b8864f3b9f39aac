import type { CompiledCondition } from '../../conditions/compile.js';
import type { Condition } from '../../conditions/types.js';
import type { Compiled } from '../../decide/compile-item.js';
import { ConditionCache } from '../../decide/condition-cache.js';
import { resolvePolicy } from '../../decide/policy.js';
import type { ResolvedPolicy } from '../../decide/policy.js';
import type { FactDeclaration, FactScope } from '../../facts/types.js';
import { isCircumstance } from '../../general-rules/circumstances.js';
import { Decimal } from '../../money/decimal.js';
import type { RuleSet } from '../../ruleset/load.js';
import type { PenaltyItemData, SanctionData, StatutoryFineData, TierData } from '../../ruleset/schema.js';
import { ruleSetScope } from '../../ruleset/scope.js';
import { factDomain } from './domain.js';
import type { FactDomain } from './domain.js';
import { collectLiterals } from './literals.js';

/** One penalty item, ready for the condition analysis. */
export interface ItemModel {
  readonly ruleSet: RuleSet;
  readonly item: PenaltyItemData;
  /** `items[3]` */
  readonly path: string;
  readonly policy: ResolvedPolicy;
  readonly statutory: readonly Compiled<StatutoryFineData>[];
  /** Every tier in listed order, lightest first (`tiers[i].index === i`); the fallback among them. */
  readonly tiers: readonly Compiled<TierData>[];
  /** Index of the tier without `when`, if any. */
  readonly fallback: number | undefined;
  /** 逾期不改正的…: without it no penalty, so no range is needed (spec §3 order). */
  readonly precondition: CompiledCondition | undefined;
  /** Mandatory item exemptions: when one holds there is no penalty to tier. */
  readonly exemptions: readonly CompiledCondition[];
  /** v2 `statutory.fineCondition` (拒不改正的，处…罚款): the fine is required only when it holds. */
  readonly fineCondition: CompiledCondition | undefined;
  /** The statute's sanctions with their own `when` (拒不改正的，责令停业整顿), from `with` then `also`. */
  readonly conditionalSanctions: readonly ConditionalSanction[];
  /** The facts the analysis varies, with their candidate values. */
  readonly domain: readonly FactDomain[];
}

/** A sanction of `statutory.with` or `statutory.also` imposed only under its own condition. */
export interface ConditionalSanction {
  readonly spec: SanctionData;
  /** `statutory.also[2]` */
  readonly path: string;
  readonly when: CompiledCondition;
}

/**
 * Builds the analysis models of a rule set's penalty items from what decide compiles them with:
 * the rule set's scope and policy, read once, and one {@link ConditionCache}, so the items share
 * the conditions they write alike and the analysis tests the closures decide runs. Each model
 * holds what the analysis evaluates — statutory alternatives, tiers in listed order, the gates
 * before them (precondition, mandatory exemptions) — and the domain of every fact these read
 * or the item's amounts multiply.
 *
 * @param ruleSet - a rule set returned by `loadRuleSet`
 * @returns a function building the model of the penalty item at an index of `ruleSet.items`
 * @example modelBuilder(ruleSet)(0).domain.map((d) => d.name) // ['goodsValue', 'priorViolations', 'harm', 'childrenFood']
 */
export function modelBuilder(ruleSet: RuleSet): (itemIndex: number) => ItemModel {
  const scope = ruleSetScope(ruleSet.facts);
  const policy = resolvePolicy(ruleSet);
  const cache = new ConditionCache(scope);
  const compile = (when: unknown) => (when === undefined ? undefined : cache.compile(when as Condition));
  return (itemIndex) => {
    const item = ruleSet.items[itemIndex] as PenaltyItemData;
    const statutory = (item.statutory.fine ?? []).map((data, index) => ({ index, data, when: compile(data.when) }));
    const tiers = item.tiers.map((data, index) => ({ index, data, when: compile(data.when) }));
    const mandatory = (item.exemptions ?? []).filter((exemption) => exemption.mandatory);
    const precondition = compile(item.statutory.precondition);
    const exemptions = mandatory.map((exemption) => compile(exemption.when) as CompiledCondition);
    const fineCondition = compile(item.statutory.fineCondition);
    const sanctions = (['with', 'also'] as const).flatMap((list) =>
      (item.statutory[list] ?? []).flatMap((spec, index) =>
        spec.when === undefined ? [] : [{ spec, path: `statutory.${list}[${index}]`, data: spec.when }],
      ),
    );
    const conditionalSanctions = sanctions.map(({ spec, path, data }) => ({
      spec,
      path,
      when: compile(data) as CompiledCondition,
    }));
    // The gates and choices the analysis evaluates, as written (for their literals) and compiled.
    const conditions = [
      { data: item.statutory.precondition, compiled: precondition },
      ...statutory.map((alternative) => ({ data: alternative.data.when, compiled: alternative.when })),
      ...tiers.map((tier) => ({ data: tier.data.when, compiled: tier.when })),
      ...mandatory.map((exemption, index) => ({ data: exemption.when, compiled: exemptions[index] })),
      { data: item.statutory.fineCondition, compiled: fineCondition },
      ...sanctions.map((sanction, index) => ({ data: sanction.data, compiled: conditionalSanctions[index]?.when })),
    ];
    return {
      ruleSet,
      item,
      path: `items[${itemIndex}]`,
      policy,
      statutory,
      tiers,
      fallback: tiers.find((tier) => tier.when === undefined)?.index,
      precondition,
      exemptions,
      fineCondition,
      conditionalSanctions,
      domain: buildDomain(ruleSet, item, conditions, scope),
    };
  };
}

function buildDomain(
  ruleSet: RuleSet,
  item: PenaltyItemData,
  conditions: readonly { readonly data: unknown; readonly compiled: CompiledCondition | undefined }[],
  scope: FactScope,
): FactDomain[] {
  const { literals, links } = collectLiterals(conditions.map((condition) => condition.data));
  // The facts each condition reads, in the order met: kept by the compiled condition, so a
  // condition the items share is read once.
  const names = new Set<string>();
  for (const { compiled } of conditions) if (compiled !== undefined) for (const name of compiled.facts) names.add(name);
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
    const circumstance = isCircumstance(name) && !Object.hasOwn(ruleSet.facts, name);
    domain.push(
      factDomain(name, declaration, {
        literals: literals.get(name) ?? [],
        thresholds: thresholds.get(name) ?? [],
        circumstance,
        linked: linked.has(name),
      }),
    );
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
