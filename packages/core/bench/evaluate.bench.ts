/**
 * `cailiang evaluate` (post-evaluation, 后评估), when the built CLI has it: the issue is done when
 * a 1,000,000-record synthetic corpus is evaluated in under a minute here (`--workers 2`), and one
 * worker is timed too, for information. The corpus is the CLI's own synthetic generator over all
 * nine library rule sets, seed 1, written once to a file before anything is timed; each run then
 * streams that file, as a whole (reading, deciding, reviewing, counting, writing the report), and
 * its peak memory and CPU seconds are read where /usr/bin/time is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { ruleFilePaths } from '../../../test-support/rule-files.js';
import { EVALUATE_CORPUS as CORPUS, EVALUATE_RECORDS, EVALUATE_REPORT as REPORT, SHORT } from './settings.js';
import { recordFacts } from './workload/facts.js';
import { runTimed, workerComparison } from './workload/timed-command.js';
import type { RunCost } from './workload/timed-command.js';

const CLI = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
const ONCE = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

/** The built CLI has `evaluate` with the options this bench uses (an older build may not). */
function hasEvaluate(): boolean {
  if (!existsSync(CLI)) return false;
  const help = spawnSync(process.execPath, [CLI, 'evaluate', '--help'], { encoding: 'utf8' });
  return (
    help.status === 0 &&
    ['--decisions', '--workers', '--synthetic', '--save-synthetic'].every((option) => help.stdout.includes(option))
  );
}

/** What one run took, and what it counted. */
interface EvaluateRun extends RunCost {
  /** Records decided, and records the CLI could not decide (counted by their error in the report). */
  readonly decided: number;
  readonly undecided: number;
}

/** `--rules` for each of the library's rule sets. */
function ruleArguments(): string[] {
  return ruleFilePaths().flatMap((path) => ['--rules', path]);
}

/**
 * Runs the CLI and checks it read every record. Exit 1 says some records could not be decided and
 * were counted by their error (the generator breaks 0.1% of its records on purpose, to show error
 * counting); any other exit but 0 stops the bench.
 */
function evaluate(options: readonly string[], what: string): EvaluateRun {
  const run = runTimed([CLI, 'evaluate', '--lang', 'en', ...ruleArguments(), ...options, '--out', REPORT], {
    stdout: 'pipe',
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${what} exited ${String(run.status)}: ${`${run.stdout}\n${run.stderr}`.slice(-500)}`);
  const totals = /Evaluated ([\d,]+) records.*: ([\d,]+) decided, ([\d,]+) could not be decided/.exec(run.stdout);
  const [total, decided, undecided] = [totals?.[1], totals?.[2], totals?.[3]].map((text) =>
    text === undefined ? Number.NaN : Number(text.replaceAll(',', '')),
  );
  if (total !== EVALUATE_RECORDS || (decided as number) + (undecided as number) !== EVALUATE_RECORDS) {
    throw new Error(
      `${what} exited ${String(run.status)}; expected ${EVALUATE_RECORDS} records, it said: ${run.stdout.split('\n')[0] ?? ''}`,
    );
  }
  return { ...run.cost, decided: decided as number, undecided: undecided as number };
}

if (hasEvaluate()) {
  // The corpus, once and not timed: the generator evaluates what it generates too, so this is a
  // run of its own (one thread), which the --decisions runs below then repeat from the file.
  mkdirSync(fileURLToPath(new URL('./dist/', import.meta.url)), { recursive: true });
  rmSync(CORPUS, { force: true }); // --save-synthetic writes only to a new file
  const generated = evaluate(
    ['--synthetic', String(EVALUATE_RECORDS), '--seed', '1', '--save-synthetic', CORPUS],
    'cailiang evaluate --synthetic',
  );
  const corpusMiB = statSync(CORPUS).size / 2 ** 20;

  const runs = new Map<number, EvaluateRun>();
  const name = (workers: number) => `cailiang evaluate --workers ${workers}`;
  describe('evaluate', () => {
    // The short run only proves the bench works: one CLI run is enough, the one the target names.
    for (const workers of SHORT ? [2] : [1, 2]) {
      bench(
        name(workers),
        () => {
          const run = evaluate(['--decisions', CORPUS, '--workers', String(workers)], name(workers));
          if (run.decided !== generated.decided)
            throw new Error(
              `${name(workers)} decided ${run.decided} records, the generator's own run ${generated.decided}`,
            );
          runs.set(workers, run);
          recordFacts('evaluate', {
            records: EVALUATE_RECORDS,
            corpusMiB,
            generateSeconds: generated.seconds,
            undecided: generated.undecided,
            ...workerComparison(runs, name, EVALUATE_RECORDS),
          });
        },
        ONCE,
      );
    }
  });
} else {
  recordFacts('evaluate', {
    note: 'the built CLI (packages/cli/dist/cli.js) has no evaluate command with --decisions and --workers, so it was not measured',
  });
  describe('evaluate', () => {
    bench.skip('cailiang evaluate (not built)', () => undefined);
  });
}
