import { revisionCandidates } from './candidates.js';
import type { CatalogueItem } from './item-catalogue.js';
import { sortedRecord, summariseItem } from './item-summary.js';
import { ItemTally } from './item-tally.js';
import type { ItemState } from './item-tally.js';
import { byKey } from './keyed.js';
import { Decimal } from '../money/decimal.js';
import { EVALUATION_FORMAT } from './types.js';
import type { ErrorSample, Evaluation, EvaluationSource, EvaluationThresholds } from './types.js';

/**
 * An evaluator's counts as plain data (structured-cloneable, JSON-ready): evaluators in several
 * threads — or on several machines, through a partial — each take part of the records, and one
 * merges the others' states. Lists of keyed counts are sorted by key, so that the same counts
 * always give the same data, whatever order the records came in.
 */
export interface EvaluatorState {
  readonly total: number;
  readonly decided: number;
  readonly synthetic: number;
  readonly errorCodes: readonly (readonly [string, number])[];
  readonly samples: readonly ErrorSample[];
  readonly items: readonly ItemState[];
}

/** Everything that decides how records are counted: counts merge only under the same settings. */
export interface EvaluationSettings {
  readonly thresholds: EvaluationThresholds;
  /** Distinct deviation reasons tracked per item. */
  readonly reasonCapacity: number;
  /** Undecidable records kept as examples. */
  readonly errorSamples: number;
}

/** The rule sets an evaluation names, as its report lists them. */
export type RuleSetEntry = Evaluation['ruleSets'][number];

/**
 * The counts of an evaluation, from records or merged from other counts, and the evaluation
 * they make. Shared by the streaming evaluator and the merging of partials, so that both
 * report the very same figures.
 */
export class EvaluationCounts {
  private total = 0;
  private decided = 0;
  private synthetic = 0;
  private readonly errorCodes = new Map<string, number>();
  private readonly samples: ErrorSample[] = [];
  readonly tallies = new Map<string, ItemTally>();

  /**
   * @param catalogue - the rule sets' items, in their order
   * @param settings - thresholds and limits
   */
  constructor(
    catalogue: Iterable<CatalogueItem>,
    readonly settings: EvaluationSettings,
  ) {
    const maximumWithin = new Decimal(settings.thresholds.maximumWithin);
    for (const item of catalogue)
      this.tallies.set(item.code, new ItemTally(item, settings.reasonCapacity, maximumWithin));
  }

  /** Records seen, decided or not. */
  get count(): number {
    return this.total;
  }

  /** Counts a record that was decided (its item's tally counts what it shows). */
  addDecided(synthetic: boolean): void {
    this.total++;
    this.decided++;
    if (synthetic) this.synthetic++;
  }

  /** Counts a record that was not decided, by error code, in its item too when it names one. */
  addFailed(error: ErrorSample, synthetic: boolean, item?: ItemTally): void {
    this.total++;
    if (synthetic) this.synthetic++;
    this.errorCodes.set(error.code, (this.errorCodes.get(error.code) ?? 0) + 1);
    item?.addError(error.code);
    // The lowest-numbered samples are kept, not the first to arrive: then which are kept never
    // depends on how the records were split between threads, shards or districts.
    if (this.samples.length < this.settings.errorSamples) {
      this.samples.push(error);
    } else if (this.samples.length > 0) {
      const last = this.samples.reduce((worst, sample) => (bySample(sample, worst) > 0 ? sample : worst));
      if (bySample(error, last) < 0) this.samples.splice(this.samples.indexOf(last), 1, error);
    }
  }

  /** The counts as plain data. */
  state(): EvaluatorState {
    return {
      total: this.total,
      decided: this.decided,
      synthetic: this.synthetic,
      errorCodes: [...this.errorCodes].sort(byKey),
      samples: [...this.samples].sort(bySample),
      items: [...this.tallies.values()].map((tally) => tally.state()),
    };
  }

  /**
   * Adds other counts made under the same rule sets and settings. Counts are exact whatever the
   * split; error samples keep the lowest record numbers, as one evaluator would have.
   *
   * @throws RangeError for counts of an item these rule sets do not have
   */
  merge(state: EvaluatorState): void {
    for (const item of state.items) {
      if (!this.tallies.has(item.code))
        throw new RangeError(`merge: item "${item.code}" is not in this evaluator's rule sets`);
    }
    this.total += state.total;
    this.decided += state.decided;
    this.synthetic += state.synthetic;
    for (const [code, n] of state.errorCodes) this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + n);
    const kept = [...this.samples, ...state.samples].sort(bySample).slice(0, this.settings.errorSamples);
    this.samples.splice(0, this.samples.length, ...kept);
    for (const item of state.items) this.tallies.get(item.code)?.merge(item);
  }

  /**
   * The evaluation the counts make.
   *
   * @param ruleSets - the rule sets, as the report lists them
   * @param source - where the records came from
   */
  result(ruleSets: readonly RuleSetEntry[], source: EvaluationSource | null): Evaluation {
    const { thresholds } = this.settings;
    const items = [...this.tallies.values()].map((tally) => summariseItem(tally, thresholds));
    return {
      format: EVALUATION_FORMAT,
      source,
      ruleSets: ruleSets.map((ruleSet) => ({ ...ruleSet })),
      thresholds: { ...thresholds },
      records: {
        total: this.total,
        decided: this.decided,
        errors: this.total - this.decided,
        synthetic: this.synthetic,
      },
      errors: { byCode: sortedRecord(this.errorCodes), samples: [...this.samples].sort(bySample) },
      items,
      itemsNeverUsed: items
        .filter((item) => item.cases === 0 && Object.keys(item.errors).length === 0)
        .map((item) => item.code),
      candidates: revisionCandidates(items, this.decided, thresholds),
    };
  }
}

/**
 * Error samples by record number; samples of equal numbers (records of different files merged)
 * by what they say, so that which are kept never depends on the order of merging.
 */
function bySample(a: ErrorSample, b: ErrorSample): number {
  return (
    a.record - b.record ||
    compareText(a.code, b.code) ||
    compareText(a.path, b.path) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
