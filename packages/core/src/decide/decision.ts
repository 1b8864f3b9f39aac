/**
 * What a decision is (spec §4) and how one is put together: the public types first, then
 * {@link assemble}, which every outcome ends in, so that keys always come in the order of §4.
 */
import type { ResolvedCitation } from '../citation/types.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { ConditionTrace } from '../conditions/types.js';
import type { MeasureKind, ReferralAction } from '../ruleset/measures.js';
import type { SanctionKind, SanctionUnit } from '../ruleset/sanction-kinds.js';
import type { CompiledItem } from './compile-item.js';
import type { Concurrence } from './concurrence.js';
import type { Guide } from './guide.js';
export type { Guide, GuideAmount, GuideGround } from './guide.js';
import type { PersonDecision } from './persons.js';
export type { PersonDecision } from './persons.js';

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
  /**
   * For a multiple of a fact: the fact, its amount and the multiples of the tier. Where the fact
   * is a quantity, `unit` names it and `min`/`max` are yuan per unit (每平方米一千元), `base` the
   * quantity (12.5 平方米).
   */
  readonly multiple?: {
    readonly of: string;
    readonly base: string;
    readonly min: string;
    readonly max: string;
    readonly unit?: string;
  };
  /** 可以处…罚款: the statute authorises the fine without requiring it. */
  readonly optional?: boolean;
  /** v2: 「警告或者罚款」 — the other members of the choice: the fine or one of these, never both. */
  readonly alternatives?: readonly { readonly kind: Exclude<SanctionKind, 'fine'>; readonly text?: string }[];
}

/**
 * One other member of a statutory choice beside a sanction: another sanction (责令停业、关闭), the same
 * kind in other words (责令停工整治或者停业整治), or a measure that is not a penalty, with its words
 * (责令拆除或者关闭: `{ measure: 'demolish', text: '责令拆除' }`).
 */
export type SanctionAlternative =
  | { readonly kind: Exclude<SanctionKind, 'fine'>; readonly text?: string }
  | { readonly measure: MeasureKind; readonly text: string };

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
  /**
   * v2: the statute's 「或者」 (责令停业、关闭): the other members, of which the officer imposes this
   * sanction or one of these — a choice, never cumulative sanctions.
   */
  readonly alternatives?: readonly SanctionAlternative[];
  /** v2: the choice in the statute's own words and order (责令拆除或者关闭), where the rule set gives them. */
  readonly choiceText?: string;
  /** v2: what lawful imposition requires first (报经有批准权的人民政府批准). */
  readonly requires?: string;
}

export type Sanction = FineSanction | OtherSanction;

/**
 * A measure that is not a penalty (责令改正, 行政处罚法 第二十八条; 责令限期拆除, 收缴, 强制拆除…):
 * ordered with the penalty or in its place.
 */
export interface Order {
  readonly kind: MeasureKind;
  readonly label: string;
  /** v2: 可以 — authorised, not required. */
  readonly optional?: boolean;
  /** v2: the authority whose measure it is, when not this agency's (广告审查机关). */
  readonly authority?: string;
  /** v2: the period the statute fixes (三年内). */
  readonly period?: { readonly length: number; readonly unit: SanctionUnit };
  /** v2: the other members of a statutory 「或者」: this measure or one of these is ordered. */
  readonly alternatives?: readonly { readonly kind: MeasureKind; readonly label: string }[];
  /** v2: what lawful ordering requires first. */
  readonly requires?: string;
  readonly citations: readonly ResolvedCitation[];
}

/**
 * v2: a referral to another authority (移送公安机关, 报请人民政府, 建议任免机关): that authority's
 * measure, never this agency's penalty, with the provision that provides for it.
 */
export interface Referral {
  readonly action: ReferralAction;
  readonly authority: string;
  /** Whom the measure is on, when not the party (直接负责的主管人员和其他直接责任人员). */
  readonly target?: string;
  readonly measure: string;
  /** 并可以由有关部门…: authorised, not required. */
  readonly optional?: boolean;
  readonly requires?: string;
  /** The other authority's statutory range (拘留 十日以上十五日以下), whole units. */
  readonly range?: { readonly min: number; readonly max?: number };
  readonly unit?: SanctionUnit;
  readonly citations: readonly ResolvedCitation[];
}

