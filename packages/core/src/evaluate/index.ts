/**
 * Post-evaluation (后评估): how a benchmark is used, measured over the decisions made under it,
 * with the revision candidates the figures support; its reports as JSON, CSV and a
 * self-contained HTML page; and a seeded generator of synthetic decision records. Browser-safe.
 */
export { createEvaluator, evaluate, INTERNAL_ERROR } from './evaluator.js';
export type { Evaluator, EvaluatorState } from './evaluator.js';
export type { EvaluationSettings } from './evaluation-counts.js';
export { evaluationOfPartial, mergePartials, PARTIAL_FORMAT, partialJson, readPartial } from './partial.js';
export type { EvaluationPartial } from './partial.js';
export type { CatalogueItem } from './item-catalogue.js';
export type { ItemState, OfferedTally } from './item-tally.js';
export type { FineState } from './fine-tally.js';
export type { ReasonState } from './reason-counter.js';
export { CANDIDATE_WEIGHTS, revisionCandidates, RULE_GAP_CODES } from './candidates.js';
export { EVALUATION_FORMAT, FINE_POSITIONS } from './types.js';
export type {
  CandidateKind,
  DecisionRecord,
  DeviationSummary,
  ErrorSample,
  EvaluateOptions,
  Evaluation,
  EvaluationSource,
  EvaluationThresholds,
  FinePosition,
  FineSummary,
  ItemEvaluation,
  MaximumSummary,
  OfferedSummary,
  PositionCounts,
  ReasonCount,
  RevisionCandidate,
  TierEvaluation,
} from './types.js';
export { syntheticRecords } from './synthetic/index.js';
export type { SyntheticOptions, SyntheticRecord } from './synthetic/index.js';
export { candidateEvidence, CSV_COLUMNS, evaluationCsv, evaluationHtml, evaluationJson } from './report/index.js';
export type { EvaluationHtmlOptions } from './report/index.js';
