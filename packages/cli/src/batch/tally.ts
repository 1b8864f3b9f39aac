import { CailiangError } from '@cailiang/core';
import type { ChunkResult, LineOutcome } from './chunk.js';
import { INTERNAL_ERROR, WORKER_FAILED } from './records.js';

/** A review output line, as the report shows it. */
export interface ReviewRecord {
  readonly line: number;
  readonly verdict: 'pass' | 'warn' | 'fail';
  readonly findings: readonly {
    readonly code: string;
    readonly severity: string;
    readonly message: string;
    readonly citations: readonly { readonly text: string }[];
  }[];
  readonly item: { readonly code: string; readonly name: string };
}

/** A case kept for the report's "worst first" list. */
export interface WorstCase {
  readonly line: number;
  readonly verdict: 'warn' | 'fail';
  readonly errors: number;
  readonly findings: number;
  readonly record: ReviewRecord;
}

/** An error record kept for the report. */
export interface ErrorSample {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** A {@link BatchTally} as plain data: what `review --batch --partial` saves, and `review merge` adds up. */
export interface TallyState {
  readonly lines: number;
  readonly errors: number;
  readonly internal: number;
  readonly warn: number;
  readonly fail: number;
  /** Error records per code, in the order of the code. */
  readonly errorCodes: readonly (readonly [string, number])[];
  /** Cases per finding code, in the order of the code. */
  readonly findingCases: readonly (readonly [string, { readonly severity: string; readonly cases: number }])[];
  readonly worst: readonly WorstCase[];
  readonly errorSamples: readonly ErrorSample[];
}

const decoder = new TextDecoder();

/**
 * Counts a batch's output: lines per status, error records per code, cases per finding code,
 * and keeps the worst reviews (fail before warn, most error findings first, then most
 * findings, then the earlier line) and the first error records, bounded, for the report.
 * Results may arrive in any order: what is kept depends only on the lines, not on the timing.
 */
export class BatchTally {
  /** Lines counted. */
  lines = 0;
  /** Error records, of which `internal` are INTERNAL_ERROR or WORKER_FAILED. */
  errors = 0;
  internal = 0;
  /** Reviews by verdict (review mode). */
  warn = 0;
  fail = 0;
  /** Error records per error code. */
  readonly errorCodes = new Map<string, number>();
  /** Cases per finding code (a case counts once per code), with the code's severity. */
  readonly findingCases = new Map<string, { severity: string; cases: number }>();
  readonly worst: WorstCase[] = [];
  readonly errorSamples: ErrorSample[] = [];

  /**
   * @param keepWorst - how many reviews the report lists (default 100)
   * @param keepErrors - how many error records it lists (default 50)
   */
  constructor(
    readonly keepWorst = 100,
    readonly keepErrors = 50,
  ) {}

  /** Lines decided or reviewed without an error record. */
  get ok(): number {
    return this.lines - this.errors;
  }

  /** Reviews that passed. */
  get pass(): number {
    return this.lines - this.errors - this.warn - this.fail;
  }

  /**
   * Counts a chunk's result.
   *
   * @param result - as the runner returned it
   */
  addResult(result: ChunkResult): void {
    this.lines += result.count;
    for (const outcome of result.outcomes) {
      this.addOutcome(
        outcome,
        () => JSON.parse(decoder.decode(result.data.subarray(outcome.start, outcome.end))) as ReviewRecord,
      );
    }
  }

  /**
   * Counts a line already in the output file (`--resume`), checking it is one of ours.
   *
   * @param value - the parsed output line
   * @param line - its line number
   * @param mode - what the batch writes
   * @throws CailiangError USAGE when the line is not a record of that mode, or is numbered differently
   */
  addRecord(value: unknown, line: number, mode: 'decide' | 'review'): void {
    this.lines++;
    const record = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<
      string,
      unknown
    >;
    const error = record['error'] as { code?: unknown; issues?: { message?: unknown }[] } | undefined;
    const numbered = record['line'] === line;
    if (typeof error === 'object' && error !== null && typeof error.code === 'string' && numbered) {
      this.addOutcome({
        line,
        status: 'error',
        error: { code: error.code, message: String(error.issues?.[0]?.message ?? '') },
        start: 0,
        end: 0,
      });
      return;
    }
    if (mode === 'decide' && typeof record['outcome'] === 'string' && !('line' in record)) return;
    const verdict = record['verdict'];
    if (
      mode === 'review' &&
      numbered &&
      (verdict === 'pass' || verdict === 'warn' || verdict === 'fail') &&
      Array.isArray(record['findings'])
    ) {
      const review = record as unknown as ReviewRecord;
      if (verdict !== 'pass')
        this.addOutcome(
          {
            line,
            status: verdict,
            findings: review.findings.map((f) => ({ code: f.code, severity: f.severity })),
            start: 0,
            end: 0,
          },
          () => review,
        );
      return;
    }
    throw new CailiangError('USAGE', [
      {
        code: 'resume_mismatch',
        path: '--resume',
        message: `line ${line} of the output is not a ${mode === 'decide' ? 'decision' : 'review'} record for line ${line}; resume only continues an output this command wrote`,
      },
    ]);
  }

