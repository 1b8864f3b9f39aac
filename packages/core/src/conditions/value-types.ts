import { ISO_DATE_EXPECTED, isIsoDate } from '../calendar/iso-date.js';
import type { FactDeclaration, FactType } from '../facts/types.js';
import { readMoney } from '../money/money.js';

/**
 * What a literal compared with a fact of this declaration must be, or undefined when `value`
 * is one: money an amount (a decimal string or an exactly representable number, negative
 * allowed since a threshold may be), integer and number a finite number, boolean a boolean,
 * enum one of the declared values, date a real calendar date `YYYY-MM-DD`.
 *
 * @param value - the literal as written in the condition
 * @param declaration - the fact it is compared with
 * @returns a description of what was expected, or undefined when the literal fits
 * @example literalExpectation('2025-02-30', { type: 'date', label: '日期' }) // 'a calendar date as YYYY-MM-DD …'
 */
export function literalExpectation(value: unknown, declaration: FactDeclaration): string | undefined {
  switch (declaration.type) {
    case 'money':
    case 'quantity': {
      const read = readMoney(value, { allowNegative: true });
      return read.ok ? undefined : read.expected;
    }
    case 'integer':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a finite number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'enum': {
      const values = declaration.values ?? [];
      if (typeof value === 'string' && values.includes(value)) return undefined;
      return values.length === 0 ? 'one of its values (it declares none)' : `one of ${values.map(show).join(', ')}`;
    }
    case 'date':
      return isIsoDate(value) ? undefined : ISO_DATE_EXPECTED;
    default:
      return undefined;
  }
}

const NUMERIC_TYPES: ReadonlySet<FactType> = new Set<FactType>(['money', 'quantity', 'integer', 'number']);

/**
 * Whether a fact of type `a` can be compared with a fact of type `b` through `{ fact }`:
 * money, integer and number with each other (all numbers to json-rules-engine, compared exactly
 * here), any other type only with itself.
 *
 * @returns true when the comparison means something
 * @example comparableTypes('money', 'integer') // true
 */
export function comparableTypes(a: FactType, b: FactType): boolean {
  return a === b || (NUMERIC_TYPES.has(a) && NUMERIC_TYPES.has(b));
}

/**
 * The kinds of fact a `{ fact }` value may name when compared with a fact of type `type`.
 *
 * @example comparableDescription('date') // 'a date fact'
 */
export function comparableDescription(type: FactType): string {
  if (NUMERIC_TYPES.has(type)) return 'a money, quantity, integer or number fact';
  return type === 'enum' ? 'an enum fact' : `a ${type} fact`;
}

/**
 * A value as an issue message quotes it: JSON where possible (`"abc"`, `[1,2]`), `nothing` for
 * a missing value.
 *
 * @example show('10000') // '"10000"'
 */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? String(value);
}
