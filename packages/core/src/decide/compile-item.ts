/**
 * The compile step: an item of a loaded rule set made ready to decide, once per engine —
 * conditions into closures, citations formatted into their official text (a decision only copies
 * them), amounts read into Decimals (compile-amounts.ts), the policy into numbers.
 */
import { benchmarkCitation, resolveCitation } from '../citation/format.js';
import { tierGuides } from './guide.js';
import type { CompiledGuidance } from './guide.js';
import { tableRuleEffect } from './table-rules.js';
import type { CompiledTableRule } from './table-rules.js';
import { compilePersons } from './persons.js';
import type { CompiledPersons } from './persons.js';
import type { ProvisionCitation, ResolvedCitation } from '../citation/types.js';
import type { FactScope } from '../facts/types.js';
import type { CompiledCondition } from '../conditions/compile.js';
import type { Condition } from '../conditions/types.js';
import type { RuleSet } from '../ruleset/load.js';
import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type {
  CitationData,
  ExemptionData,
  LicensingItemData,
  OverrideData,
  PenaltyItemData,
  SanctionData,
  StatutoryFineData,
  TierAmountData,
  TierData,
} from '../ruleset/schema.js';
import { addCitation } from './decision.js';
import type { Decision, Order, Referral } from './decision.js';
import { compileOrders, compileReferrals } from './measures.js';
import type { Conditional } from './measures.js';
import { ruleSetScope } from '../ruleset/scope.js';
import { referredOnly } from '../ruleset/referred-only.js';
import { factReaders } from '../case/parse-case.js';
import type { FactReaders } from '../case/parse-case.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { ConditionCache } from './condition-cache.js';
import { statutoryFine, tierAmount, unitRange } from './compile-amounts.js';
import type { StatutoryFine, TierAmount } from './compile-amounts.js';
import { resolvePolicy } from './policy.js';
import { compileSanction, tierSanctions } from './sanctions.js';
import type { CompiledSanction, TierSanctions } from './sanctions.js';
import type { Band, ResolvedPolicy } from './policy.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';

export interface Compiled<T> {
  readonly index: number;
  readonly data: T;
  /** Undefined for an alternative without `when` (it always holds; lint models tiers this way too). */
  readonly when: CompiledCondition | undefined;
}

/** A statutory alternative (不足一万元的 / 一万元以上的), with its fine read once. */
export interface CompiledAlternative extends Compiled<StatutoryFineData> {
  readonly fine: StatutoryFine;
  /** v2: the alternative's own basis, cited when it applies (empty when it has none). */
  readonly citations: readonly ResolvedCitation[];
}

/** What every tier carries: its data and its amounts, read once. */
interface CompiledTierBase {
  readonly index: number;
  readonly data: TierData;
  /**
   * The tier's level and label, as decisions and traces print them: copied from `data` (whose
   * objects come in as many hidden classes as tiers have shapes) so that every case reads them
   * from one.
   */
  readonly level: string | number;
  readonly label: string;
  /** How the tier sets the fine (absent: the tier imposes none). */
  readonly amount: TierAmount | undefined;
  /** How the tier sets ranged sanctions (detention days…), by kind. */
  readonly sanctionAmounts: ReadonlyMap<SanctionKind, TierAmount>;
  /**
   * The sanctions the tier imposes beside the fine, the same for every case — undefined where a
   * sanction of the item has its own condition, so that the case decides.
   */
  readonly imposes: TierSanctions | undefined;
}

/** A tier with a condition (its 情节): it applies when the condition holds. */
export interface ConditionalTier extends CompiledTierBase {
  readonly kind: 'conditional';
  readonly when: CompiledCondition;
}

/** The tier without `when`: it applies only when no conditional tier holds, and shows no circumstance. */
export interface FallbackTier extends CompiledTierBase {
  readonly kind: 'fallback';
}

