/**
 * An amount the table computes (`fine.computed`, 权重累加, 每增加1个超标因子增加一万元) in scaled
 * integers, for the fine's fast path: the same sum, cap, product and rounding as
 * computed-amount.ts `computedAmount`, digit for digit, or `undefined` where a number leaves the
 * integers' range or is not one they read (a fraction given as a JS number, an enum value with no
 * weight) — the decimal.js path then decides, and throws where it throws.
 */
import type { FactValue, FactValues } from '../facts/types.js';
import type { Decimal } from '../money/decimal.js';
import { Fixed, compare, fromDecimal, minus, plus, quotient, round, times } from '../money/fixed.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { ComputedAmount, ComputedTerm, ComputedTimes } from './computed-amount.js';
import type { FixedStatutory } from './fixed-amounts.js';

const ZERO = new Fixed(0, 0);

/**
 * The computed amount for the facts of a case, rounded once by the policy.
 *
 * @param computed - the tier's computation, as compiled
 * @param facts - the case's facts (those it reads are present: `caseFine` required them)
 * @param statutory - the statutory range that applies (read by `times: { statutoryMax: true }`)
 * @param rounding - the rule set's rounding policy
 * @returns the amount, or `undefined` to compute it in decimal.js
 * @example fixedComputedAmount(gd23, { form: 'notInstalled', duration: 'under1m', … }, statutory, rounding) // 80000
 */
export function fixedComputedAmount(
  computed: ComputedAmount,
  facts: FactValues,
  statutory: FixedStatutory,
  rounding: RoundingPolicy,
): Fixed | undefined {
  let sum: Fixed | undefined = ZERO;
  for (const term of computed.terms) {
    const amount = termOf(term, facts[term.kind === 'value' ? '' : term.of]);
    sum = amount === undefined ? undefined : plus(sum, amount);
    if (sum === undefined) return undefined;
  }
  let held = sum;
  // 「累加后（最高不超过100%）」: the sum held between the table's floor and cap.
  if (computed.min !== undefined) {
    const min = fromDecimal(computed.min);
    const order = min === undefined ? undefined : compare(held, min);
    if (min === undefined || order === undefined) return undefined;
    if (order < 0) held = min;
  }
  if (computed.max !== undefined) {
    const max = fromDecimal(computed.max);
    const order = max === undefined ? undefined : compare(held, max);
    if (max === undefined || order === undefined) return undefined;
    if (order > 0) held = max;
  }
  let exact: Fixed | undefined = held;
  if (computed.times !== undefined) {
    const by = multiplierOf(computed.times, facts, statutory);
    exact = by === undefined ? undefined : times(held, by);
  }
  return exact === undefined ? undefined : round(exact, rounding.scale, rounding.mode);
}

/** What a term adds to the sum. */
function termOf(term: ComputedTerm, value: FactValue | undefined): Fixed | undefined {
  switch (term.kind) {
    case 'value':
      return fromDecimal(term.value);
    case 'weights': {
      const weight = term.weights.get(String(value));
      return weight === undefined ? undefined : fromDecimal(weight);
    }
    case 'per-unit': {
      // The whole units above `over`, never below none, rounded as the table says.
      const quantity = quantityOf(value);
      const over = fromDecimal(term.over);
      const every = fromDecimal(term.every);
      const add = fromDecimal(term.add);
      if (quantity === undefined || over === undefined || every === undefined || add === undefined) return undefined;
      const difference = minus(quantity, over);
      if (difference === undefined) return undefined;
      const units = quotient(difference.units < 0 ? ZERO : difference, every, term.rounding);
      return units === undefined ? undefined : times(units, add);
    }
  }
}

/** A quantity as a per-unit term reads it: a Decimal, or a whole JS number (an integer fact) of zero or more. */
function quantityOf(value: FactValue | undefined): Fixed | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? new Fixed(value + 0, 0) : undefined;
  return typeof value === 'object' && value !== null ? fromDecimal(value as Decimal) : undefined;
}

/** What the held sum is multiplied by. */
function multiplierOf(multiplier: ComputedTimes, facts: FactValues, statutory: FixedStatutory): Fixed | undefined {
  switch (multiplier.kind) {
    case 'fact': {
      const value = facts[multiplier.of];
      const base = typeof value === 'object' && value !== null ? fromDecimal(value as Decimal) : undefined;
      const factor = fromDecimal(multiplier.factor);
      return base === undefined || factor === undefined ? undefined : times(base, factor);
    }
    case 'amount':
      return fromDecimal(multiplier.amount);
    case 'statutory-max':
      // The exact maximum: the amount is rounded once, at the end.
      return statutory.exactMax;
  }
}
