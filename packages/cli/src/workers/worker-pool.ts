import { CailiangError } from '@cailiang/core';
import type { ErrorCode } from '@cailiang/core';
import type { SpawnWorker, WorkerLike, WorkerReply } from './worker-protocol.js';

/**
 * What a worker's death costs. `rerun` (a batch: every line gets its own output line): none of
 * its jobs is lost — the line it died on runs again alone, and becomes `failed` if it kills a
 * worker twice. `stop` (an evaluation: counts missing some records would be wrong): the run ends
 * with the error `stop` makes.
 */
export type DeathPolicy<Job, Result> =
  | RerunPolicy<Job, Result>
  | { readonly kind: 'stop'; readonly stop: (reason: string) => Error };

/** How a job is cut and put together again, for the `rerun` death policy. */
export interface RerunPolicy<Job, Result> {
  readonly kind: 'rerun';
  /** The job's first line, its number of lines, and how far apart their numbers are (a shard's: n). */
  readonly lines: (job: Job) => { readonly first: number; readonly count: number; readonly stride: number };
  /** Lines `from` to `to` (indexes into the job) as a job of its own, marked as a rerun. */
  readonly slice: (job: Job, from: number, to: number) => Job;
  /** The results of the slices of `job`, in order, as one result. */
  readonly merge: (job: Job, results: readonly Result[]) => Result;
  /** The result of a line that killed a worker twice. */
  readonly failed: (job: Job, line: number, reason: string) => Result;
}

export interface WorkerPoolOptions<Setup, Job, Result> {
  /** Number of worker threads. */
  readonly size: number;
  /** What each worker builds its engine from. */
  readonly setup: Setup;
  /** Starts a worker (a thread in the CLI, a fake in tests). */
  readonly spawn: SpawnWorker<Setup>;
  /** What a worker's death costs. */
  readonly deaths: DeathPolicy<Job, Result>;
  /**
   * The buffers of a job to move to its worker instead of copying them; only with `stop`, since
   * a job rerun after a death must still hold its bytes.
   */
  readonly transfer?: (job: Job) => ArrayBuffer[];
  /** Chunks queued per worker, so that none waits idle for the main thread (default 2). */
  readonly perWorker?: number;
  /**
   * Workers that may die in one run before it is abandoned (default 16): a fault that kills
   * every worker must end the run with an error, not respawn workers for ever.
   */
  readonly maxDeaths?: number;
  /**
   * Told of each worker that died and was replaced, with the line it was on (0 when it died
   * between jobs): a death is recovered from, but never silently.
   */
  readonly onDeath?: (reason: string, line: number) => void;
}

