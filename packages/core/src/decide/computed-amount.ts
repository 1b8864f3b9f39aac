/**
 * An amount the table computes from the facts (`tiers[].fine.computed`, issue #17 item 5): the
 * terms added, the sum held between the table's floor and cap, multiplied once, rounded once by
 * the rule set's policy. 粤环发〔2021〕7号 第六条第二款 「将…各项具体裁量权重累加后（最高不超过100%），
 * 乘以…法定最高罚款数额，得出最终罚款数额」; 江门参照表 2-6 「每增加1个超标因子增加一万元…不足整数倍的
 * 按四舍五入取整」. Exact in Decimal throughout; each term is kept for the trace, so an officer can
 * redo the arithmetic from the decision alone.
 */
import DecimalJs from 'decimal.js';
import type { FactValue, FactValues } from '../facts/types.js';
import { Decimal, ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { roundAmount } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { ComputedAmountData, UnitRounding } from '../ruleset/computed-amount.js';
import type { StatutoryRange } from './amount-range.js';
import type { TraceEntry } from './decision.js';

/** A term of the sum, its numbers read into Decimals. */
export type ComputedTerm =
  | { readonly kind: 'value'; readonly label: string; readonly value: Decimal }
  | {
      readonly kind: 'weights';
      readonly label: string | undefined;
      readonly of: string;
      readonly weights: ReadonlyMap<string, Decimal>;
    }
  | {
      readonly kind: 'per-unit';
      readonly label: string | undefined;
      readonly of: string;
      readonly over: Decimal;
      readonly every: Decimal;
      readonly add: Decimal;
      readonly rounding: UnitRounding;
    };

/** What the held sum is multiplied by. */
export type ComputedTimes =
  | { readonly kind: 'fact'; readonly of: string; readonly factor: Decimal }
  | { readonly kind: 'amount'; readonly amount: Decimal }
  | { readonly kind: 'statutory-max' };

/** `fine.computed` as the loader proved it. */
export interface ComputedAmount {
  readonly text: string;
  readonly terms: readonly ComputedTerm[];
  readonly min: Decimal | undefined;
  readonly max: Decimal | undefined;
  readonly times: ComputedTimes | undefined;
}

/** The trace step of a computed amount: each term, the sum, where it was held, the product. */
export type ComputedStep = Extract<TraceEntry, { step: 'computed' }>;

/**
 * Reads `fine.computed` into Decimals, once, when the item is compiled.
 *
 * @example compileComputed({ text: '…×20万', terms: [{ label: '裁量起点', value: '0.1' }], max: '1', times: { amount: '200000' } })
 */
export function compileComputed(data: ComputedAmountData): ComputedAmount {
  const terms = data.terms.map((term): ComputedTerm => {
    if (term.value !== undefined) return { kind: 'value', label: term.label ?? '', value: new Decimal(term.value) };
    const of = term.of ?? '';
    if (term.weights !== undefined) {
      const weights = new Map(Object.entries(term.weights).map(([value, weight]) => [value, new Decimal(weight)]));
      return { kind: 'weights', label: term.label, of, weights };
    }
    return {
      kind: 'per-unit',
      label: term.label,
      of,
      over: new Decimal(term.over ?? '0'),
      every: new Decimal(term.every ?? '1'),
      add: new Decimal(term.add ?? '0'),
      rounding: term.rounding ?? 'half-up',
    };
  });
  const times = data.times;
  return {
    text: data.text,
    terms,
    min: data.min === undefined ? undefined : new Decimal(data.min),
    max: data.max === undefined ? undefined : new Decimal(data.max),
    times:
      times === undefined
        ? undefined
        : times.of !== undefined
          ? { kind: 'fact', of: times.of, factor: new Decimal(times.factor ?? '1') }
          : times.amount !== undefined
            ? { kind: 'amount', amount: new Decimal(times.amount) }
            : { kind: 'statutory-max' },
  };
}

/**
 * The facts a computed amount reads, in the order of its terms (the multiplied fact last): each
 * must be in a case whose tier computes it.
 */
export function computedFacts(computed: ComputedAmount): string[] {
  const facts = computed.terms.flatMap((term) => (term.kind === 'value' ? [] : [term.of]));
  if (computed.times?.kind === 'fact') facts.push(computed.times.of);
  return facts;
}

/** A computed amount for one case: the rounded amount and the trace of how it was reached. */
export interface ComputedResult {
  readonly amount: Decimal;
  readonly step: ComputedStep;
}

/**
 * Works out a computed amount for the facts of a case.
 *
 * @param facts - the case's facts; every fact the amount reads is present ({@link computedFacts})
 * @param statutory - the statutory range that applies (read only by `times: { statutoryMax: true }`)
 * @returns the amount, rounded once by the policy, and its trace step
 * @throws RangeError for an enum value without a weight or a multiplier of an open statutory
 *   range (the loader refuses both)
 * @example computeAmount(gd23, { form: 'notInstalled', duration: 'under1m', repeat: 'none', correction: 'inTime' }, statutory, rounding)
 * // amount 80000: (10% + 30% + 0% + 0% + 0%) × 200000
 */
export function computeAmount(
  computed: ComputedAmount,
  facts: FactValues,
  statutory: StatutoryRange,
  rounding: RoundingPolicy,
): ComputedResult {
  const terms: ComputedStep['terms'][number][] = [];
  let sum = ZERO;
  for (const term of computed.terms) {
    const { entry, amount } = termAmount(term, facts[term.kind === 'value' ? '' : term.of]);
    terms.push(entry);
    sum = sum.plus(amount);
  }
  let held = sum;
  let bound: 'min' | 'max' | undefined;
  if (computed.min !== undefined && held.lessThan(computed.min)) {
    held = computed.min;
    bound = 'min';
  }
  if (computed.max !== undefined && held.greaterThan(computed.max)) {
    held = computed.max;
    bound = 'max';
  }
  const times = multiplier(computed.times, facts, statutory);
  const exact = times === undefined ? held : held.times(times.by);
  const amount = roundAmount(exact, rounding);
  const step: ComputedStep = {
    step: 'computed',
    text: computed.text,
    terms,
    sum: formatMoney(sum),
    ...(bound === undefined ? {} : { held: { bound, value: formatMoney(held) } }),
    ...(times === undefined ? {} : { times: times.entry }),
    exact: formatMoney(exact),
    amount: formatMoney(amount),
  };
  return { amount, step };
}

/**
 * {@link computeAmount}'s amount alone, without its trace step: what deciding a case needs when
 * the trace is off (the step prints every term, and was built and dropped on each such case).
 *
 * @returns the amount, rounded once by the policy — the `amount` computeAmount gives
 * @throws RangeError as {@link computeAmount}
 * @example computedAmount(gd23, { form: 'notInstalled', duration: 'under1m', repeat: 'none', correction: 'inTime' }, statutory, rounding) // 80000
 */
export function computedAmount(
  computed: ComputedAmount,
  facts: FactValues,
  statutory: StatutoryRange,
  rounding: RoundingPolicy,
): Decimal {
  let sum = ZERO;
  for (const term of computed.terms) sum = sum.plus(termValue(term, facts[term.kind === 'value' ? '' : term.of]));
  let held = sum;
  if (computed.min !== undefined && held.lessThan(computed.min)) held = computed.min;
  if (computed.max !== undefined && held.greaterThan(computed.max)) held = computed.max;
  const by = computed.times === undefined ? undefined : multiplierBy(computed.times, facts, statutory);
  return roundAmount(by === undefined ? held : held.times(by), rounding);
}

/** What a term adds to the sum. */
function termValue(term: ComputedTerm, value: FactValue | undefined): Decimal {
  switch (term.kind) {
    case 'value':
      return term.value;
    case 'weights':
      return weightOf(term, value);
    case 'per-unit':
      return perUnit(term, value).amount;
  }
}

/** An enum value's weight (权重). */
function weightOf(term: Extract<ComputedTerm, { kind: 'weights' }>, value: FactValue | undefined): Decimal {
  const weight = term.weights.get(String(value));
  if (weight === undefined) throw new RangeError(`no weight for ${term.of} = ${String(value)}, not checked at load`);
  return weight;
}

/** 每增加1个…增加一万元: the whole units above `over`, rounded as the table says, times the amount each adds. */
function perUnit(
  term: Extract<ComputedTerm, { kind: 'per-unit' }>,
  value: FactValue | undefined,
): { quantity: Decimal; units: Decimal; amount: Decimal } {
  const quantity = new Decimal(value as Decimal | number);
  const above = Decimal.max(ZERO, quantity.minus(term.over));
  const units = above.dividedBy(term.every).toDecimalPlaces(0, UNIT_MODES[term.rounding]);
  return { quantity, units, amount: units.times(term.add) };
}

function termAmount(
  term: ComputedTerm,
  value: FactValue | undefined,
): { entry: ComputedStep['terms'][number]; amount: Decimal } {
  switch (term.kind) {
    case 'value':
      return { entry: { label: term.label, amount: formatMoney(term.value) }, amount: term.value };
    case 'weights': {
      const weight = weightOf(term, value);
      const entry = { of: term.of, value: String(value), amount: formatMoney(weight) };
      return { entry: term.label === undefined ? entry : { label: term.label, ...entry }, amount: weight };
    }
    case 'per-unit': {
      const { quantity, units, amount } = perUnit(term, value);
      const entry = {
        of: term.of,
        value: formatMoney(quantity),
        units: formatMoney(units),
        amount: formatMoney(amount),
      };
      return { entry: term.label === undefined ? entry : { label: term.label, ...entry }, amount };
    }
  }
}

const UNIT_MODES: Record<UnitRounding, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
};

