import { evaluationCsv } from '@cailiang/core/evaluate';
import { evaluationHtml } from '@cailiang/core/evaluate';
import { evaluationJson } from '@cailiang/core/evaluate';
import type { Evaluation, EvaluationPartial } from '@cailiang/core/evaluate';
import { partialJson } from '@cailiang/core/evaluate';
import { writeOutputFile } from '../file-errors.js';

/** Where the reports go: the HTML page always, JSON and CSV when asked. */
export interface ReportPaths {
  readonly html?: string;
  readonly json?: string;
  readonly csv?: string;
  /** The language of the HTML page: zh (default) or en. JSON and CSV are the same in both. */
  readonly language?: 'zh' | 'en';
}

/**
 * Writes the evaluation's reports: the HTML page, and the same figures as JSON and CSV, each when asked.
 *
 * @param evaluation - the evaluation
 * @param paths - the files
 * @throws CailiangError IO_ERROR naming the file that cannot be written
 * @example writeReports(evaluation, { html: 'evaluation.html', json: 'evaluation.json' });
 */
export function writeReports(evaluation: Evaluation, paths: ReportPaths): void {
  if (paths.html !== undefined) write(paths.html, evaluationHtml(evaluation, { language: paths.language ?? 'zh' }));
  if (paths.json !== undefined) write(paths.json, evaluationJson(evaluation));
  if (paths.csv !== undefined) write(paths.csv, evaluationCsv(evaluation));
}

/**
 * Writes a partial evaluation (`--partial`), for `cailiang evaluate merge`.
 *
 * @throws CailiangError IO_ERROR naming the file that cannot be written
 */
export function writePartial(partial: EvaluationPartial, path: string): void {
  write(path, partialJson(partial));
}

function write(path: string, text: string): void {
  writeOutputFile(path, text, 'the report');
}
