import { reportData } from './report-data.js';
import { renderHtmlReport } from './report-html.js';
import { renderMarkdownReport } from './report-markdown.js';
import type { RuleSetStamp } from './review-partial.js';
import type { BatchTally } from './tally.js';
import { writeOutputFile } from '../file-errors.js';

/**
 * The report's format from its file name.
 *
 * @returns `markdown` for .md/.markdown, `html` for .html/.htm, undefined otherwise
 * @example reportFormat('report.html') // 'html'
 */
export function reportFormat(path: string): 'markdown' | 'html' | undefined {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  return undefined;
}

/**
 * Writes a review report (`review --batch --report`, `review merge --report`): the same tally
 * gives the same bytes, whichever run or merge made it.
 *
 * @param path - a .md or .html file
 * @param tally - the counts of every line reviewed
 * @param context - the input's name and the rule sets used
 * @param language - the report's language: Chinese by default
 * @throws CailiangError IO_ERROR when the file cannot be written
 */
export function writeReviewReport(
  path: string,
  tally: BatchTally,
  context: { input: string; ruleSets: readonly RuleSetStamp[] },
  language: 'zh' | 'en' = 'zh',
): void {
  const data = reportData(tally, context);
  const text = reportFormat(path) === 'html' ? renderHtmlReport(data, language) : renderMarkdownReport(data, language);
  writeOutputFile(path, text, 'the report');
}