/** What every compiled item carries: where it comes from and what a case must give. */
interface CompiledItemBase {
  readonly ruleSet: RuleSet;
  readonly digest: string;
  readonly policy: ResolvedPolicy;
  /** Facts the item reads (conditions and amounts): a case must give each. */
  readonly required: ReadonlySet<string>;
  /** The readers of the rule set's facts, shared by its items. */
  readonly factReaders: FactReaders;
  readonly benchmark: ResolvedCitation;
  readonly basis: readonly ResolvedCitation[];
  /** The `ruleSet` and `item` of every decision on this item: the same each time, so shared (frozen). */
  readonly decisionRuleSet: Decision['ruleSet'];
  readonly decisionItem: Decision['item'];
}

export interface CompiledPenaltyItem extends CompiledItemBase {
  readonly kind: 'penalty';
  readonly item: PenaltyItemData;
  /**
   * The item imposes nothing of its own, only referrals ({@link referredOnly}): worked out once,
   * since the answer is the item's, not the case's.
   */
  readonly referredOnly: boolean;
  readonly violates: readonly ResolvedCitation[];
  /**
   * What every decision on the item cites before what the case adds: the provision violated, the
   * penalty provision and the benchmark (penalty, 责令改正), or without the penalty provision
   * (no penalty, time-barred). Without repeats (same role and text), first occurrence kept, as a
   * decision cites them: a penalty decision's list starts as a copy and is never searched again.
   */
  readonly citations: {
    readonly penalty: readonly ResolvedCitation[];
    readonly withoutPenalty: readonly ResolvedCitation[];
  };
  readonly statutory: readonly CompiledAlternative[];
  /** Tiers with a condition, in listed order (lightest first). */
  readonly tiers: readonly ConditionalTier[];
  /** The tier without `when`, chosen only when no other holds. */
  readonly fallback: FallbackTier | undefined;
  /** 免罚清单 entries, with their citations. */
  readonly exemptions: readonly (Compiled<ExemptionData> & {
    readonly when: CompiledCondition;
    readonly citations: readonly ResolvedCitation[];
  })[];
  /** 逾期不改正的 / 拒不改正的: the penalty applies only when this holds. */
  readonly precondition: CompiledCondition | undefined;
  /** v2 `statutory.fineCondition`: 拒不改正的，处…罚款. */
  readonly fineCondition: CompiledCondition | undefined;
  /**
   * The `with`/`also` sanctions, compiled (their conditions, `amountWhen`, statutory ranges in days
   * or months, words), by the rule set's sanction.
   */
  readonly sanctions: ReadonlyMap<SanctionData, CompiledSanction>;
  /** Measures that are not penalties (责令改正…), with their citations and conditions. */
  readonly orders: readonly Conditional<Order>[];
  /** v2 referrals to other authorities, or undefined when the item provides for none. */
  readonly referrals: readonly Conditional<Referral>[] | undefined;
  /** v2 `tableRules`: the rules of the whole table (适用规则), compiled for this item, in listed order. */
  readonly tableRules: readonly CompiledTableRule[];
  /** v2 `guidance`: the table's guiding amounts and the departures it allows, or undefined. */
  readonly guidance: CompiledGuidance | undefined;
  /** v2 双罚制: the sanction on the unit's responsible persons, compiled. */
  readonly persons: CompiledPersons | undefined;
  /** v2 `overrides`: special rules of the item's law that displace a general rule (从其规定). */
  readonly overrides: readonly {
    readonly data: OverrideData;
    readonly scope: CompiledCondition | undefined;
    readonly when: CompiledCondition;
    readonly citations: readonly ResolvedCitation[];
  }[];
  /** The item's own grounds to 从轻或者减轻, with their citations. */
  readonly mitigations: readonly {
    readonly id: string;
    readonly mandatory: boolean;
    readonly when: CompiledCondition;
    readonly citations: readonly ResolvedCitation[];
  }[];
}

export interface CompiledLicensingItem extends CompiledItemBase {
  readonly kind: 'licensing';
  readonly item: LicensingItemData;
  /** 许可条件, compiled, with their citations. */
  readonly conditions: readonly {
    readonly id: string;
    readonly label: string;
    readonly when: CompiledCondition;
    readonly citations: readonly ResolvedCitation[];
  }[];
  readonly materials: readonly {
    readonly id: string;
    readonly label: string;
    readonly citations: readonly ResolvedCitation[];
  }[];
}

