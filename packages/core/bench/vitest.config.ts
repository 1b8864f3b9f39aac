import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

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

/**
 * The in-process comparisons first, then the CLI runs: a million-case batch or evaluation keeps
 * both cores busy for minutes and leaves hundreds of MB in the page cache, and the microsecond
 * timings taken after it came out 20–40% slower than the same file run alone. (By default vitest
 * runs the files that took longest last time first.)
 */
const ORDER = ['engines', 'scale', 'limits', 'batch', 'evaluate'];

class BenchOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = ORDER.findIndex((name) => file.moduleId.endsWith(`/${name}.bench.ts`));
      return index < 0 ? ORDER.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  root: here('../../../'),
  resolve: {
    alias: [{ find: /^@cailiang\/core$/, replacement: short ? here('./setup/core-entry.ts') : here('./dist/core.js') }],
  },
  test: {
    // No tests here: the smoke test that runs this config is packages/core/test/bench-smoke.test.ts.
    include: [],
    globalSetup: [here('./setup/global.ts')],
    // One file at a time: a bench shares the machine with nothing of its own.
    fileParallelism: false,
    sequence: { sequencer: BenchOrder },
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
