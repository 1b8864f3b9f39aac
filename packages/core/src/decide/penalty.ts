import { generalRuleCitation } from '../citation/general-laws.js';
import type { Citation, ResolvedCitation } from '../citation/types.js';
import type { ValidatedCase } from '../case/types.js';
import type { Calendar } from '../calendar/types.js';
import { GENERAL_RULES } from '../general-rules/grounds.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import { procedureDeadlines } from '../procedure/clocks.js';
import { limitation } from '../general-rules/limitation.js';
import { ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { SanctionData, StatutoryFineData, TierData } from '../ruleset/schema.js';
import { bandRange, lighterOf } from './amount-range.js';
import { generalRuleEntry } from './general-rule-trace.js';
import type { Range, StatutoryRange } from './amount-range.js';
import type { CompiledItem, CompiledPenaltyItem } from './compile-item.js';
import type { Adjustment, Decision, Exemption, FineSanction, Order, Sanction, TraceEntry, Warning } from './decision.js';
import { bandMultiples, reducedRange, statutoryFineRange, tierRange } from './fine.js';
import type { TierRange } from './fine.js';
import { imposedSanctions, resolveSanction } from './sanctions.js';
import { evaluate, selectStatutory, selectTier } from './select.js';

/** What the engine passes down for one case. */
export interface PenaltyContext {
  /** The working-day calendar for procedure clocks. */
  readonly calendar: Calendar;
  /** Keep the trace (default on; off for bulk runs that only need outcomes). */
  readonly trace: boolean;
  /** Trace entries and warnings from the steps before (version selection, limitation). */
  readonly preface: readonly TraceEntry[];
  readonly warnings: readonly Warning[];
  /** Citations the earlier steps applied (第三十七条 when a newer, lighter version is used). */
  readonly citations: readonly ResolvedCitation[];
}

/**
 * Decides a penalty case, in the order of spec §3: mandatory no-penalty grounds, then the
 * tier and its ranges, then mitigation, then exemptions the agency may grant.
 */
export function decidePenalty(compiled: CompiledPenaltyItem, kase: ValidatedCase, context: PenaltyContext): Decision {
  const trace: TraceEntry[] | undefined = context.trace ? [...context.preface] : undefined;
  const warnings: Warning[] = [...context.warnings];
  const { facts } = kase;
  const orders: Order[] = [];
  for (const { order, when } of compiled.orders) {
    if (when !== undefined) {
      const { result, condition } = evaluate(when, facts, context.trace);
      if (condition !== null) trace?.push({ step: 'order', kind: order.kind, condition, result });
      if (!result) continue;
    }
    orders.push(order);
  }
  const { dates, excludedPeriods, payment } = kase;
  /** The decision, with the procedure clocks its outcome runs (hearing and payment only for a penalty). */
  const finish = (body: DecisionBody) =>
    assemble(compiled, body, orders, procedureDeadlines({ dates, excludedPeriods, payment, penalty: body.outcome === 'penalty' }, context.calendar));
  /** A fact the alternative, tier or sanction that applies multiplies must be in the case. */
  const need = (name: string, why: string) => {
    if (facts[name] !== undefined) return;
    const label = (compiled.ruleSet.facts as Readonly<Record<string, { label: string }>>)[name]?.label;
    throw new CailiangError('INVALID_CASE', [{ code: 'missing_fact', path: `facts.${name}`, message: `missing fact "${name}"${label === undefined ? '' : ` (${label})`}, which ${why} needs` }]);
  };

  const limit = limitation(kase.dates, facts);
  if (limit === undefined) {
    warnings.push({ code: 'limitation-not-checked', message: 'the case gives no dates.discovered, so the limitation period (行政处罚法 第三十六条) was not checked' });
  } else {
    trace?.push({ step: 'limitation', years: limit.years, from: limit.from, until: limit.until, discovered: limit.discovered, result: limit.timeBarred });
    if (limit.timeBarred) {
      return finish({
        outcome: 'time-barred',
        tier: null,
        sanctions: [],
        adjustments: [],
        exemption: null,
        citations: citing(compiled.citations.withoutPenalty, context.citations, limit.citations.map((citation) => generalRuleCitation(citation))),
        trace,
        warnings,
      });
    }
  }

  /** The general rules that hold for this case, in the order of GENERAL_RULES. */
  const grounds: GeneralRule[] = [];
  for (const rule of GENERAL_RULES) {
    const holds = rule.holds(kase.party, facts);
    if (holds) grounds.push(rule);
    if (trace !== undefined) trace.push(generalRuleEntry(rule, kase.party, facts, holds));
  }
  const itemExemptions = compiled.exemptions.filter((exemption) => {
    const { result, condition } = evaluate(exemption.when, facts, context.trace);
    if (condition !== null) trace?.push({ step: 'exemption', id: exemption.data.id, mandatory: exemption.data.mandatory, condition, result });
    return result;
  });

  const noPenaltyGround = grounds.find((rule) => rule.effect === 'no-penalty');
  const mandatoryExemption = itemExemptions.find((exemption) => exemption.data.mandatory);
  if (noPenaltyGround !== undefined || mandatoryExemption !== undefined) {
    const exemption: Exemption =
      noPenaltyGround !== undefined
        ? { id: noPenaltyGround.id, mandatory: true, citations: [generalRuleCitation(noPenaltyGround.citation)] }
        : { id: mandatoryExemption!.data.id, mandatory: true, citations: [...mandatoryExemption!.citations] };
    return finish({
      outcome: 'no-penalty',
      tier: null,
      sanctions: [],
      adjustments: [],
      exemption,
      citations: citing(compiled.citations.withoutPenalty, context.citations, exemption.citations),
      trace,
      warnings,
    });
  }

  if (compiled.precondition !== undefined) {
    const { result, condition } = evaluate(compiled.precondition, facts, context.trace);
    if (condition !== null) trace?.push({ step: 'precondition', condition, result });
    if (!result) {
      // 责令改正；逾期不改正的，处…: the statute's condition for a penalty is not met yet.
      return finish({
        outcome: 'correction-ordered',
        tier: null,
        sanctions: [],
        adjustments: [],
        exemption: null,
        citations: citing(compiled.citations.penalty, context.citations, ...orders.map((order) => order.citations)),
        trace,
        warnings,
      });
    }
  }

  const alternative = selectStatutory(compiled, facts, trace);
  const tier = selectTier(compiled, compiled.policy.tierSelection, facts, trace);
  const itemMitigations = compiled.mitigations.filter((ground) => {
    const { result, condition } = evaluate(ground.when, facts, context.trace);
    if (condition !== null) trace?.push({ step: 'mitigation', id: ground.id, mandatory: ground.mandatory, condition, result });
    return result;
  });
  const mitigation: MitigationGround[] = [];
  for (const rule of grounds) {
    if (rule.effect === 'mitigation') mitigation.push({ id: rule.id, mandatory: rule.mandatory, citations: [generalRuleCitation(rule.citation)] });
  }
  for (const ground of itemMitigations) mitigation.push({ id: ground.id, mandatory: ground.mandatory, citations: ground.citations });
  const mitigate = mitigation.some((ground) => ground.mandatory);

  const sanctions: Sanction[] = [];
  let statutory: StatutoryRange | undefined;
  let ranges = NO_MITIGATION_RANGES;
  if (alternative !== undefined && tier.fine !== undefined) {
    if (alternative.data.multiple !== undefined) need(alternative.data.multiple.of, `the statutory range that applies (statutory.fine[${alternative.index}])`);
    const tierOf = tier.fine.multiple === undefined ? undefined : (tier.fine.multiple.of ?? alternative.data.multiple?.of);
    if (tierOf !== undefined) need(tierOf, `tier "${String(tier.level)}"`);
    statutory = statutoryFineRange(alternative.data, facts, compiled.policy);
    const fine = tierRange(tier.fine, statutory, alternative.data, facts, compiled.policy, { level: tier.level, warnings, unit: '元' });
    if (mitigation.length > 0) ranges = mitigationRanges(statutory, compiled);
    sanctions.push(fineSanction(mitigate ? mitigatedFine(fine, ranges.band, alternative.data, tier, compiled, warnings) : fine, statutory, alternative.data.optional === true));
  }
  const applies = (spec: SanctionData): boolean => {
    const when = compiled.sanctionConditions.get(spec);
    if (when === undefined) return true;
    const { result, condition } = evaluate(when, facts, context.trace);
    if (condition !== null) trace?.push({ step: 'sanction', kind: spec.kind, condition, result });
    return result;
  };
  for (const imposed of imposedSanctions(compiled.item, tier, warnings, applies)) {
    if (imposed.spec.of !== undefined) need(imposed.spec.of, imposed.spec.kind);
    sanctions.push(resolveSanction(imposed, tier, facts, compiled.policy, mitigate, warnings));
  }

  const adjustments = mitigation.map((ground) => mitigationAdjustment(ground, ranges));
  if (mitigation.length > 0 && compiled.policy.mitigation === undefined) {
    warnings.push({
      code: 'mitigation-band-missing',
      message: `${mitigation.flatMap((g) => g.citations.map((c) => c.text)).join('、')} calls for 从轻或者减轻, but the rule set's policy.mitigation names no band: the fine range was not narrowed`,
    });
  }
  const offered = itemExemptions.find((exemption) => !exemption.data.mandatory);
  const offeredGround = grounds.find((rule) => rule.effect === 'exemption-offered');
  const exemption: Exemption | null =
    offered !== undefined
      ? { id: offered.data.id, mandatory: false, citations: [...offered.citations] }
      : offeredGround !== undefined
        ? { id: offeredGround.id, mandatory: false, citations: [generalRuleCitation(offeredGround.citation)] }
        : null;

  const applied = mitigation.filter((ground) => ground.mandatory).map((ground) => ground.citations);
  return finish({
    outcome: 'penalty',
    tier: { level: tier.level, label: tier.label },
    sanctions,
    adjustments,
    exemption,
    citations: citing(compiled.citations.penalty, context.citations, ...applied),
    trace,
    warnings,
  });
}

/** A ground to 从轻或者减轻: a general rule of 行政处罚法, or the item's own (产品质量法 第五十五条). */
interface MitigationGround {
  readonly id: string;
  readonly mandatory: boolean;
  readonly citations: readonly ResolvedCitation[];
}

/**
 * 从轻: the fine narrows to the mitigation band of the statutory range, never above the tier's
 * own range; for a multiple, the multiples narrow the same way. A tier that its own conditions
 * selected and that lies wholly above that band (touching it at most at its edge, as 从重 does
 * under the Guangdong mean-based bands) means the case shows both aggravating and mitigating
 * circumstances: the officer is told. The fallback tier shows no circumstances, so it conflicts
 * with none.
 */
function mitigatedFine(fine: TierRange, band: Range | undefined, alternative: StatutoryFineData, tier: TierData, compiled: CompiledPenaltyItem, warnings: Warning[]): TierRange {
  const policy = compiled.policy.mitigation;
  if (policy === undefined || band === undefined) return fine;
  const selectedByConditions = compiled.fallback?.data !== tier;
  if (selectedByConditions && fine.range.min.greaterThanOrEqualTo(band.max) && fine.range.max.greaterThan(band.max)) {
    warnings.push({
      code: 'conflicting-circumstances',
      message: `tier "${String(tier.level)}" (${tier.label}) sets ${formatMoney(fine.range.min)}–${formatMoney(fine.range.max)}, above the 从轻 band "${policy.band.name}" (${formatMoney(band.min)}–${formatMoney(band.max)}) that mitigation requires; the fine was narrowed to the band — weigh the circumstances of both`,
    });
  }
  const range = lighterOf(fine.range, band);
  const of = alternative.multiple;
  if (fine.multiple === undefined || of === undefined || of.max === undefined || fine.multiple.of !== of.of) return { range };
  return { range, multiple: { ...fine.multiple, ...lighterOf(fine.multiple, bandMultiples(of, policy.band)) } };
}

/** The 从轻 band and the 减轻 range of a statutory range: what the fine and every ground show. */
interface MitigationRanges {
  /** The policy's mitigation band (absent without a policy band or for 「…以上」 ranges). */
  readonly band: Range | undefined;
  /** Down to `reducedFloor ×` the minimum (absent for ranges starting at 0). */
  readonly reduced: Range | undefined;
}

const NO_MITIGATION_RANGES: MitigationRanges = { band: undefined, reduced: undefined };

/** Worked out once per case, for the fine and for each mitigation ground's adjustment. */
function mitigationRanges(statutory: StatutoryRange, compiled: CompiledPenaltyItem): MitigationRanges {
  const policy = compiled.policy.mitigation;
  return {
    band: policy !== undefined && statutory.max !== undefined ? bandRange(statutory, policy.band, compiled.policy.rounding) : undefined,
    reduced: reducedRange(statutory, policy?.reducedFloor ?? ZERO, compiled.policy),
  };
}

function mitigationAdjustment(ground: MitigationGround, ranges: MitigationRanges): Adjustment {
  const out: Record<string, unknown> = { kind: 'mitigation', ground: ground.id, mandatory: ground.mandatory };
  if (ranges.band !== undefined) out['range'] = money(ranges.band);
  if (ranges.reduced !== undefined) out['reduced'] = money(ranges.reduced);
  out['citations'] = ground.citations;
  return out as unknown as Adjustment;
}

function fineSanction(fine: TierRange, statutory: StatutoryRange, optional: boolean): FineSanction {
  const out: Record<string, unknown> = {
    kind: 'fine',
    min: formatMoney(fine.range.min),
    max: formatMoney(fine.range.max),
    statutory: statutory.max === undefined ? { min: formatMoney(statutory.min) } : { min: formatMoney(statutory.min), max: formatMoney(statutory.max) },
  };
  if (fine.multiple !== undefined) {
    out['multiple'] = {
      of: fine.multiple.of,
      base: formatMoney(fine.multiple.base),
      min: formatMoney(fine.multiple.min),
      max: formatMoney(fine.multiple.max),
    };
  }
  if (optional) out['optional'] = true;
  return out as unknown as FineSanction;
}

function money(range: Range): { min: string; max: string } {
  return { min: formatMoney(range.min), max: formatMoney(range.max) };
}

interface DecisionBody {
  readonly outcome: Decision['outcome'];
  readonly tier: Decision['tier'];
  readonly sanctions: Sanction[];
  readonly adjustments: Adjustment[];
  readonly exemption: Exemption | null;
  readonly eligibility?: Decision['eligibility'];
  readonly citations: ResolvedCitation[];
  readonly trace: TraceEntry[] | undefined;
  readonly warnings: Warning[];
}

/** Builds the decision with its keys always in the order of spec §4. */
export function assemble(compiled: CompiledItem, body: DecisionBody & { deadlines?: Decision['deadlines'] }, orders: Decision['orders'] = [], deadlines = body.deadlines): Decision {
  const decision: Record<string, unknown> = {
    outcome: body.outcome,
    ruleSet: compiled.decisionRuleSet,
    item: compiled.decisionItem,
    tier: body.tier,
    sanctions: body.sanctions,
    orders,
    adjustments: body.adjustments,
    exemption: body.exemption,
  };
  if (body.eligibility !== undefined) decision['eligibility'] = body.eligibility;
  decision['citations'] = dedupeCitations(body.citations);
  decision['deadlines'] = deadlines ?? [];
  decision['trace'] = body.trace ?? [];
  decision['warnings'] = body.warnings;
  return decision as unknown as Decision;
}

/** What the item always cites, then what the case adds (a plain loop: this runs for every decision). */
function citing(base: readonly ResolvedCitation[], ...added: (readonly ResolvedCitation[])[]): ResolvedCitation[] {
  const citations = [...base];
  for (const list of added) for (const citation of list) citations.push(citation);
  return citations;
}

/** The citations without repeats (same role and text), first occurrence kept. A decision cites a handful. */
function dedupeCitations(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  const kept: ResolvedCitation[] = [];
  for (const citation of citations) {
    if (!kept.some((other) => other.role === citation.role && other.text === citation.text)) kept.push(citation);
  }
  return kept;
}
