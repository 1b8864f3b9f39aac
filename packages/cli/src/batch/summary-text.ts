import { findingRows, formatCount } from './report-data.js';
import type { BatchTally } from './tally.js';

/**
 * The line `cailiang batch` ends with on stderr:
 * `batch: 2,000 lines · 1,990 decided · 10 error records (PARSE_ERROR 6, INVALID_CASE 4)`.
 *
 * @param tally - the counts of the whole output
 * @param resumedAfter - lines the output already held when the run began (0: a fresh run)
 * @returns the text, ending with a newline
 * @example io.stderr(batchSummary(tally, 0));
 */
export function batchSummary(tally: BatchTally, resumedAfter: number): string {
  const parts = [
    `batch: ${formatCount(tally.lines)} lines`,
    `${formatCount(tally.ok)} decided`,
    `${formatCount(tally.errors)} error records${byCode(tally)}`,
  ];
  return `${parts.join(' · ')}${resumed(resumedAfter)}\n`;
}

/**
 * The table `cailiang review --batch` ends with on stderr: counts per verdict, then cases per
 * finding code, errors first.
 *
 * @param tally - the counts of the whole output
 * @param resumedAfter - lines the output already held when the run began
 * @returns the text, ending with a newline
 * @example io.stderr(reviewSummary(tally, 0));
 */
export function reviewSummary(tally: BatchTally, resumedAfter: number): string {
  const verdicts = [
    `pass ${formatCount(tally.pass)}`,
    `warn ${formatCount(tally.warn)}`,
    `fail ${formatCount(tally.fail)}`,
    `error records ${formatCount(tally.errors)}${byCode(tally)}`,
  ];
  const lines = [`review: ${formatCount(tally.lines)} lines · ${verdicts.join(' · ')}${resumed(resumedAfter)}`];
  const findings = findingRows(tally);
  if (findings.length > 0) {
    const width = Math.max(5, ...findings.map(({ cases }) => formatCount(cases).length));
    lines.push(`  ${'cases'.padStart(width)}  severity  finding`);
    for (const { code, severity, cases } of findings)
      lines.push(`  ${formatCount(cases).padStart(width)}  ${severity.padEnd(8)}  ${code}`);
  }
  return `${lines.join('\n')}\n`;
}

function byCode(tally: BatchTally): string {
  if (tally.errorCodes.size === 0) return '';
  const codes = [...tally.errorCodes.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return ` (${codes.map(([code, count]) => `${code} ${formatCount(count)}`).join(', ')})`;
}

function resumed(after: number): string {
  return after > 0 ? ` (resumed after line ${formatCount(after)})` : '';
}
