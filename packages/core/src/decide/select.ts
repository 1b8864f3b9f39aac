/**
 * Choosing among an item's parts by the facts: the statutory alternative and the tier, each
 * condition evaluated (and traced when a trace is kept).
 */
import type { CompiledCondition } from '../conditions/compile.js';
import type { ConditionTrace } from '../conditions/types.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { FactValues } from '../facts/types.js';
import type { CompiledAlternative, CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import type { TierSelection } from './policy.js';
import type { TraceEntry } from './decision.js';

/**
 * Whether a condition holds, with its trace entry recorded when a trace is kept.
 *
 * @param entry - the trace entry for the condition's trace and result (called only with a trace)
 */
export function holds(
  when: CompiledCondition,
  facts: FactValues,
  trace: TraceEntry[] | undefined,
  entry: (condition: ConditionTrace, result: boolean) => TraceEntry,
): boolean {
  if (trace === undefined) return when.test(facts);
  const { result, trace: condition } = when.explain(facts);
  trace.push(entry(condition, result));
  return result;
}

/**
 * The statutory alternative that applies (不足一万元 … / 一万元以上 …). Exactly one must hold:
 * none, or two, means the rule set does not say what the law is for these facts.
 *
 * @throws CailiangError STATUTORY_RANGE_UNDETERMINED
 */
export function selectStatutory(
  compiled: CompiledPenaltyItem,
  facts: FactValues,
  trace: TraceEntry[] | undefined,
): CompiledAlternative | undefined {
  if (compiled.statutory.length === 0) return undefined;
  if (trace === undefined) {
    // Without a trace: the alternative that holds, counted with no list, entry or closure made.
    let found: CompiledAlternative | undefined;
    let count = 0;
    for (const alternative of compiled.statutory) {
      if (alternative.when !== undefined && !alternative.when.test(facts)) continue;
      found = alternative;
      count += 1;
    }
    if (count === 1) return found;
  }
  const holding: number[] = [];
  for (const alternative of compiled.statutory) {
    const { when } = alternative;
    let result = true;
    let condition: ConditionTrace | null = null;
    if (when !== undefined && trace === undefined) result = when.test(facts);
    else if (when !== undefined) {
      const explanation = when.explain(facts);
      result = explanation.result;
      condition = explanation.trace;
    }
    trace?.push({ step: 'statutory', alternative: alternative.index, condition, result });
    if (result) holding.push(alternative.index);
  }
  if (holding.length !== 1) {
    const code = compiled.item.code;
    throw new CailiangError('STATUTORY_RANGE_UNDETERMINED', [
      {
        code: holding.length === 0 ? 'statutory_none_holds' : 'statutory_several_hold',
        path: 'facts',
        message:
          holding.length === 0
            ? `no statutory range of ${code} applies to these facts (${describeFacts(compiled, facts)}); the rule set's statutory.fine alternatives leave this case out`
            : `statutory ranges ${holding.map((i) => `statutory.fine[${i}]`).join(' and ')} of ${code} both apply to these facts (${describeFacts(compiled, facts)}); exactly one must`,
      },
    ]);
  }
  const index = holding[0] as number;
  return compiled.statutory[index];
}

/**
 * The tier (裁量阶次) for the facts, by the policy's `tierSelection`:
 * `most-severe` — of the tiers that hold, the last listed (the most severe);
 * `first` — the first listed that holds; `unique` — exactly one may hold.
 * The fallback (the tier without `when`) is chosen only when no other holds.
 *
 * @throws CailiangError TIER_UNDETERMINED
 */
export function selectTier(
  compiled: CompiledPenaltyItem,
  selection: TierSelection,
  facts: FactValues,
  trace: TraceEntry[] | undefined,
): ConditionalTier | FallbackTier {
  if (trace === undefined && selection !== 'unique')
    return preferredTier(compiled, selection, facts) ?? noTierHolds(compiled, facts);
  const { tiers } = compiled;
  // The tiers that hold, counted with the first and the last kept (the choice needs no more); the
  // list is made only for the error naming them. Each tier's explanation kept as the condition
  // returns it, for the trace entries once the choice is known: no wrapper or interim entry per tier.
  let count = 0;
  let first: ConditionalTier | undefined;
  let last: ConditionalTier | undefined;
  const explained: { readonly result: boolean; readonly trace: ConditionTrace }[] | undefined =
    trace === undefined ? undefined : new Array(tiers.length);
  for (let index = 0; index < tiers.length; index++) {
    const tier = tiers[index] as ConditionalTier;
    let result: boolean;
    if (explained === undefined) result = tier.when.test(facts);
    else {
      const explanation = tier.when.explain(facts);
      explained[index] = explanation;
      result = explanation.result;
    }
    if (result) {
      count += 1;
      first ??= tier;
      last = tier;
    }
  }
  if (selection === 'unique' && count > 1) {
    const holding = tiers.filter((tier, index) =>
      explained === undefined ? tier.when.test(facts) : (explained[index] as { result: boolean }).result,
    );
    throw new CailiangError('TIER_UNDETERMINED', [
      {
        code: 'tiers_overlap',
        path: 'facts',
        message: `tiers ${holding.map((t) => `"${String(t.data.level)}"`).join(', ')} of ${compiled.item.code} all hold, and the rule set's tierSelection is unique`,
      },
    ]);
  }
  const chosen =
    (count === 0 ? compiled.fallback : selection === 'first' ? first : last) ?? noTierHolds(compiled, facts);
  if (explained !== undefined && trace !== undefined) {
    const chosenIndex = chosen.index;
    for (let index = 0; index < tiers.length; index++) {
      const tier = tiers[index] as ConditionalTier;
      const explanation = explained[index] as { result: boolean; trace: ConditionTrace };
      trace.push({
        step: 'tier',
        level: tier.level,
        condition: explanation.trace,
        result: explanation.result,
        selected: tier.index === chosenIndex,
      });
    }
    const { fallback } = compiled;
    if (fallback !== undefined) {
      trace.push({
        step: 'tier',
        level: fallback.level,
        condition: null,
        result: count === 0,
        selected: chosen === fallback,
      });
    }
  }
  return chosen;
}

/**
 * Without a trace, and when the policy prefers one end of the list, only the tiers up to the first
 * that holds from that end need evaluating: conditions have no side effects, so the others
 * cannot change the choice.
 */
function preferredTier(
  compiled: CompiledPenaltyItem,
  selection: 'most-severe' | 'first',
  facts: FactValues,
): ConditionalTier | FallbackTier | undefined {
  const { tiers } = compiled;
  if (selection === 'first') {
    for (const tier of tiers) if (tier.when.test(facts)) return tier;
  } else {
    for (let i = tiers.length - 1; i >= 0; i--) {
      const tier = tiers[i] as ConditionalTier;
      if (tier.when.test(facts)) return tier;
    }
  }
  return compiled.fallback;
}

/**
 * No tier holds and there is no fallback: the error names, tier by tier, the facts whose test
 * failed (`tier "2": priorPenalties equal 1 — was 0`), so the officer sees which fact to check
 * and the author which case the table leaves out.
 */
function noTierHolds(compiled: CompiledPenaltyItem, facts: FactValues): never {
  const missed = compiled.tiers.map((tier) => {
    const failed = failedLeaves(tier.when.explain(facts).trace)
      .map((leaf) => `${leaf.fact} ${leaf.operator} ${traceText(leaf.value)} — was ${traceText(leaf.factValue)}`)
      .join('; ');
    return `tier "${String(tier.data.level)}" (${tier.data.label}): ${failed}`;
  });
  throw new CailiangError('TIER_UNDETERMINED', [
    {
      code: 'no_tier_holds',
      path: 'facts',
      message: `no tier of ${compiled.item.code} holds for these facts (${describeFacts(compiled, facts)}), and it has no fallback tier. Facts that missed: ${missed.join(' | ')}`,
    },
  ]);
}

type LeafTrace = Extract<ConditionTrace, { readonly fact: string }>;

/** The leaves whose failure made a condition fail: under `all`, every failed child; under `any`, all of them. */
function failedLeaves(trace: ConditionTrace): LeafTrace[] {
  if (trace.result) return [];
  if ('fact' in trace) return [trace];
  // A `not` fails because what it negates held: the leaves that held are what missed.
  if ('not' in trace) return heldLeaves(trace.not);
  const children = 'all' in trace ? trace.all : trace.any;
  return children.flatMap(failedLeaves);
}

function heldLeaves(trace: ConditionTrace): LeafTrace[] {
  if ('fact' in trace) return trace.result ? [trace] : [];
  if ('not' in trace) return failedLeaves(trace.not);
  return ('all' in trace ? trace.all : trace.any).flatMap(heldLeaves);
}

function traceText(value: unknown): string {
  return value === null ? 'absent' : typeof value === 'string' ? value : JSON.stringify(value);
}

function describeFacts(compiled: CompiledPenaltyItem, facts: FactValues): string {
  return [...compiled.required]
    .filter((name) => facts[name] !== undefined)
    .map((name) => `${name} ${String(facts[name])}`)
    .join(', ');
}
