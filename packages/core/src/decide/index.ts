/**
 * decide/ — from a case to a decision (spec §3 in, §4 out).
 *
 * - engine.ts: `createEngine` compiles the rule sets once and runs each case: it picks the
 *   version(s) (versions.ts; lex-mitior.ts chooses under 第三十七条) and the items (concurrence.ts
 *   chooses under 第二十九条), then decides under penalty.ts or licensing.ts.
 * - compile-item.ts: an item made ready to decide — conditions compiled (condition-cache.ts), the
 *   policy read (policy.ts), and every citation formatted at compile time, so a decision only
 *   copies citations, never formats one.
 * - penalty.ts: the steps of a penalty decision; select.ts (statutory alternative, tier),
 *   fine.ts (the fine, behind `caseFine`), sanctions.ts (the other sanctions), mitigation.ts,
 *   exemption.ts, general-rule-trace.ts (the general rules of 行政处罚法).
 * - decision.ts: the Decision types and `assemble`, which every outcome ends in.
 * - amount-range.ts: ranges of Decimals and their bands; severity.ts: which decision is lighter.
 */
export type { Concurrence, SetAsideItem } from './concurrence.js';
export { createEngine } from './engine.js';
export type { Engine, EngineOptions } from './engine.js';
export type {
  Adjustment,
  MitigationAdjustment,
  TableRuleAdjustment,
  AmountRange,
  Guide,
  GuideAmount,
  GuideGround,
  Deadline,
  DeemedAct,
  Eligibility,
  Requirement,
  CorrectionOrderedDecision,
  Decision,
  Exemption,
  LicensingDecision,
  NoPenaltyDecision,
  PaymentDeadline,
  PenaltyDecision,
  ReferredDecision,
  TimeBarredDecision,
  FineSanction,
  PersonDecision,
  Order,
  Referral,
  OtherSanction,
  SanctionAlternative,
  Sanction,
  TraceEntry,
  Warning,
} from './decision.js';
