/**
 * Measures that are not penalties (orders) and referrals to other authorities, compiled once per
 * item and decided per case. They never enter `sanctions`: 行政处罚法 第九条 lists the penalties,
 * and a 收缴, a 强制拆除 or another authority's 拘留 is none of this agency's.
 */
import { generalRuleCitation } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { CompiledCondition } from '../conditions/compile.js';
import type { Condition } from '../conditions/types.js';
import type { FactValues } from '../facts/types.js';
import type { PenaltyLawEdition } from '../general-rules/editions.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import { MEASURE_LABELS } from '../ruleset/measures.js';
import type { MeasureKind } from '../ruleset/measures.js';
import type { CitationData, OrderData, ReferralData } from '../ruleset/schema.js';
import type { Order, Referral, TraceEntry } from './decision.js';
import { holds } from './select.js';

/** A measure or referral as compiled: what the decision shows, and the condition it waits for. */
export interface Conditional<T> {
  readonly value: T;
  readonly when: CompiledCondition | undefined;
}

type Cite = (citations: readonly CitationData[]) => readonly ResolvedCitation[];
type Compile = (when: Condition | undefined) => CompiledCondition | undefined;

/** The measures that rest on 行政处罚法 第二十八条 (责令改正) rather than on the item's law alone. */
const CORRECTION: readonly MeasureKind[] = ['correct', 'correct-within-period'];

/**
 * The wording of a measure: its label, else the kind's default.
 *
 * @param order - a measure as the rule set writes it
 * @returns 责令改正, 责令限期拆除, or the label
 */
export function measureLabel(order: { readonly kind: MeasureKind; readonly label?: string | undefined }): string {
  return order.label ?? MEASURE_LABELS[order.kind];
}

/**
 * Compiles an item's measures. 第二十八条 is cited only for a measure that is (or may be) an order
 * to correct: it is no basis for 收缴 or 撤销.
 *
 * @param orders - the item's `orders`
 * @param cite - resolves the item's own citations
 * @param compile - compiles a condition
 * @param orderToCorrect - the citation of 行政处罚法 第二十八条第一款
 */
export function compileOrders(
  orders: readonly OrderData[],
  cite: Cite,
  compile: Compile,
  orderToCorrect: ResolvedCitation,
): Conditional<Order>[] {
  return orders.map((order) => {
    const corrects = [order.kind, ...(order.alternatives ?? []).map((entry) => entry.kind)].some((kind) =>
      CORRECTION.includes(kind),
    );
    const value: UnderConstruction<Order> = {
      kind: order.kind,
      label: measureLabel(order),
      citations: [...cite(order.basis ?? []), ...(corrects ? [orderToCorrect] : [])],
    };
    if (order.optional === true) value.optional = true;
    if (order.authority !== undefined) value.authority = order.authority;
    if (order.period !== undefined) value.period = { length: order.period.length, unit: order.period.unit };
    if (order.alternatives !== undefined)
      value.alternatives = order.alternatives.map((entry) => ({ kind: entry.kind, label: measureLabel(entry) }));
    if (order.requires !== undefined) value.requires = order.requires;
    return { value: deepFreeze(citationsLast(value) as Order), when: compile(order.when) };
  });
}

/**
 * Compiles an item's referrals, each citing its own provision.
 *
 * @param referrals - the item's `referrals`
 */
export function compileReferrals(
  referrals: readonly ReferralData[],
  cite: Cite,
  compile: Compile,
): Conditional<Referral>[] {
  return referrals.map((referral) => {
    const value: UnderConstruction<Referral> = {
      action: referral.action,
      authority: referral.authority,
      ...(referral.target === undefined ? {} : { target: referral.target }),
      measure: referral.measure,
      citations: cite(referral.basis),
    };
    if (referral.optional === true) value.optional = true;
    if (referral.requires !== undefined) value.requires = referral.requires;
    if (referral.range !== undefined) {
      value.range =
        referral.range.max === undefined
          ? { min: referral.range.min }
          : { min: referral.range.min, max: referral.range.max };
    }
    if (referral.unit !== undefined) value.unit = referral.unit;
    return { value: deepFreeze(citationsLast(value) as Referral), when: compile(referral.when) };
  });
}

/** The same object with `citations` as its last key, as every part of a decision has it. */
function citationsLast<T extends { citations: unknown }>(value: T): T {
  const { citations, ...rest } = value;
  return { ...rest, citations } as T;
}

/**
 * The measures a case calls for: each whose condition holds, an order to correct citing the
 * edition of 行政处罚法 that applies.
 *
 * @param orderToCorrect - the 2021 citation the compiled orders carry
 */
export function ordersGiven(
  compiled: readonly Conditional<Order>[],
  facts: FactValues,
  trace: TraceEntry[] | undefined,
  penaltyLaw: PenaltyLawEdition,
  orderToCorrect: ResolvedCitation,
): Order[] {
  const orders: Order[] = [];
  for (const { value, when } of compiled) {
    if (
      when === undefined ||
      (trace === undefined
        ? when.test(facts)
        : holds(when, facts, trace, (condition, result) => ({ step: 'order', kind: value.kind, condition, result })))
    )
      orders.push(underEdition(value, penaltyLaw, orderToCorrect));
  }
  return orders;
}

/** The referrals a case calls for: each whose condition holds. */
export function referralsGiven(
  compiled: readonly Conditional<Referral>[],
  facts: FactValues,
  trace: TraceEntry[] | undefined,
): Referral[] {
  const referrals: Referral[] = [];
  for (const { value, when } of compiled) {
    if (
      when === undefined ||
      (trace === undefined
        ? when.test(facts)
        : holds(when, facts, trace, (condition, result) => ({
            step: 'referral',
            authority: value.authority,
            measure: value.measure,
            condition,
            result,
          })))
    )
      referrals.push(value);
  }
  return referrals;
}

/** The order as compiled (it cites the 2021 第二十八条第一款), or with the edition's article in its place. */
function underEdition(order: Order, penaltyLaw: PenaltyLawEdition, orderToCorrect: ResolvedCitation): Order {
  const citation = editionOrderToCorrect(penaltyLaw);
  if (citation === orderToCorrect) return order;
  return { ...order, citations: order.citations.map((cited) => (cited === orderToCorrect ? citation : cited)) };
}

/** Each edition's 责令改正 article as cited: an edition is a constant, so its citation is resolved once. */
const orderToCorrectOf = new WeakMap<PenaltyLawEdition, ResolvedCitation>();

function editionOrderToCorrect(penaltyLaw: PenaltyLawEdition): ResolvedCitation {
  let citation = orderToCorrectOf.get(penaltyLaw);
  if (citation === undefined) {
    citation = generalRuleCitation(penaltyLaw.orderToCorrect);
    orderToCorrectOf.set(penaltyLaw, citation);
  }
  return citation;
}
