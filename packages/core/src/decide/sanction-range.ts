/**
 * The range in days or months of a sanction with its own statutory range (行政拘留 N 日, 暂扣 N 个月),
 * printed as the decision prints it. What a tier sets for it is a band of the statutory range or a
 * literal range, and the 从轻 band is a share of the same statutory range: none of it reads the
 * case's facts, so each tier works it out once per sanction (with 从轻 and without) and every later
 * case copies the texts — no Decimal, no rounding, no printing per case. A range that warns (a tier
 * cut back to the statute) or refuses the case is worked out afresh every time, so that every
 * decision carries its warning or error; so is one a tier computes from facts.
 */
import type { FactValues } from '../facts/types.js';
import { formatMoney } from '../money/money.js';
import { bandRange, lighterOf } from './amount-range.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import type { AmountRange } from './decision.js';
import { heldTierRange } from './fine.js';
import type { CompiledSanction } from './sanctions.js';
import type { WarningList } from './warning-messages.js';

/** A sanction's decided range and its statutory range, as a decision prints them. */
export interface SanctionRangeTexts {
  readonly range: AmountRange;
  readonly statutory: { readonly min: string; readonly max?: string };
}

/** By tier, by sanction: the texts without 从轻 [0] and with it [1], once worked out. */
const known = new WeakMap<ConditionalTier | FallbackTier, Map<CompiledSanction, (SanctionRangeTexts | undefined)[]>>();

/**
 * The decided range of a sanction in days or months, and its statutory range, printed.
 *
 * @param sanction - the imposed sanction, from the item's compiled sanctions
 * @param statutory - its own statutory range (`sanction.statutory`)
 * @param selected - the tier decided
 * @param facts - the case's facts (read only by a tier amount that multiplies or computes)
 * @param compiled - the item (its policy: whole units, the mitigation band)
 * @param mitigate - whether a ground requires 从轻或者减轻: the range is held to the mitigation band
 * @param warnings - receives `tier-range-clamped` when the tier's range leaves the statute
 * @returns fresh objects for this decision (a caller changing one decision cannot change the next)
 * @throws CailiangError RANGE_UNDETERMINED when the tier's range lies wholly outside the statute
 * @example sanctionRange(detention, detention.statutory, tier, facts, compiled, false, warnings)
 *   // { range: { min: '5', max: '10' }, statutory: { min: '0', max: '15' } }
 */
export function sanctionRange(
  sanction: CompiledSanction,
  statutory: StatutoryRange,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  compiled: CompiledPenaltyItem,
  mitigate: boolean,
  warnings: WarningList,
): SanctionRangeTexts {
  const amount =
    selected.sanctionAmounts.get(sanction.kind) ?? (selected.amount?.kind === 'band' ? selected.amount : undefined);
  const settled = amount === undefined || amount.kind === 'band' || amount.kind === 'range';
  let bySanction = settled ? known.get(selected) : undefined;
  const slot = mitigate ? 1 : 0;
  let texts = bySanction?.get(sanction)?.[slot];
  if (texts === undefined) {
    const before = warnings.items.length;
    texts = decimalSanctionRange(sanction, statutory, selected, facts, compiled, mitigate, warnings);
    // Kept only where the case cannot change it and it gave no warning to repeat.
    if (settled && warnings.items.length === before) {
      if (bySanction === undefined) {
        bySanction = new Map();
        known.set(selected, bySanction);
      }
      let slots = bySanction.get(sanction);
      if (slots === undefined) {
        slots = [undefined, undefined];
        bySanction.set(sanction, slots);
      }
      slots[slot] = texts;
    }
  }
  const { range, statutory: bounds } = texts;
  return {
    range: { min: range.min, max: range.max },
    statutory: bounds.max === undefined ? { min: bounds.min } : { min: bounds.min, max: bounds.max },
  };
}

/**
 * The same in decimal.js, for every case: the reference of {@link sanctionRange} and what it
 * keeps. Days and months are whole: the policy's rounding mode, at scale 0.
 *
 * @returns the texts (shared: copy them before handing them out)
 * @throws CailiangError RANGE_UNDETERMINED when the tier's range lies wholly outside the statute
 * @example decimalSanctionRange(detention, detention.statutory, tier, facts, compiled, true, warnings).range // { min: '0', max: '4' }
 */
export function decimalSanctionRange(
  sanction: CompiledSanction,
  statutory: StatutoryRange,
  selected: ConditionalTier | FallbackTier,
  facts: FactValues,
  compiled: CompiledPenaltyItem,
  mitigate: boolean,
  warnings: WarningList,
): SanctionRangeTexts {
  const { policy } = compiled;
  const rounding = policy.wholeUnits;
  const amount =
    selected.sanctionAmounts.get(sanction.kind) ?? (selected.amount?.kind === 'band' ? selected.amount : undefined);
  let range: Range =
    amount === undefined
      ? { min: statutory.min, max: statutory.max ?? statutory.min }
      : heldTierRange(amount, statutory, undefined, facts, rounding, {
          level: selected.level,
          label: selected.label,
          warnings,
          unit: sanction.unit ?? '',
        }).range;
  if (mitigate && policy.mitigation !== undefined && statutory.max !== undefined) {
    range = lighterOf(range, bandRange(statutory, policy.mitigation.band, rounding));
  }
  return {
    range: { min: formatMoney(range.min), max: formatMoney(range.max) },
    statutory:
      statutory.max === undefined
        ? { min: formatMoney(statutory.min) }
        : { min: formatMoney(statutory.min), max: formatMoney(statutory.max) },
  };
}
