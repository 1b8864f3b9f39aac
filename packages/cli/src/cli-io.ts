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
  readonly stdin?: () => NodeJS.ReadableStream;
  /**
   * The standard output as a stream, for batch output: writes wait for a slow reader, and a
   * closed pipe or a full disk is an error rather than lost lines. Without it, batch output
   * goes through `stdout`.
   */
  readonly stdoutStream?: () => NodeJS.WritableStream;
  /** stderr is a terminal: batch commands draw a progress bar on it. */
  readonly stderrIsTTY?: boolean;
}
