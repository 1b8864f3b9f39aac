import { resolve } from 'node:path';
import { formatCount } from '../display-text.js';
import { parseArgs } from 'node:util';
import { createEvaluator } from '@cailiang/core/evaluate';
import type { Evaluation } from '@cailiang/core/evaluate';
import { CailiangError, formatIssues } from '@cailiang/core';
import { createProgress } from '../batch/progress.js';
import { evaluateFile } from './evaluate-file.js';
import { loadBatchRuleSets } from '../batch/batch-setup.js';
import { evaluationEngineFrom } from './evaluation-setup.js';
import type { EvaluationSetup } from './evaluation-setup.js';
import { evaluateSynthetic } from './synthetic-source.js';
import { EvaluationWorkerError } from './evaluate-in-workers.js';
import { writePartial, writeReports } from './write-reports.js';
import { mergeCommand, reportLine } from './merge-command.js';
import { parseShard } from './shard.js';
import type { Shard } from './shard.js';

/** Where `cailiang evaluate` writes; the CLI's own io fits (`stderrIsTTY` draws the progress bar). */
export interface EvaluateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly color?: boolean;
  /** stderr is a terminal: a progress bar is drawn on it. */
  readonly stderrIsTTY?: boolean;
}

export const EVALUATE_USAGE = `cailiang evaluate — post-evaluation (后评估) of benchmarks over the decisions made under them

Usage:
  cailiang evaluate --rules FILE [--rules FILE…] --decisions RECORDS.ndjson --out REPORT.html
                    [--json FILE] [--csv FILE] [--partial FILE] [--shard I/N] [--workers N]
                    [--min-sample N] [--holidays FILE…]
  cailiang evaluate --rules FILE [--rules FILE…] --synthetic N [--seed S] [--save-synthetic FILE.ndjson]
                    --out REPORT.html [--json FILE] [--csv FILE] [--min-sample N]
  cailiang evaluate merge PARTIAL.json… [--report REPORT.html] [--json FILE] [--csv FILE] [--partial FILE]

  --decisions F     one { "case": …, "imposed": … } per line, as cailiang review --batch reads them;
                    streamed, so memory stays flat however many lines. A line that cannot be decided
                    is counted by its error code, never dropped.
  --synthetic N     evaluate N generated records instead (seeded: --seed, default 1); the report says
                    they are synthetic. --save-synthetic F also writes them to F (a new file).
  --out F           the report, one self-contained HTML page with its charts
  --json F, --csv F the same figures as JSON and as CSV
  --partial F       also (or, without --out, only) the exact counts as a partial evaluation
                    (cailiang.evaluation-partial/v1), for cailiang evaluate merge
  --shard I/N       evaluate only lines k with ((k - 1) mod N) + 1 = I; line numbers stay the file's.
                    Run shards 1/N … N/N anywhere, each with --partial, then merge the partials
  --workers N       worker threads for --decisions (default 1; more need the built CLI)
  --min-sample N    fewest cases behind a share that can make a revision candidate (default 10)

Exit codes: 0 every record decided · 1 some records could not be decided (the report counts them)
            2 usage, unreadable rule sets or input, unwritable output · 3 internal error
See docs/evaluation.md for how each figure is computed.
`;

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
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EVALUATE_USAGE);
    return 0;
  }
  if (args[0] === 'merge') return mergeCommand(args.slice(1), io, EVALUATE_USAGE);
  try {
    const command = readArguments(args);
    // File by file, as decide and batch refuse broken rule files; parsed once for every worker.
    const { sources, ruleSets } = loadBatchRuleSets(command.rules);
    const setup: EvaluationSetup = { rules: command.rules, holidays: command.holidays, sources, options: { minSample: command.minSample }, ...(command.shard === undefined ? {} : { shard: command.shard }) };
    const engine = evaluationEngineFrom(setup, ruleSets);
    const source = command.synthetic === undefined ? { name: command.decisions as string } : { name: `synthetic: ${command.synthetic} records`, seed: command.seed };
    const evaluator = createEvaluator(engine, { ...setup.options, source });
    const started = performance.now();
    const progress = (total: number) => (io.stderrIsTTY === true ? createProgress((text) => io.stderr(text), { totalBytes: total }) : undefined);
    if (command.synthetic !== undefined) {
      evaluateSynthetic(engine, evaluator, { count: command.synthetic, seed: command.seed, ...(command.save === undefined ? {} : { save: command.save }), ...withProgress(progress(command.synthetic)) });
    } else {
      await evaluateFile(command.decisions as string, evaluator, { workers: command.workers, setup, progress });
    }
    const evaluation = evaluator.result();
    writeReports(evaluation, { ...(command.out === undefined ? {} : { html: command.out }), ...(command.json === undefined ? {} : { json: command.json }), ...(command.csv === undefined ? {} : { csv: command.csv }) });
    if (command.partial !== undefined) writePartial(evaluator.partial(), command.partial);
    io.stdout(summary(evaluation, (performance.now() - started) / 1000, command));
    if ((evaluation.errors.byCode['INTERNAL_ERROR'] ?? 0) > 0) return 3;
    return evaluation.records.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CailiangError) {
      io.stderr(`${formatIssues(error.issues, error.source)}\n`);
      return 2;
    }
    const reason = error instanceof EvaluationWorkerError ? error.message : `internal error: ${(error as Error).message ?? String(error)}`;
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
}