/** Runs jobs on the pool's workers. */
export interface WorkerPool<Job, Result> {
  /** Jobs worth queuing at once, so that no worker waits idle for the main thread. */
  readonly capacity: number;
  /** Runs one job on the least busy worker. */
  run(job: Job): Promise<Result>;
  /** Gives a worker back a result's buffer to write into again. */
  recycle(buffer: ArrayBuffer): void;
  /** Asks every worker for what it kept over its jobs, in worker order (once all jobs are done). */
  finish(): Promise<unknown[]>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** The run was abandoned: workers cannot start, or keep dying. */
export class WorkerPoolError extends Error {
  override readonly name = 'WorkerPoolError';
}

interface Task<Job, Result> {
  readonly job: Job;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot<Job, Result> {
  readonly worker: WorkerLike;
  readonly current: Uint32Array;
  readonly tasks: Map<number, Task<Job, Result>>;
  finished?: (state: unknown) => void;
  ready: boolean;
  dead: boolean;
  reason: string;
}

/**
 * The one pool of worker threads of the cli: batches decide chunks on it, evaluations count
 * them. Each worker builds its own engine once.
 *
 * When a worker dies (an exception it does not catch, `process.exit`, running out of memory),
 * the death policy says what follows: with `rerun`, none of its lines is lost — the line it was
 * on, which it wrote to shared memory, is run once more on its own, every other line it held is
 * run again as if new, and a line that kills a worker twice gets the policy's `failed` result;
 * with `stop`, the run ends. A worker that dies before it is ready, or more deaths than
 * `maxDeaths`, end the run with an error either way.
 *
 * @param options - size, setup, how to spawn a worker and the death policy
 * @returns a pool whose `run` resolves with each job's result
 * @example
 * const pool = createWorkerPool({ size: 2, setup, spawn: threadSpawner(batchWorkerPath()), deaths: batchDeaths });
 * const result = await pool.run(chunk);
 * await pool.close();
 */
export function createWorkerPool<Setup, Job, Result>(
  options: WorkerPoolOptions<Setup, Job, Result>,
): WorkerPool<Job, Result> {
  const perWorker = options.perWorker ?? 2;
  const maxDeaths = options.maxDeaths ?? 16;
  const { deaths: policy } = options;
  const slots: Slot<Job, Result>[] = [];
  const deathsOfLine = new Map<number, number>();
  let nextTask = 0;
  let deaths = 0;
  let fatal: unknown;
  let closing = false;

  const start = (): Slot<Job, Result> => {
    const current = new SharedArrayBuffer(4);
    const slot: Slot<Job, Result> = {
      worker: options.spawn({ setup: options.setup, current }),
      current: new Uint32Array(current),
      tasks: new Map(),
      ready: false,
      dead: false,
      reason: '',
    };
    slot.worker.on('message', (message: WorkerReply) => onMessage(slot, message));
    // Listening is what keeps an exception in a worker from ending the whole process.
    slot.worker.on('error', (error: Error) => {
      slot.reason = `${error.name}: ${error.message}`;
    });
    slot.worker.on('exit', (code: number) => onExit(slot, code));
    return slot;
  };

  const onMessage = (slot: Slot<Job, Result>, message: WorkerReply) => {
    if (message.type === 'ready') slot.ready = true;
    else if (message.type === 'init-failed')
      abandon(new CailiangError(message.error.code as ErrorCode, message.error.issues));
    else if (message.type === 'finished') slot.finished?.(message.state);
    else {
      const task = slot.tasks.get(message.task);
      slot.tasks.delete(message.task);
      task?.resolve(message.result as Result);
    }
  };

  const onExit = (slot: Slot<Job, Result>, code: number) => {
    if (closing || slot.dead) return;
    slot.dead = true;
    const reason = slot.reason === '' ? `it exited with code ${code}` : slot.reason;
    const orphans = [...slot.tasks.values()];
    slot.tasks.clear();
    slots.splice(slots.indexOf(slot), 1);
    deaths++;
    if (!slot.ready) {
      abandon(new WorkerPoolError(`a worker stopped while loading the rule sets (${reason})`), orphans);
      return;
    }
    if (policy.kind === 'stop') {
      abandon(policy.stop(reason), orphans);
      return;
    }
    if (deaths > maxDeaths) {
      abandon(new WorkerPoolError(`workers died ${deaths} times (last: ${reason}); the run was stopped`), orphans);
      return;
    }
    slots.push(start());
    // The line the worker was on when it died; 0 when it was between chunks.
    const culprit = Atomics.load(slot.current, 0);
    options.onDeath?.(reason, culprit);
    for (const task of orphans) recover(policy, task, culprit, reason);
  };

  const submit = (job: Job): Promise<Result> =>
    new Promise((resolve, reject) => {
      if (fatal !== undefined) return reject(fatal);
      const slot = slots.reduce((best, candidate) => (candidate.tasks.size < best.tasks.size ? candidate : best));
      const task = nextTask++;
      slot.tasks.set(task, { job, resolve, reject });
      slot.worker.postMessage({ type: 'job', task, job }, policy.kind === 'stop' ? options.transfer?.(job) : undefined);
    });

  /** Runs a dead worker's job again: the line it died on alone, the lines around it as they were. */
  const recover = (rerun: RerunPolicy<Job, Result>, task: Task<Job, Result>, culprit: number, reason: string) => {
    const { job } = task;
    const { first, count, stride } = rerun.lines(job);
    const offset = culprit - first;
    // A line number between a shard's lines is no line of this job: run it all again.
    const index = offset % stride === 0 ? offset / stride : -1;
    let parts: Promise<Result>[];
    if (index < 0 || index >= count) {
      parts = [submit(rerun.slice(job, 0, count))];
    } else {
      const times = (deathsOfLine.get(culprit) ?? 0) + 1;
      deathsOfLine.set(culprit, times);
      parts = [
        ...(index > 0 ? [submit(rerun.slice(job, 0, index))] : []),
        times >= 2 ? Promise.resolve(rerun.failed(job, culprit, reason)) : submit(rerun.slice(job, index, index + 1)),
        ...(index + 1 < count ? [submit(rerun.slice(job, index + 1, count))] : []),
      ];
    }
    Promise.all(parts).then((results) => task.resolve(rerun.merge(job, results)), task.reject);
  };

  const abandon = (error: unknown, orphans: readonly Task<Job, Result>[] = []) => {
    for (const task of orphans) task.reject(fatal ?? error);
    if (fatal !== undefined) return;
    fatal = error;
    for (const slot of slots) {
      for (const task of slot.tasks.values()) task.reject(error);
      slot.tasks.clear();
    }
    void close();
  };

  const close = async () => {
    closing = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  };

  const finish = () =>
    Promise.all(
      slots.map(
        (slot) =>
          new Promise<unknown>((resolve, reject) => {
            if (fatal !== undefined) return reject(fatal);
            // Held as a task until the answer comes, so that a worker dying now ends the run.
            const task = nextTask++;
            slot.tasks.set(task, { job: undefined as Job, resolve: () => {}, reject });
            slot.finished = (state) => {
              slot.tasks.delete(task);
              resolve(state);
            };
            slot.worker.postMessage({ type: 'finish' });
          }),
      ),
    );

  let nextRecycle = 0;
  const recycle = (buffer: ArrayBuffer) => {
    const slot = slots[nextRecycle++ % slots.length];
    // Moved, not copied: the worker encodes a later result into it.
    if (slot !== undefined && fatal === undefined && !closing)
      slot.worker.postMessage({ type: 'recycle', buffer }, [buffer]);
  };

  for (let i = 0; i < options.size; i++) slots.push(start());
  return { capacity: options.size * perWorker, run: submit, recycle, finish, close };
}