  /** The tally as plain data, in an order that depends only on the lines counted. */
  state(): TallyState {
    const byCode = <T>([a]: readonly [string, T], [b]: readonly [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      lines: this.lines,
      errors: this.errors,
      internal: this.internal,
      warn: this.warn,
      fail: this.fail,
      errorCodes: [...this.errorCodes].sort(byCode),
      findingCases: [...this.findingCases].map(([code, entry]) => [code, { ...entry }] as const).sort(byCode),
      worst: [...this.worst],
      errorSamples: [...this.errorSamples],
    };
  }

  /**
   * Adds another tally's counts (from {@link BatchTally.state}), of other lines. Exact: counts
   * add up, and the worst reviews and first error records of the union are among those each
   * kept (each kept its first `keepWorst` / `keepErrors` by an order of the lines alone), so a
   * merge of any split of a corpus is the tally of one run over it.
   *
   * @param state - the other tally
   */
  merge(state: TallyState): void {
    this.lines += state.lines;
    this.errors += state.errors;
    this.internal += state.internal;
    this.warn += state.warn;
    this.fail += state.fail;
    for (const [code, count] of state.errorCodes) this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + count);
    for (const [code, { severity, cases }] of state.findingCases) {
      const entry = this.findingCases.get(code) ?? { severity, cases: 0 };
      entry.cases += cases;
      this.findingCases.set(code, entry);
    }
    for (const entry of state.worst) keepLowest(this.worst, entry, this.keepWorst, compareWorst);
    for (const sample of state.errorSamples) keepLowest(this.errorSamples, sample, this.keepErrors, byLine);
  }

  private addOutcome(outcome: LineOutcome, record?: () => ReviewRecord): void {
    if (outcome.status === 'error') {
      const code = outcome.error?.code ?? '';
      this.errors++;
      if (code === INTERNAL_ERROR || code === WORKER_FAILED) this.internal++;
      this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
      keepLowest(
        this.errorSamples,
        { line: outcome.line, code, message: outcome.error?.message ?? '' },
        this.keepErrors,
        byLine,
      );
      return;
    }
    this[outcome.status]++;
    const findings = outcome.findings ?? [];
    for (const code of new Set(findings.map((finding) => finding.code))) {
      const entry = this.findingCases.get(code) ?? {
        severity: findings.find((finding) => finding.code === code)?.severity ?? '',
        cases: 0,
      };
      entry.cases++;
      this.findingCases.set(code, entry);
    }
    if (record === undefined) return;
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const candidate = { line: outcome.line, verdict: outcome.status, errors, findings: findings.length };
    const last = this.worst[this.keepWorst - 1];
    // Parse the record only when it gets into the list.
    if (last !== undefined && compareWorst(candidate, last) >= 0) return;
    keepLowest(this.worst, { ...candidate, record: record() }, this.keepWorst, compareWorst);
  }
}

/**
 * The report's order, worst first: fail before warn, then more error findings, more
 * findings, the earlier line.
 *
 * @returns negative when `a` comes first
 * @example [...cases].sort(compareWorst)
 */
export function compareWorst(a: Omit<WorstCase, 'record'>, b: Omit<WorstCase, 'record'>): number {
  const rank = (verdict: string) => (verdict === 'fail' ? 0 : 1);
  return rank(a.verdict) - rank(b.verdict) || b.errors - a.errors || b.findings - a.findings || a.line - b.line;
}

function byLine(a: ErrorSample, b: ErrorSample): number {
  return a.line - b.line;
}

/** Inserts into a sorted list and keeps its first `limit` entries. */
function keepLowest<T>(list: T[], entry: T, limit: number, compare: (a: T, b: T) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(list[middle] as T, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  if (low >= limit) return;
  list.splice(low, 0, entry);
  if (list.length > limit) list.pop();
}
