/**
 * Decides a penalty case, step by step in the order of spec §3. Each step lives in its own module
 * — the limitation period in general-rules/, the grounds in {@link generalRulesHolding},
 * exemptions in exemption.ts, the tier in select.ts, the fine in fine.ts, other sanctions in
 * sanctions.ts, mitigation in mitigation.ts — and the decision is put together in decision.ts.
 */
import { generalRuleCitation } from '../citation/general-laws.js';
import type { ValidatedCase } from '../case/types.js';
import type { Calendar } from '../calendar/types.js';
import type { Language } from '../explain/condition-text.js';
import type { PenaltyLawEdition } from '../general-rules/editions.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import { procedureDeadlines } from '../procedure/clocks.js';
import type { SanctionData } from '../ruleset/schema.js';
import { ORDER_TO_CORRECT } from './compile-item.js';
import type { CompiledPenaltyItem, ConditionalTier, FallbackTier } from './compile-item.js';
import { addCitation, assemble, citing, withoutPenalty } from './decision.js';
import type { Adjustment, Decision, DecisionBody, Order, Referral, Sanction, TraceEntry } from './decision.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import { WarningList } from './warning-messages.js';
import { imposedExemption, offeredExemption } from './exemption.js';
import { caseFine } from './fine.js';
import { perUnitStep } from './per-unit.js';
import { computeAmount } from './computed-amount.js';
import { statutoryRange } from './fine.js';
import { generalRulesHolding } from './general-rule-trace.js';
import { decideGuide } from './guide.js';
import type { GeneralRuleEntries } from './general-rule-trace.js';
import { mitigationAdjustments, mitigationGrounds } from './mitigation.js';
import { decidePersons } from './persons.js';
import { requireFact } from './required-fact.js';
import { ordersGiven, referralsGiven } from './measures.js';
import { applySpecialRules } from './special-rules.js';
import { imposedSanctions, resolveSanction } from './sanctions.js';
import type { CompiledSanction, ImposedSanction } from './sanctions.js';
import { holds, selectStatutory, selectTier } from './select.js';
import { atLeastOneUnit } from './required-floor.js';
import { requireSanctions, shiftTier, tableRulesHolding } from './table-rules.js';
import type { CompiledTableRule } from './table-rules.js';
import type { CompiledCondition } from '../conditions/compile.js';

/** What the engine passes down for one case. */
export interface PenaltyContext {
  /** The working-day calendar for procedure clocks. */
  readonly calendar: Calendar;
  /** Keep the trace (default on; off for bulk runs that only need outcomes). */
  readonly trace: boolean;
  /** Trace entries of the steps before (version selection). */
  readonly preface: readonly TraceEntry[];
  /** The engine's general-rule trace entries, shared by its decisions. */
  readonly generalRules: GeneralRuleEntries;
  /** The edition of 行政处罚法 whose general rules and limitation period apply (2017 or 2021 text). */
  readonly penaltyLaw: PenaltyLawEdition;
  /** The language of the decision's warnings: zh (default) or en. */
  readonly language?: Language;
}

/**
 * Decides a penalty case, in the order of spec §3: mandatory no-penalty grounds, then the
 * tier and its ranges, then mitigation, then exemptions the agency may grant.
 *
 * @throws CailiangError when the facts select no statutory range or tier, or lack a fact the fine needs
 */
