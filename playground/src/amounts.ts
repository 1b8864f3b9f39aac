import { Decimal, DEFAULT_ROUNDING, roundAmount } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';

/** An exact range of yuan (before rounding); `max` undefined for 「…以上」. */
export interface ExactRange {
  readonly min: Decimal;
  readonly max: Decimal | undefined;
}

/** A range as decimal strings, rounded by the rule set's policy. */
export interface Amounts {
  readonly min: string;
  readonly max: string;
}

/** The rule set's named bands as fractions: `general: [0.3, 0.7]`. */
export function bands(ruleSet: RuleSet): ReadonlyMap<string, readonly [Decimal, Decimal]> {
  const out = new Map<string, readonly [Decimal, Decimal]>();
  for (const [name, [from, to]] of Object.entries(ruleSet.policy?.fineBands ?? {}))
    out.set(name, [new Decimal(from), new Decimal(to)]);
  return out;
}

/**
 * A band of a range, as the engine computes it: taken of the exact range, rounded once by the
 * rule set's rounding policy (5万–10万 with [0.3, 0.7] → 65000–85000).
 */
export function bandOf(ruleSet: RuleSet, range: ExactRange, band: readonly [Decimal, Decimal]): Amounts | undefined {
  if (range.max === undefined) return undefined;
  const width = range.max.minus(range.min);
  const rounding = ruleSet.policy?.rounding ?? DEFAULT_ROUNDING;
  return {
    min: roundAmount(range.min.plus(width.times(band[0])), rounding).toFixed(),
    max: roundAmount(range.min.plus(width.times(band[1])), rounding).toFixed(),
  };
}

/** Rounds a computed amount by the rule set's policy. */
export function rounded(ruleSet: RuleSet, amount: Decimal): string {
  return roundAmount(amount, ruleSet.policy?.rounding ?? DEFAULT_ROUNDING).toFixed();
}
