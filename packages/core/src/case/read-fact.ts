import { isIsoDate, ISO_DATE_EXPECTED, calendarDateProblem } from '../calendar/iso-date.js';
import type { FactDeclaration, FactValue } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney, readMoney, readMoneyValue } from '../money/money.js';
import { compareDecimals } from '../conditions/decimal-order.js';
import { amountFromText } from './read-amount.js';
import { describeValue } from '../errors/issues.js';

export type FactReadResult =
  | { readonly ok: true; readonly value: FactValue }
  | { readonly ok: false; readonly message: string };

/**
 * One declaration's reader, made once: `read` gives the value, or `undefined` when the input is
 * not a value of the declaration, and only then `problem` says why. Every case reads every fact
 * it gives, so the checks a declaration needs are chosen once rather than on every read.
 */
export interface FactReader {
  /** The declaration's type, which also says which digit limits a value is held to. */
  readonly type: FactDeclaration['type'];
  read(input: unknown): FactValue | undefined;
  problem(input: unknown): string;
}

/**
 * Reads one fact value as its declaration requires. Nothing is coerced: `"3"` is not an
 * integer, `1` is not `true`, and a money number with more digits than a double holds is
 * refused rather than rounded.
 *
 * @example readFact('12345.67', { type: 'money', label: '货值金额' }) // { ok: true, value: Decimal }
 */
export function readFact(input: unknown, fact: FactDeclaration): FactReadResult {
  const reader = makeFactReader(fact);
  const value = reader.read(input);
  return value === undefined ? { ok: false, message: reader.problem(input) } : { ok: true, value };
}

/**
 * A reader of a declaration: its bounds read once, then any number of values checked against
 * them. The engine makes one per declared fact when it compiles a rule set ({@link factReaders}).
 */
export function makeFactReader(fact: FactDeclaration): FactReader {
  // Read once with the reader: every case reads the fact against the same bounds.
  const bounds = fact.type === 'date' ? undefined : readBounds(fact);
  const bounded = fact.min !== undefined || fact.max !== undefined;
  const within = (value: Decimal | number | string) => !bounded || withinBounds(value, fact, bounds);
  switch (fact.type) {
    case 'money': {
      const allowNegative = bounds?.min?.isNegative() === true;
      const admits = (value: Decimal) => (allowNegative || !isBelowZero(value)) && within(value);
      return {
        type: 'money',
        read(input) {
          // Most amounts are short decimal texts, laid out without decimal.js's parse.
          const value =
            (typeof input === 'string' ? amountFromText(input) : undefined) ?? readMoneyValue(input, allowNegative);
          return value !== undefined && admits(value) ? value : undefined;
        },
        problem(input) {
          const read = readMoney(input, { allowNegative });
          return read.ok ? outOfBounds(fact, input) : `expected ${read.expected} (${fact.label}), ${got(input)}`;
        },
      };
    }
    case 'quantity':
      return quantityReader(fact, within);
    case 'integer':
      return typed(
        fact,
        (input): input is number => typeof input === 'number' && Number.isSafeInteger(input),
        'a whole number',
        within,
      );
    case 'number':
      return typed(
        fact,
        (input): input is number => typeof input === 'number' && Number.isFinite(input),
        'a number',
        within,
      );
    case 'boolean':
      return typed(
        fact,
        (input): input is boolean => typeof input === 'boolean',
        'true or false',
        () => true,
      );
    case 'enum': {
      const values = fact.values ?? [];
      return typed(
        fact,
        (input): input is string => typeof input === 'string' && values.includes(input),
        `one of ${values.join(', ')}`,
        () => true,
      );
    }
    case 'date':
      return typed(fact, isIsoDate, ISO_DATE_EXPECTED, within);
  }
}

/**
 * A quantity (占地面积 12.5平方米, 设施 3处): an exact decimal like money, never negative, and a whole
 * number where the fact is countable — a per-unit fine of 2.5处 would be a fine the statute never set.
 */
