import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CailiangError } from '../../errors/cailiang-error.js';
import type { SpawnWorker } from './worker-protocol.js';

/**
 * Where the worker script is: next to the built module that runs the pool
 * (`dist/node/batch-worker.js` beside `dist/node/cli.js` and `dist/node/index.js`).
 *
 * @returns its path
 * @throws CailiangError USAGE when it is not there — running from the TypeScript sources,
 *   where only `--workers 1` works (tests that need threads run the built CLI)
 * @example new Worker(batchWorkerPath(), { workerData })
 */
export function batchWorkerPath(): string {
  const path = fileURLToPath(new URL('./batch-worker.js', import.meta.url));
  if (!existsSync(path)) {
    throw new CailiangError('USAGE', [
      { code: 'usage', path: '--workers', message: `worker threads need the built worker script, and ${path} is missing: run \`pnpm build\`, or use --workers 1` },
    ]);
  }
  return path;
}

/**
 * Spawns batch workers as threads running the built worker script.
 *
 * @param log - receives anything a worker prints, so it never mixes with the NDJSON on stdout
 * @returns the spawner the pool calls for each worker
 * @throws CailiangError USAGE when the worker script is missing
 * @example const pool = createWorkerPool({ size: 2, setup, spawn: threadSpawner((text) => process.stderr.write(text)) });
 */
export function threadSpawner(log: (text: string) => void): SpawnWorker {
  const path = batchWorkerPath();
  let execArgv = workerExecArgv(process.execArgv);
  const start = (init: Parameters<SpawnWorker>[0]) => new Worker(path, { workerData: init, execArgv, stdout: true, stderr: true });
  return (init) => {
    let worker: Worker;
    try {
      worker = start(init);
    } catch (error) {
      const refused = refusedWorkerFlags(error);
      if (refused === undefined) throw error;
      // V8 and process-wide options (--max-semi-space-size, --trace-gc) already apply to every
      // thread of the process; a worker may not be given them again, so they are left out.
      execArgv = execArgv.filter((arg) => !refused.has(arg));
      try {
        worker = start(init);
      } catch (again) {
        const still = refusedWorkerFlags(again);
        if (still === undefined) throw again;
        // A flag given in two parts (its value apart) leaves a part behind: say what to change.
        throw new CailiangError('USAGE', [
          { code: 'usage', path: '--workers', message: `worker threads cannot be started with the Node options ${[...still].join(', ')}; give them as --flag=value, leave them out, or use --workers 1` },
        ]);
      }
    }
    worker.stdout.setEncoding('utf8').on('data', log);
    worker.stderr.setEncoding('utf8').on('data', log);
    return worker;
  };
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
