/**
 * The guide's permitted range (guide.ts) in scaled integers: the decided range read back from the
 * texts the decision prints, the guiding amount compared with it, each departure that holds
 * reaching from it, and the range printed — with no Decimal made. Anything out of the fast range
 * (a text with a sign or an exponent, a product past 2^53 − 1) answers `undefined` and guide.ts
 * does the same work in decimal.js, its reference (test/decide/guide-fixed.test.ts compares them).
 */
import { compare, format, fromText, lower, minus, plus, round, times } from '../money/fixed.js';
import type { Fixed } from '../money/fixed.js';
import { fixedOfPrinted } from '../money/fixed-text.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import type { AmountRange } from './decision.js';
import type { CompiledDeparture, DepartureData } from './guide.js';

/** The permitted range, printed; `outside`: the guide lay outside the decided range, which then applies whole. */
export interface PermittedTexts {
  readonly min: string;
  readonly max: string;
  readonly outside: boolean;
}

/**
 * Where the amount imposed may lie (guide.ts `widened` and `outsideDecided`, in decimal.js).
 *
 * @param guide - the tier's guiding amount, read when the item was compiled
 * @param decided - the sanction's decided range as the decision prints it
 * @param kind - the sanction's kind: a fine rounds by the policy, days and months to whole units
 * @param holding - the departures whose condition held, in listed order
 * @param rounding - the rule set's rounding policy
 * @returns the permitted range printed as formatMoney prints it, or `undefined` where an amount
 *   leaves the fast range (the caller falls back to decimal.js)
 * @example fixedPermitted(new Fixed(1500, 0), { min: '200', max: '2000' }, 'fine', [accident], rounding)
 *   // { min: '1500', max: '2000', outside: false }
 */
export function fixedPermitted(
  guide: Fixed,
  decided: AmountRange,
  kind: SanctionKind,
  holding: readonly CompiledDeparture[],
  rounding: RoundingPolicy,
): PermittedTexts | undefined {
  const low = fixedOfPrinted(decided.min);
  const high = fixedOfPrinted(decided.max);
  if (low === undefined || high === undefined) return undefined;
  const toLow = compare(guide, low);
  const toHigh = compare(guide, high);
  if (toLow === undefined || toHigh === undefined) return undefined;
  // 应当从轻 or the statute's range for these facts excludes the guide: the decided range applies whole.
  if (toLow < 0 || toHigh > 0) return { min: format(low), max: format(high), outside: true };
  let min = guide;
  let max = guide;
  for (const departure of holding) {
    const { data } = departure;
    if (data.kinds !== undefined && !data.kinds.includes(kind)) continue;
    const up = data.direction === 'up';
    const reach = reachOf(data.by, guide, up, up ? high : low, kind, rounding);
    if (reach === undefined) return undefined;
    // Up: never past the decided maximum; down: never below the decided minimum.
    const held = up ? lower(reach, high) : higher(reach, low);
    const moved = held === undefined ? undefined : up ? higher(max, held) : lower(min, held);
    if (moved === undefined) return undefined;
    if (up) max = moved;
    else min = moved;
  }
  return { min: format(min), max: format(max), outside: false };
}

/** The larger of two amounts (either when equal: they print alike), or `undefined` out of range. */
function higher(a: Fixed, b: Fixed): Fixed | undefined {
  const order = compare(a, b);
  return order === undefined ? undefined : order >= 0 ? a : b;
}

/** Where a departure reaches (guide.ts `reachOf`): the bound, or the guide ± a share of it or an amount, rounded. */
function reachOf(
  by: DepartureData['by'],
  guide: Fixed,
  up: boolean,
  bound: Fixed,
  kind: SanctionKind,
  rounding: RoundingPolicy,
): Fixed | undefined {
  if (by.to !== undefined) return bound;
  const written = stepOf(by);
  if (written === undefined) return undefined;
  const step = by.share !== undefined ? times(guide, written) : written;
  if (step === undefined) return undefined;
  const reach = up ? plus(guide, step) : minus(guide, step);
  if (reach === undefined) return undefined;
  // Days and months are whole; a fine is rounded as the policy rounds.
  return kind === 'fine' ? round(reach, rounding.scale, rounding.mode) : round(reach, 0, 'half-up');
}

/** A departure's share or amount as written, read once per departure (they live as long as the rule set). */
const steps = new WeakMap<DepartureData['by'], Fixed | null>();

function stepOf(by: DepartureData['by']): Fixed | undefined {
  let step = steps.get(by);
  if (step === undefined) {
    const text = by.share ?? by.amount;
    step = (text === undefined ? undefined : fromText(text)) ?? null;
    steps.set(by, step);
  }
  return step ?? undefined;
}
