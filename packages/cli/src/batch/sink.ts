/**
 * Where output lines go. A sink only ever receives whole lines, and when a write fails it
 * leaves no part of a line behind where it can help it (files are cut back to the last whole
 * line), so that what was written stays valid NDJSON.
 */
export interface LineSink {
  /** The file name, or `stdout`, for messages. */
  readonly name: string;
  /**
   * Writes whole lines.
   *
   * @throws SinkError when the bytes cannot be written
   */
  write(data: Uint8Array): Promise<void>;
  /** Flushes and releases the target. @throws SinkError */
  close(): Promise<void>;
}

/** A write that failed: the errno code (`ENOSPC`, `EPIPE`…) and why, for the message. */
export class SinkError extends Error {
  override readonly name = 'SinkError';

  /**
   * @param code - the errno code, or `EIO` when there is none
   * @param reason - the system's message
   */
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
  }

  /**
   * @param error - what a write threw or passed to its callback
   * @returns it as a SinkError
   */
  static of(error: unknown): SinkError {
    if (error instanceof SinkError) return error;
    const errno = error as NodeJS.ErrnoException;
    return new SinkError(typeof errno?.code === 'string' ? errno.code : 'EIO', errno?.message ?? String(error));
  }
}
