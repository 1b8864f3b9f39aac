import type { Issue } from '@cailiang/core';
import type { BatchSetup } from './batch-setup.js';
import type { Chunk, ChunkResult } from './chunk.js';

/** What a batch worker is started with. */
export interface WorkerInit {
  readonly setup: BatchSetup;
  /**
   * Shared memory (one Uint32) where the worker writes the line it is deciding, 0 between
   * chunks: when it dies, the pool knows which line it died on.
   */
  readonly current: SharedArrayBuffer;
}

/** Main thread → worker: a chunk to decide, or a result buffer given back once written. */
export type WorkerRequest =
  | {
      readonly type: 'chunk';
      /** The pool's task number, echoed in the reply. */
      readonly task: number;
      readonly chunk: Chunk;
    }
  | { readonly type: 'recycle'; readonly buffer: ArrayBuffer };

/** Worker → main thread. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly task: number; readonly result: ChunkResult }
  | { readonly type: 'init-failed'; readonly error: { readonly code: string; readonly issues: readonly Issue[] } };

/** The part of `worker_threads.Worker` the pool uses; tests give a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (message: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number> | void;
}

/** Starts one worker; `init.current` is its own shared slot. */
export type SpawnWorker = (init: WorkerInit) => WorkerLike;
