/**
 * v2: an amount the table computes from the facts (issue #17 item 5) — 粤环发〔2021〕7号 第六条第二款's
 * 权重累加模式 「将…各项具体裁量权重累加后（最高不超过100%），乘以…法定最高罚款数额」 and 江门参照表 2-6's
 * 「每增加1个超标因子增加一万元…不足整数倍的按四舍五入取整」. Small on purpose: a sum of terms, held
 * between an optional floor and cap, optionally multiplied once. Every number is a decimal string.
 */
import * as z from 'zod';
import { Decimal } from '../money/decimal.js';
import type { DeepReadonly } from './deep-readonly.js';
import { exactlyOneOf } from './exactly-one-of.js';
import { factorText, identifier, moneyText, nonEmptyText } from './scalars.js';

/** How a count of units the table prices is made whole: 四舍五入 (half-up), 向高取整 (up), 舍去 (down). */
export const UNIT_ROUNDINGS = ['half-up', 'up', 'down'] as const;
export type UnitRounding = (typeof UNIT_ROUNDINGS)[number];

/**
 * One term of the sum:
 * - `value`: a constant (裁量起点 20%, or a base amount 二十万元), with the table's `label`;
 * - `weights`: the weight of each value of an enum fact (裁量要素 → 违法程度 → 裁量权重);
 * - `every` / `add`: `add` for each whole `every` of a number fact above `over`
 *   (「每增加1个超标因子增加一万元」: over 1, every 1, add 10000), the count made whole by `rounding`.
 */
const computedTermSchema = z
  .strictObject({
    /** The table's name of the term (裁量起点); a fact's term defaults to the fact's label. */
    label: nonEmptyText.optional(),
    value: factorText.optional(),
    /** The enum fact (weights) or the number fact (every) the term reads. */
    of: identifier.optional(),
    weights: z.record(z.string(), factorText).optional(),
    every: factorText.optional(),
    add: moneyText.optional(),
    /** Counted only above this (每增加1个: above the first). Default 0. */
    over: factorText.optional(),
    rounding: z.enum(UNIT_ROUNDINGS, { error: `expected a rounding: ${UNIT_ROUNDINGS.join(', ')}` }).optional(),
  })
  .superRefine(exactlyOneOf(['value', 'weights', 'every']))
  .superRefine((term, ctx) => {
    const need = (key: 'of' | 'add' | 'rounding' | 'label', why: string) => {
      if (term[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: why });
    };
    const refuse = (keys: readonly ('of' | 'add' | 'over' | 'rounding')[], why: string) => {
      for (const key of keys) if (term[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: why });
    };
    if (term.value !== undefined) {
      need('label', 'a constant term names what it is (裁量起点)');
      refuse(['of', 'add', 'over', 'rounding'], 'a constant term (value) reads no fact');
    }
    if (term.weights !== undefined) {
      need('of', 'a weighted term names the enum fact whose values it weighs');
      refuse(['add', 'over', 'rounding'], 'a weighted term gives a weight per value, not a rate per unit');
    }
    if (term.every !== undefined) {
      need('of', 'a term per unit names the number fact it counts');
      need('add', 'a term per unit names the amount added for each unit (add)');
      need('rounding', `a term per unit says how a part unit counts: ${UNIT_ROUNDINGS.join(', ')}`);
      if (term.every === '0' || /^0(\.0+)?$/.test(term.every))
        ctx.addIssue({ code: 'custom', path: ['every'], message: 'expected a unit above 0' });
    }
  });

/**
 * What the held sum is multiplied by: a money fact, possibly times a factor (建设项目总投资额×5%), a
 * fixed amount (×20万), or the statutory maximum that applies to the case (法定最高罚款数额).
 */
const computedTimesSchema = z
  .strictObject({
    of: identifier.optional(),
    factor: factorText.optional(),
    amount: moneyText.optional(),
    statutoryMax: z.literal(true).optional(),
  })
  .superRefine(exactlyOneOf(['of', 'amount', 'statutoryMax']))
  .superRefine((times, ctx) => {
    if (times.factor !== undefined && times.of === undefined)
      ctx.addIssue({ code: 'custom', path: ['factor'], message: 'a factor multiplies the fact named in of' });
  });

/** The arithmetic of `tiers[].fine.computed`. */
export const computedAmountSchema = z
  .strictObject({
    /** The table's own sentence (备注: 罚款金额＝裁量百分值总和×建设项目总投资额×5%). */
    text: nonEmptyText,
    terms: z.array(computedTermSchema).min(1, 'a computed amount adds at least one term'),
    /** 不足20%的，按20%计算: the sum is at least this. */
    min: factorText.optional(),
    /** 最高不超过100%: the sum is at most this. */
    max: factorText.optional(),
    times: computedTimesSchema.optional(),
  })
  .superRefine((computed, ctx) => {
    if (computed.min !== undefined && computed.max !== undefined && new Decimal(computed.min).greaterThan(computed.max))
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min (${computed.min}) is above max (${computed.max})` });
  });

export type ComputedAmountData = DeepReadonly<z.output<typeof computedAmountSchema>>;
export type ComputedTermData = ComputedAmountData['terms'][number];

/**
 * The facts a computed amount reads, as the rule set writes it (terms, then the multiplier).
 *
 * @example computedFactNames({ text: '…', terms: [{ of: 'location', weights: { general: '0' } }], times: { of: 'investment' } }) // ['location', 'investment']
 */
export function computedFactNames(computed: ComputedAmountData | undefined): string[] {
  if (computed === undefined) return [];
  const names = computed.terms.flatMap((term) => (term.of === undefined ? [] : [term.of]));
  if (computed.times?.of !== undefined) names.push(computed.times.of);
  return names;
}
