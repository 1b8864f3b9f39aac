import { Decimal } from '../money/decimal.js';
import { compareDecimals } from './decimal-order.js';
import type { Operator } from './types.js';

/**
 * The ten operators of json-rules-engine 7.3.1 (`engine-default-operators.js`), reproduced on
 * cailiang's fact values. For numbers, booleans, enum values and ISO dates the result is exactly
 * what json-rules-engine computes on the same JS values — quirks included, because rule sets are
 * written in its format and must mean there what they mean here. Money is the one departure:
 * a Decimal is compared as the exact number it denotes, where json-rules-engine would compare
 * floats (the two agree whenever the floats are exact).
 *
 * An absent fact is `undefined`, as json-rules-engine passes it with `allowUndefinedFacts: true`.
 */
export type OperatorFunction = (factValue: unknown, value: unknown) => boolean;

/** Operators whose fact value json-rules-engine first checks to parse as a number. */
export const NUMERIC_OPERATORS: ReadonlySet<Operator> = new Set<Operator>([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

/** Operators whose `value` is a list the fact value is looked up in. */
export const LIST_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['in', 'notIn']);

/** Operators json-rules-engine applies only to facts that are lists (`Array.isArray`). */
export const ARRAY_FACT_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['contains', 'doesNotContain']);

/** Primitives are ruled out first: decimal.js's own test boxes them to look for a tag, which is slow. */
function isDecimal(value: unknown): value is Decimal {
  return typeof value === 'object' && Decimal.isDecimal(value);
}

/**
 * Strict equality (`===`), except that a Decimal equals a Decimal or a number denoting the same
 * amount. Against anything else (text, booleans, undefined) the number json-rules-engine would
 * hold is never `===`, so a Decimal is unequal to it.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (isDecimal(a)) {
    if (isDecimal(b)) return compareDecimals(a, b) === 0;
    return typeof b === 'number' ? a.eq(b) : false;
  }
  if (isDecimal(b)) return typeof a === 'number' ? b.eq(a) : false;
  return a === b;
}

/**
 * `list.indexOf(item) > -1` with `sameValue` in place of `===`. json-rules-engine calls
 * `indexOf` on whatever the value is: a string would be searched for a substring and anything
 * else would crash the run. Neither can be meant, so compileCondition refuses such values and
 * this function only sees lists.
 */
function includes(list: unknown, item: unknown): boolean {
  if (!Array.isArray(list)) throw new TypeError(`expected a list of values, got ${typeof list}`);
  for (const entry of list) if (sameValue(item, entry)) return true;
  return false;
}

/**
 * json-rules-engine's `numberValidator`: `Number.parseFloat(x).toString() !== 'NaN'`. It lets
 * through every string that starts like a number, which is why ISO dates (`"2025-03-10"` parses
 * as 2025) can be compared with lessThan — as text, by JS `<`.
 */
function parsesAsNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (isDecimal(value)) return !value.isNaN();
  return !Number.isNaN(Number.parseFloat(value as string));
}

/**
 * Three-way comparison when at least one side is a Decimal and the other is a Decimal or a
 * number: negative, zero, positive, or NaN when either is NaN (every ordering is then false, as
 * in JS). Undefined when this is not a decimal comparison.
 */
function compareDecimal(a: unknown, b: unknown): number | undefined {
  if (isDecimal(a)) {
    if (isDecimal(b)) return compareDecimals(a, b);
    return typeof b === 'number' ? a.cmp(b) : undefined;
  }
  if (isDecimal(b) && typeof a === 'number') return -b.cmp(a);
  return undefined;
}

/** What json-rules-engine would hold in place of a Decimal: the JS number. */
function asJs(value: unknown): unknown {
  return isDecimal(value) ? value.toNumber() : value;
}

/**
 * JS's relational operators on arbitrary values. The casts only quiet the type checker: JS
 * compares two strings by code units and everything else after conversion to numbers, which is
 * exactly what json-rules-engine's `a < b` does.
 */
const jsLess = (a: unknown, b: unknown): boolean => (a as number) < (b as number);
const jsLessOrEqual = (a: unknown, b: unknown): boolean => (a as number) <= (b as number);

function ordered(order: (sign: number) => boolean, js: (a: unknown, b: unknown) => boolean): OperatorFunction {
  return (a, b) => {
    // A decimal comparison needs no validator call: a NaN on either side gives a NaN sign, and
    // every order is then false, as the validator would have made it.
    const sign = compareDecimal(a, b);
    if (sign !== undefined) return order(sign);
    return parsesAsNumber(a) && js(asJs(a), asJs(b));
  };
}

/**
 * The operator functions by name. Each takes the fact's value (undefined when absent) and the
 * condition's value (a literal, a list for in/notIn, or the referenced fact's value).
 *
 * @example OPERATOR_FUNCTIONS.lessThan(new Decimal('9999.99'), new Decimal(10000)) // true
 * @example OPERATOR_FUNCTIONS.notEqual(undefined, true) // true: an absent circumstance is not `true`
 */
export const OPERATOR_FUNCTIONS: Readonly<Record<Operator, OperatorFunction>> = Object.freeze({
  equal: (a, b) => sameValue(a, b),
  notEqual: (a, b) => !sameValue(a, b),
  in: (a, b) => includes(b, a),
  notIn: (a, b) => !includes(b, a),
  // Array.isArray is json-rules-engine's validator: on a scalar fact both are always false.
  contains: (a, b) => Array.isArray(a) && includes(a, b),
  doesNotContain: (a, b) => Array.isArray(a) && !includes(a, b),
  lessThan: ordered((sign) => sign < 0, jsLess),
  lessThanInclusive: ordered((sign) => sign <= 0, jsLessOrEqual),
  greaterThan: ordered(
    (sign) => sign > 0,
    (a, b) => jsLess(b, a),
  ),
  greaterThanInclusive: ordered(
    (sign) => sign >= 0,
    (a, b) => jsLessOrEqual(b, a),
  ),
});

/**
 * Whether `name` is one of the ten operators.
 *
 * @param name - an operator name from a condition
 * @returns true for `'lessThan'`, false for `'lessThen'`
 * @example isOperator('in') // true
 */
export function isOperator(name: unknown): name is Operator {
  return typeof name === 'string' && Object.hasOwn(OPERATOR_FUNCTIONS, name);
}
