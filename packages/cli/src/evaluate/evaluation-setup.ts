import type { Engine } from '@cailiang/core';
import type { EvaluateOptions } from '@cailiang/core/evaluate';
import { createBatchEngine } from '../batch/batch-setup.js';
import type { BatchSetup } from '../batch/batch-setup.js';
import type { RuleSet } from '@cailiang/core';
import type { Shard } from '../shard.js';

/**
 * What an evaluation is built from, as plain data: a worker thread receives it and builds its
 * own engine (an engine holds closures and cannot be sent).
 */
export interface EvaluationSetup {
  /** Rule set files. */
  readonly rules: readonly string[];
  /** Extra holiday arrangement files (--holidays). */
  readonly holidays: readonly string[];
  /**
   * The rule set files already read and parsed, one per entry of `rules`: the main thread parses
   * the YAML once, and every worker evaluates against the very benchmark the report names.
   */
  readonly sources?: readonly unknown[];
  /** Thresholds and limits; every thread must use the same, so that their counts add up. */
  readonly options: Omit<EvaluateOptions, 'source'>;
  /** Evaluate only this shard's lines (`--shard i/n`). */
  readonly shard?: Shard;
}

/**
 * Loads the rule set files (or validates their parsed data) and compiles the engine, without the
 * trace: the evaluation never reads it, and recording it costs a fifth of the time.
 *
 * @param setup - the files
 * @returns the engine
 * @throws CailiangError when a file cannot be read or the rule sets are invalid
 * @example const engine = evaluationEngine({ rules: ['food.rules.yaml'], holidays: [], options: {} });
 */
export function evaluationEngine(setup: EvaluationSetup): Engine {
  return createBatchEngine(reviewSetup(setup));
}

/**
 * {@link evaluationEngine} from the rule sets of `setup.rules` as this thread has already
 * validated them (`evaluate`'s main thread, which checks the files before anything else).
 * Not public: the rule sets must be those of `setup.sources`, or the workers would decide
 * under other rules than the main thread.
 */
export function evaluationEngineFrom(setup: EvaluationSetup, ruleSets: readonly RuleSet[]): Engine {
  return createBatchEngine(reviewSetup(setup), ruleSets);
}

/** An evaluation's engines are built as a batch review builds its engine: review mode records no trace. */
function reviewSetup(setup: EvaluationSetup): BatchSetup {
  const { rules, holidays, sources } = setup;
  return { mode: 'review', rules, holidays, trace: false, ...(sources === undefined ? {} : { sources }) };
}
