/**
 * The guiding amount of a published table (指导基准, format v2 `tiers[].fine.guide` and the rule
 * set's `guidance`): the amount the table recommends in the tier, and how far the departures whose
 * condition holds let the officer move from it (适用规则: 「违法行为引发交通事故的，可以按上限处罚」).
 * Without a departure that holds, the permitted range is the guiding amount alone — 同类、同车型
 * 违法行为处罚应当基本一致. The decided ranges (the statute, the tier, 从轻) always bound it.
 */
import type { CompiledCondition } from '../conditions/compile.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { FactValues } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { fromDecimal } from '../money/fixed.js';
import type { Fixed } from '../money/fixed.js';
import { formatMoney } from '../money/money.js';
import { roundAmount } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { RuleSet } from '../ruleset/load.js';
import type { TierData } from '../ruleset/schema.js';
import type { SanctionKind, SanctionUnit } from '../ruleset/sanction-kinds.js';
import type { AmountRange, Sanction, TraceEntry } from './decision.js';
import type { WarningList } from './warning-messages.js';
import { holds } from './select.js';
import { fixedPermitted } from './guide-fixed.js';

/** The rule set's guidance as a loaded rule set holds it. */
export type GuidanceData = NonNullable<RuleSet['guidance']>;
/** One departure of it. */
export type DepartureData = GuidanceData['departures'][number];

/** A departure, its condition compiled and its article resolved. */
export interface CompiledDeparture {
  readonly data: DepartureData;
  readonly when: CompiledCondition;
  readonly citations: readonly ResolvedCitation[];
}

/** A tier's guiding amount for one sanction kind: as written, and read into a Decimal and scaled integers once. */
export interface GuideValue {
  readonly text: string;
  readonly value: Decimal;
  /** `undefined`: beyond the fast range, the guide is worked out in decimal.js. */
  readonly fixed: Fixed | undefined;
}

/** The rule set's `guidance`, compiled once per item. */
export interface CompiledGuidance {
  readonly data: GuidanceData;
  readonly citations: readonly ResolvedCitation[];
  readonly departures: readonly CompiledDeparture[];
  /** The item's guiding amounts, by tier and sanction kind; a tier that guides nothing is absent. */
  readonly guides: ReadonlyMap<TierData, ReadonlyMap<SanctionKind, GuideValue>>;
}

/**
 * The guiding amounts of an item's tiers (`fine.guide`, `sanctions.<kind>.guide`), read once when
 * the item is compiled rather than looked up in the tier and parsed on every case.
 *
 * @param tiers - the item's tiers
 * @returns by tier, the guiding amount of each kind it guides; tiers without one left out
 * @example tierGuides([{ level: 1, label: '一般', fine: { range, guide: '200' } }]).get(tier)?.get('fine')?.text // '200'
 */
export function tierGuides(tiers: readonly TierData[]): ReadonlyMap<TierData, ReadonlyMap<SanctionKind, GuideValue>> {
  const guides = new Map<TierData, Map<SanctionKind, GuideValue>>();
  for (const tier of tiers) {
    const kinds = new Map<SanctionKind, GuideValue>();
    const fine = tier.fine?.guide;
    if (fine !== undefined) kinds.set('fine', guideValue(fine));
    for (const [kind, amount] of Object.entries(tier.sanctions ?? {}) as [SanctionKind, { guide?: string }][])
      if (kind !== 'fine' && amount?.guide !== undefined) kinds.set(kind, guideValue(amount.guide));
    if (kinds.size > 0) guides.set(tier, kinds);
  }
  return guides;
}

function guideValue(text: string): GuideValue {
  const value = new Decimal(text);
  return { text, value, fixed: fromDecimal(value) };
}

/** One guided amount of the decision: the fine in yuan, or a sanction in its unit (拘留 N 日). */
export interface GuideAmount {
  readonly kind: SanctionKind;
  readonly unit?: SanctionUnit;
  /** The table's 指导基准 for the tier, as written. */
  readonly recommended: string;
  /** Where the amount imposed may lie: the guiding amount, widened by the departures that hold. */
  readonly permitted: AmountRange;
}

