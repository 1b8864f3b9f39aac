import { CailiangError } from '@cailiang/core';
import { MAX_SOURCE_LENGTH } from '@cailiang/core';
import type { Shard } from '../shard.js';
import type { Chunk, ChunkResult } from './chunk.js';
import type { ChunkRunner } from './chunk-runner.js';
import { ChunkSplitter } from './chunk-splitter.js';
import type { OrderedWriter } from './ordered-writer.js';
import type { Progress } from './progress.js';

export interface BatchRun {
  /** The NDJSON input, as a stream of bytes. */
  readonly input: AsyncIterable<Uint8Array | string>;
  /** Decides the chunks (in-process or on workers). */
  readonly runner: ChunkRunner;
  /** Writes the results in input order. */
  readonly writer: OrderedWriter;
  /**
   * The input line the output already answers up to (`--resume`): lines up to it are read
   * past, not decided again.
   */
  readonly skip?: number;
  /** Decide only this shard's lines (`--shard k/n`); their numbers stay those of the input. */
  readonly shard?: Shard;
  /** Sees each chunk's result as it arrives (not in order): for counts and the report. */
  readonly onResult?: (result: ChunkResult) => void;
  /** Drawn as results arrive. */
  readonly progress?: Progress;
  /** Lines per chunk (default 256): a worker's message carries this many. */
  readonly chunkLines?: number;
  /** Bytes per chunk (default 1 MiB). */
  readonly chunkBytes?: number;
  /** The longest line kept (default 32 MiB); a longer one becomes an error record. */
  readonly maxLineBytes?: number;
}

export interface BatchTotals {
  /** Lines in the input, skipped ones included. */
  readonly lines: number;
  /** Lines decided in this run. */
  readonly decided: number;
}

/**
 * Streams a batch: cuts the input into chunks of lines as it arrives (see ChunkSplitter), keeps
 * at most `runner.capacity` chunks in flight and the writer under its high-water mark — so
 * memory stays flat however long the input — and writes one output line per input line, in
 * order.
 *
 * @param run - input, runner, writer and options
 * @returns how many lines there were and how many were decided
 * @throws SinkError when the output cannot be written (what was written is whole lines)
 * @throws CailiangError IO_ERROR when the input cannot be read; USAGE when `skip` exceeds the input
 * @throws whatever the runner throws when it cannot go on (WorkerPoolError)
 * @example
 * await runBatch({ input: process.stdin, runner: inProcessRunner(processChunk), writer: createOrderedWriter(sink) });
 */
export async function runBatch(run: BatchRun): Promise<BatchTotals> {
  const skip = run.skip ?? 0;
  const maxLineBytes = run.maxLineBytes ?? MAX_SOURCE_LENGTH;
  const splitter = new ChunkSplitter({
    maxLines: run.chunkLines ?? 256,
    maxBytes: run.chunkBytes ?? 1024 * 1024,
    maxLineBytes,
    skip,
    ...(run.shard === undefined ? {} : { shard: run.shard }),
  });
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let failure: unknown;
  let decided = 0;
  let bytes = 0;

  const dispatch = async (chunk: Chunk): Promise<void> => {
    while (inFlight >= run.runner.capacity) await new Promise<void>((resolve) => (wake = resolve));
    try {
      await run.writer.ready();
    } catch (error) {
      failure ??= error;
      return;
    }
    inFlight++;
    const job = run.runner
      .run(chunk)
      .then(
        (result) => {
          run.writer.put(result.id, result.data, result.count);
          decided += result.count;
          bytes += result.inputBytes;
          try {
            run.onResult?.(result);
            run.progress?.update(decided, bytes);
          } catch (error) {
            failure ??= error;
          }
        },
        (error: unknown) => {
          failure ??= error;
        },
      )
      .finally(() => {
        inFlight--;
        pending.delete(job);
        wake?.();
        wake = undefined;
      });
    pending.add(job);
  };

  try {
    reading: for await (const block of run.input) {
      for (const chunk of splitter.push(block)) {
        await dispatch(chunk);
        // Stop reading once the output or the workers have failed: nothing more can be written.
        if (failure !== undefined) break reading;
      }
    }
    if (failure === undefined) for (const chunk of splitter.end()) await dispatch(chunk);
  } catch (error) {
    failure ??= new CailiangError('IO_ERROR', [
      { code: 'unreadable', path: '', message: `cannot read the input: ${(error as Error).message ?? String(error)}` },
    ]);
  }
  await Promise.all(pending);
  if (failure !== undefined) {
    // Whatever arrived in order before the failure is still written, then the failure reported.
    await run.writer.finish().catch(() => undefined);
    throw failure;
  }
  await run.writer.finish();
  run.progress?.finish(decided, bytes);
  const lines = splitter.lines;
  if (lines < skip) {
    throw new CailiangError('USAGE', [
      {
        code: 'resume_mismatch',
        path: '--resume',
        message: `the output already answers the input up to line ${skip}, but the input has only ${lines} lines: is it the same input?`,
      },
    ]);
  }
  return { lines, decided };
}
