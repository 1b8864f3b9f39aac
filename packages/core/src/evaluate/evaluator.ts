import type { Engine } from '../decide/engine.js';
import { CailiangError, joinPath } from '../errors/cailiang-error.js';
import { internalErrorOf } from '../errors/internal-error.js';
import { Decimal } from '../money/decimal.js';
import { readImposed } from '../review/imposed.js';
import { reviewImposed } from '../review/review.js';
import { ruleSetDigest } from '../ruleset/load.js';
import { EvaluationCounts } from './evaluation-counts.js';
import type { EvaluationSettings, EvaluatorState } from './evaluation-counts.js';
import { itemCatalogue } from './item-catalogue.js';
import type { ItemTally } from './item-tally.js';
import { partialOf } from './partial.js';
import type { EvaluationPartial } from './partial.js';
import type { EvaluateOptions, Evaluation, EvaluationThresholds } from './types.js';
import { unknownKey } from '../errors/issues.js';

// Public from here (evaluate/index.ts): the code an evaluation counts a record under when
// reviewing it threw something other than a CailiangError.
export { INTERNAL_ERROR } from '../errors/internal-error.js';
export type { EvaluatorState } from './evaluation-counts.js';

const RECORD_KEYS = ['case', 'imposed', 'synthetic'];

/** Takes records one at a time and says, at any point, what they show. */
export interface Evaluator {
  /**
   * Evaluates one record: reviews it against the benchmark and counts what it shows. A record
   * that cannot be decided is counted as an error by its code; it never throws.
   *
   * @param record - `{ case, imposed, synthetic? }`
   * @param number - the record's number for error samples (default: its position, from 1)
   */
  add(record: unknown, number?: number): void;
  /**
   * Counts a record that never became a value (a line that is not JSON…), by error code.
   *
   * @param code - the error code (`PARSE_ERROR`)
   * @param message - what was wrong, for the samples
   * @param number - the record's number
   */
  addError(code: string, message: string, number?: number): void;
  /** Records seen so far, decided or not. */
  readonly count: number;
  /** The counts so far, as plain data. */
  state(): EvaluatorState;
  /**
   * Adds another evaluator's counts (same rule sets and options). Counts are exact whatever the
   * split; error samples keep the lowest record numbers, as one evaluator would have.
   */
  merge(state: EvaluatorState): void;
  /** The evaluation of the records so far (the evaluator can go on taking records). */
  result(): Evaluation;
  /**
   * The counts so far as a partial evaluation: a versioned JSON document that
   * `mergePartials` combines with others into the evaluation of all their records.
   */
  partial(): EvaluationPartial;
}

/**
 * An evaluator for streams of any length: memory depends on the rule sets (items, tiers,
 * grounds) and the options, never on the number of records — no record is kept.
 *
 * @param engine - the benchmark; build it with `{ trace: false }`, the evaluation never reads the trace
 * @param options - thresholds and limits
 * @returns the evaluator
 * @throws RangeError for a threshold that is not a share between 0 and 1, or a negative count
 * @example
 * const evaluator = createEvaluator(createEngine([ruleSet], { trace: false }));
 * for await (const record of records) evaluator.add(record);
 * const { candidates } = evaluator.result();
 */
export function createEvaluator(engine: Engine, options: EvaluateOptions = {}): Evaluator {
  const settings: EvaluationSettings = {
    thresholds: resolveThresholds(options),
    reasonCapacity: wholeNumber(options.reasonCapacity ?? 32, 'reasonCapacity', 1),
    errorSamples: wholeNumber(options.errorSamples ?? 20, 'errorSamples', 0),
  };
  const catalogue = [...itemCatalogue(engine.ruleSets).values()];
  const counts = new EvaluationCounts(catalogue, settings);
  const { tallies } = counts;
  const ruleSets = engine.ruleSets.map((ruleSet) => ({
    id: ruleSet.id,
    version: ruleSet.version,
    title: ruleSet.title,
    digest: ruleSetDigest(ruleSet),
  }));
  const source = options.source ?? null;

  const add = (record: unknown, number = counts.count + 1) => {
    const shape = recordShape(record);
    if (typeof shape === 'string') {
      counts.addFailed({ record: number, code: 'PARSE_ERROR', path: '', message: shape }, false);
      return;
    }
    const synthetic = shape.synthetic === true;
    try {
      const imposed = readImposed(shape.imposed);
      const result = reviewImposed(engine, shape.case, imposed);
      // The decision's item, not the case's: under 第二十九条 a case naming several items is
      // decided under one of them.
      tallies.get(result.decision.item.code)?.add(result, imposed);
      counts.addDecided(synthetic);
    } catch (error) {
      const item = itemOf(shape.case, tallies);
      if (error instanceof CailiangError) {
        const first = error.issues[0] as { path: string; message: string };
        const inImposed = error.code === 'INVALID_IMPOSED';
        counts.addFailed(
          {
            record: number,
            code: error.code,
            path: inImposed ? first.path : joinPath('case', first.path),
            message: first.message,
          },
          synthetic,
          item,
        );
      } else {
        const {
          code,
          issues: [issue],
        } = internalErrorOf(error);
        counts.addFailed({ record: number, code, path: issue.path, message: issue.message }, synthetic, item);
      }
    }
  };

  return {
    add,
    addError(code, message, number = counts.count + 1) {
      counts.addFailed({ record: number, code, path: '', message }, false);
    },
    get count() {
      return counts.count;
    },
    state: () => counts.state(),
    merge: (state) => counts.merge(state),
    result: () => counts.result(ruleSets, source),
    partial: () =>
      partialOf(counts.state(), { ruleSets, settings, catalogue, sources: source === null ? [] : [source] }),
  };
}