export function decidePenalty(compiled: CompiledPenaltyItem, kase: ValidatedCase, context: PenaltyContext): Decision {
  const trace: TraceEntry[] | undefined = context.trace ? [...context.preface] : undefined;
  const warnings = new WarningList(context.language);
  const { facts } = kase;
  // An item without measures or referrals (most) skips their loops; the decision's list is its own all the same.
  const orders =
    compiled.orders.length === 0
      ? []
      : ordersGiven(compiled.orders, facts, trace, context.penaltyLaw, ORDER_TO_CORRECT);
  const referrals = compiled.referrals === undefined ? undefined : referralsGiven(compiled.referrals, facts, trace);

  const barred = timeBarred(compiled, kase, context.penaltyLaw, trace, warnings);
  if (barred !== undefined) return finish(compiled, kase, context, barred, orders, referrals);

  if (compiled.referredOnly) {
    // 「可以由公安机关依照第一款规定给予拘留」: the statute gives this agency nothing to impose, so no tier,
    // exemption or mitigation of its own is decided — the referral is the whole decision.
    const body = withoutPenalty(
      { outcome: 'referred' },
      { citations: compiled.citations.penalty, trace, warnings: warnings.items },
    );
    return finish(compiled, kase, context, body, orders, referrals);
  }

  // 从其规定: the item's special rules set aside the general rules they displace before any applies.
  const holding = generalRulesHolding(context.penaltyLaw.rules, kase.party, facts, trace, context.generalRules);
  const special =
    compiled.overrides.length === 0 ? undefined : applySpecialRules(compiled, holding, facts, trace, warnings);
  const rules = special === undefined ? holding : special.rules;
  const itemExemptions = compiled.exemptions.length === 0 ? NO_EXEMPTIONS : exemptionsHolding(compiled, facts, trace);
  const exemption = imposedExemption(rules, itemExemptions);
  if (exemption !== undefined) {
    const body = withoutPenalty(
      { outcome: 'no-penalty', exemption },
      { citations: citing(compiled.citations.withoutPenalty, exemption.citations), trace, warnings: warnings.items },
    );
    return finish(compiled, kase, context, body, orders, referrals);
  }

  const { precondition } = compiled;
  if (precondition !== undefined && !preconditionHolds(precondition, facts, trace)) {
    // 责令改正；逾期不改正的，处…: the statute's condition for a penalty is not met yet.
    const citations = citing(compiled.citations.penalty);
    for (const order of orders) for (const citation of order.citations) citations.push(citation);
    const body = withoutPenalty({ outcome: 'correction-ordered' }, { citations, trace, warnings: warnings.items });
    return finish(compiled, kase, context, body, orders, referrals);
  }
  const offered = special?.offered ?? offeredExemption(rules, itemExemptions);
  const body = penaltyBody(compiled, kase, { rules, offered }, trace, warnings);
  return finish(compiled, kase, context, body, orders, referrals, true);
}

/**
 * The exemptions of an item that lists none: no filter to run, nothing to allocate. Never handed
 * out nor changed; not frozen, since V8 walks a frozen array on a slower path.
 */
const NO_EXEMPTIONS: CompiledPenaltyItem['exemptions'] = [];

/** The decision, with the procedure clocks its outcome runs (hearing and payment only for a penalty). */
function finish(
  compiled: CompiledPenaltyItem,
  { dates, excludedPeriods, payment }: ValidatedCase,
  context: PenaltyContext,
  body: DecisionBody,
  orders: Order[],
  referrals: Referral[] | undefined,
  citationsUnique = false,
): Decision {
  const deadlines = procedureDeadlines(
    { dates, excludedPeriods, payment, penalty: body.outcome === 'penalty' },
    context.calendar,
  );
  return assemble(compiled, body, orders, deadlines, referrals, citationsUnique);
}

/**
 * The item's 免罚清单 entries whose condition holds, each traced. A closure for the trace entry is
 * made only when a trace is kept: without one, this is the compiled conditions alone.
 */
function exemptionsHolding(
  compiled: CompiledPenaltyItem,
  facts: ValidatedCase['facts'],
  trace: TraceEntry[] | undefined,
): CompiledPenaltyItem['exemptions'] {
  const held: CompiledPenaltyItem['exemptions'][number][] = [];
  for (const exemption of compiled.exemptions) {
    const result =
      trace === undefined
        ? exemption.when.test(facts)
        : holds(exemption.when, facts, trace, (condition, result) => ({
            step: 'exemption',
            id: exemption.data.id,
            mandatory: exemption.data.mandatory,
            condition,
            result,
          }));
    if (result) held.push(exemption);
  }
  return held;
}

/** 逾期不改正的: whether the statute's condition for a penalty holds, traced when a trace is kept. */
function preconditionHolds(
  precondition: CompiledCondition,
  facts: ValidatedCase['facts'],
  trace: TraceEntry[] | undefined,
): boolean {
  if (trace === undefined) return precondition.test(facts);
  return holds(precondition, facts, trace, (condition, result) => ({ step: 'precondition', condition, result }));
}

/**
 * The limitation step (行政处罚法 第三十六条, or 第二十九条 of the 2017 text): the time-barred
 * decision's body when the act is out of time, otherwise undefined — with a warning for each
 * comparison the case's dates do not allow (the later text's 第三十七条, the period itself).
 */
function timeBarred(
  compiled: CompiledPenaltyItem,
  { facts, dates }: ValidatedCase,
  penaltyLaw: PenaltyLawEdition,
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
): DecisionBody | undefined {
  if (dates.decision === undefined && penaltyLaw.until !== undefined) {
    // 第三十七条 needs the decision date to know whether the later text applies: say it was not compared.
    warnings.add('penalty-law-not-compared', { law: penaltyLaw.name });
  }
  const limit = penaltyLaw.limitation(dates, facts);
  if (limit === undefined) {
    warnings.add('limitation-not-checked', { article: penaltyLaw.limitationArticle });
    return undefined;
  }
  trace?.push({
    step: 'limitation',
    years: limit.years,
    from: limit.from,
    until: limit.until,
    discovered: limit.discovered,
    result: limit.timeBarred,
  });
  if (!limit.timeBarred) return undefined;
  const citations = citing(
    compiled.citations.withoutPenalty,
    limit.citations.map((citation) => generalRuleCitation(citation)),
  );
  return withoutPenalty({ outcome: 'time-barred' }, { citations, trace, warnings: warnings.items });
}

