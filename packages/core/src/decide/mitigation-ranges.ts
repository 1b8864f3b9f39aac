/**
 * The 从轻 band and the 减轻 range of a statutory range: what the fine narrows to when a ground
 * requires 从轻或者减轻, and what every mitigation ground shows beside it.
 */
import type { Decimal } from '../money/decimal.js';
import { ZERO } from '../money/decimal.js';
import { roundAmount } from '../money/rounding.js';
import { bandRange } from './amount-range.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { ResolvedPolicy } from './policy.js';

/**
 * A range as a decision prints it (formatMoney's texts): what the fine's fast path hands the
 * mitigation grounds, so that a case whose ranges it worked out in scaled integers makes no Decimal
 * only to print it.
 */
export interface PrintedRange {
  readonly min: string;
  readonly max: string;
}

/**
 * The 从轻 band and the 减轻 range of a statutory range: what the fine and every ground show —
 * as Decimals (the decimal.js path, which narrows the fine with the band) or already printed (the
 * fast path).
 */
export interface MitigationRanges<R extends Range | PrintedRange = Range | PrintedRange> {
  /** The policy's mitigation band (absent without a policy band or for 「…以上」 ranges). */
  readonly band: R | undefined;
  /** Down to `reducedFloor ×` the minimum (absent for ranges starting at 0). */
  readonly reduced: R | undefined;
}

/**
 * The mitigation ranges of a statutory range under a rule set's policy.
 *
 * @param statutory - the statutory range for the case's facts
 * @param policy - the rule set's policy (its mitigation band, reduced floor and rounding)
 * @returns the 从轻 band and the 减轻 range, each absent where the range or the policy has none
 * @example mitigationRanges(rangeOf({ min: '50000', max: '100000' }), policy) // band 50000–65000, reduced 25000–50000
 */
export function mitigationRanges(statutory: StatutoryRange, policy: ResolvedPolicy): MitigationRanges<Range> {
  const mitigation = policy.mitigation;
  return {
    band:
      mitigation !== undefined && statutory.max !== undefined
        ? bandRange(statutory, mitigation.band, policy.rounding)
        : undefined,
    reduced: reducedRange(statutory, mitigation?.reducedFloor ?? ZERO, policy),
  };
}

/**
 * The 减轻 option: below the statutory minimum, down to `reducedFloor × minimum` (rounded).
 * Undefined when the statute has no minimum to go below (「…以下」 ranges start at 0).
 */
export function reducedRange(
  statutory: StatutoryRange,
  reducedFloor: Decimal,
  policy: ResolvedPolicy,
): Range | undefined {
  if (statutory.min.isZero()) return undefined;
  return { min: roundAmount(statutory.exactMin.times(reducedFloor), policy.rounding), max: statutory.min };
}
