import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CailiangError } from '@cailiang/core';
import type { SpawnWorker } from './worker-protocol.js';

/**
 * Where a worker script is: next to the built module that runs the pool
 * (`dist/batch-worker.js`, `dist/evaluate-worker.js` beside `dist/cli.js` and `dist/index.js`).
 *
 * @param file - the script's file name
 * @returns its path
 * @throws CailiangError USAGE when it is not there — running from the TypeScript sources,
 *   where only `--workers 1` works (tests that need threads run the built CLI)
 * @example new Worker(workerScriptPath('batch-worker.js'), { workerData })
 */
export function workerScriptPath(file: string): string {
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  if (!existsSync(path)) {
    throw new CailiangError('USAGE', [
      {
        code: 'usage',
        path: '--workers',
        message: `worker threads need the built worker script, and ${path} is missing: run \`pnpm build\`, or use --workers 1`,
      },
    ]);
  }
  return path;
}

/** The batch worker script ({@link workerScriptPath}). */
export function batchWorkerPath(): string {
  return workerScriptPath('batch-worker.js');
}

/** The evaluation worker script ({@link workerScriptPath}). */
export function evaluateWorkerPath(): string {
  return workerScriptPath('evaluate-worker.js');
}

/**
 * Spawns workers as threads running a worker script.
 *
 * @param script - the worker script ({@link batchWorkerPath}, {@link evaluateWorkerPath})
 * @param log - receives anything a worker prints, so it never mixes with the output on stdout
 * @returns the spawner the pool calls for each worker
 * @example const pool = createWorkerPool({ size: 2, setup, spawn: threadSpawner(batchWorkerPath(), (text) => process.stderr.write(text)), deaths });
 */
export function threadSpawner(script: string, log?: (text: string) => void): SpawnWorker {
  return (init) => startWorker(script, init, log);
}

/** The Node options workers are started with: the process's, less those a worker refused. */
let execArgv: string[] | undefined;

/**
 * Starts a worker thread on a script with the process's Node options (see
 * {@link workerExecArgv}), leaving out those a worker refuses.
 *
 * @param path - the worker script
 * @param workerData - what the worker is started with
 * @param log - when given, receives what the worker prints instead of the process's own output
 * @throws CailiangError USAGE when the worker refuses the process's Node options even so
 */
export function startWorker(path: string, workerData: unknown, log?: (text: string) => void): Worker {
  const start = () => {
    execArgv ??= workerExecArgv(process.execArgv);
    return new Worker(path, {
      workerData,
      execArgv,
      stdout: log !== undefined,
      stderr: log !== undefined,
    });
  };
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    const refused = refusedWorkerFlags(error);
    if (refused === undefined) throw error;
    // V8 and process-wide options (--max-semi-space-size, --trace-gc) already apply to every
    // thread of the process; a worker may not be given them again, so they are left out.
    execArgv = (execArgv ?? []).filter((arg) => !refused.has(arg));
    try {
      worker = start();
    } catch (again) {
      const still = refusedWorkerFlags(again);
      if (still === undefined) throw again;
      // A flag given in two parts (its value apart) leaves a part behind: say what to change.
      throw new CailiangError('USAGE', [
        {
          code: 'usage',
          path: '--workers',
          message: `worker threads cannot be started with the Node options ${[...still].join(', ')}; give them as --flag=value, leave them out, or use --workers 1`,
        },
      ]);
    }
  }
  if (log !== undefined) {
    worker.stdout.setEncoding('utf8').on('data', log);
    worker.stderr.setEncoding('utf8').on('data', log);
  }
  return worker;
}

/**
 * The Node options a worker inherits: the process's, less `--input-type`, which only applies
 * to code given as a string (`node --input-type=module -e …`) and makes a worker started from
 * a file fail.
 *
 * @param argv - the process's `execArgv`
 * @returns the options for each worker
 * @example workerExecArgv(['--input-type=module', '--enable-source-maps']) // ['--enable-source-maps']
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--input-type') index++;
    else if (!arg.startsWith('--input-type=')) kept.push(arg);
  }
  return kept;
}

/**
 * The options a Worker refused (`ERR_WORKER_INVALID_EXEC_ARGV`, whose message lists them), or
 * undefined for any other error.
 */
export function refusedWorkerFlags(error: unknown): ReadonlySet<string> | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return undefined;
  const listed = /flags: (.*)$/.exec((error as Error).message)?.[1];
  return listed === undefined ? undefined : new Set(listed.split(', '));
}