/**
 * Evaluates decision records (后评估): reviews each against the benchmark and measures, per
 * item, how the benchmark is used — tiers reached, where fines fall in their ranges, deviations
 * and their reasons, exemptions and mitigations offered and used, fines at the statutory
 * maximum — then ranks revision candidates with their evidence. See docs/evaluation.md.
 *
 * @param engine - the benchmark (build it with `{ trace: false }` for speed)
 * @param records - `{ case, imposed, synthetic? }` records, read once, never kept
 * @param options - thresholds and limits
 * @returns the evaluation, as plain JSON-ready data
 * @throws RangeError for invalid options; records never throw (they are counted as errors)
 * @example
 * const evaluation = evaluate(createEngine([foodSafety], { trace: false }), records);
 * evaluation.candidates[0]?.evidence // 'tier 一般 of FS-124-1-3: 61% of fines imposed above its range (49 of 80)'
 */
export function evaluate(engine: Engine, records: Iterable<unknown>, options: EvaluateOptions = {}): Evaluation {
  const evaluator = createEvaluator(engine, options);
  for (const record of records) evaluator.add(record);
  return evaluator.result();
}

function resolveThresholds(options: EvaluateOptions): EvaluationThresholds {
  return {
    minSample: wholeNumber(options.minSample ?? 10, 'minSample', 1),
    deviationShare: fraction(options.deviationShare ?? '0.25', 'deviationShare'),
    maximumWithin: fraction(options.maximumWithin ?? '0.01', 'maximumWithin'),
    clusterShare: fraction(options.clusterShare ?? '0.5', 'clusterShare'),
    dominantShare: fraction(options.dominantShare ?? '0.9', 'dominantShare'),
    exemptionUseShare: fraction(options.exemptionUseShare ?? '0.1', 'exemptionUseShare'),
  };
}

function fraction(text: string, name: string): string {
  if (typeof text !== 'string' || !/^(0(\.\d+)?|1(\.0+)?)$/.test(text))
    throw new RangeError(`${name}: expected a share from "0" to "1" as a decimal string, got ${JSON.stringify(text)}`);
  return new Decimal(text).toFixed();
}

function wholeNumber(value: number, name: string, least: number): number {
  if (!Number.isSafeInteger(value) || value < least)
    throw new RangeError(`${name}: expected a whole number of at least ${least}, got ${String(value)}`);
  return value;
}

/** The record's parts, or why it is not a record. */
function recordShape(record: unknown): { case: unknown; imposed: unknown; synthetic?: unknown } | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return 'expected { "case": …, "imposed": … }';
  const keys = Object.keys(record);
  const unknown = keys.find((key) => !RECORD_KEYS.includes(key));
  if (unknown !== undefined) return unknownKey(unknown, unknown, RECORD_KEYS).message;
  for (const key of ['case', 'imposed'])
    if (!keys.includes(key)) return `missing "${key}"; a decision record is { "case": …, "imposed": … }`;
  const { synthetic } = record as { synthetic?: unknown };
  if (synthetic !== undefined && typeof synthetic !== 'boolean') return '"synthetic" is true or false';
  return record as { case: unknown; imposed: unknown; synthetic?: unknown };
}

/** The tally of the item a case names, when it names a known one (so its errors count there too). */
function itemOf(kase: unknown, tallies: ReadonlyMap<string, ItemTally>): ItemTally | undefined {
  const code = typeof kase === 'object' && kase !== null ? (kase as { item?: unknown }).item : undefined;
  return typeof code === 'string' ? tallies.get(code) : undefined;
}
