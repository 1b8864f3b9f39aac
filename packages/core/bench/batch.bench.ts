/**
 * `cailiang batch` (NDJSON in, NDJSON out, `--workers N`), when the built CLI has it: one worker
 * against two on the same cases — the library's generated cases, repeated to the size asked for.
 * Each run is timed once, as a whole (reading, deciding, writing), and its peak memory read where
 * /usr/bin/time is there. Measured here, not targeted: the command and its targets belong to the
 * batch issue.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { ruleFilePaths } from '../../../test-support/rule-files.js';
import { BATCH_CASES, BATCH_INPUT as INPUT, CASES, SHORT } from './settings.js';
import { recordFacts } from './workload/facts.js';
import { runTimed, workerComparison } from './workload/timed-command.js';
import type { RunCost } from './workload/timed-command.js';
import { buildWorkload } from './workload/workload.js';

const CLI = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
const ONCE = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

const available =
  existsSync(CLI) && spawnSync(process.execPath, [CLI, 'batch', '--help'], { encoding: 'utf8' }).status === 0;

/** One batch run over the cases file, timed as a whole. */
function runBatch(workers: number): RunCost {
  const rules = ruleFilePaths().flatMap((path) => ['--rules', path]);
  const run = runTimed([CLI, 'batch', ...rules, '--workers', String(workers), '--out', '/dev/null'], { stdin: INPUT });
  if (run.status !== 0)
    throw new Error(`cailiang batch --workers ${workers} exited ${String(run.status)}: ${run.stderr.slice(-500)}`);
  return run.cost;
}

if (available) {
  const workload = buildWorkload({ cases: CASES });
  mkdirSync(fileURLToPath(new URL('./dist/', import.meta.url)), { recursive: true });
  const lines = workload.cases.map((kase) => `${JSON.stringify(kase.input)}\n`);
  const out = openSync(INPUT, 'w');
  for (let i = 0; i < BATCH_CASES; i += lines.length)
    writeSync(out, lines.slice(0, Math.min(lines.length, BATCH_CASES - i)).join(''));
  closeSync(out);

  const runs = new Map<number, RunCost>();
  const name = (workers: number) => `cailiang batch --workers ${workers}`;
  describe('batch', () => {
    // The short run only proves the bench works: one CLI run is enough for that.
    for (const workers of SHORT ? [1] : [1, 2]) {
      bench(
        name(workers),
        () => {
          runs.set(workers, runBatch(workers));
          recordFacts('batch', { cases: BATCH_CASES, ...workerComparison(runs, name, BATCH_CASES) });
        },
        ONCE,
      );
    }
  });
} else {
  recordFacts('batch', {
    note: 'the built CLI (packages/cli/dist/cli.js) has no batch command, so it was not measured',
  });
  describe('batch', () => {
    bench.skip('cailiang batch (not built)', () => undefined);
  });
}
