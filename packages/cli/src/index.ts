/**
 * @cailiang/cli — cailiang on Node: the `cailiang` command, batches of cases in worker threads,
 * post-evaluation (后评估) of decision files, and XLSX through exceljs. The engine itself is
 * `@cailiang/core` (browser-safe); reading rule sets from files is `@cailiang/core/node`.
 */
export { runCli } from './run-cli.js';
export type { CliInput, CliIo, CliOutput } from './run-cli.js';
export {
  ChunkSplitter,
  evaluateFile,
  evaluateInWorkers,
  evaluateSynthetic,
  EvaluationWorkerError,
  writeReports,
} from './evaluate/index.js';
export type {
  Chunk,
  ChunkSplitterOptions,
  EvaluateFileOptions,
  ReportPaths,
  SyntheticRunOptions,
} from './evaluate/index.js';
// The seam through which a run starts its worker threads (tests start stand-ins).
export type { SpawnWorker, WorkerInit, WorkerLike } from './workers/worker-protocol.js';
export { importXlsx, renderXlsx } from './xlsx/index.js';
export type { XlsxOptions } from './xlsx/index.js';
