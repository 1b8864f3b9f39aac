/**
 * What a decision is (spec §4) and how one is put together: the public types first, then
 * {@link assemble}, which every outcome ends in, so that keys always come in the order of §4.
 */
import type { ResolvedCitation } from '../citation/types.js';
import type { ConditionTrace } from '../conditions/types.js';
import type { SanctionKind, SanctionUnit } from '../ruleset/sanction-kinds.js';
import type { CompiledItem } from './compile-item.js';
import type { Concurrence } from './concurrence.js';

/** An amount range as decimal strings: `{ min: "65000", max: "85000" }`. */
export interface AmountRange {
  readonly min: string;
  readonly max: string;
}

/** The fine a case calls for: the range within which the officer sets the amount. */
export interface FineSanction {
  readonly kind: 'fine';
  readonly min: string;
  readonly max: string;
  /** The statutory range that applies to these facts (法定幅度); `max` absent for 「…以上」. */
  readonly statutory: { readonly min: string; readonly max?: string };
  /** For a multiple of a fact: the fact, its amount and the multiples of the tier. */
  readonly multiple?: { readonly of: string; readonly base: string; readonly min: string; readonly max: string };
  /** 可以处…罚款: the statute authorises the fine without requiring it. */
  readonly optional?: boolean;
}

/** Any other sanction: an amount taken from a fact, a range in days or months, or none. */
export interface OtherSanction {
  readonly kind: Exclude<SanctionKind, 'fine'>;
  /** The statute's own words (吊销营业执照), where the rule set gives them: printed instead of the kind's label. */
  readonly text?: string;
  /** The amount, from the fact the rule set names (没收违法所得 of illegalIncome). */
  readonly amount?: string;
  /** Days, months or years, for sanctions with their own range (行政拘留 N 日). */
  readonly range?: AmountRange;
  readonly unit?: SanctionUnit;
  readonly statutory?: { readonly min: string; readonly max?: string };
  /** 可以并处: authorised, not required. */
  readonly optional?: boolean;
}

export type Sanction = FineSanction | OtherSanction;

/** 责令改正 (行政处罚法 第二十八条): not a penalty, ordered with it or in its place. */
export interface Order {
  readonly kind: 'correct' | 'correct-within-period';
  readonly label: string;
  readonly citations: readonly ResolvedCitation[];
}

/** 从轻或者减轻: a general rule that narrows the penalty, with the article that says so. */
export interface Adjustment {
  readonly kind: 'mitigation';
  /** The general rule (`APL-32-2-coerced`) or the item's own ground (its id) that applies. */
  readonly ground: string;
  /** 应当 (true: the fine above is already narrowed) or 可以 (false: offered). */
  readonly mandatory: boolean;
  /** The 从轻 range: the mitigation band of the statutory range. */
  readonly range?: AmountRange;
  /** The 减轻 option: below the statutory minimum, down to the policy's floor. */
  readonly reduced?: AmountRange;
  readonly citations: readonly ResolvedCitation[];
}

/** 不予行政处罚: imposed (mandatory) or offered (discretionary). */
export interface Exemption {
  /**
   * The item's 免罚清单 entry id, the general rule's id (`APL-33-1-minor-corrected`), or the id of
   * the item's special rule that displaced a general one (`overrides[].id`).
   */
  readonly id: string;
  readonly mandatory: boolean;
  readonly citations: readonly ResolvedCitation[];
  /**
   * What stays even when the exemption is granted, by the special rule that offers it (食品安全法
   * 第一百三十六条 「可以免予处罚，但应当依法没收其不符合食品安全标准的食品」); absent when nothing does.
   */
  readonly retained?: readonly OtherSanction[];
}

/** A licensing requirement (condition or material) with the provisions that impose it. */
export interface Requirement {
  readonly id: string;
  readonly label: string;
  readonly citations: readonly ResolvedCitation[];
}

/** Whether an application meets the item's conditions, and what it must include. */
export interface Eligibility {
  /** True when every condition holds. */
  readonly eligible: boolean;
  /** The conditions that do not hold, each with its legal basis. */
  readonly unmet: readonly Requirement[];
  /** The materials the applicant submits (申请材料). */
  readonly materials: readonly Requirement[];
}

/** A deadline the case's dates set (licensing time limits, procedure clocks). */
export interface Deadline {
  /** promised (承诺时限) · statutory · statutory-extended · … */
  readonly kind: string;
  /** The last day, inclusive. */
  readonly date: string;
  /** The length of the period, where it is counted in working days. */
  readonly workingDays?: number;
  readonly citations?: readonly ResolvedCitation[];
}

/**
 * The deadline to pay a fine (行政处罚法 第六十七条: 十五日内), with what the case says of the
 * payment: when it was paid, how many days late, and the surcharge (加处罚款, 第七十二条).
 */
