import { resolve } from 'node:path';
import { asksForHelp, languageArgument, parseCommandArgs, usageError } from '../cli-args.js';
import { formatCommandHelp, helpOf } from '../command-help.js';
import type { CommandHelp } from '../command-help.js';
import { createEvaluator } from '@cailiang/core/evaluate';
import { CailiangError, formatIssues } from '@cailiang/core';
import { errorLanguage, issuesIn } from '../error-language.js';
import { createProgress } from '../batch/progress.js';
import { evaluateFile } from './evaluate-file.js';
import { loadBatchRuleSets } from '../batch/batch-setup.js';
import { evaluationEngineFrom } from './evaluation-setup.js';
import type { EvaluationSetup } from './evaluation-setup.js';
import { evaluateSynthetic } from './synthetic-source.js';
import { EvaluationWorkerError } from './evaluate-in-workers.js';
import { writePartial, writeReports } from './write-reports.js';
import { mergeCommand } from './merge-command.js';
import { evaluateSummary } from './summary-text.js';
import { parseShard } from '../shard.js';
import type { Shard } from '../shard.js';

/** Where `cailiang evaluate` writes; the CLI's own io fits (`stderrIsTTY` draws the progress bar). */
export interface EvaluateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly color?: boolean;
  /** stderr is a terminal: a progress bar is drawn on it. */
  readonly stderrIsTTY?: boolean;
}

/**
 * Runs `cailiang evaluate`: evaluates decision records (a file, or generated ones) against the
 * rule sets and writes the report, with a summary and the strongest revision candidates on
 * stdout and a progress bar on stderr when it is a terminal.
 *
 * @param args - the arguments after `evaluate`
 * @param io - where to write
 * @returns the exit code: 0 all records decided, 1 some could not be, 2 usage or file problems
 *   (the message on stderr), 3 an internal error
 * @example process.exitCode = await evaluateCommand(['--rules', 'food.rules.yaml', '--decisions', 'records.ndjson', '--out', 'report.html'], io);
 */
export async function evaluateCommand(args: string[], io: EvaluateIo): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(formatCommandHelp(helpOf('evaluate') as CommandHelp));
    return 0;
  }
  try {
    if (args[0] === 'merge') return await mergeCommand(args.slice(1), io);
    const command = readArguments(args);
    // File by file, as decide and batch refuse broken rule files; parsed once for every worker.
    const { sources, ruleSets } = loadBatchRuleSets(command.rules);
    const setup: EvaluationSetup = {
      rules: command.rules,
      holidays: command.holidays,
      sources,
      options: { minSample: command.minSample },
      ...(command.shard === undefined ? {} : { shard: command.shard }),
    };
    const engine = evaluationEngineFrom(setup, ruleSets);
    const source =
      command.synthetic === undefined
        ? { name: command.decisions as string }
        : { name: `synthetic: ${command.synthetic} records`, seed: command.seed };
    const evaluator = createEvaluator(engine, { ...setup.options, source });
    const started = performance.now();
    const progress = (total: number) =>
      io.stderrIsTTY === true ? createProgress((text) => io.stderr(text), { totalBytes: total }) : undefined;
    if (command.synthetic !== undefined) {
      evaluateSynthetic(engine, evaluator, {
        count: command.synthetic,
        seed: command.seed,
        ...(command.save === undefined ? {} : { save: command.save }),
        ...withProgress(progress(command.synthetic)),
      });
    } else {
      await evaluateFile(command.decisions as string, evaluator, { workers: command.workers, setup, progress });
    }
    const evaluation = evaluator.result();
    writeReports(evaluation, {
      ...(command.out === undefined ? {} : { html: command.out }),
      ...(command.json === undefined ? {} : { json: command.json }),
      ...(command.csv === undefined ? {} : { csv: command.csv }),
      language: command.language,
    });
    if (command.partial !== undefined) writePartial(evaluator.partial(), command.partial);
    io.stdout(
      evaluateSummary(evaluation, {
        ...command,
        seconds: (performance.now() - started) / 1000,
      }),
    );
    if ((evaluation.errors.byCode['INTERNAL_ERROR'] ?? 0) > 0) return 3;
    return evaluation.records.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CailiangError) {
      io.stderr(`${formatIssues(issuesIn(error, errorLanguage(args)), error.source)}\n`);
      return 2;
    }
    const reason =
      error instanceof EvaluationWorkerError
        ? error.message
        : `internal error: ${(error as Error).message ?? String(error)}`;
    io.stderr(`cailiang: ${reason}\n`);
    return 3;
  }
}

