import { createReadStream, statSync } from 'node:fs';
import type { Evaluator } from '@cailiang/core/evaluate';
import { CailiangError } from '@cailiang/core';
import type { Progress } from '../batch/progress.js';
import { evaluateChunk } from './evaluate-chunk.js';
import type { EvaluationSetup } from './evaluation-setup.js';
import { ChunkSplitter } from '../batch/chunk-splitter.js';
import { chunkLength } from '../batch/chunk.js';
import type { Chunk } from '../batch/chunk.js';
import type { SpawnWorker } from '../workers/worker-protocol.js';
import { evaluateInWorkers } from './evaluate-in-workers.js';
import { unreadableFile } from '../file-errors.js';

export interface EvaluateFileOptions {
  /** Worker threads (default 1: evaluate in this thread). */
  readonly workers?: number;
  /** What workers build their engines from (required with more than one worker). */
  readonly setup?: EvaluationSetup;
  /** Starts a worker (default: a thread running the built worker script); tests give a stand-in. */
  readonly spawn?: SpawnWorker<EvaluationSetup>;
  /** Makes the progress bar, given the file's size; undefined for none (not a terminal). */
  readonly progress?: (totalBytes: number) => Progress | undefined;
}

/**
 * Evaluates the decision records of an NDJSON file (one `{ case, imposed }` per line), streaming:
 * memory stays flat for files of any size. With several workers, chunks of lines are evaluated
 * in parallel and the workers' counts merged into `evaluator` — the same figures as one thread.
 *
 * @param path - the file
 * @param evaluator - where the records are counted (it may already hold some)
 * @param options - workers, progress
 * @throws CailiangError IO_ERROR when the file cannot be read; see `evaluateInWorkers` for workers
 * @example await evaluateFile('records.ndjson', createEvaluator(engine), { progress });
 */
export async function evaluateFile(
  path: string,
  evaluator: Evaluator,
  options: EvaluateFileOptions = {},
): Promise<void> {
  // Checked first, so that a missing file is reported as such and not as a stream error.
  const size = fileSize(path);
  const progress = options.progress?.(size);
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  // Errors reach us through the iterator; this listener only keeps one that arrives after we
  // stopped reading (workers that failed to start) from being an uncaught exception.
  stream.on('error', () => undefined);
  const chunks = splitChunks(stream, new ChunkSplitter(EVALUATION_CHUNKS));
  let lines = 0;
  let bytes = 0;
  const done = (chunk: Chunk) => {
    lines += chunkLength(chunk);
    bytes += chunk.inputBytes;
    progress?.update(lines, bytes);
  };
  try {
    if ((options.workers ?? 1) <= 1) {
      for await (const chunk of chunks) {
        evaluateChunk(evaluator, chunk, options.setup?.shard);
        done(chunk);
      }
    } else {
      if (options.setup === undefined)
        throw new TypeError('evaluateFile: workers need the setup to build their engines');
      const states = await evaluateInWorkers(chunks, {
        size: options.workers as number,
        setup: options.setup,
        onChunk: done,
        ...(options.spawn === undefined ? {} : { spawn: options.spawn }),
      });
      for (const state of states) evaluator.merge(state);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined && !(error instanceof CailiangError)) {
      throw new CailiangError(
        'IO_ERROR',
        [{ code: 'unreadable', path: '', message: `cannot read the file: ${(error as Error).message}` }],
        { source: path },
      );
    }
    throw error;
  } finally {
    stream.destroy();
    progress?.finish(lines, bytes);
  }
}

/**
 * Chunk sizes for evaluation: a worker's share of about 1 MiB, small enough to balance. Unlike a
 * batch, a chunk sends nothing back but its count, so it may hold more lines (a record is a few
 * hundred bytes). All lines go into chunks, so that the progress bar counts every byte; a shard's
 * lines are picked where the chunk is evaluated.
 */
const EVALUATION_CHUNKS = { maxLines: 4096, maxBytes: 1024 * 1024 } as const;

/** The chunks of a byte stream, cut as it is read: memory holds one chunk and one line. */
async function* splitChunks(
  source: AsyncIterable<Uint8Array | string>,
  splitter: ChunkSplitter,
): AsyncGenerator<Chunk> {
  for await (const block of source) yield* splitter.push(block);
  yield* splitter.end();
}

function fileSize(path: string): number {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    return stats.size;
  } catch (error) {
    throw unreadableFile(path, error);
  }
}