function readArguments(args: string[]): EvaluateArguments {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
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
      },
    }));
  } catch (error) {
    throw usage('', (error as Error).message);
  }
  const text = (name: string) => values[name] as string | undefined;
  const rules = (values['rules'] as string[] | undefined) ?? [];
  if (rules.length === 0) throw usage('--rules', 'missing --rules FILE');
  const out = text('out');
  if (out === undefined && text('partial') === undefined) throw usage('--out', 'missing --out REPORT.html (or --partial FILE)');
  if (out !== undefined && !/\.html?$/i.test(out)) throw usage('--out', `expected a file ending in .html, got "${out}"`);
  const decisions = text('decisions');
  const syntheticText = text('synthetic');
  if ((decisions === undefined) === (syntheticText === undefined)) throw usage('--decisions', 'give either --decisions FILE or --synthetic N');
  if (syntheticText === undefined) {
    for (const flag of ['seed', 'save-synthetic']) if (text(flag) !== undefined) throw usage(`--${flag}`, `--${flag} goes with --synthetic`);
  } else if (text('workers') !== undefined) {
    throw usage('--workers', '--workers goes with --decisions: synthetic records are generated and evaluated in one thread');
  } else if (text('shard') !== undefined) {
    throw usage('--shard', '--shard goes with --decisions: it picks lines of a file');
  }
  const reports = [out, text('json'), text('csv'), text('partial')].filter((path): path is string => path !== undefined).map((path) => resolve(path));
  for (const input of [decisions, text('save-synthetic')]) {
    if (input !== undefined && reports.includes(resolve(input))) throw usage('--out', `a report would overwrite ${input}`);
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
  };
}

function whole(text: string, flag: string, least: number, most = Number.MAX_SAFE_INTEGER): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < least || value > most) throw usage(flag, `expected a whole number from ${least}${most === Number.MAX_SAFE_INTEGER ? '' : ` to ${most}`}, got "${text}"`);
  return value;
}

function usage(path: string, message: string): CailiangError {
  return new CailiangError('USAGE', [{ code: 'usage', path, message: `${message}\n\n${EVALUATE_USAGE}` }]);
}

function withProgress<T>(progress: T | undefined): { progress?: T } {
  return progress === undefined ? {} : { progress };
}


/** What stdout says at the end: the totals, the strongest candidates, where the reports are. */
function summary(evaluation: Evaluation, seconds: number, command: EvaluateArguments): string {
  const { records } = evaluation;
  const used = evaluation.items.filter((item) => item.cases > 0).length;
  const lines = [
    `Evaluated ${formatCount(records.total)} records${records.synthetic > 0 ? ` (${formatCount(records.synthetic)} synthetic)` : ''} in ${seconds.toFixed(1)} s: ${formatCount(records.decided)} decided, ${formatCount(records.errors)} could not be decided.`,
    `${formatCount(used)} of ${formatCount(evaluation.items.length)} items used; ${formatCount(evaluation.candidates.length)} revision candidates.`,
    ...evaluation.candidates.slice(0, 5).map((candidate) => `  ${candidate.rank}. ${candidate.evidence}`),
    `${command.shard === undefined ? '' : `Shard ${command.shard.index}/${command.shard.count}. `}${reportLine(command)}${command.save === undefined ? '' : `; records: ${command.save}`}`,
  ];
  return `${lines.join('\n')}\n`;
}