/**
 * The penalty itself, once nothing spared the party: the statutory range and the tier (shifted by
 * table-wide rules), mitigation, the fine, the other sanctions, the responsible persons (双罚制).
 * The steps an item cannot take (no table rules, no grounds of its own, no guidance, no persons)
 * are skipped on what the compiled item says, not run on empty lists: this runs on every penalty.
 *
 * @param grounds - the general rules that hold, after the special rules, and the exemption the
 *   agency may still grant
 */
function penaltyBody(
  compiled: CompiledPenaltyItem,
  kase: ValidatedCase,
  grounds: { readonly rules: readonly GeneralRule[]; readonly offered: Decision['exemption'] },
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
): DecisionBody {
  const { facts } = kase;
  // 「给予警告；拒不改正的，处…罚款」: without the refusal there is no fine, but the warning stands.
  const { fineCondition } = compiled;
  const fined =
    fineCondition === undefined ||
    (trace === undefined
      ? fineCondition.test(facts)
      : holds(fineCondition, facts, trace, (condition, result) => ({ step: 'fine-condition', condition, result })));
  const alternative = fined ? selectStatutory(compiled, facts, trace) : undefined;
  const tableRules =
    compiled.tableRules.length === 0 ? NO_TABLE_RULES : tableRulesHolding(compiled.tableRules, facts, trace);
  const tier = selectTier(compiled, compiled.policy.tierSelection, facts, trace);
  const shifted = tableRules.length === 0 ? undefined : shiftTier(compiled, tier, tableRules, warnings);
  const selected = shifted === undefined ? tier : shifted.tier;
  const mitigation = mitigationGrounds(grounds.rules, compiled, facts, trace);
  let mitigate = false;
  for (const ground of mitigation) if (ground.mandatory) mitigate = true;
  const fine = caseFine(
    compiled,
    alternative,
    selected,
    facts,
    { any: mitigation.length > 0, mandatory: mitigate },
    warnings,
    tableRules,
  );
  if (trace !== undefined && alternative !== undefined && fine.sanction !== undefined) {
    const perUnit = perUnitStep(alternative.fine, facts, compiled.policy.rounding);
    if (perUnit !== undefined) trace.push(perUnit);
    // 权重累加 / 每增加1个…: the table's arithmetic, term by term, before the statute holds it.
    if (selected.amount?.kind === 'computed') {
      const statutory = statutoryRange(alternative.fine, facts, compiled.policy.rounding);
      trace.push(computeAmount(selected.amount.computed, facts, statutory, compiled.policy.rounding).step);
    }
  }
  const decided: Sanction[] = fine.sanction === undefined ? [] : [fine.sanction];
  otherSanctions(decided, compiled, selected, facts, mitigate, trace, warnings);
  // 「应当依法予以吊销或拘留」: the table makes a 可以并处 sanction required where its condition holds.
  const required = tableRules.length === 0 ? undefined : requireSanctions(decided, tableRules);
  // 「应当…拘留」 (or the statute's 并处): a required detention of 0 日 would be none at all.
  const sanctions = atLeastOneUnit(required === undefined ? decided : required.sanctions);
  // Built with loops and keys set one by one rather than spreads: this runs on every penalty.
  const adjustments: Adjustment[] = [];
  if (shifted !== undefined) for (const adjustment of shifted.adjustments) adjustments.push(adjustment);
  for (const adjustment of fine.tableAdjustments) adjustments.push(adjustment);
  if (required !== undefined) for (const adjustment of required.adjustments) adjustments.push(adjustment);
  if (mitigation.length > 0)
    for (const adjustment of mitigationAdjustments(mitigation, fine.ranges, compiled, warnings))
      adjustments.push(adjustment);
  // The item's citations (without repeats since compiled), then those of each adjustment applied
  // (and of the guide, below), each only if not cited yet: built without repeats, the list need
  // not be searched again when the decision is assembled. (A spread, not slice(): V8 slices a
  // frozen array on its slow path, some twenty times the cost.)
  const citations = [...compiled.citations.penalty];
  // A statutory alternative with a basis of its own (v2) is cited where it sets the fine.
  if (alternative !== undefined && fine.sanction !== undefined)
    for (const citation of alternative.citations) addCitation(citations, citation);
  if (shifted !== undefined)
    for (const adjustment of shifted.adjustments)
      for (const citation of adjustment.citations) addCitation(citations, citation);
  for (const adjustment of fine.tableAdjustments)
    for (const citation of adjustment.citations) addCitation(citations, citation);
  if (required !== undefined)
    for (const adjustment of required.adjustments)
      for (const citation of adjustment.citations) addCitation(citations, citation);
  for (const ground of mitigation)
    if (ground.mandatory) for (const citation of ground.citations) addCitation(citations, citation);
  // 双罚制: the unit's responsible persons, each from their own facts, cited to their own 款.
  const persons =
    compiled.persons === undefined
      ? undefined
      : decidePersons(compiled.persons, kase.persons, compiled.policy.rounding, trace, warnings);
  // 指导基准: where in the decided ranges the table recommends the amount, and how far it may depart.
  const guide =
    compiled.guidance === undefined
      ? undefined
      : decideGuide(compiled.guidance, selected.data, sanctions, facts, trace, warnings, compiled.policy.rounding);
  if (guide !== undefined) for (const citation of guide.citations) addCitation(citations, citation);
  const body: UnderConstruction<PenaltyBody> = {
    outcome: 'penalty',
    tier: { level: selected.level, label: selected.label },
    sanctions,
    adjustments,
    exemption: grounds.offered,
    citations,
    trace,
    warnings: warnings.items,
  };
  if (guide !== undefined) body.guide = guide;
  if (persons !== undefined) body.persons = persons;
  return body;
}