/** A departure whose condition held: why the permitted range leaves the guiding amount. */
export interface GuideGround {
  readonly id: string;
  readonly label: string;
  readonly direction: DepartureData['direction'];
  readonly citations: readonly ResolvedCitation[];
}

/**
 * v2 `guidance`: what the table recommends for the case (指导基准), the range the departures that
 * hold permit, and those departures.
 */
export interface Guide {
  /** What the table calls its guiding amount (默认值（指导基准）). */
  readonly label: string;
  /** One per guided sanction of the tier, the fine first. */
  readonly amounts: readonly GuideAmount[];
  /** The departures that held, in listed order; empty: the guiding amount applies as it stands. */
  readonly grounds: readonly GuideGround[];
  /** The table's article that makes the amount a guide, then each ground's. */
  readonly citations: readonly ResolvedCitation[];
}

/**
 * The guide of a penalty decision: for each sanction imposed whose tier gives a guiding amount,
 * the permitted range. Departures are evaluated (and traced, step `departure`) only when the tier
 * guides some amount.
 *
 * @param guidance - the rule set's compiled guidance (undefined: the table has none)
 * @param tier - the tier decided
 * @param sanctions - the sanctions decided, whose ranges bound every permitted range
 * @param warnings - receives `guide-outside-decided-range` when 从轻 or the statute moved the
 *   decided range away from the guiding amount (the decided range then applies whole)
 * @returns the guide, or undefined when the tier guides nothing the case imposes
 * @example decideGuide(guidance, tier, sanctions, { causedAccident: true }, trace, warnings, rounding)
 *   // { label: '默认值（指导基准）', amounts: [{ kind: 'fine', recommended: '200', permitted: { min: '200', max: '2000' } }], … }
 */
export function decideGuide(
  guidance: CompiledGuidance | undefined,
  tier: TierData,
  sanctions: readonly Sanction[],
  facts: FactValues,
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
  rounding: RoundingPolicy,
): Guide | undefined {
  if (guidance === undefined) return undefined;
  // The tier's guiding amounts were read when the item was compiled: a tier without any guides
  // nothing, and no list is made for it.
  const guides = guidance.guides.get(tier);
  if (guides === undefined) return undefined;
  const guided: { sanction: Sanction; recommended: GuideValue; range: AmountRange }[] = [];
  for (const sanction of sanctions) {
    const recommended = guides.get(sanction.kind);
    if (recommended === undefined) continue;
    const range = decidedRange(sanction);
    if (range !== undefined) guided.push({ sanction, recommended, range });
  }
  if (guided.length === 0) return undefined;
  const holding: CompiledDeparture[] = [];
  for (const departure of guidance.departures) {
    const held =
      trace === undefined
        ? departure.when.test(facts)
        : holds(departure.when, facts, trace, (condition, result) => ({
            step: 'departure',
            id: departure.data.id,
            direction: departure.data.direction,
            condition,
            result,
          }));
    if (held) holding.push(departure);
  }
  const amounts: GuideAmount[] = [];
  for (const { sanction, recommended, range } of guided) {
    // In scaled integers where the amounts fit (guide-fixed.ts), else in decimal.js: the same texts.
    const fast =
      recommended.fixed === undefined
        ? undefined
        : fixedPermitted(recommended.fixed, range, sanction.kind, holding, rounding);
    let printed: AmountRange;
    if (fast !== undefined) {
      if (fast.outside) outsideWarning(sanction, recommended.text, fast, warnings);
      printed = { min: fast.min, max: fast.max };
    } else printed = decimalPermitted(recommended, sanction, range, holding, rounding, warnings);
    const unit = sanction.kind === 'fine' ? undefined : sanction.unit;
    // Keys in the order decisions print them, `unit` only for a sanction counted in units.
    amounts.push(
      unit === undefined
        ? { kind: sanction.kind, recommended: recommended.text, permitted: printed }
        : { kind: sanction.kind, unit, recommended: recommended.text, permitted: printed },
    );
  }
  const grounds: GuideGround[] = [];
  const citations = [...guidance.citations];
  for (const departure of holding) {
    grounds.push({
      id: departure.data.id,
      label: departure.data.label,
      direction: departure.data.direction,
      citations: departure.citations,
    });
    for (const citation of departure.citations) citations.push(citation);
  }
  return { label: guidance.data.label, amounts, grounds, citations };
}

