import type { Range, StatutoryRange } from '../../decide/amount-range.js';
import { statutoryFineRange, tierOwnRange } from '../../decide/fine.js';
import type { ResolvedPolicy } from '../../decide/policy.js';
import type { FactValues } from '../../facts/types.js';
import { Decimal } from '../../money/decimal.js';
import type { StatutoryFineData, TierAmountData } from '../../ruleset/schema.js';
import type { AmountParam, RangeParam } from '../message-parts.js';
import type { ItemModel } from './model.js';

/**
 * The statutory range of an alternative for these facts, as decide computes it
 * ({@link statutoryFineRange}): a literal range, or the multiple of the base fact, rounded by
 * the policy. Decide is only asked when the base fact has an amount; a witness may lack one.
 *
 * @returns the range, or undefined when the base fact has no amount in these facts
 * @example statutoryAt({ multiple: { of: 'goodsValue', min: '10', max: '20' } }, { goodsValue: new Decimal(10000) }, policy) // 100000–200000
 */
export function statutoryAt(
  alternative: StatutoryFineData,
  facts: FactValues,
  policy: ResolvedPolicy,
): StatutoryRange | undefined {
  if (alternative.multiple !== undefined && !Decimal.isDecimal(facts[alternative.multiple.of])) return undefined;
  return statutoryFineRange(alternative, facts, policy);
}

/**
 * The range a tier's own terms set, before decide cuts it back to the statute — lint must see
 * what the benchmark itself says: decide's {@link tierOwnRange}, where it can be computed.
 *
 * @param amount - the tier's `fine`
 * @param statutory - the statutory range for the same facts (needed for a band)
 * @param alternative - the statutory alternative (a multiple tier without `of` multiplies its fact)
 * @returns the range, or undefined when it cannot be computed for these facts
 * @example tierAt({ range: { min: '50000', max: '65000' } }, undefined, undefined, {}, policy) // 50000–65000
 */
export function tierAt(
  amount: TierAmountData,
  statutory: StatutoryRange | undefined,
  alternative: StatutoryFineData | undefined,
  facts: FactValues,
  policy: ResolvedPolicy,
): Range | undefined {
  // Where decide would throw (a band the policy does not name, of an open or unknown statutory
  // range) or needs a base amount the witness lacks, lint has no range.
  if (amount.band !== undefined && (!policy.bands.has(amount.band) || statutory?.exactMax === undefined))
    return undefined;
  // A computed amount reads facts no condition names (the weights' degrees): the witness has no
  // value for them. Its extremes are checked by computed-exceeds-statutory instead.
  if (amount.computed !== undefined) return undefined;
  if (amount.multiple !== undefined) {
    const of = amount.multiple.of ?? alternative?.multiple?.of;
    if (of === undefined || !Decimal.isDecimal(facts[of])) return undefined;
  }
  return tierOwnRange(amount, statutory, alternative, facts, policy).range;
}

/**
 * The facts a tier's amount depends on under an alternative: the base facts of multiples.
 * Two combinations that agree on these give the same ranges, so results can be cached by them.
 *
 * @example amountFacts({ multiple: { min: '10', max: '13' } }, { multiple: { of: 'goodsValue', min: '10', max: '20' } }) // ['goodsValue']
 */
export function amountFacts(amount: TierAmountData, alternative: StatutoryFineData | undefined): string[] {
  const names = new Set<string>();
  if (alternative?.multiple !== undefined) names.add(alternative.multiple.of);
  const of = amount.multiple === undefined ? undefined : (amount.multiple.of ?? alternative?.multiple?.of);
  if (of !== undefined) names.add(of);
  return [...names];
}

/**
 * A range as a message parameter: decimal strings, `max` undefined when open.
 *
 * @example rangeParam({ min: new Decimal(50000), max: new Decimal(65000) }) // { min: '50000', max: '65000' }
 */
export function rangeParam(range: { readonly min: Decimal; readonly max: Decimal | undefined }): RangeParam {
  return { min: range.min.toFixed(), max: range.max?.toFixed() };
}

/**
 * How a tier states its amount, as a message parameter.
 *
 * @param amount - the tier's `fine`, or undefined for a tier without one
 * @param model - the item (the policy, for the band's fractions; the facts, for a multiple's label)
 * @param alternative - the statutory alternative, for a multiple tier that names no fact
 * @returns a band with its fractions, an absolute range, or a multiple of a fact
 * @example amountParam({ multiple: { of: 'goodsValue', min: '13', max: '17' } }, model) // { kind: 'multiple', min: '13', max: '17', of: { name: 'goodsValue', label: '货值金额' } }
 */
export function amountParam(
  amount: TierAmountData | undefined,
  model: ItemModel,
  alternative?: StatutoryFineData,
): AmountParam {
  if (amount === undefined) return { kind: 'none' };
  if (amount.band !== undefined) {
    const band = model.policy.bands.get(amount.band);
    return band === undefined
      ? { kind: 'band', band: amount.band }
      : { kind: 'band', band: amount.band, from: band.from.toFixed(), to: band.to.toFixed() };
  }
  if (amount.range !== undefined) return { kind: 'range', min: amount.range.min, max: amount.range.max };
  if (amount.computed !== undefined) return { kind: 'computed', text: amount.computed.text };
  const spec = amount.multiple as NonNullable<TierAmountData['multiple']>;
  const of = spec.of ?? alternative?.multiple?.of;
  return {
    kind: 'multiple',
    min: spec.min,
    max: spec.max,
    of: of === undefined ? undefined : { name: of, label: model.ruleSet.facts[of]?.label },
  };
}

/**
 * Whether any base fact is 0 in these facts: every multiple of it is then 0, a true but
 * unhelpful witness, so the checks keep looking for one with amounts.
 *
 * @example zeroBase({ goodsValue: new Decimal(0) }, ['goodsValue']) // true
 */
export function zeroBase(facts: FactValues, bases: readonly string[]): boolean {
  return bases.some((name) => {
    const value = facts[name];
    return Decimal.isDecimal(value) && (value as Decimal).isZero();
  });
}