interface EvaluateArguments {
  readonly rules: string[];
  readonly holidays: string[];
  readonly decisions?: string;
  readonly synthetic?: number;
  readonly seed: number;
  readonly save?: string;
  readonly out?: string;
  readonly json?: string;
  readonly csv?: string;
  readonly partial?: string;
  readonly shard?: Shard;
  readonly workers: number;
  readonly minSample: number;
  readonly language: 'zh' | 'en';
}

function readArguments(args: string[]): EvaluateArguments {
  const { values } = parseCommandArgs('evaluate', args, {
    rules: { type: 'string', multiple: true },
    holidays: { type: 'string', multiple: true },
    decisions: { type: 'string' },
    synthetic: { type: 'string' },
    seed: { type: 'string' },
    'save-synthetic': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
    csv: { type: 'string' },
    partial: { type: 'string' },
    shard: { type: 'string' },
    workers: { type: 'string' },
    'min-sample': { type: 'string' },
    lang: { type: 'string' },
  });
  const text = (name: string) => values[name] as string | undefined;
  const rules = (values['rules'] as string[] | undefined) ?? [];
  if (rules.length === 0) throw usage('--rules', 'missing --rules FILE');
  const out = text('out');
  if (out === undefined && text('partial') === undefined)
    throw usage('--out', 'missing --out REPORT.html (or --partial FILE)');
  if (out !== undefined && !/\.html?$/i.test(out))
    throw usage('--out', `expected a file ending in .html, got "${out}"`);
  const decisions = text('decisions');
  const syntheticText = text('synthetic');
  if ((decisions === undefined) === (syntheticText === undefined))
    throw usage('--decisions', 'give either --decisions FILE or --synthetic N');
  if (syntheticText === undefined) {
    for (const flag of ['seed', 'save-synthetic'])
      if (text(flag) !== undefined) throw usage(`--${flag}`, `--${flag} goes with --synthetic`);
  } else if (text('workers') !== undefined) {
    throw usage(
      '--workers',
      '--workers goes with --decisions: synthetic records are generated and evaluated in one thread',
    );
  } else if (text('shard') !== undefined) {
    throw usage('--shard', '--shard goes with --decisions: it picks lines of a file');
  }
  const reports = [out, text('json'), text('csv'), text('partial')]
    .filter((path): path is string => path !== undefined)
    .map((path) => resolve(path));
  for (const input of [decisions, text('save-synthetic')]) {
    if (input !== undefined && reports.includes(resolve(input)))
      throw usage('--out', `a report would overwrite ${input}`);
  }
  return {
    rules,
    holidays: (values['holidays'] as string[] | undefined) ?? [],
    ...(decisions === undefined ? {} : { decisions }),
    ...(syntheticText === undefined ? {} : { synthetic: whole(syntheticText, '--synthetic', 0) }),
    seed: text('seed') === undefined ? 1 : whole(text('seed') as string, '--seed', 0),
    ...(text('save-synthetic') === undefined ? {} : { save: text('save-synthetic') as string }),
    ...(out === undefined ? {} : { out }),
    ...(text('json') === undefined ? {} : { json: text('json') as string }),
    ...(text('csv') === undefined ? {} : { csv: text('csv') as string }),
    ...(text('partial') === undefined ? {} : { partial: text('partial') as string }),
    ...(text('shard') === undefined ? {} : { shard: parseShard(text('shard') as string) }),
    workers: text('workers') === undefined ? 1 : whole(text('workers') as string, '--workers', 1, 64),
    minSample: text('min-sample') === undefined ? 10 : whole(text('min-sample') as string, '--min-sample', 1),
    language: languageArgument('evaluate', text('lang')),
  };
}

function whole(text: string, flag: string, least: number, most = Number.MAX_SAFE_INTEGER): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < least || value > most)
    throw usage(
      flag,
      `expected a whole number from ${least}${most === Number.MAX_SAFE_INTEGER ? '' : ` to ${most}`}, got "${text}"`,
    );
  return value;
}

function usage(path: string, message: string): CailiangError {
  return usageError('evaluate', message, path);
}

function withProgress<T>(progress: T | undefined): { progress?: T } {
  return progress === undefined ? {} : { progress };
}

/** What stdout says at the end: the totals, the strongest candidates, where the reports are. */
