import type { BatchTally, ErrorSample, WorstCase } from './tally.js';

/** Everything a review report shows, independent of its format. */
export interface ReportData {
  /** The input file, or `stdin`. */
  readonly input: string;
  readonly ruleSets: readonly { readonly id: string; readonly version: string; readonly digest: string }[];
  readonly lines: number;
  readonly verdicts: { readonly fail: number; readonly warn: number; readonly pass: number; readonly error: number };
  /** Finding codes, errors first, then by number of cases. */
  readonly findings: readonly { readonly code: string; readonly severity: string; readonly cases: number }[];
  readonly worst: readonly WorstCase[];
  /** Cases with findings (warn or fail), of which `worst` shows the first. */
  readonly withFindings: number;
  readonly errors: readonly ErrorSample[];
}

/**
 * The report's content from a batch's tally.
 *
 * @param tally - the counts of the whole output (resumed lines included)
 * @param context - the input's name and the rule sets used
 * @returns the data the Markdown and HTML renderers show
 * @example const data = reportData(tally, { input: 'cases.ndjson', ruleSets: [{ id, version, digest }] });
 */
export function reportData(tally: BatchTally, context: Pick<ReportData, 'input' | 'ruleSets'>): ReportData {
  return {
    ...context,
    lines: tally.lines,
    verdicts: { fail: tally.fail, warn: tally.warn, pass: tally.pass, error: tally.errors },
    findings: findingRows(tally),
    worst: tally.worst,
    withFindings: tally.fail + tally.warn,
    errors: tally.errorSamples,
  };
}

/**
 * Cases per finding code: errors first, then the most frequent, then by code.
 *
 * @param tally - the counts
 * @returns one row per finding code
 * @example findingRows(tally)[0] // { code: 'missing-mandatory-sanction', severity: 'error', cases: 684 }
 */
export function findingRows(tally: BatchTally): ReportData['findings'] {
  return [...tally.findingCases.entries()]
    .map(([code, { severity, cases }]) => ({ code, severity, cases }))
    .sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        b.cases - a.cases ||
        (a.code < b.code ? -1 : 1),
    );
}

/**
 * @param value - a count
 * @returns it with thousands separators, the same on every machine: `12,345`
 */
export { formatCount } from '../display-text.js';
