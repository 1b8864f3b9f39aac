export { canonicalJson } from './canonical-json.js';
export { digestOf } from './digest.js';
export { isLoadedRuleSet, loadRuleSet, ruleSetDigest, safeLoadRuleSet } from './load.js';
export type { DeepReadonly, LoadRuleSetOptions, RuleSet, SafeLoadResult } from './load.js';
export { ruleSetJsonSchema } from './json-schema.js';
export { locateIssues, MAX_LOCATED_LENGTH } from './issue-location.js';
export type { LocateIssuesOptions } from './issue-location.js';
export { MAX_SOURCE_LENGTH, parseSource } from './parse-source.js';
export { RULE_SET_FORMAT, ruleSetSchema } from './schema.js';
export type {
  CitationData,
  ExemptionData,
  FactData,
  ItemData,
  LicensingItemData,
  PenaltyItemData,
  PolicyData,
  RuleSetData,
  SanctionData,
  StatutoryFineData,
  TierAmountData,
  TierData,
} from './schema.js';
export { SANCTION_KINDS, SANCTION_LABELS, SANCTION_UNIT_LABELS, SANCTION_UNITS } from './sanction-kinds.js';
export type { SanctionKind, SanctionUnit } from './sanction-kinds.js';
export { ruleSetScope } from './scope.js';
export { MEASURE_KINDS, MEASURE_LABELS, REFERRAL_ACTIONS } from './measures.js';
export type { MeasureKind, ReferralAction } from './measures.js';
