import { isDecimalType } from '../../facts/types.js';
import type { FactDeclaration, FactValue } from '../../facts/types.js';
import { Decimal } from '../../money/decimal.js';
import { readMoney } from '../../money/money.js';
import { dayAfter, dayBefore } from './dates.js';

/** The values the analysis tries for one fact; `undefined` stands for an absent circumstance. */
export interface FactDomain {
  readonly name: string;
  readonly type: FactDeclaration['type'];
  readonly values: readonly (FactValue | undefined)[];
}

/** What shapes a fact's candidate values besides its declaration. */
export interface DomainHints {
  /** Literals the item's conditions compare the fact with. */
  readonly literals: readonly unknown[];
  /** Amounts where a computed range crosses a fixed one (money facts that are multiplied). */
  readonly thresholds: readonly Decimal[];
  /** A general circumstance: absent is a value of its own (tri-state, spec §3). */
  readonly circumstance: boolean;
  /** Compared with another numeric fact: give it two values so both orders occur. */
  readonly linked: boolean;
}

/**
 * The candidate values of a fact: each literal its conditions compare it with and the nearest
 * values on either side (integers ±1; money and numbers ± the smallest step that flips the
 * comparison — 0.01, or finer when a literal has more decimals; dates ±1 day), the declared
 * min and max, every enum value, true and false, and absent for a general circumstance. Values
 * between two thresholds behave alike in every comparison, so these cover each region.
 *
 * @param name - the fact's name
 * @param declaration - its declaration (or the circumstance's)
 * @param hints - literals, thresholds and flags collected from the item
 * @returns the fact's domain, values sorted and distinct
 * @example factDomain('goodsValue', { type: 'money', label: '货值金额' }, { literals: [10000], thresholds: [], circumstance: false, linked: false })
 * // values 0, 9999.99, 10000, 10000.01 (as Decimals)
 */
export function factDomain(name: string, declaration: FactDeclaration, hints: DomainHints): FactDomain {
  const values = candidates(declaration, hints);
  return { name, type: declaration.type, values: hints.circumstance ? [...values, undefined] : values };
}

function candidates(declaration: FactDeclaration, hints: DomainHints): FactValue[] {
  switch (declaration.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return [...(declaration.values ?? [])];
    case 'date':
      return dateCandidates(declaration, hints);
    case 'integer':
      return numericCandidates(declaration, hints, true).map((value) => value.toNumber());
    case 'number':
      return numericCandidates(declaration, hints, false).map((value) => value.toNumber());
    case 'money':
      return numericCandidates(declaration, hints, false);
    case 'quantity':
      return numericCandidates(declaration, hints, declaration.countable === true);
  }
}

/**
 * Money, integer and number candidates as Decimals. Money below zero is tried only when the
 * declaration allows it (a case's amounts are ≥ 0 unless `min` is negative).
 */
function numericCandidates(declaration: FactDeclaration, hints: DomainHints, integer: boolean): Decimal[] {
  const literals = sortedUnique(hints.literals.flatMap((literal) => decimalOf(literal)));
  const declaredMin = boundOf(declaration.min);
  const min = declaredMin ?? (isDecimalType(declaration.type) ? new Decimal(0) : undefined);
  const max = boundOf(declaration.max);
  const step = integer
    ? new Decimal(1)
    : new Decimal(10).pow(-Math.max(2, ...literals.map((value) => value.decimalPlaces())));
  const out: Decimal[] = [];
  literals.forEach((literal, index) => {
    if (integer && !literal.isInteger()) {
      out.push(literal.floor(), literal.ceil());
      return;
    }
    out.push(literal.minus(step), literal, literal.plus(step));
    const next = literals[index + 1];
    // Two thresholds one step apart still leave values between them (an amount of 0.005 yuan).
    if (!integer && next !== undefined && next.minus(literal).lessThanOrEqualTo(step))
      out.push(literal.plus(next).div(2));
  });
  for (const threshold of hints.thresholds) {
    const places = step.decimalPlaces();
    const down = threshold.toDecimalPlaces(places, Decimal.ROUND_FLOOR);
    const up = threshold.toDecimalPlaces(places, Decimal.ROUND_CEIL);
    // Half and double the threshold too: a computed range is rounded (policy.rounding), which
    // can hide a crossing one step away, but never one this far.
    out.push(
      down.minus(step),
      down,
      up,
      up.plus(step),
      threshold.div(2).toDecimalPlaces(places),
      threshold.times(2).toDecimalPlaces(places),
    );
  }
  const floor = min ?? new Decimal(0);
  if (min !== undefined) out.push(min);
  if (max !== undefined) out.push(max);
  if (out.length === 0 || hints.linked) out.push(floor, floor.plus(1));
  // A multiplied amount with no threshold of its own: one positive value, so multiples differ from 0.
  if (hints.thresholds.length === 0 && literals.length === 0 && !integer) out.push(floor.plus(10000));
  return sortedUnique(out).filter(
    (value) =>
      (min === undefined || value.greaterThanOrEqualTo(min)) && (max === undefined || value.lessThanOrEqualTo(max)),
  );
}

function dateCandidates(declaration: FactDeclaration, hints: DomainHints): string[] {
  const literals = hints.literals;
  const min = typeof declaration.min === 'string' ? declaration.min : undefined;
  const max = typeof declaration.max === 'string' ? declaration.max : undefined;
  const out = new Set<string>();
  for (const literal of literals) {
    if (typeof literal !== 'string') continue;
    out.add(literal);
    const before = dayBefore(literal);
    const after = dayAfter(literal);
    if (before !== undefined) out.add(before);
    if (after !== undefined) out.add(after);
  }
  if (min !== undefined) out.add(min);
  if (max !== undefined) out.add(max);
  const start = min ?? max ?? '2025-01-01';
  if (out.size === 0 || hints.linked) out.add(start);
  // Two dates compared with each other: a second day, so both orders occur.
  const next = dayAfter(start);
  if (hints.linked && next !== undefined) out.add(next);
  return [...out].filter((date) => (min === undefined || date >= min) && (max === undefined || date <= max)).sort();
}

function decimalOf(literal: unknown): Decimal[] {
  const read = readMoney(typeof literal === 'number' ? String(literal) : literal, { allowNegative: true });
  return read.ok ? [read.value] : [];
}

function boundOf(bound: string | number | undefined): Decimal | undefined {
  if (bound === undefined) return undefined;
  const read = readMoney(String(bound), { allowNegative: true });
  return read.ok ? read.value : undefined;
}

function sortedUnique(values: readonly Decimal[]): Decimal[] {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return sorted.filter((value, index) => index === 0 || !value.equals(sorted[index - 1] as Decimal));
}
