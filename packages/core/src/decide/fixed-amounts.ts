/**
 * The amounts a rule set fixes, read once when an item is compiled into the forms the fine's
 * fast path needs (fine-fixed.ts): the exact scaled integer it computes with, the text a decision
 * prints, and the Decimal the rest of the engine takes. An amount that does not fit the scaled
 * integers (money/fixed.ts) has no twin, and every case of its item is decided in decimal.js.
 */
import type { Decimal } from '../money/decimal.js';
import { fromDecimal } from '../money/fixed.js';
import type { Fixed } from '../money/fixed.js';
import { formatMoney } from '../money/money.js';
import type { Range, StatutoryRange } from './amount-range.js';
import { statutoryTexts } from './fine-sanction.js';
import type { StatutoryTexts } from './fine-sanction.js';
import { mitigationRanges } from './mitigation-ranges.js';
import type { MitigationRanges, PrintedRange } from './mitigation-ranges.js';
import type { Band, ResolvedPolicy } from './policy.js';

/** An amount the rule set fixes, in the three forms a decision takes it in. */
export interface FixedAmount {
  readonly fixed: Fixed;
  readonly text: string;
  readonly decimal: Decimal;
}

/** A closed range of {@link FixedAmount}s: a tier's range, a band of a range, multiples. */
export interface FixedPair {
  readonly min: FixedAmount;
  readonly max: FixedAmount;
}

/** A statutory range for one case in scaled integers: rounded bounds, exact ones, and the fact multiplied. */
export interface FixedStatutory {
  readonly min: Fixed | FixedAmount;
  /** Absent: 「…以上」. */
  readonly max: Fixed | FixedAmount | undefined;
  readonly exactMin: Fixed;
  readonly exactMax: Fixed | undefined;
  /** The base of a multiple (货值金额), read from the facts; absent for a literal range. */
  readonly base: Fixed | undefined;
  /** The range as the sanction prints it. */
  readonly texts: StatutoryTexts;
}

/**
 * A statutory range the rule set writes (法定幅度 in yuan), with everything a case can ask of it
 * worked out now: the bands the item uses, and the 从轻 band and 减轻 range every mitigation
 * ground shows — none of them depends on the case.
 */
export interface FixedLiteralRange {
  readonly min: FixedAmount;
  /** Absent: 「…以上」. */
  readonly max: FixedAmount | undefined;
  /** The same for every case: one object, its texts shared (frozen) by every decision. */
  readonly statutory: FixedStatutory;
  readonly bands: ReadonlyMap<Band, FixedPair>;
  /** The policy the bands and the mitigation ranges were worked out under. */
  readonly policy: ResolvedPolicy;
  /** The 从轻 band (policy.mitigation.band) and the 减轻 range, as `caseFine` shows them. */
  readonly mitigation: MitigationRanges<Range>;
  /** The same printed, as every mitigation ground shows them (mitigation.ts): no lookup per case. */
  readonly mitigationTexts: MitigationRanges<PrintedRange>;
}

/**
 * The twin of an amount, or `undefined` when it does not fit the scaled integers.
 *
 * @example fixedAmountOf(new Decimal('65000')) // { fixed: 65000 at scale 0, text: '65000', decimal }
 */
export function fixedAmountOf(decimal: Decimal): FixedAmount | undefined {
  const fixed = fromDecimal(decimal);
  return fixed === undefined ? undefined : { fixed, text: formatMoney(decimal), decimal };
}

/** The twins of a closed range, or `undefined` when either bound does not fit. */
export function fixedPairOf(range: Range): FixedPair | undefined {
  const min = fixedAmountOf(range.min);
  const max = fixedAmountOf(range.max);
  return min === undefined || max === undefined ? undefined : { min, max };
}

/** The twins of a map of ranges by band, or `undefined` when one of them does not fit. */
export function fixedBandsOf(ranges: ReadonlyMap<Band, Range>): ReadonlyMap<Band, FixedPair> | undefined {
  const out = new Map<Band, FixedPair>();
  for (const [band, range] of ranges) {
    const pair = fixedPairOf(range);
    if (pair === undefined) return undefined;
    out.set(band, pair);
  }
  return out;
}

/**
 * A literal statutory range made ready for the fast path.
 *
 * @param range - the range with its bands ({@link withBands}), as the item keeps it
 * @param mitigation - its 从轻 band and 减轻 range, worked out by the decimal path's own functions
 * @returns the twins, or `undefined` when an amount does not fit
 */
export function fixedLiteralRange(range: StatutoryRange, policy: ResolvedPolicy): FixedLiteralRange | undefined {
  const min = fixedAmountOf(range.min);
  const max = range.max === undefined ? undefined : fixedAmountOf(range.max);
  const bands = range.bands === undefined ? new Map<Band, FixedPair>() : fixedBandsOf(range.bands.byBand);
  if (min === undefined || (range.max !== undefined && max === undefined) || bands === undefined) return undefined;
  const mitigation = mitigationRanges(range, policy);
  const texts = Object.freeze(statutoryTexts(min.text, max?.text));
  const statutory = { min, max, exactMin: min.fixed, exactMax: max?.fixed, base: undefined, texts };
  return { min, max, statutory, bands, policy, mitigation, mitigationTexts: printedRanges(mitigation) };
}

/** Mitigation ranges as decisions print them. */
function printedRanges(ranges: MitigationRanges<Range>): MitigationRanges<PrintedRange> {
  const printed = (range: Range | undefined): PrintedRange | undefined =>
    range === undefined ? undefined : { min: formatMoney(range.min), max: formatMoney(range.max) };
  return { band: printed(ranges.band), reduced: printed(ranges.reduced) };
}

/** A band's fractions as scaled integers, read once per band (bands live as long as their policy). */
const bandFractions = new WeakMap<Band, { readonly from: Fixed; readonly to: Fixed } | null>();

/**
 * The fractions of a band (从重 [0.7, 1]) as scaled integers, or `undefined` when they do not fit.
 *
 * @example fixedBand(general) // { from: 0.3, to: 0.7 }
 */
export function fixedBand(band: Band): { readonly from: Fixed; readonly to: Fixed } | undefined {
  let known = bandFractions.get(band);
  if (known === undefined) {
    const from = fromDecimal(band.from);
    const to = fromDecimal(band.to);
    known = from === undefined || to === undefined ? null : { from, to };
    bandFractions.set(band, known);
  }
  return known ?? undefined;
}
