/**
 * Conditions in json-rules-engine's format, unchanged: `all` / `any` / `not` trees whose leaves
 * compare a fact with a value. https://github.com/CacheControl/json-rules-engine/blob/master/docs/rules.md
 */

/** The operators json-rules-engine ships; cailiang accepts exactly these. */
export type Operator =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain';

export const OPERATORS: readonly Operator[] = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
];

/** A value that names another fact instead of a literal: `{ fact: 'illegalIncome' }`. */
export interface FactReference {
  readonly fact: string;
}

/** A leaf: `{ fact: goodsValue, operator: lessThan, value: 10000 }`. */
export interface FactCondition {
  readonly fact: string;
  readonly operator: Operator;
  readonly value: unknown;
  readonly name?: string;
  readonly priority?: number;
}

export interface AllCondition {
  readonly all: readonly Condition[];
  readonly name?: string;
  readonly priority?: number;
}

export interface AnyCondition {
  readonly any: readonly Condition[];
  readonly name?: string;
  readonly priority?: number;
}

export interface NotCondition {
  readonly not: Condition;
  readonly name?: string;
  readonly priority?: number;
}

export type Condition = AllCondition | AnyCondition | NotCondition | FactCondition;

/** A JSON value as it appears in a trace (money as decimal strings). */
export type TraceValue = string | number | boolean | null | readonly TraceValue[];

/**
 * What one condition saw and concluded. The trace is part of the decision: it shows the officer
 * and the reviewer every comparison that led to the outcome.
 */
export type ConditionTrace =
  | { readonly all: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly any: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly not: ConditionTrace; readonly result: boolean }
  | {
      readonly fact: string;
      readonly operator: Operator;
      /** The value compared against, as written (a fact reference is resolved: see `valueFact`). */
      readonly value: TraceValue;
      /** When the value was `{ fact: … }`: the name of that fact. */
      readonly valueFact?: string;
      /** The value the fact had; `null` when the fact is absent (a circumstance not established). */
      readonly factValue: TraceValue;
      readonly result: boolean;
    };
