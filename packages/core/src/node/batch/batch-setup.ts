import { createEngine } from '../../decide/engine.js';
import type { Engine } from '../../decide/engine.js';
import { loadRuleSet } from '../../ruleset/load.js';
import { calendarFor } from '../commands-time.js';
import { loadRuleSetFile, readDataFile } from '../files.js';

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
  /**
   * The rule set files already read and parsed, one per entry of `rules` (see
   * {@link readRuleSetSources}): parsing the YAML is most of what a worker spends starting, so
   * the main thread does it once and each worker only validates and compiles.
   */
  readonly sources?: readonly unknown[];
}

/**
 * Reads and parses the rule set files, without validating them.
 *
 * @param rules - the files
 * @returns their plain data, in order, for {@link BatchSetup.sources}
 * @throws CailiangError IO_ERROR or PARSE_ERROR naming the file
 * @example const setup = { mode: 'decide', rules, sources: readRuleSetSources(rules), holidays: [], trace: true };
 */
export function readRuleSetSources(rules: readonly string[]): unknown[] {
  return rules.map(readDataFile);
}

/**
 * Loads the rule set files (or validates their parsed data, when the setup has it) and compiles
 * the engine a batch decides with — once per worker.
 *
 * @param setup - the files and options
 * @returns the engine
 * @throws CailiangError when a file cannot be read or the rule sets are invalid
 * @example const engine = createBatchEngine({ mode: 'decide', rules: ['food.rules.yaml'], holidays: [], trace: false });
 */
export function createBatchEngine(setup: BatchSetup): Engine {
  const { sources } = setup;
  // Errors name the file either way: the data is validated with its file as the source.
  const ruleSets = sources === undefined ? setup.rules.map(loadRuleSetFile) : setup.rules.map((path, index) => loadRuleSet(sources[index], { source: path }));
  const calendar = calendarFor(setup.holidays, true);
  return createEngine(ruleSets, { trace: setup.mode === 'decide' && setup.trace, calendar });
}