/** The table rules holding for an item whose table has none: shared, never handed out nor changed (not frozen, as above). */
const NO_TABLE_RULES: readonly CompiledTableRule[] = [];

/** The body of a decision that imposes a penalty. */
type PenaltyBody = Extract<DecisionBody, { readonly outcome: 'penalty' }>;

/**
 * The sanctions beside the fine (警告, 没收, 吊销…) that the item and the tier impose and whose
 * conditions hold, each resolved for the case and added to `decided`; one whose v2 `amountWhen`
 * fails keeps its measure without a sum (没收广告费用 where the fee cannot be calculated has no
 * amount, not 0 元).
 */
function otherSanctions(
  decided: Sanction[],
  compiled: CompiledPenaltyItem,
  selected: ConditionalTier | FallbackTier,
  facts: ValidatedCase['facts'],
  mitigate: boolean,
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
): void {
  // The tier's sanctions, worked out when the item was compiled unless a sanction's own condition
  // makes them the case's; the warnings the tier always gives are given here, where they arose.
  let imposed: readonly ImposedSanction[];
  const fixed = selected.imposes;
  if (fixed !== undefined) {
    for (const params of fixed.unauthorised) warnings.add('sanction-not-authorised', params);
    imposed = fixed.imposed;
  } else {
    imposed = imposedSanctions(
      compiled.item,
      selected.data,
      compiled.sanctions,
      (params) => warnings.add('sanction-not-authorised', params),
      (spec) => sanctionApplies(compiled.sanctions.get(spec), spec, facts, trace),
    );
  }
  for (const entry of imposed) {
    const { sanction } = entry;
    const withAmount = sanction.amountWhen === undefined || amountApplies(sanction, sanction.amountWhen, facts, trace);
    if (sanction.of !== undefined && withAmount) requireFact(compiled, facts, sanction.of, sanction.kind);
    const resolved = resolveSanction(entry, selected, facts, compiled, mitigate, warnings);
    decided.push(withAmount ? resolved : withoutAmount(resolved));
  }
}

/** Whether a `with`/`also` sanction's own condition holds (拒不改正的，责令停产整治), traced when kept. */
function sanctionApplies(
  sanction: CompiledSanction | undefined,
  spec: SanctionData,
  facts: ValidatedCase['facts'],
  trace: TraceEntry[] | undefined,
): boolean {
  const when = sanction?.when;
  if (when === undefined) return true;
  if (trace === undefined) return when.test(facts);
  return holds(when, facts, trace, (condition, result) => ({ step: 'sanction', kind: spec.kind, condition, result }));
}

/** v2 `amountWhen`: whether the sanction's amount is taken from its fact, traced when kept. */
function amountApplies(
  sanction: CompiledSanction,
  when: CompiledCondition,
  facts: ValidatedCase['facts'],
  trace: TraceEntry[] | undefined,
): boolean {
  if (trace === undefined) return when.test(facts);
  return holds(when, facts, trace, (condition, result) => ({
    step: 'sanction',
    kind: `${sanction.kind}.amount`,
    condition,
    result,
  }));
}

/** The sanction without the amount its fact would give: the statute's measure stands, with no sum to print. */
function withoutAmount(sanction: Sanction): Sanction {
  if (sanction.kind === 'fine' || sanction.amount === undefined) return sanction;
  const { amount: _dropped, ...rest } = sanction;
  return rest;
}
