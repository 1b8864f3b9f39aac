import type { LineSink } from './sink.js';
import { SinkError } from './sink.js';

/**
 * Puts results back in input order: chunk `id` is written only after chunks `0…id-1`, whatever
 * order the workers finish in. Writes go one at a time, each of whole lines.
 */
export interface OrderedWriter {
  /** Hands over the output of chunk `id` (ids count from 0, each given once). */
  put(id: number, data: Uint8Array, lines: number): void;
  /**
   * Waits until fewer than the high-water mark of bytes wait to be written: the reader stops
   * reading while the output is slow.
   *
   * @throws SinkError once a write has failed
   */
  ready(): Promise<void>;
  /**
   * Waits for every write, then closes the sink.
   *
   * @throws SinkError for the first write that failed, or for the close
   */
  finish(): Promise<void>;
  /** Lines written whole so far. */
  readonly written: number;
}

export interface OrderedWriterOptions {
  /** Bytes waiting to be written before `ready()` waits (default 16 MiB). */
  readonly highWaterBytes?: number;
  /** Told of each buffer once written whole: it may be reused. */
  readonly onWritten?: (data: Uint8Array) => void;
}

/**
 * @param sink - where the lines go
 * @param options - the high-water mark, and who takes written buffers back
 * @returns the writer
 * @example
 * const writer = createOrderedWriter(sink);
 * writer.put(1, second, 256); writer.put(0, first, 256); // first is written before second
 * await writer.finish();
 */
export function createOrderedWriter(sink: LineSink, options: OrderedWriterOptions = {}): OrderedWriter {
  const highWaterBytes = options.highWaterBytes ?? 16 * 1024 * 1024;
  const waiting = new Map<number, { data: Uint8Array; lines: number }>();
  let next = 0;
  let buffered = 0;
  let written = 0;
  let failure: SinkError | undefined;
  let pump: Promise<void> = Promise.resolve();
  let drained: (() => void)[] = [];

  const release = () => {
    const waiters = drained;
    drained = [];
    for (const wake of waiters) wake();
  };

  const writeNext = async (data: Uint8Array, lines: number): Promise<void> => {
    // Read before the buffer is handed back (and, moved to a worker, reads as empty).
    const size = data.length;
    if (failure !== undefined) {
      buffered -= size;
      return;
    }
    try {
      await sink.write(data);
      written += lines;
    } catch (error) {
      failure = SinkError.of(error);
      waiting.clear();
    } finally {
      buffered -= size;
      if (buffered < highWaterBytes || failure !== undefined) release();
    }
    if (failure === undefined) {
      try {
        options.onWritten?.(data);
      } catch {
        // Reuse only saves allocations; a buffer that cannot be handed back is simply dropped.
      }
    }
  };

  return {
    put(id, data, lines) {
      if (failure !== undefined) return;
      waiting.set(id, { data, lines });
      buffered += data.length;
      for (let entry = waiting.get(next); entry !== undefined; entry = waiting.get(next)) {
        waiting.delete(next);
        next++;
        const { data: bytes, lines: count } = entry;
        pump = pump.then(() => writeNext(bytes, count));
      }
    },
    async ready() {
      while (failure === undefined && buffered >= highWaterBytes) await new Promise<void>((wake) => drained.push(wake));
      if (failure !== undefined) throw failure;
    },
    async finish() {
      await pump;
      if (failure !== undefined) {
        await sink.close().catch(() => undefined);
        throw failure;
      }
      await sink.close();
    },
    get written() {
      return written;
    },
  };
}
