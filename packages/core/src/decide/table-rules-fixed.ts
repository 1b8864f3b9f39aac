/**
 * The table's own rules on the fine's fast path (fine-fixed.ts): a part of the tier's range
 * (粤环发〔2021〕7号 第十二条 「确定罚款幅度区间后…按平均金额处罚」) or a reduction of it (公开道歉的
 * 减少30%-50%), in scaled integers — table-rules.ts `adjustFine`'s arithmetic, digit for digit.
 */
import type { Decimal } from '../money/decimal.js';
import { Fixed, compare, fromDecimal, minus, plus, round, times } from '../money/fixed.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { TableRuleAdjustment } from './decision.js';
import { exactOf, textOf } from './fine-amount.js';
import type { Held } from './fine-amount.js';
import type { FixedStatutory } from './fixed-amounts.js';
import type { CompiledTableRule } from './table-rules.js';

/** No table rule changed the fine: one frozen empty list for every such case. */
export const NO_ADJUSTMENTS: readonly TableRuleAdjustment[] = Object.freeze([]);

/**
 * The table rules' parts and reductions of the tier's range, in order (table-rules.ts
 * `adjustFine`): a part takes a share of the range, rounded; a reduction takes a share off each
 * bound, rounded, never below the statutory minimum.
 *
 * @param own - the tier's range and multiples, held to the statute
 * @param statutory - the statutory range (a reduction never goes below its minimum)
 * @param tableRules - the table rules holding for the case, in order; shifts and requirements are passed over
 * @param rounding - the rule set's rounding policy
 * @param computed - the tier computes one amount: a part of a range does not apply to it
 * @returns the range after the rules and one adjustment a rule, or `undefined` out of range
 * @example byTableRules(held, statutory, [averageAmount], rounding, false) // the middle of the tier's range
 */
export function byTableRules(
  own: Held,
  statutory: FixedStatutory,
  tableRules: readonly CompiledTableRule[],
  rounding: RoundingPolicy,
  computed: boolean,
): { readonly held: Held; readonly adjustments: readonly TableRuleAdjustment[] } | undefined {
  let held: Held | undefined = own;
  let adjustments: TableRuleAdjustment[] | undefined;
  for (const rule of tableRules) {
    const { effect } = rule;
    if (effect.kind === 'shift' || effect.kind === 'require' || (computed && effect.kind === 'part')) continue;
    held =
      effect.kind === 'part'
        ? partOf(held, effect.from, effect.to, rounding)
        : reducedBy(held, effect.min, effect.max, statutory, rounding);
    if (held === undefined) return undefined;
    adjustments ??= [];
    adjustments.push({
      kind: 'table-rule',
      ground: rule.data.id,
      label: rule.data.label,
      mandatory: true,
      range: { min: textOf(held.range.min), max: textOf(held.range.max) },
      citations: rule.citations,
    });
  }
  return { held, adjustments: adjustments ?? NO_ADJUSTMENTS };
}

/** 按平均金额处罚: `min + (max − min) × from` to `… × to`, rounded; the multiples likewise, unrounded. */
function partOf(held: Held, from: Decimal, to: Decimal, rounding: RoundingPolicy): Held | undefined {
  const shareFrom = fromDecimal(from);
  const shareTo = fromDecimal(to);
  if (shareFrom === undefined || shareTo === undefined) return undefined;
  const low = share(exactOf(held.range.min), exactOf(held.range.max), shareFrom);
  const high = share(exactOf(held.range.min), exactOf(held.range.max), shareTo);
  if (low === undefined || high === undefined) return undefined;
  const range = { min: round(low, rounding.scale, rounding.mode), max: round(high, rounding.scale, rounding.mode) };
  const { multiple } = held;
  if (multiple === undefined) return { range, multiple: undefined };
  const min = share(exactOf(multiple.min), exactOf(multiple.max), shareFrom);
  const max = share(exactOf(multiple.min), exactOf(multiple.max), shareTo);
  if (min === undefined || max === undefined) return undefined;
  return { range, multiple: { of: multiple.of, base: multiple.base, min, max } };
}

/** `min + (max − min) × at`, exact. */
function share(min: Fixed, max: Fixed, at: Fixed): Fixed | undefined {
  const width = minus(max, min);
  const part = width === undefined ? undefined : times(width, at);
  return part === undefined ? undefined : plus(min, part);
}

/**
 * 减轻 by the table's share (公开道歉的减少30%-50%): the minimum × (1 − max share), the maximum ×
 * (1 − min share), each rounded and never below the statutory minimum; the multiples shrink the
 * same way unless the minimum had to be held at the statute's.
 */
function reducedBy(
  held: Held,
  least: Decimal,
  most: Decimal,
  statutory: FixedStatutory,
  rounding: RoundingPolicy,
): Held | undefined {
  const leastShare = fromDecimal(least);
  const mostShare = fromDecimal(most);
  const keepMost = leastShare === undefined ? undefined : minus(ONE, leastShare);
  const keepLeast = mostShare === undefined ? undefined : minus(ONE, mostShare);
  if (keepMost === undefined || keepLeast === undefined) return undefined;
  const lowExact = times(exactOf(held.range.min), keepLeast);
  const highExact = times(exactOf(held.range.max), keepMost);
  if (lowExact === undefined || highExact === undefined) return undefined;
  const low = round(lowExact, rounding.scale, rounding.mode);
  const high = round(highExact, rounding.scale, rounding.mode);
  const floor = statutory.min;
  const lowToFloor = compare(low, exactOf(floor));
  const highToFloor = compare(high, exactOf(floor));
  if (lowToFloor === undefined || highToFloor === undefined) return undefined;
  const range = { min: lowToFloor < 0 ? floor : low, max: highToFloor < 0 ? floor : high };
  const { multiple } = held;
  if (multiple === undefined || lowToFloor < 0) return { range, multiple: undefined };
  const min = times(exactOf(multiple.min), keepLeast);
  const max = times(exactOf(multiple.max), keepMost);
  if (min === undefined || max === undefined) return undefined;
  return { range, multiple: { of: multiple.of, base: multiple.base, min, max } };
}

const ONE = new Fixed(1, 0);
