/**
 * @cailiang/core — discretion benchmarks (裁量基准) as machine-checked rule sets: load a rule
 * set, decide a case, explain the decision. Browser-safe: nothing here touches files, processes
 * or the network.
 *
 * Every name below is a decision (test/exports.test.ts at the repository root lists them); the tools around the engine
 * have their own entries: `@cailiang/core/lint`, `/review`, `/diff`, `/render`, `/import`,
 * `/table-format`, `/evaluate`, and `/node` for reading rule sets from files.
 *
 * Where things are: a fine is computed in `decide/fine.ts`; tiers are chosen in
 * `decide/select.ts`; the general rules of the Administrative Penalty Law are in
 * `general-rules/grounds.ts`; the rule-set format is `ruleset/schema.ts`.
 */

// The engine: rule sets in, decisions out (裁量).
export { createEngine } from './decide/index.js';
export type { Engine, EngineOptions } from './decide/index.js';
export type {
  Adjustment,
  MitigationAdjustment,
  TableRuleAdjustment,
  AmountRange,
  Guide,
  GuideAmount,
  GuideGround,
  CorrectionOrderedDecision,
  Deadline,
  Decision,
  DeemedAct,
  Eligibility,
  Exemption,
  FineSanction,
  PersonDecision,
  LicensingDecision,
  NoPenaltyDecision,
  Order,
  Referral,
  OtherSanction,
  SanctionAlternative,
  PaymentDeadline,
  PenaltyDecision,
  ReferredDecision,
  Requirement,
  Sanction,
  TimeBarredDecision,
  TraceEntry,
  Warning,
} from './decide/index.js';
export type { Concurrence, SetAsideItem } from './decide/index.js';

// Cases: what decide accepts, typed for forms (the bundled benchmarks narrow it per rule set).
export type { CaseDates, CaseInput, CircumstancesInput, FactInput, Party } from './case/index.js';

// Rule sets: the format, the loader and the digest that pins a version.
export { loadRuleSet, ruleSetDigest, safeLoadRuleSet } from './ruleset/index.js';
export type { DeepReadonly, LoadRuleSetOptions, RuleSet, SafeLoadResult } from './ruleset/index.js';
export { RULE_SET_FORMAT } from './ruleset/index.js';
export { locateIssues } from './ruleset/index.js';
export type { LocateIssuesOptions } from './ruleset/index.js';
export type { CitationData, RuleSetData } from './ruleset/index.js';
export { ruleSetJsonSchema } from './ruleset/index.js';
export { canonicalJson } from './ruleset/index.js';
export { MAX_SOURCE_LENGTH, parseSource } from './ruleset/index.js';
export { ruleSetScope } from './ruleset/index.js';
export { SANCTION_KINDS, SANCTION_LABELS, SANCTION_UNIT_LABELS, SANCTION_UNITS } from './ruleset/index.js';
export { MEASURE_KINDS, MEASURE_LABELS, REFERRAL_ACTIONS } from './ruleset/index.js';
export type { MeasureKind, ReferralAction } from './ruleset/index.js';
export type { SanctionKind, SanctionUnit } from './ruleset/index.js';

// Input limits: how large a rule set, a case or an amount may be before it is refused (hostile input).
export { DEFAULT_LIMITS, LIMIT_NAMES, checkInput, resolveLimits } from './limits/index.js';
export type { CheckInputOptions, Limits } from './limits/index.js';

// Facts and conditions, as a rule set declares them.
export type { FactDeclaration, FactScope, FactType, FactValue, FactValues } from './facts/index.js';
export { conditionFacts } from './conditions/index.js';
export type {
  AllCondition,
  AnyCondition,
  Condition,
  ConditionTrace,
  FactCondition,
  FactReference,
  NotCondition,
  Operator,
  TraceValue,
} from './conditions/index.js';

// Errors: one class, a stable code and the issues, each naming its field.
export { CailiangError, formatIssues, formatPath, joinPath } from './errors/index.js';
export type { CailiangErrorOptions, ErrorCode, Issue } from './errors/index.js';
// The issue vocabulary: every problem worded in one place, for the packages and validators beside core.
export { describeValue, expectedKeys, isIssueCode, isRecord, ISSUE_CODES, unknownKey } from './errors/index.js';
export type { IssueCode } from './errors/index.js';
// What an unexpected exception becomes where failures are kept as data (a batch's error record).
export { INTERNAL_ERROR, internalErrorOf } from './errors/internal-error.js';
export type { InternalError } from './errors/internal-error.js';

// Money: exact decimals, never floats.
export { Decimal } from './money/index.js';
export { formatMoney, readMoney } from './money/index.js';
export type { MoneyInputProblem, MoneyReadResult, ReadMoneyOptions } from './money/index.js';
export { DEFAULT_ROUNDING, roundAmount } from './money/index.js';
export type { RoundingMode, RoundingPolicy } from './money/index.js';

// Citations (法律依据) and the general rules of the Administrative Penalty Law.
export { formatCitation } from './citation/index.js';
export type {
  BenchmarkCitation,
  Citation,
  CitationRole,
  LawDeclaration,
  ProvisionCitation,
  ResolvedCitation,
} from './citation/index.js';
export { CIRCUMSTANCE_NAMES, CIRCUMSTANCES } from './general-rules/index.js';
export type { CircumstanceName } from './general-rules/index.js';
export { limitation } from './general-rules/index.js';
export type { LimitationResult } from './general-rules/index.js';

// Time: working days and periods (期间), procedure clocks and the late-payment surcharge.
export { CHINA_HOLIDAYS } from './calendar/index.js';
export { createCalendar, defaultCalendar } from './calendar/index.js';
export { addWorkingDays } from './calendar/index.js';
export type { DateSpan, WorkingDayOptions } from './calendar/index.js';
export { isIsoDate, isoDateProblem } from './calendar/index.js';
export type { IsoDate } from './calendar/index.js';
export type { Calendar, CalendarOptions, HolidayArrangement, HolidayRange, HolidaySource } from './calendar/index.js';
export { procedureDeadlines } from './procedure/index.js';
export type { ProcedureInput } from './procedure/index.js';
export { lateSurcharge } from './procedure/index.js';
export type { LateSurcharge } from './procedure/index.js';

// Explanations: the reasoning of a decision in words (说理).
export { describeCondition } from './explain/index.js';
export { explainDecision, reasoningText } from './explain/index.js';
export type { Language } from './explain/index.js';
export type { Reasoning } from './explain/index.js';
