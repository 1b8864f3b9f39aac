import { createEngine } from '../../decide/engine.js';
import type { Engine } from '../../decide/engine.js';
import { calendarFor } from '../commands-time.js';
import { loadRuleSetFile } from '../files.js';

/**
 * What every worker needs to build its own engine: plain data, so it can be sent to a thread
 * (an engine holds closures and cannot be).
 */
export interface BatchSetup {
  /** `decide`: each line is a case. `review`: each line is `{ case, imposed }`. */
  readonly mode: 'decide' | 'review';
  /** Rule set files, as given on the command line. */
  readonly rules: readonly string[];
  /** Extra holiday arrangement files (--holidays). */
  readonly holidays: readonly string[];
  /** Record the trace in each decision (decide mode; reviews never print it). */
  readonly trace: boolean;
}

/**
 * Loads the rule set files and compiles the engine a batch decides with — once per worker.
 *
 * @param setup - the files and options
 * @returns the engine
 * @throws CailiangError when a file cannot be read or the rule sets are invalid
 * @example const engine = createBatchEngine({ mode: 'decide', rules: ['food.rules.yaml'], holidays: [], trace: false });
 */
export function createBatchEngine(setup: BatchSetup): Engine {
  const ruleSets = setup.rules.map(loadRuleSetFile);
  const calendar = calendarFor(setup.holidays, true);
  return createEngine(ruleSets, { trace: setup.mode === 'decide' && setup.trace, calendar });
}