function quantityReader(fact: FactDeclaration, within: (value: Decimal) => boolean): FactReader {
  const unit = fact.unit ?? '';
  const whole = fact.countable === true;
  return {
    type: 'quantity',
    read(input) {
      const value = (typeof input === 'string' ? amountFromText(input) : undefined) ?? readMoneyValue(input, false);
      return value !== undefined && !isBelowZero(value) && (!whole || value.isInteger()) && within(value)
        ? value
        : undefined;
    },
    problem(input) {
      const read = readMoney(input);
      if (!read.ok) {
        const expected =
          read.problem === 'negative' ? 'a quantity of zero or more' : `a decimal quantity such as "12.5"`;
        return `expected ${expected} in ${unit} (${fact.label}), ${got(input)}`;
      }
      if (whole && !read.value.isInteger())
        return `expected a whole number of ${unit} (${fact.label}: counted per ${unit}), ${got(input)}`;
      return outOfBounds(fact, input);
    },
  };
}

/**
 * A reader from one type check, used by both `read` and `problem` so the two cannot disagree: a
 * value of the type out of bounds is "expected at least …", anything else "expected <type>".
 */
function typed<T extends FactValue>(
  fact: FactDeclaration,
  accepts: (input: unknown) => input is T,
  expected: string,
  within: (value: T) => boolean,
): FactReader {
  return {
    type: fact.type,
    read: (input) => (accepts(input) && within(input) ? input : undefined),
    problem: (input) =>
      accepts(input)
        ? outOfBounds(fact, input)
        : fact.type === 'date' && calendarDateProblem(input) !== undefined
          ? `${calendarDateProblem(input) as string} (${fact.label})`
          : `expected ${expected} (${fact.label}), ${got(input)}`,
  };
}

/** Below zero, as money.ts refuses it (`-0` is zero): checked again for an amount read by {@link amountFromText}. */
function isBelowZero(value: Decimal): boolean {
  return value.isNegative() && !value.isZero();
}

function got(input: unknown): string {
  return `got ${describeValue(input)}`;
}

/**
 * A declaration's bounds, read once per reader. `…AsNumber` is the bound as a JS number when comparing with
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

/** A declaration's number bounds as Decimals (dates compare as text and have none here). */
function readBounds(fact: FactDeclaration): Bounds {
  const read = (bound: string | number | undefined) => (bound === undefined ? undefined : new Decimal(String(bound)));
  const asNumber = (bound: Decimal | undefined) =>
    bound !== undefined && String(bound.toNumber()) === formatMoney(bound) ? bound.toNumber() : undefined;
  const [min, max] = [read(fact.min), read(fact.max)];
  return { min, max, minAsNumber: asNumber(min), maxAsNumber: asNumber(max) };
}

function withinBounds(value: Decimal | number | string, fact: FactDeclaration, bounds: Bounds | undefined): boolean {
  return (
    !(fact.min !== undefined && compare(value, fact, bounds, 'min') < 0) &&
    !(fact.max !== undefined && compare(value, fact, bounds, 'max') > 0)
  );
}

function outOfBounds(fact: FactDeclaration, input: unknown): string {
  const range = [
    fact.min === undefined ? undefined : `at least ${String(fact.min)}`,
    fact.max === undefined ? undefined : `at most ${String(fact.max)}`,
  ]
    .filter((part) => part !== undefined)
    .join(' and ');
  return `expected ${range} (${fact.label}), ${got(input)}`;
}

/** Dates compare as text; amounts and numbers as the exact decimals they denote. */
function compare(
  value: Decimal | number | string,
  fact: FactDeclaration,
  bounds: Bounds | undefined,
  bound: 'min' | 'max',
): number {
  if (typeof value === 'string' || bounds === undefined) {
    const text = String(fact[bound]);
    return value < text ? -1 : value > text ? 1 : 0;
  }
  if (typeof value === 'number') {
    const limit = bound === 'min' ? bounds.minAsNumber : bounds.maxAsNumber;
    if (limit !== undefined) return value < limit ? -1 : value > limit ? 1 : 0;
  }
  return compareDecimals(value instanceof Decimal ? value : new Decimal(String(value)), bounds[bound] as Decimal);
}
