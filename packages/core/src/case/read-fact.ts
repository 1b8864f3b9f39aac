import { isIsoDate, ISO_DATE_EXPECTED } from '../dates/iso-date.js';
import type { FactDeclaration, FactValue } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { readMoney } from '../money/money.js';
import { describe } from '../ruleset/scalars.js';

export type FactReadResult = { readonly ok: true; readonly value: FactValue } | { readonly ok: false; readonly message: string };

/**
 * Reads one fact value as its declaration requires. Nothing is coerced: `"3"` is not an
 * integer, `1` is not `true`, and a money number with more digits than a double holds is
 * refused rather than rounded.
 *
 * @example readFact('12345.67', { type: 'money', label: '货值金额' }) // { ok: true, value: Decimal }
 */
export function readFact(input: unknown, fact: FactDeclaration): FactReadResult {
  const got = `got ${describe(input)}`;
  switch (fact.type) {
    case 'money': {
      const min = fact.min === undefined ? undefined : new Decimal(String(fact.min));
      const read = readMoney(input, { allowNegative: min?.isNegative() === true });
      if (!read.ok) return { ok: false, message: `expected ${read.expected} (${fact.label}), ${got}` };
      return withinBounds(read.value, fact, got);
    }
    case 'integer':
      if (typeof input !== 'number' || !Number.isSafeInteger(input)) return { ok: false, message: `expected a whole number (${fact.label}), ${got}` };
      return withinBounds(input, fact, got);
    case 'number':
      if (typeof input !== 'number' || !Number.isFinite(input)) return { ok: false, message: `expected a number (${fact.label}), ${got}` };
      return withinBounds(input, fact, got);
    case 'boolean':
      if (typeof input !== 'boolean') return { ok: false, message: `expected true or false (${fact.label}), ${got}` };
      return { ok: true, value: input };
    case 'enum': {
      const values = fact.values ?? [];
      if (typeof input !== 'string' || !values.includes(input)) {
        return { ok: false, message: `expected one of ${values.join(', ')} (${fact.label}), ${got}` };
      }
      return { ok: true, value: input };
    }
    case 'date':
      if (!isIsoDate(input)) return { ok: false, message: `expected ${ISO_DATE_EXPECTED} (${fact.label}), ${got}` };
      return withinBounds(input, fact, got);
  }
}

function withinBounds(value: Decimal | number | string, fact: FactDeclaration, got: string): FactReadResult {
  const below = fact.min !== undefined && compare(value, fact.min) < 0;
  const above = fact.max !== undefined && compare(value, fact.max) > 0;
  if (below || above) {
    const range = [fact.min === undefined ? undefined : `at least ${String(fact.min)}`, fact.max === undefined ? undefined : `at most ${String(fact.max)}`]
      .filter((part) => part !== undefined)
      .join(' and ');
    return { ok: false, message: `expected ${range} (${fact.label}), ${got}` };
  }
  return { ok: true, value };
}

function compare(value: Decimal | number | string, bound: string | number): number {
  if (typeof value === 'string') return value < String(bound) ? -1 : value > String(bound) ? 1 : 0;
  return new Decimal(value instanceof Decimal ? value : String(value)).comparedTo(new Decimal(String(bound)));
}
