/**
 * 「法律、行政法规另有规定的，从其规定」: an item's special rule (format v2 `overrides`) displacing a
 * general rule of 行政处罚法 that yields to it. The case in point: 行政处罚法 第三十三条第二款 —
 * 「当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。」 — and
 * 食品安全法 第一百三十六条, 「食品经营者履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的
 * 食品不符合食品安全标准，并能如实说明其进货来源的，可以免予处罚，但应当依法没收其不符合食品安全标准的
 * 食品」: for a food business within its scope, no fault yields not 不予处罚 (mandatory, nothing
 * confiscated) but 可以免予处罚 with a confiscation that stays.
 */
import { generalRuleCitation } from '../citation/general-laws.js';
import type { ConditionTrace } from '../conditions/types.js';
import type { CompiledCondition } from '../conditions/compile.js';
import type { FactValues } from '../facts/types.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { CompiledPenaltyItem } from './compile-item.js';
import type { Exemption, OtherSanction, TraceEntry } from './decision.js';
import type { WarningList } from './warning-messages.js';
import { requireFact } from './required-fact.js';

/** The general rules after the item's special rules have displaced theirs, and what they offer instead. */
export interface SpecialRuleOutcome {
  /** The general rules holding that still apply: those displaced are left out. */
  readonly rules: readonly GeneralRule[];
  /** The exemption a special rule offers in a displaced rule's place, when its own conditions hold. */
  readonly offered: Exemption | undefined;
}

/**
 * Applies the item's special rules to the general rules that hold for a case. A special rule
 * acts only where the general rule it names holds (there is nothing to displace otherwise) and
 * its `scope` holds; the general rule is then set aside whatever follows — the law says 从其规定,
 * not 「also」. When the special rule's own conditions (`when`) hold, its effect applies (an
 * exemption the agency may grant, with the sanctions it retains); when they do not, neither rule
 * exempts, and a warning says why the general rule was not applied.
 *
 * @param compiled - the item, with its compiled `overrides`
 * @param rules - the general rules that hold for the case (generalRulesHolding)
 * @param facts - the case's facts and circumstances
 * @param trace - the trace to append `override` steps to, or undefined when not kept
 * @param warnings - where a special rule not met is reported
 * @returns the general rules still in force and the exemption offered, if any
 * @throws CailiangError INVALID_CASE when the general rule holds and a fact of the special rule's scope
 *   or (once displaced) of its conditions, or a retained sanction's amount fact, is missing
 * @example
 * applySpecialRules(compiled, [noFault], facts, trace, warnings).offered?.retained
 * // [{ kind: 'confiscate-illegal-goods', text: '没收其不符合食品安全标准的食品' }]
 */
export function applySpecialRules(
  compiled: CompiledPenaltyItem,
  rules: readonly GeneralRule[],
  facts: FactValues,
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
): SpecialRuleOutcome {
  if (compiled.overrides.length === 0) return { rules, offered: undefined };
  let remaining = rules;
  let offered: Exemption | undefined;
  for (const override of compiled.overrides) {
    const general = remaining.find((rule) => rule.id === override.data.rule);
    if (general === undefined) continue;
    // The general rule holds: whether it is displaced must be established, never assumed from a
    // fact the case left out (an absent 食品经营者 would silently give 不予处罚).
    const needed = (condition: CompiledCondition, part: string) => {
      for (const fact of condition.facts)
        requireFact(compiled, facts, fact, `${part} of ${override.data.id}, since ${general.id} holds`);
    };
    if (override.scope !== undefined) needed(override.scope, 'the scope');
    const scope = override.scope === undefined ? undefined : evaluate(override.scope, facts, trace !== undefined);
    const displaced = scope === undefined || scope.result;
    if (displaced) needed(override.when, 'the conditions');
    const own = displaced ? evaluate(override.when, facts, trace !== undefined) : undefined;
    trace?.push({
      step: 'override',
      id: override.data.id,
      rule: general.id,
      scope: scope?.trace ?? null,
      displaced,
      condition: own?.trace ?? null,
      result: own?.result ?? false,
    });
    if (!displaced) continue;
    remaining = remaining.filter((rule) => rule !== general);
    const cited = override.citations.map((citation) => citation.text).join('、');
    if (own?.result !== true) {
      warnings.add('special-rule-not-met', {
        rule: general.label,
        ruleCitation: generalRuleCitation(general.citation).text,
        cited,
        conditions: override.data.label ?? override.data.id,
      });
      continue;
    }
    offered ??= {
      id: override.data.id,
      mandatory: false,
      citations: [generalRuleCitation(general.citation), ...override.citations],
      retained: (override.data.retain ?? []).map((spec) => retainedSanction(spec, compiled, facts)),
    };
  }
  return { rules: remaining, offered };
}

/** A compiled condition's result, with its trace when one is kept. */
function evaluate(
  condition: CompiledCondition,
  facts: FactValues,
  explain: boolean,
): { readonly result: boolean; readonly trace: ConditionTrace | null } {
  if (!explain) return { result: condition.test(facts), trace: null };
  const { result, trace } = condition.explain(facts);
  return { result, trace };
}

/** A retained sanction as decisions print it: its kind, the statute's words, its amount from a fact. */
function retainedSanction(
  spec: NonNullable<CompiledPenaltyItem['overrides'][number]['data']['retain']>[number],
  compiled: CompiledPenaltyItem,
  facts: FactValues,
): OtherSanction {
  const out: UnderConstruction<OtherSanction> = { kind: spec.kind as OtherSanction['kind'] };
  if (spec.text !== undefined) out.text = spec.text;
  if (spec.of !== undefined) {
    requireFact(compiled, facts, spec.of, `${spec.kind} (retained by a special rule)`);
    out.amount = formatMoney(facts[spec.of] as Decimal);
  }
  return out;
}
