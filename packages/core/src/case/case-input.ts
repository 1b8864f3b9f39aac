/**
 * The case as a caller writes it (spec §2), typed for a form builder: what `engine.decide` accepts
 * before validation. The bundled benchmarks narrow it per rule set — `@cailiang/benchmarks` exports
 * `FoodSafetyCase` and the like, whose `item` is one of the set's codes and whose `facts` are the
 * set's declared facts with their enum values — so a wrong item code, a misspelt fact or an enum
 * value the rule set does not know fails at compile time. Validation at run time stays the
 * authority (which facts an item needs depends on its conditions): these types only catch earlier
 * what it would refuse.
 */
import type { CircumstanceName } from '../general-rules/circumstances.js';
import type { CaseDates, Party } from './types.js';

/**
 * One fact value as a case gives it: money as a decimal string (`"12345.67"`, or a number that is
 * exact), integers and numbers as numbers, booleans, enum values and ISO dates as strings. `null`
 * is a form's "not established", the same as leaving the fact out.
 */
export type FactInput = string | number | boolean | null;

/** The general circumstances of 行政处罚法 (spec §3): tri-state, `null` or absent when not established. */
export type CircumstancesInput = {
  readonly [Name in CircumstanceName]?: (Name extends 'capacity' ? 'full' | 'limited' | 'none' : boolean) | null;
};

/**
 * A case before validation.
 *
 * @typeParam Item - the item codes a case may name (all strings by default)
 * @typeParam Facts - the facts it may give (any name by default)
 * @example
 * const kase: CaseInput<'FSL-124-1-3', { goodsValue?: string }> = {
 *   item: 'FSL-124-1-3',
 *   facts: { goodsValue: '8000' },
 *   dates: { act: '2025-03-10', decision: '2025-06-20' },
 * };
 */
export interface CaseInput<
  Item extends string = string,
  Facts extends { readonly [name: string]: FactInput | undefined } = { readonly [name: string]: FactInput },
> {
  readonly item: Item;
  readonly party?: Party;
  readonly facts?: Facts;
  readonly circumstances?: CircumstancesInput;
  /** ISO dates (`YYYY-MM-DD`). */
  readonly dates?: { readonly [Key in keyof CaseDates]?: string };
  readonly excludedPeriods?: readonly { readonly from: string; readonly to: string; readonly reason?: string }[];
  /** The fine imposed (a decimal string) and the day it was paid, for the late-payment surcharge. */
  readonly payment?: { readonly fine: string; readonly paid: string };
  /** 双罚制: the unit's responsible persons, each with the facts the item's persons' sanction reads. */
  readonly persons?: readonly { readonly name: string; readonly facts?: { readonly [name: string]: FactInput } }[];
}
