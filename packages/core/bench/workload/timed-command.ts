/**
 * A run of the built CLI as a process of its own, timed as a whole: what the batch and evaluate
 * benches measure. Where /usr/bin/time is there it wraps the run and tells its peak memory and
 * CPU seconds too; elsewhere only the wall time is known.
 */
import { spawnSync } from 'node:child_process';
import type { StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

/** What /usr/bin/time prints last on standard error, and how it is read back. */
const TIME_FORMAT = 'peak-kib %M cpu %U %S';
const TIME_LINE = /peak-kib (\d+) cpu ([\d.]+) ([\d.]+)/;

/** What one run took: wall seconds; where /usr/bin/time can tell, peak resident MiB and CPU seconds. */
export interface RunCost {
  readonly seconds: number;
  readonly peakMiB: number | undefined;
  /**
   * User + system CPU of all threads. Unlike wall time it hardly moves when other sessions load
   * the shared cores: it is what an idle machine would need, and it shows what two workers cost
   * beyond one (messages, a second engine, the garbage collector of a second heap).
   */
  readonly cpuSeconds: number | undefined;
}

export interface TimedCommandOptions {
  /** A file the command reads as its standard input; none when left out. */
  readonly stdin?: string;
  /** `pipe` keeps what the command prints on standard output; `ignore` (the default) drops it. */
  readonly stdout?: 'pipe' | 'ignore';
}

/** One timed run: its cost, and how the command ended. */
export interface TimedRun {
  readonly cost: RunCost;
  readonly status: number | null;
  /** Standard output, or '' when it was not kept. */
  readonly stdout: string;
  /** Standard error, with /usr/bin/time's lines after the command's own where it wrapped the run. */
  readonly stderr: string;
}

/**
 * Runs `node <args>` to the end and times it. Opening the input is not timed; reading it is.
 *
 * @param args - what follows `node`: the CLI's path, its command and options
 * @param options - standard input and whether to keep standard output
 * @returns the run's cost, exit status and output; a failed run is the caller's to judge
 * @example
 * const run = runTimed([CLI, 'batch', '--rules', rules, '--out', '/dev/null'], { stdin: cases });
 * if (run.status !== 0) throw new Error(run.stderr);
 */
export function runTimed(args: readonly string[], options: TimedCommandOptions = {}): TimedRun {
  const input = options.stdin === undefined ? 'ignore' : openSync(options.stdin, 'r');
  try {
    const stdio: StdioOptions = [input, options.stdout ?? 'ignore', 'pipe'];
    const timed = existsSync('/usr/bin/time');
    const start = performance.now();
    const run = timed
      ? spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, process.execPath, ...args], { stdio, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { stdio, encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    const measured = TIME_LINE.exec(run.stderr);
    const cost: RunCost =
      measured === null
        ? { seconds, peakMiB: undefined, cpuSeconds: undefined }
        : { seconds, peakMiB: Number(measured[1]) / 1024, cpuSeconds: Number(measured[2]) + Number(measured[3]) };
    return { cost, status: run.status, stdout: run.stdout ?? '', stderr: run.stderr };
  } finally {
    if (typeof input === 'number') closeSync(input);
  }
}

/**
 * The facts of a one-worker against two-worker comparison, as the reporter reads them: the runs so
 * far (either may be missing yet) and, once both are in, how much faster two workers were.
 *
 * @param name - the bench's name for a run with that many workers
 * @param count - what each run processed (cases, records): the reporter divides by it
 */
export function workerComparison(
  runs: ReadonlyMap<number, RunCost>,
  name: (workers: number) => string,
  count: number,
): Record<string, unknown> {
  const [one, two] = [runs.get(1), runs.get(2)];
  return {
    perOperation: { [name(1)]: count, [name(2)]: count },
    oneWorker: one,
    twoWorkers: two,
    speedup: one === undefined || two === undefined ? undefined : one.seconds / two.seconds,
  };
}
