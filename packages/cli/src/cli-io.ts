/**
 * The standard input as batch commands read it: chunks of bytes or text, in order. Node's
 * `process.stdin` is one; structural, so that a consumer's types need no `@types/node`.
 */
export type CliInput = AsyncIterable<Uint8Array | string>;

/**
 * The part of a writable stream that batch output uses. Node's `process.stdout` is one;
 * structural, so that a consumer's types need no `@types/node`.
 */
export interface CliOutput {
  /** Writes the bytes; the callback receives an error when they could not be written (EPIPE…). */
  write(data: Uint8Array, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  off(event: 'error', listener: (error: unknown) => void): unknown;
}

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour in human output (a TTY). */
  readonly color?: boolean;
  /**
   * The standard input, for `cailiang batch` (called only by commands that read it, so that
   * other commands never open it). Without it, batch commands need an input file.
   */
  readonly stdin?: () => CliInput;
  /**
   * The standard output as a stream, for batch output: writes wait for a slow reader, and a
   * closed pipe or a full disk is an error rather than lost lines. Without it, batch output
   * goes through `stdout`.
   */
  readonly stdoutStream?: () => CliOutput;
  /** stderr is a terminal: batch commands draw a progress bar on it. */
  readonly stderrIsTTY?: boolean;
}
