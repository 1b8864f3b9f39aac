import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `pnpm bench`: the speed comparisons, run with `vitest bench`. Each bench file runs in one worker,
 * so json-rules-engine and cailiang are measured side by side in the same run; the reporter prints
 * the ratio table and, in a full run, writes it to docs/performance.md.
 *
 * A full run times @cailiang/core as built (bench/setup/build-core.ts). The short run
 * (CAILIANG_BENCH_SHORT=1: a few iterations, small workloads, no timing claims) runs on the
 * TypeScript sources, so CI exercises the bench code without a build.
 */
const short = process.env['CAILIANG_BENCH_SHORT'] === '1';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('../../../'),
  resolve: {
    alias: [{ find: /^@cailiang\/core$/, replacement: short ? here('../src/index.ts') : here('./dist/core.js') }],
  },
  test: {
    // No tests here: the smoke test that runs this config is packages/core/test/bench-smoke.test.ts.
    include: [],
    globalSetup: [here('./setup/global.ts')],
    // One file at a time: a bench shares the machine with nothing of its own.
    fileParallelism: false,
    // The built core is imported by Node itself, like json-rules-engine, not through vitest's transform.
    server: { deps: { external: [/packages\/core\/bench\/dist\//] } },
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The scale bench reads the heap after a collection.
    execArgv: ['--expose-gc'],
    benchmark: {
      include: ['packages/core/bench/**/*.bench.ts'],
      reporters: ['default', here('./report/reporter.ts')],
    },
  },
});
