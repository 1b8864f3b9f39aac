import type { Worker } from 'node:worker_threads';
import { startWorker, workerScriptPath } from '../batch/thread-worker.js';
import type { EvaluatorState } from '@cailiang/core/evaluate';
import { CailiangError } from '@cailiang/core';
import type { ErrorCode } from '@cailiang/core';
import type { EvaluationSetup } from './evaluation-setup.js';
import type { LineChunk } from './ndjson-chunks.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

/** A worker stopped before it sent its counts: the run cannot be complete, so it is abandoned. */
export class EvaluationWorkerError extends Error {
  override readonly name = 'EvaluationWorkerError';
}

/** The evaluation worker script, beside the built CLI (see {@link workerScriptPath}). */
export function evaluateWorkerPath(): string {
  return workerScriptPath('evaluate-worker.js');
}

export interface WorkerRunOptions {
  /** Worker threads. */
  readonly size: number;
  readonly setup: EvaluationSetup;
  /** The worker script (default: {@link evaluateWorkerPath}). */
  readonly script?: string;
  /** Chunks queued per worker, so none waits idle for the main thread (default 2). */
  readonly perWorker?: number;
  /** Told of each chunk once it is evaluated (for the progress bar). */
  readonly onChunk?: (chunk: LineChunk) => void;
}

/**
 * Evaluates chunks in worker threads, each with its own engine and evaluator, and returns their
 * counts for the caller to merge (in worker order, so the result does not depend on timing).
 * Counts are exact whatever the split. A worker that fails to start (a rule set file it cannot
 * read) or stops midway ends the run: an evaluation missing some records would be wrong.
 *
 * @param chunks - whole-line chunks, read as workers have room for them
 * @param options - pool size, setup, progress
 * @returns each worker's counts
 * @throws CailiangError when a worker cannot build its engine; EvaluationWorkerError when one stops
 */
export async function evaluateInWorkers(chunks: AsyncIterable<LineChunk>, options: WorkerRunOptions): Promise<EvaluatorState[]> {
  const script = options.script ?? evaluateWorkerPath();
  const perWorker = options.perWorker ?? 2;
  const workers = Array.from({ length: options.size }, () => ({ worker: startWorker(script, options.setup), pending: new Map<number, LineChunk>() }));
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const wait = () => new Promise<void>((resolve) => (wake = resolve));
  const ready = new Set<number>();
  const states = new Map<number, EvaluatorState>();

  workers.forEach(({ worker, pending }, index) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') ready.add(index);
      else if (message.type === 'init-failed') failure ??= new CailiangError(message.code as ErrorCode, message.issues);
      else if (message.type === 'state') states.set(index, message.state);
      else {
        const chunk = pending.get(message.id);
        pending.delete(message.id);
        if (chunk !== undefined) options.onChunk?.(chunk);
      }
      signal();
    });
    worker.on('error', (error) => {
      failure ??= new EvaluationWorkerError(`an evaluation worker failed: ${error.message}`);
      signal();
    });
    worker.on('exit', (code) => {
      if (!states.has(index)) failure ??= new EvaluationWorkerError(`an evaluation worker stopped (exit code ${code}) before it finished`);
      signal();
    });
  });

  const until = async (done: () => boolean) => {
    while (!done()) {
      if (failure !== undefined) throw failure;
      await wait();
    }
    if (failure !== undefined) throw failure;
  };
  try {
    await until(() => ready.size === workers.length);
    let id = 0;
    for await (const chunk of chunks) {
      await until(() => workers.some((slot) => slot.pending.size < perWorker));
      const slot = workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      slot.pending.set(id, { ...chunk, data: new Uint8Array(0) });
      // The bytes move to the worker instead of being copied.
      post(slot.worker, { type: 'chunk', id: id++, chunk }, [chunk.data.buffer as ArrayBuffer]);
    }
    await until(() => workers.every((slot) => slot.pending.size === 0));
    for (const { worker } of workers) post(worker, { type: 'finish' });
    await until(() => states.size === workers.length);
    return workers.map((_, index) => states.get(index) as EvaluatorState);
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

function post(worker: Worker, message: ToWorker, transfer: ArrayBuffer[] = []): void {
  worker.postMessage(message, transfer);
}
