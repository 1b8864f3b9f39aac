import type { EvaluatorState } from '@cailiang/core/evaluate';
import { evaluateWorkerPath, threadSpawner } from '../workers/thread-worker.js';
import { createWorkerPool } from '../workers/worker-pool.js';
import type { SpawnWorker } from '../workers/worker-protocol.js';
import type { EvaluationSetup } from './evaluation-setup.js';
import type { Chunk } from '../batch/chunk.js';

/** A worker stopped before it sent its counts: the run cannot be complete, so it is abandoned. */
export class EvaluationWorkerError extends Error {
  override readonly name = 'EvaluationWorkerError';
}

export interface WorkerRunOptions {
  /** Worker threads. */
  readonly size: number;
  readonly setup: EvaluationSetup;
  /** Starts a worker (default: a thread running {@link evaluateWorkerPath}); tests give a stand-in. */
  readonly spawn?: SpawnWorker<EvaluationSetup>;
  /** Chunks queued per worker, so none waits idle for the main thread (default 2). */
  readonly perWorker?: number;
  /** Told of each chunk once it is evaluated (for the progress bar). */
  readonly onChunk?: (chunk: Chunk) => void;
}

/**
 * Evaluates chunks on the cli's worker pool, each worker with its own engine and evaluator, and
 * returns their counts for the caller to merge (in worker order, so the result does not depend
 * on timing). Counts are exact whatever the split. A worker that fails to start (a rule set file
 * it cannot read) or stops midway ends the run (the pool's `stop` death policy): an evaluation
 * missing some records would be wrong.
 *
 * @param chunks - whole-line chunks, read as workers have room for them
 * @param options - pool size, setup, progress
 * @returns each worker's counts
 * @throws CailiangError when a worker cannot build its engine; EvaluationWorkerError when one stops
 */
export async function evaluateInWorkers(
  chunks: AsyncIterable<Chunk>,
  options: WorkerRunOptions,
): Promise<EvaluatorState[]> {
  const pool = createWorkerPool<EvaluationSetup, Chunk, null>({
    size: options.size,
    setup: options.setup,
    spawn: options.spawn ?? threadSpawner(evaluateWorkerPath()),
    ...(options.perWorker === undefined ? {} : { perWorker: options.perWorker }),
    deaths: {
      kind: 'stop',
      stop: (reason) => new EvaluationWorkerError(`an evaluation worker stopped (${reason}) before it finished`),
    },
    // The bytes move to the worker instead of being copied.
    transfer: (chunk) => [chunk.data.buffer as ArrayBuffer],
  });
  try {
    const running = new Set<Promise<void>>();
    for await (const chunk of chunks) {
      while (running.size >= pool.capacity) await Promise.race(running);
      const counted = { ...chunk, data: new Uint8Array(0) };
      const done: Promise<void> = pool.run(chunk).then(() => {
        running.delete(done);
        options.onChunk?.(counted);
      });
      // A failure is thrown by Promise.all below, or by the race above.
      done.catch(() => undefined);
      running.add(done);
    }
    await Promise.all(running);
    return (await pool.finish()) as EvaluatorState[];
  } finally {
    await pool.close();
  }
}
