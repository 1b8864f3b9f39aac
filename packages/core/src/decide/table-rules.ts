/**
 * Rules a published table declares once for all its items (适用规则, format v2 `tableRules`): a
 * repeat offence moving the case one tier up, a part of the tier's range (一般处罚按平均金额处罚,
 * 30/40/30, 该档次最高限度), a reduction by a share of the fine (公开道歉承诺 30%–50%) that never
 * goes below the statutory minimum. Each is applied only when its condition holds, cites the
 * table's own article, and is reported as an adjustment and a trace step.
 */
import type { CompiledCondition } from '../conditions/compile.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { FactValues } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { roundAmount } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { RuleSet } from '../ruleset/load.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import type { OtherSanction, Sanction, SanctionAlternative, TableRuleAdjustment, TraceEntry } from './decision.js';
import type { WarningList } from './warning-messages.js';
import type { TierRange } from './fine.js';
import { holds } from './select.js';

/** A table rule as a loaded rule set holds it. */
export type TableRuleData = NonNullable<RuleSet['tableRules']>[number];

/** What a table rule does, its numbers read once. */
export type TableRuleEffect =
  | { readonly kind: 'shift'; readonly steps: number }
  | { readonly kind: 'part'; readonly from: Decimal; readonly to: Decimal }
  | { readonly kind: 'reduce'; readonly min: Decimal; readonly max: Decimal }
  | { readonly kind: 'require'; readonly kinds: readonly SanctionKind[] };

export interface CompiledTableRule {
  readonly data: TableRuleData;
  readonly when: CompiledCondition;
  readonly effect: TableRuleEffect;
  readonly citations: readonly ResolvedCitation[];
}

/** The effect a table rule states (the loader allows exactly one of `shift`, `part`, `reduce`, `require`). */
export function tableRuleEffect(data: TableRuleData): TableRuleEffect {
  if (data.shift !== undefined) return { kind: 'shift', steps: data.shift };
  if (data.require !== undefined) return { kind: 'require', kinds: data.require.kinds };
  if (data.part !== undefined)
    return { kind: 'part', from: new Decimal(data.part.from), to: new Decimal(data.part.to) };
  const reduce = data.reduce as { min: string; max: string };
  return { kind: 'reduce', min: new Decimal(reduce.min), max: new Decimal(reduce.max) };
}

/**
 * The table rules whose condition holds for the facts, in listed order, each evaluation traced.
 *
 * @param rules - the item's compiled table rules
 * @param trace - receives one `table-rule` step per rule (undefined: no trace kept)
 * @returns the rules that hold
 */
export function tableRulesHolding(
  rules: readonly CompiledTableRule[],
  facts: FactValues,
  trace: TraceEntry[] | undefined,
): CompiledTableRule[] {
  const held: CompiledTableRule[] = [];
  for (const rule of rules) {
    // The trace entry's closure only when a trace is kept: without one, the compiled condition alone.
    const result =
      trace === undefined
        ? rule.when.test(facts)
        : holds(rule.when, facts, trace, (condition, result) => ({
            step: 'table-rule',
            id: rule.data.id,
            condition,
            result,
          }));
    if (result) held.push(rule);
  }
  return held;
}

/**
 * The tier after the `shift` rules that hold (上调一个档次): the tier that many places further down
 * the item's list (lightest first). A case already in the last tier stays there, with a warning:
 * the table cannot take it past the item's gravest tier.
 *
 * @returns the tier decided, and one adjustment per shift rule applied
 */
