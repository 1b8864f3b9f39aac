import { CailiangError } from '../../errors/cailiang-error.js';
import type { ErrorCode, Issue } from '../../errors/cailiang-error.js';
import type { BatchSetup } from './batch-setup.js';
import type { Chunk, ChunkResult } from './chunk.js';
import { chunkLength, mergeResults, subChunk } from './chunk.js';
import type { ChunkRunner } from './chunk-runner.js';
import { errorRecord, WORKER_FAILED } from './records.js';
import { ResultBuilder } from './result-builder.js';
import type { SpawnWorker, WorkerLike, WorkerReply } from './worker-protocol.js';

export interface WorkerPoolOptions {
  /** Number of worker threads. */
  readonly size: number;
  /** What each worker builds its engine from. */
  readonly setup: BatchSetup;
  /** Starts a worker (a thread in the CLI, a fake in tests). */
  readonly spawn: SpawnWorker;
  /** Chunks queued per worker, so that none waits idle for the main thread (default 2). */
  readonly perWorker?: number;
  /**
   * Workers that may die in one run before it is abandoned (default 16): a fault that kills
   * every worker must end the run with an error, not respawn workers for ever.
   */
  readonly maxDeaths?: number;
  /**
   * Told of each worker that died and was replaced, with the line it was deciding (0 when it
   * died between chunks): a death is recovered from, but never silently.
   */
  readonly onDeath?: (reason: string, line: number) => void;
}

/** The run was abandoned: workers cannot start, or keep dying. */
export class WorkerPoolError extends Error {
  override readonly name = 'WorkerPoolError';
}

interface Task {
  readonly chunk: Chunk;
  readonly resolve: (result: ChunkResult) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly worker: WorkerLike;
  readonly current: Uint32Array;
  readonly tasks: Map<number, Task>;
  ready: boolean;
  dead: boolean;
  reason: string;
}

/**
 * A pool of workers deciding chunks in parallel. Each worker builds its own engine once.
 *
 * When a worker dies (an exception it does not catch, `process.exit`, running out of memory),
 * none of its lines is lost: the line it was deciding — which it wrote to shared memory — is
 * run once more, on its own; every other line it held is run again as if new. A line that
 * kills a worker twice becomes a `WORKER_FAILED` error record with its line number. A worker
 * that dies before it is ready, or more deaths than `maxDeaths`, end the run with an error.
 *
 * @param options - size, setup and how to spawn a worker
 * @returns a runner whose `run` resolves with each chunk's result
 * @example
 * const pool = createWorkerPool({ size: 2, setup, spawn: threadSpawner((text) => process.stderr.write(text)) });
 * const result = await pool.run(chunk);
 * await pool.close();
 */
export function createWorkerPool(options: WorkerPoolOptions): ChunkRunner {
  const perWorker = options.perWorker ?? 2;
  const maxDeaths = options.maxDeaths ?? 16;
  const slots: Slot[] = [];
  const deathsOfLine = new Map<number, number>();
  let nextTask = 0;
  let deaths = 0;
  let fatal: unknown;
  let closing = false;

  const start = (): Slot => {
    const current = new SharedArrayBuffer(4);
    const slot: Slot = { worker: options.spawn({ setup: options.setup, current }), current: new Uint32Array(current), tasks: new Map(), ready: false, dead: false, reason: '' };
    slot.worker.on('message', (message: WorkerReply) => onMessage(slot, message));
    // Listening is what keeps an exception in a worker from ending the whole process.
    slot.worker.on('error', (error: Error) => {
      slot.reason = `${error.name}: ${error.message}`;
    });
    slot.worker.on('exit', (code: number) => onExit(slot, code));
    return slot;
  };

  const onMessage = (slot: Slot, message: WorkerReply) => {
    if (message.type === 'ready') slot.ready = true;
    else if (message.type === 'init-failed') abandon(new CailiangError(message.error.code as ErrorCode, message.error.issues));
    else {
      const task = slot.tasks.get(message.task);
      slot.tasks.delete(message.task);
      task?.resolve(message.result);
    }
  };

  const onExit = (slot: Slot, code: number) => {
    if (closing || slot.dead) return;
    slot.dead = true;
    const reason = slot.reason === '' ? `it exited with code ${code}` : slot.reason;
    const orphans = [...slot.tasks.values()];
    slot.tasks.clear();
    slots.splice(slots.indexOf(slot), 1);
    deaths++;
    if (!slot.ready) {
      abandon(new WorkerPoolError(`a batch worker stopped while loading the rule sets (${reason})`), orphans);
      return;
    }
    if (deaths > maxDeaths) {
      abandon(new WorkerPoolError(`batch workers died ${deaths} times (last: ${reason}); the run was stopped`), orphans);
      return;
    }
    slots.push(start());
    // The line the worker was on when it died; 0 when it was between chunks.
    const culprit = Atomics.load(slot.current, 0);
    options.onDeath?.(reason, culprit);
    for (const task of orphans) recover(task, culprit, reason);
  };

  const submit = (chunk: Chunk): Promise<ChunkResult> =>
    new Promise((resolve, reject) => {
      if (fatal !== undefined) return reject(fatal);
      const slot = slots.reduce((best, candidate) => (candidate.tasks.size < best.tasks.size ? candidate : best));
      const task = nextTask++;
      slot.tasks.set(task, { chunk, resolve, reject });
      slot.worker.postMessage({ type: 'chunk', task, chunk });
    });

  /** Runs a dead worker's chunk again: the line it died on alone, the lines around it as they were. */
  const recover = (task: Task, culprit: number, reason: string) => {
    const { chunk } = task;
    const count = chunkLength(chunk);
    const index = culprit - chunk.firstLine;
    const attempt = chunk.attempt + 1;
    let parts: Promise<ChunkResult>[];
    if (index < 0 || index >= count) {
      parts = [submit(subChunk(chunk, 0, count, attempt))];
    } else {
      const times = (deathsOfLine.get(culprit) ?? 0) + 1;
      deathsOfLine.set(culprit, times);
      parts = [
        ...(index > 0 ? [submit(subChunk(chunk, 0, index, attempt))] : []),
        times >= 2 ? Promise.resolve(failedLine(chunk.id, culprit, reason)) : submit(subChunk(chunk, index, index + 1, attempt)),
        ...(index + 1 < count ? [submit(subChunk(chunk, index + 1, count, attempt))] : []),
      ];
    }
    Promise.all(parts).then((results) => task.resolve(mergeResults(chunk, results)), task.reject);
  };

  const abandon = (error: unknown, orphans: readonly Task[] = []) => {
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

  let nextRecycle = 0;
  const recycle = (buffer: ArrayBuffer) => {
    const slot = slots[nextRecycle++ % slots.length];
    // Moved, not copied: the worker encodes a later result into it.
    if (slot !== undefined && fatal === undefined && !closing) slot.worker.postMessage({ type: 'recycle', buffer }, [buffer]);
  };

  for (let i = 0; i < options.size; i++) slots.push(start());
  return { capacity: options.size * perWorker, run: submit, recycle, close };
}

function failedLine(id: number, line: number, reason: string): ChunkResult {
  const out = new ResultBuilder();
  const issue: Issue = { code: 'worker_failed', path: '', message: `the worker deciding this line stopped, twice (${reason}); the line was not decided` };
  out.add(errorRecord(line, { code: WORKER_FAILED, issues: [issue] }), { line, status: 'error', error: { code: WORKER_FAILED, message: issue.message } });
  return out.finish(id, line, 0);
}
