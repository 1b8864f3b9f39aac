import { createEngine, resolveLimits } from '@cailiang/core';
import type { Limits } from '@cailiang/core';
import type { Engine } from '@cailiang/core';
import { loadRuleSet } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
import { parseSource } from '@cailiang/core';
import { calendarFor } from '../commands-time.js';
import { loadRuleSetFile, readTextFile } from '@cailiang/core/node';

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
   * {@link loadBatchRuleSets}): parsing the YAML is most of what a worker spends starting, so
   * the main thread does it once and each worker only validates and compiles.
   */
  readonly sources?: readonly unknown[];
  /** The language of review findings, decision warnings and the report (--lang): zh unless en is asked for. */
  readonly language?: 'zh' | 'en';
  /** The limits given with --limit, for the rule sets and every case (default `DEFAULT_LIMITS`). */
  readonly limits?: Partial<Limits>;
}

/** The rule set files of a batch as the main thread holds them. */
export interface BatchRuleSets {
  /** Each file's parsed data, in order: what the workers validate ({@link BatchSetup.sources}). */
  readonly sources: readonly unknown[];
  /** The same files validated, for the engine of the main thread. */
  readonly ruleSets: readonly RuleSet[];
}

/**
 * Reads, parses and validates the rule set files one after the other, as `cailiang decide`
 * loads them: a file is refused (unreadable, not YAML/JSON, or not a valid rule set) before the
 * next one is read, so both commands report the same first problem for the same files.
 *
 * @param rules - the files
 * @returns their parsed data for the workers, and the validated rule sets
 * @throws CailiangError IO_ERROR, PARSE_ERROR or INVALID_RULE_SET naming the first file refused
 * @example const { sources, ruleSets } = loadBatchRuleSets(['food.rules.yaml']);
 */
export function loadBatchRuleSets(rules: readonly string[], limits: Partial<Limits> = {}): BatchRuleSets {
  const sources: unknown[] = [];
  const ruleSets: RuleSet[] = [];
  for (const path of rules) {
    const text = readTextFile(path);
    const source = parseSource(text, path, resolveLimits(limits));
    // loadRuleSet takes a string for text to parse, so a document that is only a string is
    // handed over as its text: it is then refused as `decide` refuses it, not parsed a second time.
    ruleSets.push(loadRuleSet(typeof source === 'string' ? text : source, { source: path, limits, sourceText: text }));
    sources.push(source);
  }
  return { sources, ruleSets };
}

/**
 * Compiles the engine a batch decides with — once per worker — from the rule sets already
 * validated in this thread, or else by loading the rule set files (validating their parsed data,
 * when the setup has it).
 *
 * @param setup - the files and options
 * @param loaded - the rule sets of `setup.rules`, validated by {@link loadBatchRuleSets}
 * @returns the engine
 * @throws CailiangError when a file cannot be read or the rule sets are invalid
 * @example const engine = createBatchEngine({ mode: 'decide', rules: ['food.rules.yaml'], holidays: [], trace: false });
 */
export function createBatchEngine(setup: BatchSetup, loaded?: readonly RuleSet[]): Engine {
  const { sources } = setup;
  const limits = setup.limits ?? {};
  // Errors name the file either way: the data is validated with its file as the source.
  const ruleSets =
    loaded ??
    (sources === undefined
      ? setup.rules.map((path) => loadRuleSetFile(path, limits))
      : setup.rules.map((path, index) => loadRuleSet(sources[index], { source: path, limits })));
  const calendar = calendarFor(setup.holidays, true, limits);
  // The decisions' warnings are worded in the language asked for, like the review's findings.
  const language = setup.language ?? 'zh';
  return createEngine(ruleSets, { trace: setup.mode === 'decide' && setup.trace, calendar, limits, language });
}
