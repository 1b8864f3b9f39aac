import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';

describe('createProgress', () => {
  it('draws count and rate in place, at most once per interval, and ends the line', () => {
    let out = '';
    let time = 0;
    const progress = createProgress((text) => (out += text), { now: () => time, intervalMs: 200 });
    time = 1000;
    progress.update(12_000, 0);
    time = 1100;
    progress.update(13_000, 0);
    time = 2000;
    progress.finish(24_000, 0);
    expect(out).toBe('\r12,000 lines · 12,000 lines/s\x1b[K\r24,000 lines · 12,000 lines/s\x1b[K\n');
  });

  it('draws a bar and a percentage when the input size is known', () => {
    let out = '';
    let time = 0;
    const progress = createProgress((text) => (out += text), { now: () => time, totalBytes: 1000 });
    time = 500;
    progress.update(300, 250);
    expect(out).toBe('\r[######------------------]  25% 300 lines · 600 lines/s\x1b[K');
  });
});