export function shiftTier(
  compiled: CompiledPenaltyItem,
  selected: ConditionalTier | FallbackTier,
  holding: readonly CompiledTableRule[],
  warnings: WarningList,
): { readonly tier: ConditionalTier | FallbackTier; readonly adjustments: TableRuleAdjustment[] } {
  const adjustments: TableRuleAdjustment[] = [];
  let tier = selected;
  // Ordered only when a shift rule holds: most cases have none, and the sort ran on every one.
  let ordered: (ConditionalTier | FallbackTier)[] | undefined;
  for (const rule of holding) {
    if (rule.effect.kind !== 'shift') continue;
    ordered ??= tiersInOrder(compiled);
    const position = ordered.indexOf(tier);
    const target = Math.min(position + rule.effect.steps, ordered.length - 1);
    if (position + rule.effect.steps > ordered.length - 1) {
      warnings.add('table-rule-top-tier', {
        rule: rule.data.id,
        label: rule.data.label,
        steps: rule.effect.steps,
        tier: { level: tier.data.level, label: tier.data.label },
        item: compiled.item.code,
      });
    }
    tier = ordered[target] as ConditionalTier | FallbackTier;
    adjustments.push({
      kind: 'table-rule',
      ground: rule.data.id,
      label: rule.data.label,
      mandatory: true,
      tier: { level: tier.data.level, label: tier.data.label },
      citations: rule.citations,
    });
  }
  return { tier, adjustments };
}

function tiersInOrder(compiled: CompiledPenaltyItem): (ConditionalTier | FallbackTier)[] {
  const all: (ConditionalTier | FallbackTier)[] = [...compiled.tiers];
  if (compiled.fallback !== undefined) all.push(compiled.fallback);
  return all.sort((a, b) => a.index - b.index);
}

/**
 * The fine after the `part` and `reduce` rules that hold, in listed order. `part` keeps the share
 * of the range from `from` to `to` (0: its minimum, 1: its maximum); `reduce` lowers both bounds
 * by the shares (降低30%-50%: the minimum by 50%, the maximum by 30%), and a bound that falls below
 * the statutory minimum is raised to it (降低后的罚款额低于法定最低罚款额的，按法定最低罚款额处罚).
 * A multiple follows the amounts while it still describes them; once a bound is raised to the
 * statutory minimum, it no longer does and is dropped.
 *
 * @returns the fine, and one adjustment per rule applied, each with the range it left
 */
export function adjustFine(
  fine: TierRange,
  statutory: StatutoryRange,
  holding: readonly CompiledTableRule[],
  rounding: RoundingPolicy,
): { readonly fine: TierRange; readonly adjustments: TableRuleAdjustment[] } {
  const adjustments: TableRuleAdjustment[] = [];
  let current = fine;
  for (const rule of holding) {
    const { effect } = rule;
    if (effect.kind === 'shift' || effect.kind === 'require') continue;
    current =
      effect.kind === 'part' ? partOf(current, effect, rounding) : reduced(current, effect, statutory, rounding);
    adjustments.push({
      kind: 'table-rule',
      ground: rule.data.id,
      label: rule.data.label,
      mandatory: true,
      range: { min: formatMoney(current.range.min), max: formatMoney(current.range.max) },
      citations: rule.citations,
    });
  }
  return { fine: current, adjustments };
}

function partOf(fine: TierRange, part: { readonly from: Decimal; readonly to: Decimal }, rounding: RoundingPolicy) {
  const share = (range: Range, at: Decimal) => range.min.plus(range.max.minus(range.min).times(at));
  const range = {
    min: roundAmount(share(fine.range, part.from), rounding),
    max: roundAmount(share(fine.range, part.to), rounding),
  };
  if (fine.multiple === undefined) return { range };
  return {
    range,
    multiple: { ...fine.multiple, min: share(fine.multiple, part.from), max: share(fine.multiple, part.to) },
  };
}

function reduced(
  fine: TierRange,
  reduce: { readonly min: Decimal; readonly max: Decimal },
  statutory: StatutoryRange,
  rounding: RoundingPolicy,
): TierRange {
  const one = new Decimal(1);
  const low = roundAmount(fine.range.min.times(one.minus(reduce.max)), rounding);
  const high = roundAmount(fine.range.max.times(one.minus(reduce.min)), rounding);
  const floor = statutory.min;
  const range = { min: Decimal.max(low, floor), max: Decimal.max(high, floor) };
  if (fine.multiple === undefined || low.lessThan(floor)) return { range };
  return {
    range,
    multiple: {
      ...fine.multiple,
      min: fine.multiple.min.times(one.minus(reduce.max)),
      max: fine.multiple.max.times(one.minus(reduce.min)),
    },
  };
}

