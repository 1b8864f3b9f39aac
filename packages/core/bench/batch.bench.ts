/**
 * `cailiang batch` (NDJSON in, NDJSON out, `--workers N`), when the built CLI has it: one worker
 * against two on the same cases — the library's generated cases, repeated to the size asked for.
 * Each run is timed once, as a whole (reading, deciding, writing), and its peak memory read where
 * /usr/bin/time is there. Measured here, not targeted: the command and its targets belong to the
 * batch issue.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { BATCH_CASES, BATCH_INPUT as INPUT, CASES, SHORT } from './settings.js';
import { recordFacts } from './workload/facts.js';
import { buildWorkload } from './workload/workload.js';

const CLI = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
const RULES = fileURLToPath(new URL('../../benchmarks/rules/', import.meta.url));
const ONCE = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

const available = existsSync(CLI) && spawnSync(process.execPath, [CLI, 'batch', '--help'], { encoding: 'utf8' }).status === 0;

/** What one run took: wall seconds; where /usr/bin/time can tell, peak resident MiB and CPU seconds. */
interface BatchRun {
  readonly seconds: number;
  readonly peakMiB: number | undefined;
  /**
   * User + system CPU of all threads. Unlike wall time it hardly moves when other sessions load
   * the shared cores, and it shows what two workers cost beyond one (messages, a second engine,
   * the garbage collector of a second heap).
   */
  readonly cpuSeconds: number | undefined;
}

/** One batch run, timed as a whole. */
function runBatch(workers: number): BatchRun {
  const rules = readdirSync(RULES)
    .filter((file) => file.endsWith('.rules.yaml'))
    .flatMap((file) => ['--rules', `${RULES}${file}`]);
  const command = [CLI, 'batch', ...rules, '--workers', String(workers), '--out', '/dev/null'];
  const timed = existsSync('/usr/bin/time');
  const input = openSync(INPUT, 'r');
  const start = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', 'peak-kib %M cpu %U %S', process.execPath, ...command], { stdio: [input, 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, command, { stdio: [input, 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  closeSync(input);
  if (run.status !== 0) throw new Error(`cailiang batch --workers ${workers} exited ${String(run.status)}: ${run.stderr.slice(-500)}`);
  const measured = /peak-kib (\d+) cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
  if (measured === null) return { seconds, peakMiB: undefined, cpuSeconds: undefined };
  return { seconds, peakMiB: Number(measured[1]) / 1024, cpuSeconds: Number(measured[2]) + Number(measured[3]) };
}

if (available) {
  const workload = buildWorkload({ cases: CASES });
  mkdirSync(fileURLToPath(new URL('./dist/', import.meta.url)), { recursive: true });
  const lines = workload.cases.map((kase) => `${JSON.stringify(kase.input)}\n`);
  const out = openSync(INPUT, 'w');
  for (let i = 0; i < BATCH_CASES; i += lines.length) writeSync(out, lines.slice(0, Math.min(lines.length, BATCH_CASES - i)).join(''));
  closeSync(out);

  const runs = new Map<number, BatchRun>();
  const name = (workers: number) => `cailiang batch --workers ${workers}`;
  describe('batch', () => {
    // The short run only proves the bench works: one CLI run is enough for that.
    for (const workers of SHORT ? [1] : [1, 2]) {
      bench(name(workers), () => {
        runs.set(workers, runBatch(workers));
        const [one, two] = [runs.get(1), runs.get(2)];
        recordFacts('batch', {
          cases: BATCH_CASES,
          perOperation: { [name(1)]: BATCH_CASES, [name(2)]: BATCH_CASES },
          oneWorker: one,
          twoWorkers: two,
          speedup: one === undefined || two === undefined ? undefined : one.seconds / two.seconds,
        });
      }, ONCE);
    }
  });
} else {
  recordFacts('batch', { note: 'the built CLI (packages/core/dist/node/cli.js) has no batch command, so it was not measured' });
  describe('batch', () => {
    bench.skip('cailiang batch (not built)', () => undefined);
  });
}