export type CompiledItem = CompiledPenaltyItem | CompiledLicensingItem;

/**
 * Compiles the items of a loaded rule set, one by one: conditions into closures, citations into
 * their official text, the policy into numbers — once, so that deciding a case does no parsing.
 * Items share the conditions they write alike ({@link ConditionCache}).
 *
 * @returns a function compiling the item at an index of `ruleSet.items`
 */
export function itemCompiler(ruleSet: RuleSet, digest: string): (itemIndex: number) => CompiledItem {
  const parts = ruleSetParts(ruleSet);
  const conditions = new ConditionCache(parts.scope);
  // Every decision on the rule set names it the same way: one frozen object for all its items.
  const decisionRuleSet = deepFreeze({ id: ruleSet.id, version: ruleSet.version, digest });
  return (itemIndex) => compileWith(ruleSet, itemIndex, digest, { parts, conditions, decisionRuleSet });
}

/** What the items of one rule set share while they are compiled. */
interface Shared {
  readonly parts: RuleSetParts;
  readonly conditions: ConditionCache;
  readonly decisionRuleSet: Decision['ruleSet'];
}

function compileWith(ruleSet: RuleSet, itemIndex: number, digest: string, shared: Shared): CompiledItem {
  const item = ruleSet.items[itemIndex] as RuleSet['items'][number];
  const {
    parts: { policy, resolve, factReaders, scope },
    conditions,
    decisionRuleSet,
  } = shared;
  const required = new Set<string>();
  // A required `when` (the schema proved it present) compiles to a condition, an optional one
  // to a condition or nothing: the overloads say which, so no caller casts.
  function compile(when: Condition): CompiledCondition;
  function compile(when: Condition | undefined): CompiledCondition | undefined;
  function compile(when: Condition | undefined): CompiledCondition | undefined {
    if (when === undefined) return undefined;
    const compiled = conditions.compile(when);
    for (const fact of compiled.facts) required.add(fact);
    return compiled;
  }
  // Decisions share these objects with the engine: frozen, so a caller changing one decision
  // cannot change the next.
  const cite = (role: ProvisionCitation['role'], citations: readonly CitationData[]) =>
    Object.freeze(citations.map((citation) => resolve(role, citation)));
  const base = {
    ruleSet,
    digest,
    policy,
    required,
    factReaders,
    benchmark: deepFreeze(benchmarkCitation(ruleSet.document, item.code)),
    basis: cite('basis', item.basis),
    decisionRuleSet,
    decisionItem: deepFreeze(
      item.powerItem === undefined
        ? { code: item.code, name: item.name }
        : { code: item.code, name: item.name, powerItem: { code: item.powerItem.code, name: item.powerItem.name } },
    ),
  };
  if (item.kind === 'licensing') {
    const licensing = item;
    return {
      ruleSet: base.ruleSet,
      digest: base.digest,
      policy: base.policy,
      required: base.required,
      factReaders: base.factReaders,
      benchmark: base.benchmark,
      basis: base.basis,
      decisionRuleSet: base.decisionRuleSet,
      decisionItem: base.decisionItem,
      kind: 'licensing',
      item: licensing,
      conditions: (licensing.conditions ?? []).map((entry) => ({
        id: entry.id,
        label: entry.label,
        when: compile(entry.when),
        citations: cite('basis', entry.basis ?? []),
      })),
      materials: deepFreeze(
        (licensing.materials ?? []).map((entry) => ({
          id: entry.id,
          label: entry.label,
          citations: cite('basis', entry.basis ?? []),
        })),
      ),
    };
  }

  const penalty = item;
  // A fact that only one statutory alternative, one tier or one conditional sanction multiplies
  // is needed only when that one applies (「广告费用无法计算的」 needs no 广告费用): checked then.
  // The bands the item uses are worked out now, of each range it writes, rather than per case.
  const bands = bandsUsed(penalty, policy);
  const statutory = (penalty.statutory.fine ?? []).map((data, index) => ({
    index,
    data,
    when: compile(data.when),
    fine: statutoryFine(data, policy, bands, scope),
    citations: cite('basis', data.basis ?? []),
  }));
  const sanctions = new Map<SanctionData, CompiledSanction>();
  for (const sanction of [...(penalty.statutory.with ?? []), ...(penalty.statutory.also ?? [])]) {
    // 「广告费用无法计算的」: a sanction whose amount is taken only where `amountWhen` holds needs its
    // fact only then, so a case need not invent a fee of 0 to say it cannot be calculated; an
    // absent fact fails `amountWhen` (it is not required up front either).
    if (sanction.of !== undefined && sanction.when === undefined && sanction.amountWhen === undefined)
      required.add(sanction.of);
    const when = compile(sanction.when);
    const amountWhen = sanction.amountWhen === undefined ? undefined : conditions.compile(sanction.amountWhen);
    const range = sanction.range === undefined ? undefined : unitRange(sanction.range, bands, policy.wholeUnits);
    sanctions.set(sanction, compileSanction(sanction, range, when, amountWhen));
  }
  const citeBasis = (citations: readonly CitationData[]) => cite('basis', citations);
  // 第二十八条 is the general rule behind every order to correct; the item may cite its own law too.
  const orders = compileOrders(penalty.orders ?? [], citeBasis, compile, ORDER_TO_CORRECT);
  const referrals =
    penalty.referrals === undefined ? undefined : compileReferrals(penalty.referrals, citeBasis, compile);
  const mitigations = (penalty.mitigations ?? []).map((data) => ({
    id: data.id,
    mandatory: data.mandatory,
    when: compile(data.when),
    citations: cite('general-rule', data.basis),
  }));
  const tiers: ConditionalTier[] = [];
  let fallback: FallbackTier | undefined;
  penalty.tiers.forEach((data, index) => {
    const when = compile(data.when);
    const amounts = {
      index,
      data,
      level: data.level,
      label: data.label,
      amount: data.fine === undefined ? undefined : tierAmount(data.fine, policy),
      sanctionAmounts: tierSanctionAmounts(data, policy),
      imposes: tierSanctions(penalty, data, sanctions),
    };
    if (when === undefined) fallback = { kind: 'fallback', ...amounts };
    else tiers.push({ kind: 'conditional', ...amounts, when });
  });
  // A special rule's facts are needed only when the general rule it displaces holds: not up front
  // (applySpecialRules requires them then), so a case that never meets 第三十三条第二款 need not give them.
  const overrides = (penalty.overrides ?? []).map((data) => ({
    data,
    scope: data.scope === undefined ? undefined : conditions.compile(data.scope),
    when: conditions.compile(data.when),
    citations: cite('general-rule', data.basis),
  }));
  const exemptions = (penalty.exemptions ?? []).map((data, index) => ({
    index,
    data,
    when: compile(data.when),
    citations: cite('general-rule', data.basis),
  }));
  const tableRules = (ruleSet.tableRules ?? []).map(
    (data): CompiledTableRule => ({
      data,
      when: compile(data.when),
      effect: tableRuleEffect(data),
      citations: cite('general-rule', data.basis),
    }),
  );
  const { guidance } = ruleSet;
  const compiledGuidance: CompiledGuidance | undefined =
    guidance === undefined
      ? undefined
      : {
          data: guidance,
          citations: cite('general-rule', guidance.basis),
          departures: guidance.departures.map((data) => ({
            data,
            when: compile(data.when as Condition) as CompiledCondition,
            citations: cite('general-rule', data.basis),
          })),
          guides: tierGuides(penalty.tiers),
        };
  const violates = cite('violates', penalty.violates);
  // Every key written out, not spread from `base`: spread, V8 gave each of the hundreds of items a
  // hidden class of its own, so that every property read on the decide path missed its inline
  // cache (megamorphic). Written out, all penalty items share one class.
  return {
    ruleSet: base.ruleSet,
    digest: base.digest,
    policy: base.policy,
    required: base.required,
    factReaders: base.factReaders,
    benchmark: base.benchmark,
    basis: base.basis,
    decisionRuleSet: base.decisionRuleSet,
    decisionItem: base.decisionItem,
    kind: 'penalty',
    item: penalty,
    referredOnly: referredOnly(penalty),
    violates,
    citations: {
      penalty: Object.freeze(withoutRepeats([...violates, ...base.basis, base.benchmark])),
      withoutPenalty: Object.freeze(withoutRepeats([...violates, base.benchmark])),
    },
    statutory,
    tiers,
    fallback,
    exemptions,
    precondition: compile(penalty.statutory.precondition),
    fineCondition: compile(penalty.statutory.fineCondition),
    sanctions,
    orders,
    referrals,
    tableRules,
    guidance: compiledGuidance,
    mitigations,
    persons:
      penalty.persons === undefined
        ? undefined
        : compilePersons(
            penalty.persons,
            cite('basis', penalty.persons.basis),
            (fact) => ruleSet.facts[fact]?.label ?? fact,
          ),
    overrides,
  };
}