/**
 * The sanctions after the `require` rules that hold (「对涉及发生交通事故且负有责任或再次违反涉及可以吊销、拘留
 * 的违法行为，应当依法予以吊销或拘留」): each sanction of a listed kind that the item offers as 可以并处
 * becomes required. A rule finds nothing to require where the item offers no such sanction — the
 * table speaks of 「涉及可以吊销、拘留的违法行为」 only — and then makes no adjustment: it never adds a
 * sanction the statute does not give.
 *
 * Where one rule finds several of its kinds offered (a row with 可以并处吊销 and 可以并处拘留), 「吊销或拘留」
 * requires one of them, not each: they become one required choice (`alternatives`, as 「警告或者罚款」),
 * placed where the first of them was. The member with days or months leads, so its decided range stays
 * on the decision; the choice's other members carry kind and words only (no row offers two ranged kinds).
 *
 * @param sanctions - the sanctions decided, the fine first
 * @param holding - the table rules that hold for the case
 * @returns the sanctions, and one adjustment per rule that made a sanction required
 * @example requireSanctions([fine, { kind: 'detention', optional: true, … }], [accidentRule])
 *   // { sanctions: [fine, { kind: 'detention', … }], adjustments: [{ kind: 'table-rule', required: ['detention'], … }] }
 */
export function requireSanctions(
  sanctions: Sanction[],
  holding: readonly CompiledTableRule[],
): { readonly sanctions: Sanction[]; readonly adjustments: TableRuleAdjustment[] } {
  const adjustments: TableRuleAdjustment[] = [];
  // The caller's own list, replaced (never changed in place) only when a rule requires something:
  // this runs on every penalty, and most tables have no such rule.
  let current = sanctions;
  for (const rule of holding) {
    const { effect } = rule;
    if (effect.kind !== 'require') continue;
    const offered = current.filter(
      (sanction): sanction is OtherSanction =>
        sanction.kind !== 'fine' && sanction.optional === true && effect.kinds.includes(sanction.kind),
    );
    if (offered.length === 0) continue;
    const choice = requiredChoice(offered);
    const first = current.indexOf(offered[0] as OtherSanction);
    current = current.flatMap((sanction, index) => {
      if (index === first) return [choice];
      return offered.includes(sanction as OtherSanction) ? [] : [sanction];
    });
    adjustments.push({
      kind: 'table-rule',
      ground: rule.data.id,
      label: rule.data.label,
      mandatory: true,
      required: offered.map((sanction) => sanction.kind),
      citations: rule.citations,
    });
  }
  return { sanctions: current, adjustments };
}

/**
 * One required sanction for what a rule found offered: the sanction itself when alone, else 「吊销或拘留」 —
 * the ranged member (else the first) with the others as its alternatives. The lead's own choiceText
 * no longer names the whole choice, so it is dropped: the members' words print it.
 */
function requiredChoice(offered: readonly OtherSanction[]): OtherSanction {
  const lead = offered.find((sanction) => sanction.range !== undefined) ?? (offered[0] as OtherSanction);
  const { optional: _optional, ...required } = lead;
  if (offered.length === 1) return required;
  const { choiceText: _choiceText, ...rest } = required;
  const alternatives: SanctionAlternative[] = [...(lead.alternatives ?? [])];
  for (const other of offered) {
    if (other === lead) continue;
    alternatives.push(other.text === undefined ? { kind: other.kind } : { kind: other.kind, text: other.text });
    for (const alternative of other.alternatives ?? []) alternatives.push(alternative);
  }
  return { ...rest, alternatives };
}