interface DecimalRange {
  readonly min: Decimal;
  readonly max: Decimal;
}

/** The range the case decided for a sanction, as printed; undefined for one without a range (吊销…). */
function decidedRange(sanction: Sanction): AmountRange | undefined {
  if (sanction.kind === 'fine') return { min: sanction.min, max: sanction.max };
  return sanction.range;
}

/**
 * The permitted range in decimal.js: the reference of guide-fixed.ts, and its fallback beyond the
 * fast range.
 *
 * @param recommended - the tier's guiding amount
 * @param sanction - the sanction decided
 * @param decided - its decided range, printed
 * @param holding - the departures whose condition held
 * @param rounding - the rule set's rounding policy
 * @param warnings - receives `guide-outside-decided-range` when the guide lies outside `decided`
 * @returns the permitted range, printed
 * @example decimalPermitted(guide, fine, { min: '200', max: '2000' }, [], rounding, warnings) // { min: '1500', max: '1500' }
 */
export function decimalPermitted(
  recommended: GuideValue,
  sanction: Sanction,
  decided: AmountRange,
  holding: readonly CompiledDeparture[],
  rounding: RoundingPolicy,
  warnings: WarningList,
): AmountRange {
  const guide = recommended.value;
  const range: DecimalRange = { min: new Decimal(decided.min), max: new Decimal(decided.max) };
  const permitted =
    guide.lessThan(range.min) || guide.greaterThan(range.max)
      ? outsideDecided(sanction, recommended.text, range, warnings)
      : widened(guide, range, sanction.kind, holding, rounding);
  return { min: formatMoney(permitted.min), max: formatMoney(permitted.max) };
}

/**
 * The guiding amount lies outside the decided range (应当从轻 narrowed it, or the statute's range
 * for these facts excludes it): the statute prevails, so the decided range applies whole.
 */
function outsideDecided(sanction: Sanction, recommended: string, range: DecimalRange, warnings: WarningList) {
  outsideWarning(sanction, recommended, { min: formatMoney(range.min), max: formatMoney(range.max) }, warnings);
  return range;
}

/** `guide-outside-decided-range`, with the decided range printed. */
function outsideWarning(sanction: Sanction, recommended: string, range: AmountRange, warnings: WarningList): void {
  warnings.add('guide-outside-decided-range', { kind: sanction.kind, recommended, min: range.min, max: range.max });
}

/** The guiding amount, widened by each departure that holds for this kind, within the decided range. */
function widened(
  guide: Decimal,
  range: DecimalRange,
  kind: SanctionKind,
  holding: readonly CompiledDeparture[],
  rounding: RoundingPolicy,
): DecimalRange {
  let min = guide;
  let max = guide;
  for (const departure of holding) {
    const { data } = departure;
    if (data.kinds !== undefined && !data.kinds.includes(kind)) continue;
    const up = data.direction === 'up';
    const reach = reachOf(data.by, guide, up, up ? range.max : range.min, kind, rounding);
    if (up) max = Decimal.max(max, Decimal.min(reach, range.max));
    else min = Decimal.min(min, Decimal.max(reach, range.min));
  }
  return { min, max };
}

/** Where a departure reaches: the tier's bound, the guide ± a share of it, or the guide ± an amount. */
function reachOf(
  by: DepartureData['by'],
  guide: Decimal,
  up: boolean,
  bound: Decimal,
  kind: SanctionKind,
  rounding: RoundingPolicy,
): Decimal {
  if (by.to !== undefined) return bound;
  const sign = up ? 1 : -1;
  const step = by.share !== undefined ? guide.times(by.share) : new Decimal(by.amount as string);
  const reach = guide.plus(step.times(sign));
  // Days and months are whole; a fine is rounded as the policy rounds.
  return kind === 'fine' ? roundAmount(reach, rounding) : reach.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}
