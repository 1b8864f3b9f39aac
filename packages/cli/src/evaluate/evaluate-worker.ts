import { parentPort, workerData } from 'node:worker_threads';
import { CailiangError } from '@cailiang/core';
import { createEvaluator } from '@cailiang/core/evaluate';
import type { Evaluator } from '@cailiang/core/evaluate';
import { evaluateChunk } from './evaluate-chunk.js';
import { evaluationEngine } from './evaluation-setup.js';
import type { EvaluationSetup } from './evaluation-setup.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from '../workers/worker-protocol.js';
import type { Chunk } from '../batch/chunk.js';

// An evaluation worker thread (built to dist/evaluate-worker.js): builds its own engine
// and evaluator once, evaluates the chunks it is sent, and on `finish` sends its counts back
// for the main thread to merge.

const port = parentPort;
if (port === null) throw new Error('evaluate-worker runs as a worker thread of `cailiang evaluate`');
const post = (message: WorkerReply<null>) => port.postMessage(message);

let evaluator: Evaluator | undefined;
const { setup } = workerData as WorkerInit<EvaluationSetup>;
try {
  evaluator = createEvaluator(evaluationEngine(setup), setup.options);
} catch (error) {
  const failure =
    error instanceof CailiangError
      ? error
      : new CailiangError('IO_ERROR', [{ code: 'worker_init', path: '', message: String(error) }]);
  post({ type: 'init-failed', error: { code: failure.code, issues: failure.issues.map((issue) => ({ ...issue })) } });
}

if (evaluator !== undefined) {
  const own = evaluator;
  port.on('message', (message: WorkerRequest<Chunk>) => {
    if (message.type === 'job') {
      evaluateChunk(own, message.job, setup.shard);
      post({ type: 'result', task: message.task, result: null });
    } else if (message.type === 'finish') {
      post({ type: 'finished', state: own.state() });
    }
  });
  post({ type: 'ready' });
}
