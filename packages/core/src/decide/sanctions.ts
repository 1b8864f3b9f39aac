/**
 * The sanctions besides the fine (并处, 可以并处, and what a tier adds), and their amounts or ranges.
 */
import type { FactValues } from '../facts/types.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { Decimal } from '../money/decimal.js';
import { format, fromDecimal } from '../money/fixed.js';
import { formatMoney } from '../money/money.js';
import { MEASURE_LABELS } from '../ruleset/measures.js';
import type { PenaltyItemData, SanctionData, TierData } from '../ruleset/schema.js';
import type { OtherSanction, SanctionAlternative } from './decision.js';
import type { DecisionWarningParams, WarningList } from './warning-messages.js';
import type { CompiledCondition } from '../conditions/compile.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { SanctionUnit } from '../ruleset/sanction-kinds.js';
import type { StatutoryRange } from './amount-range.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import { sanctionRange } from './sanction-range.js';

/**
 * A `with`/`also` sanction of an item, compiled once: what a decision prints of it, in one shape
 * for every item. The rule set's sanctions come in as many shapes as they have keys, so reading
 * them on every case went through V8's megamorphic caches; this is read instead.
 */
export interface CompiledSanction {
  readonly spec: SanctionData;
  readonly kind: OtherSanction['kind'];
  readonly text: string | undefined;
  /** The fact that gives the amount (没收违法所得 of illegalIncome). */
  readonly of: string | undefined;
  readonly unit: SanctionUnit | undefined;
  /** Its own statutory range in days or months (行政拘留 N 日), read once. */
  readonly statutory: StatutoryRange | undefined;
  /** The other members of the statute's 「或者」 as a decision prints them (copied per decision). */
  readonly alternatives: readonly SanctionAlternative[] | undefined;
  readonly choiceText: string | undefined;
  readonly requires: string | undefined;
  /** Imposed only where this holds (拒不改正的，责令停产整治). */
  readonly when: CompiledCondition | undefined;
  /** v2 `amountWhen`: the amount of `of` is taken only where this holds. */
  readonly amountWhen: CompiledCondition | undefined;
}

/**
 * Compiles one sanction of an item (or one a tier adds that the statute does not list).
 *
 * @param spec - the sanction as the rule set writes it
 * @param statutory - its statutory range in days or months, read once (undefined: none)
 * @param when - its compiled condition, if any
 * @param amountWhen - its compiled `amountWhen`, if any
 * @returns the sanction, ready to resolve for any case
 * @example compileSanction({ kind: 'warning' }, undefined, undefined, undefined).kind // 'warning'
 */
export function compileSanction(
  spec: SanctionData,
  statutory: StatutoryRange | undefined,
  when: CompiledCondition | undefined,
  amountWhen: CompiledCondition | undefined,
): CompiledSanction {
  return {
    spec,
    kind: spec.kind as OtherSanction['kind'],
    text: spec.text,
    of: spec.of,
    unit: spec.unit,
    statutory,
    alternatives:
      spec.alternatives === undefined
        ? undefined
        : Object.freeze(
            spec.alternatives.map((alternative): SanctionAlternative => {
              // 责令拆除或者关闭: a measure member carries its words, so the decision prints the statute's choice.
              if (!('kind' in alternative))
                return { measure: alternative.measure, text: alternative.text ?? MEASURE_LABELS[alternative.measure] };
              const kind = alternative.kind as OtherSanction['kind'];
              return alternative.text === undefined ? { kind } : { kind, text: alternative.text };
            }),
          ),
    choiceText: spec.choiceText,
    requires: spec.requires,
    when,
    amountWhen,
  };
}

/** A sanction the tier imposes, before its amount or range is worked out. */
export interface ImposedSanction {
  readonly sanction: CompiledSanction;
  readonly optional: boolean;
}

/** What {@link imposedSanctions} reports of a tier that adds a sanction the statute does not authorise. */
export type UnauthorisedSanction = DecisionWarningParams['sanction-not-authorised'];

/**
 * The sanctions besides the fine: every `with` sanction (并处, or 可以并处 when optional), then
 * each sanction the tier `add`s — from `also` (情节严重的，吊销许可证) or making an optional
 * `with` sanction required. A sanction with its own `when` (拒不改正的，责令停产整治) is imposed
 * only where `applies` says it holds. Where no sanction of the item has a `when`, the answer is
 * the tier's alone: the compile step works it out once per tier ({@link tierSanctions}).
 *
 * @param sanctions - the item's compiled sanctions, by the rule set's
 * @param unauthorised - told of each sanction a tier adds that the statute does not authorise
 */
