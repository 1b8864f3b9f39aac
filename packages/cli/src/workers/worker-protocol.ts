import type { Issue } from '@cailiang/core';

/**
 * The one protocol between the pool (worker-pool.ts) and its worker threads — a batch worker
 * deciding chunks, an evaluation worker counting them. `Job` is what a worker is sent, `Result`
 * what it answers for each job.
 */

/** What a worker is started with. */
export interface WorkerInit<Setup = unknown> {
  /** What it builds its engine from. */
  readonly setup: Setup;
  /**
   * Shared memory (one Uint32) where the worker writes the line it is on, 0 between jobs: when
   * it dies, the pool knows which line it died on.
   */
  readonly current: SharedArrayBuffer;
}

/** Main thread → worker: a job; a result buffer given back once written; or "send your state". */
export type WorkerRequest<Job = unknown> =
  | {
      readonly type: 'job';
      /** The pool's task number, echoed in the reply. */
      readonly task: number;
      readonly job: Job;
    }
  | { readonly type: 'recycle'; readonly buffer: ArrayBuffer }
  | { readonly type: 'finish' };

/** Worker → main thread. */
export type WorkerReply<Result = unknown> =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly task: number; readonly result: Result }
  | { readonly type: 'init-failed'; readonly error: { readonly code: string; readonly issues: readonly Issue[] } }
  /** The answer to `finish`: what the worker kept over all its jobs (an evaluation's counts). */
  | { readonly type: 'finished'; readonly state: unknown };

/** The part of `worker_threads.Worker` the pool uses; tests give a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (message: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number> | undefined;
}

/** Starts one worker; `init.current` is its own shared slot. */
export type SpawnWorker<Setup = unknown> = (init: WorkerInit<Setup>) => WorkerLike;
