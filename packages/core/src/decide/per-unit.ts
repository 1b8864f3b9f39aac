/**
 * The trace of a fine priced per unit of a quantity (深圳经济特区市容和环境卫生管理条例 第十八条第三款
 * 「按照占地面积处每平方米一千元罚款」, 第二十一条第三款 「按照每处设施处五千元以上二万元以下罚款」): the
 * quantity the case gives, the statute's rate per unit and the range they make, so an officer can
 * check the multiplication from the decision alone.
 */
import type { FactValues } from '../facts/types.js';
import type { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { StatutoryFine } from './compile-amounts.js';
import type { TraceEntry } from './decision.js';
import { statutoryRange } from './fine.js';
import { multipleStatutory } from './fine-fixed.js';
import { format } from '../money/fixed.js';

/**
 * The `per-unit` trace step of the statutory alternative that applies, or undefined when it is not
 * a rate per unit (a literal range, or a multiple of a money fact).
 *
 * @param fine - the statutory alternative that applies
 * @param facts - the case's facts (the quantity is present: the fine required it)
 * @example perUnitStep(fine, { area: new Decimal('12.5') }, rounding)
 * // { step: 'per-unit', of: 'area', quantity: '12.5', unit: '平方米', rate: { min: '1000', max: '1000' }, exact: { min: '12500', max: '12500' }, statutory: … }
 */
export function perUnitStep(
  fine: StatutoryFine,
  facts: FactValues,
  rounding: RoundingPolicy,
): Extract<TraceEntry, { step: 'per-unit' }> | undefined {
  if (fine.kind !== 'multiple' || fine.unit === undefined) return undefined;
  const fixed = multipleStatutory(fine, facts, rounding);
  if (fixed !== undefined && fixed.base !== undefined) {
    // The same digits in scaled integers, where they fit (fine-fixed.ts).
    const { base, exactMin, exactMax, texts } = fixed;
    return {
      step: 'per-unit',
      of: fine.of,
      quantity: format(base),
      unit: fine.unit,
      rate: bounds(fine.factors.min, fine.factors.max),
      exact: exactMax === undefined ? { min: format(exactMin) } : { min: format(exactMin), max: format(exactMax) },
      statutory: texts.max === undefined ? { min: texts.min } : { min: texts.min, max: texts.max },
    };
  }
  const range = statutoryRange(fine, facts, rounding);
  return {
    step: 'per-unit',
    of: fine.of,
    quantity: formatMoney(facts[fine.of] as Decimal),
    unit: fine.unit,
    rate: bounds(fine.factors.min, fine.factors.max),
    exact: bounds(range.exactMin, range.exactMax),
    statutory: bounds(range.min, range.max),
  };
}

function bounds(min: Decimal, max: Decimal | undefined): { min: string; max?: string } {
  return max === undefined ? { min: formatMoney(min) } : { min: formatMoney(min), max: formatMoney(max) };
}
