import { formatCount } from '../display-text.js';

/** A progress line on a terminal, redrawn in place. */
export interface Progress {
  /**
   * Reports how far the batch is; redraws at most every `intervalMs`.
   *
   * @param lines - output lines written so far
   * @param bytes - input bytes those lines took
   */
  update(lines: number, bytes: number): void;
  /** Draws the final state and ends the line. */
  finish(lines: number, bytes: number): void;
}

export interface ProgressOptions {
  /** Size of the input in bytes, when known (a file): draws a bar and a percentage. */
  readonly totalBytes?: number;
  /** The clock, in milliseconds (tests pass their own). */
  readonly now?: () => number;
  /** Time between redraws (default 200 ms). */
  readonly intervalMs?: number;
}

const WIDTH = 24;

/**
 * A progress bar for stderr: `[#########---------------]  38% 76,000 lines · 12,500 lines/s`,
 * or without a known size `76,000 lines · 12,500 lines/s`. Only for a terminal: the caller
 * checks that stderr is one, so logs never fill with redraws.
 *
 * @param write - writes to the terminal
 * @param options - size, clock and redraw interval
 * @returns the progress line
 * @example const progress = createProgress((text) => process.stderr.write(text), { totalBytes: 1e9 });
 */
export function createProgress(write: (text: string) => void, options: ProgressOptions = {}): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 200;
  const started = now();
  let drawn = -Infinity;

  const draw = (lines: number, bytes: number) => {
    const elapsed = Math.max(now() - started, 1);
    const rate = `${formatCount(Math.round((lines * 1000) / elapsed))} lines/s`;
    const count = `${formatCount(lines)} lines`;
    let bar = '';
    if (options.totalBytes !== undefined && options.totalBytes > 0) {
      const fraction = Math.min(bytes / options.totalBytes, 1);
      const filled = Math.round(fraction * WIDTH);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% `;
    }
    // \r back to the start, \x1b[K clears what a longer previous line left.
    write(`\r${bar}${count} · ${rate}\x1b[K`);
  };

  return {
    update(lines, bytes) {
      const time = now();
      if (time - drawn < interval) return;
      drawn = time;
      draw(lines, bytes);
    },
    finish(lines, bytes) {
      draw(lines, bytes);
      write('\n');
    },
  };
}