/** The bands an item's tiers name, and the mitigation band: the only bands a case can ask of its ranges. */
function bandsUsed(item: PenaltyItemData, policy: ResolvedPolicy): Band[] {
  const names = new Set<string>();
  for (const tier of item.tiers) {
    if (tier.fine?.band !== undefined) names.add(tier.fine.band);
    for (const amount of Object.values(tier.sanctions ?? {})) if (amount?.band !== undefined) names.add(amount.band);
  }
  const bands = [...names].flatMap((name) => policy.bands.get(name) ?? []);
  if (policy.mitigation !== undefined && !bands.includes(policy.mitigation.band)) bands.push(policy.mitigation.band);
  return bands;
}

/** A tier's own amounts for ranged sanctions, by kind. */
function tierSanctionAmounts(tier: TierData, policy: ResolvedPolicy): ReadonlyMap<SanctionKind, TierAmount> {
  const amounts = new Map<SanctionKind, TierAmount>();
  for (const [kind, amount] of Object.entries(tier.sanctions ?? {}) as [SanctionKind, TierAmountData | undefined][]) {
    if (amount !== undefined) amounts.set(kind, tierAmount(amount, policy));
  }
  return amounts;
}

/**
 * 第二十八条第一款, the general rule behind every order to correct, as the 2021 text numbers it;
 * a decision under the 2017 text swaps in its 第二十三条 (penalty.ts).
 */
