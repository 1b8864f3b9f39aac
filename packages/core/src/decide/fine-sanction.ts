/**
 * The fine sanction of a decision built from its printed amounts, with its keys in one order
 * whichever way the amounts were worked out (decimal.js, or the scaled integers of fine-fixed.ts).
 */
import type { UnderConstruction } from '../internal/under-construction.js';
import type { FineSanction } from './decision.js';

/** The printed amounts of a fine: its range, the statutory range, and the multiples it shows. */
export interface FineTexts {
  readonly min: string;
  readonly max: string;
  readonly statutoryMin: string;
  /** Absent: 「…以上」. */
  readonly statutoryMax: string | undefined;
  readonly multiple:
    | { readonly of: string; readonly base: string; readonly min: string; readonly max: string }
    | undefined;
}

/**
 * The fine sanction.
 *
 * @param texts - the printed amounts
 * @param optional - 可以处…罚款: the statute authorises the fine without requiring it
 * @param unit - the unit a rate per unit is per (每平方米), when the multiple is one
 * @returns the sanction, keys in the decision's order
 * @example fineSanction({ min: '65000', max: '85000', statutoryMin: '50000', statutoryMax: '100000', multiple: undefined }, false, undefined)
 * // { kind: 'fine', min: '65000', max: '85000', statutory: { min: '50000', max: '100000' } }
 */
export function fineSanction(texts: FineTexts, optional: boolean, unit: string | undefined): FineSanction {
  const out: UnderConstruction<FineSanction> = {
    kind: 'fine',
    min: texts.min,
    max: texts.max,
    statutory:
      texts.statutoryMax === undefined
        ? { min: texts.statutoryMin }
        : { min: texts.statutoryMin, max: texts.statutoryMax },
  };
  const { multiple } = texts;
  if (multiple !== undefined) {
    out.multiple =
      unit === undefined
        ? { of: multiple.of, base: multiple.base, min: multiple.min, max: multiple.max }
        : { of: multiple.of, base: multiple.base, min: multiple.min, max: multiple.max, unit };
  }
  if (optional) out.optional = true;
  return out;
}
