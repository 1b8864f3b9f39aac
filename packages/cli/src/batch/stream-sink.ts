import type { CliOutput } from '../cli-io.js';
import type { LineSink } from './sink.js';
import { SinkError } from './sink.js';

/**
 * A sink over a writable stream (stdout on a pipe or a terminal). Each write waits for the
 * stream to take the bytes, so a slow reader slows the batch instead of filling memory, and an
 * error — EPIPE when the reader has gone — fails the write rather than crashing the process.
 *
 * @param stream - the stream, left open at the end (it is stdout)
 * @param name - for messages
 * @returns the sink
 * @example const sink = streamSink(process.stdout, 'stdout');
 */
export function streamSink(stream: CliOutput, name: string): LineSink {
  let failure: SinkError | undefined;
  // Without a listener an EPIPE would be thrown from the event loop and end the process.
  const onError = (error: unknown) => {
    failure ??= SinkError.of(error);
  };
  stream.on('error', onError);
  return {
    name,
    write: (data) =>
      new Promise<void>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        try {
          stream.write(data, (error) => {
            if (error !== undefined && error !== null) {
              failure ??= SinkError.of(error);
              reject(failure);
            } else if (failure !== undefined) reject(failure);
            else resolve();
          });
        } catch (error) {
          failure ??= SinkError.of(error);
          reject(failure);
        }
      }),
    close: async () => {
      stream.off('error', onError);
      if (failure !== undefined) throw failure;
    },
  };
}

/**
 * A sink handing the text of whole lines to a function: the CLI's `stdout` in tests, where
 * there is no stream.
 *
 * @param write - receives the text of one or more whole lines
 * @returns the sink
 * @example const sink = callbackSink((text) => (captured += text));
 */
export function callbackSink(write: (text: string) => void): LineSink {
  const decoder = new TextDecoder();
  return {
    name: 'stdout',
    write: async (data) => {
      try {
        write(decoder.decode(data));
      } catch (error) {
        throw SinkError.of(error);
      }
    },
    close: async () => undefined,
  };
}