/** 从轻或者减轻: a general rule that narrows the penalty, with the article that says so. */
export interface MitigationAdjustment {
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

/**
 * A rule of the whole table (format v2 `tableRules`, 适用规则) applied to this case: the tier it
 * moved the case to, the fine range it left, or the sanctions it made required, with the table's
 * article.
 */
export interface TableRuleAdjustment {
  readonly kind: 'table-rule';
  /** The table rule's id. */
  readonly ground: string;
  /** What the table calls it (一般处罚按平均金额处罚). */
  readonly label: string;
  /** Always true: a table rule whose condition holds is applied, not offered. */
  readonly mandatory: true;
  /** `shift`: the tier the case was moved to. */
  readonly tier?: { readonly level: string | number; readonly label: string };
  /** `part`, `reduce`: the fine range after the rule. */
  readonly range?: AmountRange;
  /**
   * `require`: the kinds of the sanctions the rule made required (可以并处 → 应当并处), in decision order;
   * several kinds are one required choice (吊销或拘留), not each required.
   */
  readonly required?: readonly SanctionKind[];
  readonly citations: readonly ResolvedCitation[];
}

/** What changed the penalty after the tier was chosen: 从轻或者减轻, or a rule of the table. */
export type Adjustment = MitigationAdjustment | TableRuleAdjustment;

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
  /**
   * What the law requires for this date to hold, in its words: an extension needs
   * 「经本行政机关负责人批准」 and 「将延长期限的理由告知申请人」 (行政许可法 第四十二条).
   */
  readonly requires?: readonly string[];
  /** What the law deems when the period passes with nothing done (「视为准予延续」, 第五十条第二款). */
  readonly deemed?: string;
}

/**
 * An act the law deems done (视为) because the agency let a period pass: an application accepted
 * from the receipt of its materials (行政许可法 第三十二条第一款第（四）项: 「逾期不告知的，自收到申请
 * 材料之日起即为受理」), or a renewal granted (第五十条第二款: 「逾期未作决定的，视为准予延续」).
 */