export function imposedSanctions(
  item: PenaltyItemData,
  tier: TierData,
  sanctions: ReadonlyMap<SanctionData, CompiledSanction>,
  unauthorised: (params: UnauthorisedSanction) => void,
  applies: (spec: SanctionData) => boolean,
): ImposedSanction[] {
  // Plain loops, no `?? []` copies or callbacks: this runs on every penalty decision.
  const imposed: { spec: SanctionData; optional: boolean }[] = [];
  const { with: withs, also } = item.statutory;
  if (withs !== undefined)
    for (const spec of withs) if (applies(spec)) imposed.push({ spec, optional: spec.optional === true });
  const added = tier.add;
  if (added !== undefined)
    for (const addition of added) {
      const existing = coveringIndex(imposed, addition.kind);
      if (existing >= 0) {
        const entry = imposed[existing] as { spec: SanctionData; optional: boolean };
        imposed[existing] = { spec: entry.spec, optional: entry.optional && addition.optional === true };
        continue;
      }
      // A `with` sanction whose own condition failed is not imposed, whatever the tier adds.
      if (withs !== undefined && coveringSpec(withs, addition.kind) !== undefined) continue;
      const authorised = also === undefined ? undefined : coveringSpec(also, addition.kind);
      if (authorised !== undefined && !applies(authorised)) continue;
      if (authorised === undefined)
        unauthorised({ tier: { level: tier.level, label: tier.label }, kind: addition.kind });
      imposed.push({ spec: authorised ?? { kind: addition.kind }, optional: addition.optional === true });
    }
  const out: ImposedSanction[] = [];
  for (const { spec, optional } of imposed)
    out.push({
      sanction: sanctions.get(spec) ?? compileSanction(spec, undefined, undefined, undefined),
      optional,
    });
  return out;
}

/** What a tier imposes beside the fine when no sanction of its item has a condition: the same for every case. */
export interface TierSanctions {
  readonly imposed: readonly ImposedSanction[];
  /** The warnings the tier always gives, in order (a sanction the statute does not authorise). */
  readonly unauthorised: readonly UnauthorisedSanction[];
}

/**
 * The sanctions a tier imposes for every case, worked out once; undefined when some sanction of
 * the item has its own condition, so that what is imposed depends on the case.
 *
 * @param item - the penalty item
 * @param tier - one of its tiers
 * @param sanctions - the item's compiled sanctions
 * @returns the tier's sanctions and warnings, or undefined
 * @example tierSanctions(item, tier, sanctions)?.imposed.map((entry) => entry.sanction.kind) // ['warning']
 */
export function tierSanctions(
  item: PenaltyItemData,
  tier: TierData,
  sanctions: ReadonlyMap<SanctionData, CompiledSanction>,
): TierSanctions | undefined {
  for (const sanction of sanctions.values()) if (sanction.when !== undefined) return undefined;
  const unauthorised: UnauthorisedSanction[] = [];
  const imposed = imposedSanctions(
    item,
    tier,
    sanctions,
    (params) => unauthorised.push(deepFreeze(params)),
    () => true,
  );
  // Plain arrays, never handed out: V8 walks a frozen array at about half the speed, every case.
  return { imposed, unauthorised };
}

/** The index of the first imposed sanction that {@link covers} the kind, or -1. */
function coveringIndex(imposed: readonly { readonly spec: SanctionData }[], kind: string): number {
  for (let index = 0; index < imposed.length; index++)
    if (covers((imposed[index] as { readonly spec: SanctionData }).spec, kind)) return index;
  return -1;
}

/** The first statutory sanction that {@link covers} the kind. */
function coveringSpec(specs: readonly SanctionData[], kind: string): SanctionData | undefined {
  for (const spec of specs) if (covers(spec, kind)) return spec;
  return undefined;
}

/** Whether a statutory sanction is of this kind, or offers it as one of its alternatives (责令停业、关闭). */
function covers(spec: SanctionData, kind: string): boolean {
  if (spec.kind === kind) return true;
  const { alternatives } = spec;
  if (alternatives === undefined) return false;
  for (const alternative of alternatives) if ('kind' in alternative && alternative.kind === kind) return true;
  return false;
}

/**
 * Works out one non-fine sanction: the amount from its fact (never rounded: a confiscated income
 * of 5000.5 stays 5000.5), or its range in days/months by the tier's band, as for fines.
 */
export function resolveSanction(
  imposed: ImposedSanction,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  compiled: CompiledPenaltyItem,
  mitigate: boolean,
  warnings: WarningList,
): OtherSanction {
  const { sanction } = imposed;
  const out: UnderConstruction<OtherSanction> = { kind: sanction.kind };
  if (sanction.text !== undefined) out.text = sanction.text;
  // Absent only where `amountWhen` made the fact optional and failed: no amount, never 0 元.
  const base = sanction.of === undefined ? undefined : facts[sanction.of];
  if (base !== undefined) out.amount = amountText(base as Decimal);
  const { statutory } = sanction;
  if (statutory !== undefined) {
    // Worked out once per tier where the case cannot change it (sanction-range.ts).
    const texts = sanctionRange(sanction, statutory, selected, facts, compiled, mitigate, warnings);
    out.range = texts.range;
    if (sanction.unit !== undefined) out.unit = sanction.unit;
    out.statutory = texts.statutory;
  }
  if (imposed.optional) out.optional = true;
  // The decision's own copies: a caller changing one decision's alternatives cannot change the next.
  if (sanction.alternatives !== undefined)
    out.alternatives = sanction.alternatives.map((alternative): SanctionAlternative => ({ ...alternative }));
  if (sanction.choiceText !== undefined) out.choiceText = sanction.choiceText;
  if (sanction.requires !== undefined) out.requires = sanction.requires;
  return out;
}

/**
 * A fact's amount (没收违法所得 of illegalIncome) as formatMoney prints it: from scaled integers
 * where it fits, by decimal.js otherwise (a negative amount, −0, one past 2^53 − 1).
 *
 * @param value - the fact's Decimal
 * @returns formatMoney's text
 * @example amountText(new Decimal('5000.50')) // '5000.5'
 */
export function amountText(value: Decimal): string {
  const fixed = fromDecimal(value);
  return fixed === undefined ? formatMoney(value) : format(fixed);
}
