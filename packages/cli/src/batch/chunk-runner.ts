import type { Chunk, ChunkResult } from './chunk.js';
import type { ChunkProcessor } from './process-chunk.js';

/** Runs chunks somewhere — in this thread, or on a pool of worker threads. */
export interface ChunkRunner {
  /** How many chunks may be in flight at once; the batch sends no more. */
  readonly capacity: number;
  /**
   * Runs one chunk.
   *
   * @returns its result, one output line per input line
   * @throws when the runner cannot go on (workers that cannot start, or die again and again)
   */
  run(chunk: Chunk): Promise<ChunkResult>;
  /** Takes back the buffer of a result once it is written, to reuse for a later result. */
  recycle(buffer: ArrayBuffer): void;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/**
 * Runs chunks in the calling thread, one at a time (`--workers 1`): no threads, no messages.
 *
 * @param processChunk - decides the lines of a chunk
 * @returns the runner
 * @example const runner = inProcessRunner(createChunkProcessor('decide', engine));
 */
export function inProcessRunner(processChunk: ChunkProcessor): ChunkRunner {
  return {
    capacity: 1,
    run: async (chunk) => processChunk(chunk),
    recycle: (buffer) => processChunk.recycle(buffer),
    close: async () => undefined,
  };
}
