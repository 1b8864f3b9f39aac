import { fstatSync, ftruncateSync, write } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { LineSink } from './sink.js';
import { SinkError } from './sink.js';

const writeAt = promisify(write);

/**
 * A sink writing to a file, from byte `start` on (0: a new file; more: resuming after the
 * lines already there, anything after them removed first).
 *
 * @param path - the output file
 * @param start - where the kept content ends
 * @returns the sink
 * @throws SinkError when the file cannot be opened
 * @example const sink = await openFileSink('decisions.ndjson', 0);
 */
export async function openFileSink(path: string, start: number): Promise<LineSink> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, start > 0 ? 'r+' : 'w');
    if (start > 0) await handle.truncate(start);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw SinkError.of(error);
  }
  const fd = handle.fd;
  const sink = writeLoop(fd, start, { positioned: true, truncatable: true });
  return {
    name: path,
    write: sink.write,
    close: async () => {
      try {
        await handle.close();
      } catch (error) {
        throw SinkError.of(error);
      }
    },
  };
}

/**
 * A sink writing to an open descriptor that blocks (stdout redirected to a file or to a
 * device such as /dev/null): the writes go through the thread pool, and a regular file is cut
 * back to its last whole line when a write fails.
 *
 * @param fd - the descriptor, left open
 * @param name - for messages (`stdout`)
 * @returns the sink
 * @throws Error when `fd` is not open
 * @example const sink = fdSink(1, 'stdout'); // `cailiang batch … > decisions.ndjson`
 */
export function fdSink(fd: number, name: string): LineSink {
  const stats = fstatSync(fd);
  // With `>` the file starts empty, with `>>` the lines go after what is there.
  const sink = writeLoop(fd, stats.isFile() ? stats.size : 0, { positioned: false, truncatable: stats.isFile() });
  return { name, write: sink.write, close: async () => undefined };
}

/**
 * Writes each buffer whole, looping over short writes. On failure, a regular file is cut back
 * to the end of the last buffer written whole: a full disk leaves whole lines only.
 */
function writeLoop(fd: number, start: number, options: { positioned: boolean; truncatable: boolean }) {
  let committed = start;
  return {
    write: async (data: Uint8Array): Promise<void> => {
      let offset = 0;
      try {
        while (offset < data.length) {
          // stdout is written at its own position: a `>>` file appends whatever position we give.
          const { bytesWritten } = await writeAt(
            fd,
            data,
            offset,
            data.length - offset,
            options.positioned ? committed + offset : null,
          );
          offset += bytesWritten;
        }
        committed += data.length;
      } catch (error) {
        if (options.truncatable && offset > 0) {
          try {
            ftruncateSync(fd, committed);
          } catch {
            // The write error is the one to report; a device cannot be truncated anyway.
          }
        }
        throw SinkError.of(error);
      }
    },
  };
}