function multiplier(
  times: ComputedTimes | undefined,
  facts: FactValues,
  statutory: StatutoryRange,
): { by: Decimal; entry: NonNullable<ComputedStep['times']> } | undefined {
  if (times === undefined) return undefined;
  const by = multiplierBy(times, facts, statutory);
  switch (times.kind) {
    case 'fact': {
      const base = facts[times.of] as Decimal;
      return {
        by,
        entry: { of: times.of, base: formatMoney(base), factor: formatMoney(times.factor), by: formatMoney(by) },
      };
    }
    case 'amount':
      return { by, entry: { by: formatMoney(by) } };
    case 'statutory-max':
      return { by, entry: { statutoryMax: true, by: formatMoney(by) } };
  }
}

/** What the held sum is multiplied by. */
function multiplierBy(times: ComputedTimes, facts: FactValues, statutory: StatutoryRange): Decimal {
  switch (times.kind) {
    case 'fact':
      return (facts[times.of] as Decimal).times(times.factor);
    case 'amount':
      return times.amount;
    case 'statutory-max': {
      // The exact maximum: the amount is rounded once, at the end.
      const max = statutory.exactMax;
      if (max === undefined) throw new RangeError('statutoryMax of an open statutory range, not checked at load');
      return max;
    }
  }
}
