import { benchmarkCitation, resolveCitation } from '../citation/format.js';
import type { ResolvedCitation } from '../citation/types.js';
import { compileCondition } from '../conditions/compile.js';
import type { CompiledCondition } from '../conditions/compile.js';
import { conditionFacts } from '../conditions/references.js';
import type { Condition } from '../conditions/types.js';
import type { RuleSet } from '../ruleset/load.js';
import { GENERAL_LAWS, penaltyLaw } from '../citation/general-laws.js';
import type { CitationData, ExemptionData, LicensingItemData, PenaltyItemData, SanctionData, StatutoryFineData, TierData } from '../ruleset/schema.js';
import type { Order } from './decision.js';
import { ruleSetScope } from '../ruleset/scope.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { resolvePolicy } from './policy.js';
import type { ResolvedPolicy } from './policy.js';

interface Compiled<T> {
  readonly index: number;
  readonly data: T;
  /** Undefined for an alternative or tier without `when` (it always holds / is the fallback). */
  readonly when: CompiledCondition | undefined;
}

/** What every compiled item carries: where it comes from and what a case must give. */
interface CompiledItemBase {
  readonly ruleSet: RuleSet;
  readonly digest: string;
  readonly policy: ResolvedPolicy;
  /** Facts the item reads (conditions and amounts): a case must give each. */
  readonly required: ReadonlySet<string>;
  readonly benchmark: ResolvedCitation;
  readonly basis: readonly ResolvedCitation[];
}

export interface CompiledPenaltyItem extends CompiledItemBase {
  readonly kind: 'penalty';
  readonly item: PenaltyItemData;
  readonly violates: readonly ResolvedCitation[];
  readonly statutory: readonly Compiled<StatutoryFineData>[];
  /** Tiers with a condition, in listed order (lightest first). */
  readonly tiers: readonly Compiled<TierData>[];
  /** The tier without `when`, chosen only when no other holds. */
  readonly fallback: Compiled<TierData> | undefined;
  readonly exemptions: readonly (Compiled<ExemptionData> & { readonly when: CompiledCondition })[];
  /** 逾期不改正的 / 拒不改正的: the penalty applies only when this holds. */
  readonly precondition: CompiledCondition | undefined;
  /** Conditions of `with`/`also` sanctions that apply only sometimes, by sanction. */
  readonly sanctionConditions: ReadonlyMap<SanctionData, CompiledCondition>;
  /** 责令改正, with its citations, and the condition of an order given only sometimes. */
  readonly orders: readonly { readonly order: Order; readonly when: CompiledCondition | undefined }[];
  /** The item's own grounds to 从轻或者减轻, with their citations. */
  readonly mitigations: readonly { readonly id: string; readonly mandatory: boolean; readonly when: CompiledCondition; readonly citations: readonly ResolvedCitation[] }[];
}

export interface CompiledLicensingItem extends CompiledItemBase {
  readonly kind: 'licensing';
  readonly item: LicensingItemData;
  /** 许可条件, compiled, with their citations. */
  readonly conditions: readonly { readonly id: string; readonly label: string; readonly when: CompiledCondition; readonly citations: readonly ResolvedCitation[] }[];
  readonly materials: readonly { readonly id: string; readonly label: string; readonly citations: readonly ResolvedCitation[] }[];
}

export type CompiledItem = CompiledPenaltyItem | CompiledLicensingItem;

/**
 * Compiles one item of a loaded rule set: conditions into closures, citations into their
 * official text, the policy into numbers — once, so that deciding a case does no parsing.
 */
export function compileItem(ruleSet: RuleSet, itemIndex: number, digest: string): CompiledItem {
  const item = ruleSet.items[itemIndex] as RuleSet['items'][number];
  const scope = ruleSetScope(ruleSet.facts);
  const policy = resolvePolicy(ruleSet);
  const required = new Set<string>();
  const compile = (when: Condition | undefined): CompiledCondition | undefined => {
    if (when === undefined) return undefined;
    for (const fact of conditionFacts(when)) required.add(fact);
    return compileCondition(when, scope);
  };
  // Decisions share these objects with the engine: frozen, so a caller changing one decision
  // cannot change the next.
  const cite = (role: 'violates' | 'basis', citations: readonly CitationData[]) =>
    deepFreeze(citations.map((citation) => resolveCitation(role, citation, ruleSet.laws[citation.law] as { title: string; edition: string })));
  const base = {
    ruleSet,
    digest,
    policy,
    required,
    benchmark: deepFreeze(benchmarkCitation(ruleSet.document, item.code)),
    basis: cite('basis', item.basis),
  };
  if (item.kind === 'licensing') {
    const licensing = item as LicensingItemData;
    return {
      ...base,
      kind: 'licensing',
      item: licensing,
      conditions: (licensing.conditions ?? []).map((entry) => ({
        id: entry.id,
        label: entry.label,
        when: compile(entry.when as Condition) as CompiledCondition,
        citations: cite('basis', entry.basis ?? []),
      })),
      materials: deepFreeze((licensing.materials ?? []).map((entry) => ({ id: entry.id, label: entry.label, citations: cite('basis', entry.basis ?? []) }))),
    };
  }

  const penalty = item as PenaltyItemData;
  // A fact that only one statutory alternative, one tier or one conditional sanction multiplies
  // is needed only when that one applies (「广告费用无法计算的」 needs no 广告费用): checked then.
  const statutory = (penalty.statutory.fine ?? []).map((data, index) => ({ index, data, when: compile(data.when as Condition | undefined) }));
  const sanctionConditions = new Map<SanctionData, CompiledCondition>();
  for (const sanction of [...(penalty.statutory.with ?? []), ...(penalty.statutory.also ?? [])]) {
    if (sanction.of !== undefined && sanction.when === undefined) required.add(sanction.of);
    const when = compile(sanction.when as Condition | undefined);
    if (when !== undefined) sanctionConditions.set(sanction, when);
  }
  const orders = (penalty.orders ?? []).map((order) => ({
    order: deepFreeze({
      kind: order.kind,
      label: order.label ?? (order.kind === 'correct' ? '责令改正' : '责令限期改正'),
      // 第二十八条 is the general rule behind every order to correct; the item may cite its own law too.
      citations: [...cite('basis', order.basis ?? []), resolveCitation('general-rule', penaltyLaw(28, 1), GENERAL_LAWS.APL)],
    }) as Order,
    when: compile(order.when as Condition | undefined),
  }));
  const mitigations = (penalty.mitigations ?? []).map((data) => ({
    id: data.id,
    mandatory: data.mandatory,
    when: compile(data.when as Condition) as CompiledCondition,
    citations: deepFreeze(data.basis.map((citation) => resolveCitation('general-rule', citation, ruleSet.laws[citation.law] as { title: string; edition: string }))),
  }));
  const tiers: Compiled<TierData>[] = [];
  let fallback: Compiled<TierData> | undefined;
  penalty.tiers.forEach((data, index) => {
    const compiled = { index, data, when: compile(data.when as Condition | undefined) };
    if (compiled.when === undefined) fallback = compiled;
    else tiers.push(compiled);
  });
  const exemptions = (penalty.exemptions ?? []).map((data, index) => ({
    index,
    data,
    when: compile(data.when as Condition) as CompiledCondition,
  }));
  return {
    ...base,
    kind: 'penalty',
    item: penalty,
    violates: cite('violates', penalty.violates),
    statutory,
    tiers,
    fallback,
    exemptions,
    precondition: compile(penalty.statutory.precondition as Condition | undefined),
    sanctionConditions,
    orders,
    mitigations,
  };
}
