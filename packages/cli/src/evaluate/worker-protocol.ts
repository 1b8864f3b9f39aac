import type { EvaluatorState } from '@cailiang/core/evaluate';
import type { Issue } from '@cailiang/core';
import type { LineChunk } from './ndjson-chunks.js';

/** The main thread to an evaluation worker. */
export type ToWorker = { readonly type: 'chunk'; readonly id: number; readonly chunk: LineChunk } | { readonly type: 'finish' };

/** An evaluation worker to the main thread. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'init-failed'; readonly code: string; readonly issues: readonly Issue[] }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'state'; readonly state: EvaluatorState };