export const ORDER_TO_CORRECT = generalRuleCitation(penaltyLaw(28, 1));

/** What every item of a rule set shares: its facts, its policy, and its citations as formatted. */
interface RuleSetParts {
  readonly scope: FactScope;
  readonly policy: ResolvedPolicy;
  readonly factReaders: FactReaders;
  /** The citation resolved against the rule set's laws; the same provision in the same role is formatted once. */
  readonly resolve: (role: ProvisionCitation['role'], citation: CitationData) => ProvisionCitation;
}

/** Read once per rule set, not once per item: a catalogue has thousands of items and one policy. */
function ruleSetParts(ruleSet: RuleSet): RuleSetParts {
  const resolved = new Map<string, ProvisionCitation>();
  const parts: RuleSetParts = {
    scope: ruleSetScope(ruleSet.facts),
    policy: resolvePolicy(ruleSet),
    factReaders: factReaders(ruleSet.facts),
    resolve(role, citation) {
      const key = [role, citation.law, citation.article, citation.paragraph, citation.item, citation.subitem].join(
        '\u0000',
      );
      let found = resolved.get(key);
      if (found === undefined) {
        found = deepFreeze(
          resolveCitation(role, citation, ruleSet.laws[citation.law] as { title: string; edition: string }),
        );
        resolved.set(key, found);
      }
      return found;
    },
  };
  return parts;
}

/** The citations without repeats (same role and text), first occurrence kept: the item's, once. */
function withoutRepeats(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  const kept: ResolvedCitation[] = [];
  for (const citation of citations) addCitation(kept, citation);
  return kept;
}