export interface DeemedAct {
  readonly kind: 'accepted' | 'renewal-granted';
  /** The day the act counts as done: the receipt of the materials, or the licence's last day. */
  readonly date: string;
  readonly citations: readonly ResolvedCitation[];
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
      readonly step: 'referral';
      readonly authority: string;
      readonly measure: string;
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  | {
      readonly step: 'mitigation';
      readonly id: string;
      readonly mandatory: boolean;
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  /** A departure from the guiding amount (v2 `guidance.departures`): whether its condition held. */
  | {
      readonly step: 'departure';
      readonly id: string;
      readonly direction: 'up' | 'down';
      readonly condition: ConditionTrace;
      readonly result: boolean;
    }
  /** A rule of the whole table (v2 `tableRules`): whether its condition held for the case. */
  | { readonly step: 'table-rule'; readonly id: string; readonly condition: ConditionTrace; readonly result: boolean }
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
  /**
   * 「按照占地面积处每平方米一千元罚款」: the statutory range of a rate per unit, worked out — the
   * quantity and its unit, the rate per unit, the range before and after rounding.
   */
  | {
      readonly step: 'per-unit';
      readonly of: string;
      readonly quantity: string;
      readonly unit: string;
      readonly rate: { readonly min: string; readonly max?: string };
      readonly exact: { readonly min: string; readonly max?: string };
      readonly statutory: { readonly min: string; readonly max?: string };
    }
  /**
   * v2 `fine.computed`: the amount the table computes (权重累加 裁量百分值总和×建设项目总投资额×5%;
   * 每增加1个超标因子增加一万元) — the table's sentence, each term with the fact value it read (a weight,
   * or the units counted and the amount they add), the sum, the floor or cap that held it, the
   * multiplier, the exact product and the amount after the policy's rounding.
   */
  | {
      readonly step: 'computed';
      readonly text: string;
      readonly terms: readonly {
        readonly label?: string;
        readonly of?: string;
        readonly value?: string;
        readonly units?: string;
        readonly amount: string;
      }[];
      readonly sum: string;
      readonly held?: { readonly bound: 'min' | 'max'; readonly value: string };
      readonly times?: {
        readonly of?: string;
        readonly base?: string;
        readonly factor?: string;
        readonly statutoryMax?: true;
        readonly by: string;
      };
      readonly exact: string;
      readonly amount: string;
    }
  /** 双罚制: one person's statutory range, from their own fact (上一年度从本单位取得的收入). */
  | {
      readonly step: 'person-fine';
      readonly person: string;
      readonly of?: string;
      readonly base?: string;
      /** The range the statute computes, before rounding. */
      readonly exact: { readonly min: string; readonly max?: string };
      readonly result: boolean;
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
  /** v2: referrals to other authorities; present only on an item that provides for some. */
  readonly referrals?: readonly Referral[];
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
  /**
   * v2 指导基准: the table's guiding amount for the tier, the range the departures that hold
   * permit, and those departures. Present only when the tier guides an amount the case imposes.
   */
  readonly guide?: Guide;
  /**
   * 双罚制: the sanction on each of the unit's responsible persons the case names, cited to its own
   * 款. Present only when the item provides one and the case names the persons.
   */
  readonly persons?: readonly PersonDecision[];
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

/**
 * v2 移送: the item gives this agency no sanction of its own, only a referral to another authority
 * (食品安全法 第一百二十三条第三款 「可以由公安机关依照第一款规定给予拘留」); the referrals are the decision.
 */
export interface ReferredDecision extends DecisionCommon {
  readonly outcome: 'referred';
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
  /** Acts the law deems done because a period passed (第三十二条, 第五十条); absent when none. */
  readonly deemed?: readonly DeemedAct[];
}

/**
 * The outcome of a case (spec §4), serialisable as JSON with stable key order; `outcome` says
 * which: penalty · no-penalty (不予处罚) · time-barred (超过追责时效) · correction-ordered
 * (责令改正 only) · referred (移送 only: no sanction of this agency) · licensing.
 */
export type Decision =
  | PenaltyDecision
  | NoPenaltyDecision
  | TimeBarredDecision
  | CorrectionOrderedDecision
  | ReferredDecision
  | LicensingDecision;

/**
 * What a decide step works out, by outcome; {@link assemble} adds what the item says (rule set,
 * item, orders, deadlines).
 */
export type DecisionBody = {
  [Outcome in Decision['outcome']]: Omit<
    Extract<Decision, { outcome: Outcome }>,
    'ruleSet' | 'item' | 'orders' | 'referrals' | 'deadlines' | 'citations' | 'trace' | 'concurrence'
  > & {
    readonly citations: readonly ResolvedCitation[];
    /** Undefined when no trace is kept. */
    readonly trace: readonly TraceEntry[] | undefined;
  };
}[Decision['outcome']];

/** Which decision without a penalty, with what that outcome carries. */
export type WithoutPenalty =
  | { readonly outcome: 'time-barred' | 'correction-ordered' | 'referred' }
  | { readonly outcome: 'no-penalty'; readonly exemption: Exemption }
  | {
      readonly outcome: 'licensing';
      readonly eligibility: Eligibility | undefined;
      readonly deemed?: readonly DeemedAct[] | undefined;
    };

/**
 * The body of a decision that imposes no penalty — 不予处罚, 超过追责时效, 责令改正 only, or a
 * licensing decision: no tier, no sanctions, no adjustments.
 */
export function withoutPenalty(
  kind: WithoutPenalty,
  rest: Pick<DecisionBody, 'citations' | 'trace' | 'warnings'>,
): DecisionBody {
  // Literals with their keys in place, not spreads of a common part: no generic copy per decision.
  switch (kind.outcome) {
    case 'no-penalty':
      return {
        outcome: kind.outcome,
        tier: null,
        sanctions: [],
        adjustments: [],
        citations: rest.citations,
        trace: rest.trace,
        warnings: rest.warnings,
        exemption: kind.exemption,
      };
    case 'licensing': {
      const body: UnderConstruction<Extract<DecisionBody, { readonly outcome: 'licensing' }>> = {
        outcome: kind.outcome,
        tier: null,
        sanctions: [],
        adjustments: [],
        citations: rest.citations,
        trace: rest.trace,
        warnings: rest.warnings,
        exemption: null,
      };
      if (kind.eligibility !== undefined) body.eligibility = kind.eligibility;
      if (kind.deemed !== undefined && kind.deemed.length > 0) body.deemed = kind.deemed;
      return body;
    }
    default:
      return {
        outcome: kind.outcome,
        tier: null,
        sanctions: [],
        adjustments: [],
        citations: rest.citations,
        trace: rest.trace,
        warnings: rest.warnings,
        exemption: null,
      };
  }
}

/**
 * Builds the decision with its keys always in the order of spec §4; `referrals`, given only for an
 * item that provides for some, follows `orders`.
 *
 * @param citationsUnique - the body's citations are the decision's own list, already without
 *   repeats (built with {@link addCitation}): kept as they are rather than searched again
 */
export function assemble(
  compiled: CompiledItem,
  body: DecisionBody,
  orders: Decision['orders'],
  deadlines: Decision['deadlines'],
  referrals?: readonly Referral[],
  citationsUnique = false,
): Decision {
  return assembleKeys(compiled, body, orders, deadlines, referrals, citationsUnique);
}

/**
 * The `referrals` key of a decision, to spread right after `orders`: nothing when the item
 * provides for no referral, so that every other decision keeps its keys exactly as before.
 *
 * @param referrals - the referrals decided for the case, undefined for an item without any
 * @returns `{ referrals }`, or an empty object
 * @example { orders, ...referralsKey(referrals), adjustments }
 */
export function referralsKey(referrals: readonly Referral[] | undefined): { readonly referrals?: readonly Referral[] } {
  return referrals === undefined ? {} : { referrals };
}

function assembleKeys(
  compiled: CompiledItem,
  body: DecisionBody,
  orders: Decision['orders'],
  deadlines: Decision['deadlines'],
  referrals: readonly Referral[] | undefined,
  citationsUnique: boolean,
): Decision {
  const { decisionRuleSet: ruleSet, decisionItem: item } = compiled;
  const citations = citationsUnique ? (body.citations as ResolvedCitation[]) : dedupeCitations(body.citations);
  const trace = body.trace ?? [];
  const { sanctions, adjustments, warnings } = body;
  if (body.outcome !== 'licensing') {
    // Key by key in the order of spec §4, leaving out what the case does not have: spreading
    // `{}` for an absent key went through V8's generic copy on every decision.
    const persons = body.outcome === 'penalty' ? body.persons : undefined;
    const guide = body.outcome === 'penalty' ? body.guide : undefined;
    if (persons === undefined && referrals === undefined && guide === undefined) {
      // The common decision (no persons, referrals or guide): one literal, every key in place at once.
      const plain: Record<string, unknown> = {
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
      return plain as unknown as Decision;
    }
    const out: Record<string, unknown> = { outcome: body.outcome, ruleSet, item, tier: body.tier, sanctions };
    if (body.outcome === 'penalty' && body.persons !== undefined) out['persons'] = body.persons;
    out['orders'] = orders;
    if (referrals !== undefined) out['referrals'] = referrals;
    out['adjustments'] = adjustments;
    if (body.outcome === 'penalty' && body.guide !== undefined) out['guide'] = body.guide;
    out['exemption'] = body.exemption;
    out['citations'] = citations;
    out['deadlines'] = deadlines;
    out['trace'] = trace;
    out['warnings'] = warnings;
    // The keys are those of the body's outcome's decision type, set above one by one.
    return out as unknown as Decision;
  }
  // Key order of spec §4; eligibility and deemed only when there are any.
  const { eligibility, deemed } = body;
  return {
    outcome: body.outcome,
    ruleSet,
    item,
    tier: body.tier,
    sanctions,
    orders,
    ...referralsKey(referrals),
    adjustments,
    exemption: body.exemption,
    ...(eligibility === undefined ? {} : { eligibility }),
    ...(deemed === undefined ? {} : { deemed }),
    citations,
    deadlines,
    trace,
    warnings,
  };
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

/**
 * Adds a citation to a list that has no repeats, unless the list cites it already (the same
 * object, or the same role and text): the list stays without repeats, first occurrence kept,
 * as {@link dedupeCitations} would leave it.
 *
 * @param citations - a decision's own list, without repeats
 * @param citation - the citation to add
 * @example addCitation(citations, generalRuleCitation(penaltyLaw(32, undefined, 1)))
 */
export function addCitation(citations: ResolvedCitation[], citation: ResolvedCitation): void {
  for (let index = 0; index < citations.length; index++) {
    const seen = citations[index] as ResolvedCitation;
    if (seen === citation || (seen.role === citation.role && seen.text === citation.text)) return;
  }
  citations.push(citation);
}

/**
 * The citations without repeats (same role and text), first occurrence kept. A decision cites a
 * handful: nested plain loops, no callback per citation (this runs for every decision). The same
 * object twice is the commonest repeat (citations are resolved once and shared), so it is tried first.
 */
function dedupeCitations(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  const kept: ResolvedCitation[] = [];
  for (let index = 0; index < citations.length; index++) {
    const citation = citations[index] as ResolvedCitation;
    let repeated = false;
    for (let other = 0; other < kept.length; other++) {
      const seen = kept[other] as ResolvedCitation;
      if (seen === citation || (seen.role === citation.role && seen.text === citation.text)) {
        repeated = true;
        break;
      }
    }
    if (!repeated) kept.push(citation);
  }
  return kept;
}
