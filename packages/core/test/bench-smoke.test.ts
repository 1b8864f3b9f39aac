import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * CI runs the speed benchmarks in their short mode (CAILIANG_BENCH_SHORT=1: tiny workloads, two
 * iterations), so the bench code — workload, json-rules-engine adapter, scale, batch and evaluate
 * runs, reporter — cannot rot between full runs. Nothing about speed is asserted: only that the bench
 * runs, checks the engines agree, and prints its table.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** vitest's own command, as the root's `pnpm bench` script runs it. */
const VITEST = `${ROOT}node_modules/vitest/vitest.mjs`;
/** The built CLI the batch and evaluate benches run; they skip themselves where it is not built. */
const CLI = `${ROOT}packages/cli/dist/cli.js`;

/** The built CLI has `evaluate` with `--decisions` and `--workers`, as evaluate.bench.ts requires. */
function cliEvaluates(): boolean {
  if (!existsSync(CLI)) return false;
  const help = spawnSync(process.execPath, [CLI, 'evaluate', '--help'], { encoding: 'utf8' });
  return (
    help.status === 0 &&
    ['--decisions', '--workers', '--synthetic', '--save-synthetic'].every((option) => help.stdout.includes(option))
  );
}

describe('pnpm bench, short mode', () => {
  it('runs every bench file and prints the comparison table', () => {
    const run = spawnSync(
      process.execPath,
      [VITEST, 'bench', '--run', '--config', 'packages/core/bench/vitest.config.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, CAILIANG_BENCH_SHORT: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/suite\s+contender\s+decisions\/s\s+µs\/decision\s+× json-rules-engine/);
    for (const contender of [
      'json-rules-engine 7.3.1 Engine.run',
      'cailiang compiled conditions',
      'cailiang decide, trace on',
      'cailiang decide, trace off',
      'decimal.js alone',
      'decide, 10 items',
    ]) {
      expect(output).toContain(contender);
    }
    // The evaluate bench generates its 200-record corpus and times one --workers 2 run on it.
    if (cliEvaluates()) expect(output).toMatch(/evaluate\s+cailiang evaluate --workers 2\s+[\d,]+\s/);
    expect(output).toContain('docs/performance.md was not written');
  }, 300_000);
});