export interface PaymentDeadline extends Deadline {
  readonly kind: 'payment';
  readonly citations: readonly ResolvedCitation[];
  readonly paid?: string;
  readonly lateDays?: number;
  /** Decimal string: 3% of the fine a day late, never more than the fine. */
  readonly surcharge?: string;
}

/** One step of the reasoning, in the order it was taken. */
export type TraceEntry =
  | {
      readonly step: 'version';
      readonly selected: string;
      readonly reason: string;
      readonly candidates?: readonly string[];
    }
  /** Which edition of 行政处罚法 applied, when the act and the decision fall under different ones (第三十七条). */
  | {
      readonly step: 'penalty-law';
      readonly selected: string;
      readonly reason: string;
      readonly candidates: readonly string[];
    }
  | {
      readonly step: 'general-rule';
      readonly rule: string;
      readonly citation: string;
      readonly saw: Readonly<Record<string, unknown>>;
      readonly result: boolean;
    }
  | {
      /**
       * A special rule of the item's law met a general rule it displaces (行政处罚法 「法律、行政法规
       * 另有规定的，从其规定」): `displaced` whether the general rule was set aside (its scope held),
       * `result` whether the special rule's own conditions held.
       */
      readonly step: 'override';
      readonly id: string;
      readonly rule: string;
      readonly scope: ConditionTrace | null;
      readonly displaced: boolean;
      readonly condition: ConditionTrace | null;
      readonly result: boolean;
    }
  | {
      readonly step: 'exemption';
      readonly id: string;
      readonly mandatory: boolean;
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  | {
      readonly step: 'concurrence';
      readonly applied: string;
      readonly setAside: readonly string[];
      readonly reason: string;
    }
  | {
      readonly step: 'licensing-condition';
      readonly id: string;
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  | { readonly step: 'order'; readonly kind: string; readonly condition: ConditionTrace; readonly result: boolean }
  | {
      readonly step: 'mitigation';
      readonly id: string;
      readonly mandatory: boolean;
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  | { readonly step: 'precondition'; readonly condition: ConditionTrace; readonly result: boolean }
  | { readonly step: 'fine-condition'; readonly condition: ConditionTrace; readonly result: boolean }
  | { readonly step: 'sanction'; readonly kind: string; readonly condition: ConditionTrace; readonly result: boolean }
  | {
      readonly step: 'statutory';
      readonly alternative: number;
      readonly condition: ConditionTrace | null;
      readonly result: boolean;
    }
  | {
      readonly step: 'tier';
      readonly level: string | number;
      readonly condition: ConditionTrace | null;
      readonly result: boolean;
      readonly selected: boolean;
    }
  | {
      readonly step: 'limitation';
      readonly years: number;
      readonly from: string;
      readonly until: string;
      readonly discovered: string;
      readonly result: boolean;
    };

export interface Warning {
  readonly code: string;
  readonly message: string;
}

/** What every decision carries, whatever its outcome. */
interface DecisionCommon {
  readonly ruleSet: { readonly id: string; readonly version: string; readonly digest: string };
  readonly item: {
    readonly code: string;
    readonly name: string;
    readonly powerItem?: { readonly code: string; readonly name: string };
  };
  readonly sanctions: readonly Sanction[];
  readonly orders: readonly Order[];
  readonly adjustments: readonly Adjustment[];
  /** One act breaching several items (第二十九条): the item applied and those set aside. */
  readonly concurrence?: Concurrence;
  readonly citations: readonly ResolvedCitation[];
  readonly deadlines: readonly Deadline[];
  readonly trace: readonly TraceEntry[];
  readonly warnings: readonly Warning[];
}

/** 行政处罚: the tier the facts select, its sanctions, and an exemption the agency may grant (可以不予). */
export interface PenaltyDecision extends DecisionCommon {
  readonly outcome: 'penalty';
  readonly tier: { readonly level: string | number; readonly label: string };
  readonly exemption: Exemption | null;
}

/** 不予行政处罚: a general rule or the item's 免罚清单 exempts the party; the exemption says which. */
export interface NoPenaltyDecision extends DecisionCommon {
  readonly outcome: 'no-penalty';
  readonly tier: null;
  readonly exemption: Exemption;
}

/** 超过追责时效 (行政处罚法 第三十六条): the act was discovered too late to be punished. */
export interface TimeBarredDecision extends DecisionCommon {
  readonly outcome: 'time-barred';
  readonly tier: null;
  readonly exemption: null;
}

/**
 * 责令改正 only: the statute's precondition for a penalty, such as 逾期不改正, is not met; the
 * orders are the decision.
 */
export interface CorrectionOrderedDecision extends DecisionCommon {
  readonly outcome: 'correction-ordered';
  readonly tier: null;
  readonly exemption: null;
}

/** A licensing decision (行政许可): the time limits, and the conditions met and materials required. */
export interface LicensingDecision extends DecisionCommon {
  readonly outcome: 'licensing';
  readonly tier: null;
  readonly exemption: null;
  /** Absent for an item that lists no conditions or materials. */
  readonly eligibility?: Eligibility;
}

/**
 * The outcome of a case (spec §4), serialisable as JSON with stable key order; `outcome` says
 * which: penalty · no-penalty (不予处罚) · time-barred (超过追责时效) · correction-ordered
 * (责令改正 only) · licensing.
 */
export type Decision =
  | PenaltyDecision
  | NoPenaltyDecision
  | TimeBarredDecision
  | CorrectionOrderedDecision
  | LicensingDecision;

/**
 * What a decide step works out, by outcome; {@link assemble} adds what the item says (rule set,
 * item, orders, deadlines).
 */
export type DecisionBody = {
  [Outcome in Decision['outcome']]: Omit<
    Extract<Decision, { outcome: Outcome }>,
    'ruleSet' | 'item' | 'orders' | 'deadlines' | 'citations' | 'trace' | 'concurrence'
  > & {
    readonly citations: readonly ResolvedCitation[];
    /** Undefined when no trace is kept. */
    readonly trace: readonly TraceEntry[] | undefined;
  };
}[Decision['outcome']];

/** Which decision without a penalty, with what that outcome carries. */
export type WithoutPenalty =
  | { readonly outcome: 'time-barred' | 'correction-ordered' }
  | { readonly outcome: 'no-penalty'; readonly exemption: Exemption }
  | { readonly outcome: 'licensing'; readonly eligibility: Eligibility | undefined };

/**
 * The body of a decision that imposes no penalty — 不予处罚, 超过追责时效, 责令改正 only, or a
 * licensing decision: no tier, no sanctions, no adjustments.
 */
export function withoutPenalty(
  kind: WithoutPenalty,
  rest: Pick<DecisionBody, 'citations' | 'trace' | 'warnings'>,
): DecisionBody {
  const common = {
    tier: null,
    sanctions: [],
    adjustments: [],
    citations: rest.citations,
    trace: rest.trace,
    warnings: rest.warnings,
  };
  switch (kind.outcome) {
    case 'no-penalty':
      return { outcome: kind.outcome, ...common, exemption: kind.exemption };
    case 'licensing':
      return kind.eligibility === undefined
        ? { outcome: kind.outcome, ...common, exemption: null }
        : { outcome: kind.outcome, ...common, exemption: null, eligibility: kind.eligibility };
    default:
      return { outcome: kind.outcome, ...common, exemption: null };
  }
}

/** Builds the decision with its keys always in the order of spec §4. */
export function assemble(
  compiled: CompiledItem,
  body: DecisionBody,
  orders: Decision['orders'],
  deadlines: Decision['deadlines'],
): Decision {
  const { decisionRuleSet: ruleSet, decisionItem: item } = compiled;
  const citations = dedupeCitations(body.citations);
  const trace = body.trace ?? [];
  const { sanctions, adjustments, warnings } = body;
  switch (body.outcome) {
    case 'penalty':
      return {
        outcome: body.outcome,
        ruleSet,
        item,
        tier: body.tier,
        sanctions,
        orders,
        adjustments,
        exemption: body.exemption,
        citations,
        deadlines,
        trace,
        warnings,
      };
    case 'no-penalty':
      return {
        outcome: body.outcome,
        ruleSet,
        item,
        tier: body.tier,
        sanctions,
        orders,
        adjustments,
        exemption: body.exemption,
        citations,
        deadlines,
        trace,
        warnings,
      };
    case 'time-barred':
    case 'correction-ordered':
      return {
        outcome: body.outcome,
        ruleSet,
        item,
        tier: body.tier,
        sanctions,
        orders,
        adjustments,
        exemption: body.exemption,
        citations,
        deadlines,
        trace,
        warnings,
      };
    case 'licensing': {
      const { eligibility } = body;
      if (eligibility === undefined)
        return {
          outcome: body.outcome,
          ruleSet,
          item,
          tier: body.tier,
          sanctions,
          orders,
          adjustments,
          exemption: body.exemption,
          citations,
          deadlines,
          trace,
          warnings,
        };
      return {
        outcome: body.outcome,
        ruleSet,
        item,
        tier: body.tier,
        sanctions,
        orders,
        adjustments,
        exemption: body.exemption,
        eligibility,
        citations,
        deadlines,
        trace,
        warnings,
      };
    }
  }
}

/**
 * What the item always cites (formatted once, when the item was compiled), then what the case
 * adds. A plain loop: this runs for every decision.
 */
export function citing(
  base: readonly ResolvedCitation[],
  ...added: (readonly ResolvedCitation[])[]
): ResolvedCitation[] {
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
