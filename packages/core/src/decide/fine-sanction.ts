/**
 * The fine sanction of a decision built from its printed amounts, with its keys in one order
 * whichever way the amounts were worked out (decimal.js, or the scaled integers of fine-fixed.ts).
 */
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { FineSanction } from './decision.js';

/** The statutory range as a fine prints it (法定幅度); `max` absent for 「…以上」. */
export type StatutoryTexts = FineSanction['statutory'];

/** The multiples a fine shows, printed, before the unit of a per-unit rate is added. */
export interface MultipleTexts {
  readonly of: string;
  readonly base: string;
  readonly min: string;
  readonly max: string;
}

/** 「警告或者罚款」: the other members of the statute's choice, as the sanction lists them. */
export type FineAlternatives = NonNullable<FineSanction['alternatives']>;

/**
 * The statutory range's texts, as the sanction carries them.
 *
 * @example statutoryTexts('50000', '100000') // { min: '50000', max: '100000' }
 */
export function statutoryTexts(min: string, max: string | undefined): StatutoryTexts {
  return max === undefined ? { min } : { min, max };
}

/**
 * The choice a statutory alternative offers beside the fine, read once when the item is
 * compiled and shared, frozen, by every decision that imposes it (like the item's citations).
 *
 * @param choice - `statutory.fine[].alternatives` as the rule set writes it
 * @returns the sanction's `alternatives`, or `undefined` when the statute offers no choice
 * @example fineAlternatives([{ kind: 'warning' }]) // [{ kind: 'warning' }]
 */
export function fineAlternatives(
  choice: readonly { readonly kind: string; readonly text?: string | undefined }[] | undefined,
): FineAlternatives | undefined {
  if (choice === undefined) return undefined;
  return Object.freeze(
    choice.map((entry) => {
      const kind = entry.kind as Exclude<SanctionKind, 'fine'>;
      return Object.freeze(entry.text === undefined ? { kind } : { kind, text: entry.text });
    }),
  );
}

/**
 * The fine sanction.
 *
 * @param min - the fine's lower bound, printed
 * @param max - its upper bound, printed
 * @param statutory - the statutory range, printed
 * @param multiple - the multiples it shows (货值金额 × 倍数), printed
 * @param unit - the unit a rate per unit is per (每平方米), when the multiple is one
 * @param optional - 可以处…罚款: the statute authorises the fine without requiring it
 * @param alternatives - the choice the statute offers beside it
 * @returns the sanction, keys in the decision's order
 * @example fineSanction('65000', '85000', { min: '50000', max: '100000' }, undefined, undefined, false, undefined)
 * // { kind: 'fine', min: '65000', max: '85000', statutory: { min: '50000', max: '100000' } }
 */
export function fineSanction(
  min: string,
  max: string,
  statutory: StatutoryTexts,
  multiple: MultipleTexts | undefined,
  unit: string | undefined,
  optional: boolean,
  alternatives: FineAlternatives | undefined,
): FineSanction {
  const out: UnderConstruction<FineSanction> = { kind: 'fine', min, max, statutory };
  if (multiple !== undefined) {
    out.multiple =
      unit === undefined
        ? { of: multiple.of, base: multiple.base, min: multiple.min, max: multiple.max }
        : { of: multiple.of, base: multiple.base, min: multiple.min, max: multiple.max, unit };
  }
  if (optional) out.optional = true;
  if (alternatives !== undefined) out.alternatives = alternatives;
  return out;
}
