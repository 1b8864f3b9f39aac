/**
 * Post-evaluation on Node: `cailiang evaluate`, streaming evaluation of NDJSON record files (in
 * worker threads if asked), synthetic corpora written to files, and the reports written out.
 * The figures themselves are computed by the browser-safe `@cailiang/core/evaluate`.
 */
export { evaluateCommand } from './evaluate-command.js';
export type { EvaluateIo } from './evaluate-command.js';
export { evaluateFile } from './evaluate-file.js';
export type { EvaluateFileOptions } from './evaluate-file.js';
export { evaluationEngine } from './evaluation-setup.js';
export type { EvaluationSetup } from './evaluation-setup.js';
export { evaluateSynthetic } from './synthetic-source.js';
export type { SyntheticRunOptions } from './synthetic-source.js';
export { ChunkSplitter } from '../batch/chunk-splitter.js';
export type { ChunkSplitterOptions } from '../batch/chunk-splitter.js';
export type { Chunk } from '../batch/chunk.js';
export { EvaluationWorkerError, evaluateInWorkers } from './evaluate-in-workers.js';
export { evaluateWorkerPath } from '../workers/thread-worker.js';
export { writeReports } from './write-reports.js';
export type { ReportPaths } from './write-reports.js';
