import { parentPort, workerData } from 'node:worker_threads';
import { CailiangError } from '@cailiang/core';
import { createBatchEngine } from './batch-setup.js';
import { createChunkProcessor } from './process-chunk.js';
import type { ChunkProcessor } from './process-chunk.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from '../workers/worker-protocol.js';
import type { BatchSetup } from './batch-setup.js';
import type { Chunk, ChunkResult } from './chunk.js';

// The batch worker thread (built to dist/batch-worker.js): builds its engine once from
// the rule set files, then decides the chunks it is sent, one at a time, in order.

const port = parentPort;
if (port === null) throw new Error('batch-worker runs as a worker thread of `cailiang batch`');
const init = workerData as WorkerInit<BatchSetup>;
const current = new Uint32Array(init.current);
const post = (reply: WorkerReply<ChunkResult>, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

let processChunk: ChunkProcessor | undefined;
try {
  processChunk = createChunkProcessor(init.setup.mode, createBatchEngine(init.setup), init.setup.language);
} catch (error) {
  const failure =
    error instanceof CailiangError
      ? error
      : new CailiangError('IO_ERROR', [{ code: 'worker_init', path: '', message: String(error) }]);
  post({ type: 'init-failed', error: { code: failure.code, issues: failure.issues.map((issue) => ({ ...issue })) } });
} finally {
  // The engine holds what it needs; `workerData` would keep the parsed files alive for the run.
  Reflect.deleteProperty(init.setup, 'sources');
}

if (processChunk !== undefined) {
  const run = processChunk;
  port.on('message', (request: WorkerRequest<Chunk>) => {
    if (request.type === 'recycle') return run.recycle(request.buffer);
    // A batch keeps nothing over its chunks: its output is the results.
    if (request.type === 'finish') return post({ type: 'finished', state: null });
    const { job: chunk } = request;
    const result = run(chunk, {
      // Where the pool looks when this thread dies: the line it died on is run again, alone.
      beforeLine: (line) => Atomics.store(current, 0, line),
    });
    Atomics.store(current, 0, 0);
    const { buffer } = result.data;
    // The output is moved, not copied: its buffer holds nothing else (see ResultBuilder).
    post({ type: 'result', task: request.task, result }, buffer instanceof ArrayBuffer ? [buffer] : []);
  });
  post({ type: 'ready' });
}
