import { isIsoDate, ISO_DATE_EXPECTED } from '../dates/iso-date.js';
import type { FactDeclaration, FactValue } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney, readMoney } from '../money/money.js';
import { compareDecimals } from '../conditions/decimal-order.js';
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
  switch (fact.type) {
    case 'money': {
      const read = readMoney(input, { allowNegative: boundsOf(fact).min?.isNegative() === true });
      if (!read.ok) return { ok: false, message: `expected ${read.expected} (${fact.label}), ${got(input)}` };
      return withinBounds(read.value, fact, input);
    }
    case 'integer':
      if (typeof input !== 'number' || !Number.isSafeInteger(input)) return { ok: false, message: `expected a whole number (${fact.label}), ${got(input)}` };
      return withinBounds(input, fact, input);
    case 'number':
      if (typeof input !== 'number' || !Number.isFinite(input)) return { ok: false, message: `expected a number (${fact.label}), ${got(input)}` };
      return withinBounds(input, fact, input);
    case 'boolean':
      if (typeof input !== 'boolean') return { ok: false, message: `expected true or false (${fact.label}), ${got(input)}` };
      return { ok: true, value: input };
    case 'enum': {
      const values = fact.values ?? [];
      if (typeof input !== 'string' || !values.includes(input)) {
        return { ok: false, message: `expected one of ${values.join(', ')} (${fact.label}), ${got(input)}` };
      }
      return { ok: true, value: input };
    }
    case 'date':
      if (!isIsoDate(input)) return { ok: false, message: `expected ${ISO_DATE_EXPECTED} (${fact.label}), ${got(input)}` };
      return withinBounds(input, fact, input);
  }
}

function got(input: unknown): string {
  return `got ${describe(input)}`;
}

/**
 * A declaration's bounds, read once. `…AsNumber` is the bound as a JS number when comparing with
 * it is the same as comparing the exact decimals: when the bound's text is the shortest text of
 * that number (`0`, `150`, `0.5`). Integer and number facts, whose values are JS numbers, are then
 * compared without a Decimal.
 */
interface Bounds {
  readonly min: Decimal | undefined;
  readonly max: Decimal | undefined;
  readonly minAsNumber: number | undefined;
  readonly maxAsNumber: number | undefined;
}

/** Bounds of frozen declarations (those of loaded rule sets), which cannot change after they are read. */
const boundsRead = new WeakMap<FactDeclaration, Bounds>();

function boundsOf(fact: FactDeclaration): Bounds {
  const known = boundsRead.get(fact);
  if (known !== undefined) return known;
  const read = (bound: string | number | undefined) => (bound === undefined ? undefined : new Decimal(String(bound)));
  const asNumber = (bound: Decimal | undefined) => (bound !== undefined && String(bound.toNumber()) === formatMoney(bound) ? bound.toNumber() : undefined);
  const [min, max] = [read(fact.min), read(fact.max)];
  const bounds = { min, max, minAsNumber: asNumber(min), maxAsNumber: asNumber(max) };
  if (Object.isFrozen(fact)) boundsRead.set(fact, bounds);
  return bounds;
}

function withinBounds(value: Decimal | number | string, fact: FactDeclaration, input: unknown): FactReadResult {
  if (fact.min === undefined && fact.max === undefined) return { ok: true, value };
  const below = fact.min !== undefined && compare(value, fact, 'min') < 0;
  const above = fact.max !== undefined && compare(value, fact, 'max') > 0;
  if (below || above) {
    const range = [fact.min === undefined ? undefined : `at least ${String(fact.min)}`, fact.max === undefined ? undefined : `at most ${String(fact.max)}`]
      .filter((part) => part !== undefined)
      .join(' and ');
    return { ok: false, message: `expected ${range} (${fact.label}), ${got(input)}` };
  }
  return { ok: true, value };
}

/** Dates compare as text; amounts and numbers as the exact decimals they denote. */
function compare(value: Decimal | number | string, fact: FactDeclaration, bound: 'min' | 'max'): number {
  if (typeof value === 'string') {
    const text = String(fact[bound]);
    return value < text ? -1 : value > text ? 1 : 0;
  }
  const bounds = boundsOf(fact);
  if (typeof value === 'number') {
    const limit = bound === 'min' ? bounds.minAsNumber : bounds.maxAsNumber;
    if (limit !== undefined) return value < limit ? -1 : value > limit ? 1 : 0;
  }
  return compareDecimals(value instanceof Decimal ? value : new Decimal(String(value)), bounds[bound] as Decimal);
}
