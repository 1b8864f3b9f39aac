/**
 * How much the bench does. A full run (`pnpm bench`) is for numbers; the short run
 * (`CAILIANG_BENCH_SHORT=1`, what CI and the smoke test use) only proves the bench code works:
 * tiny workloads, two iterations, and no number from it means anything.
 */
import { fileURLToPath } from 'node:url';

export const SHORT = process.env['CAILIANG_BENCH_SHORT'] === '1';

/** Generated cases per comparison; each timed operation decides all of them once. */
export const CASES = SHORT ? 40 : 2000;

/** Items of the generated province-sized rule set, and of the small one it is compared with. */
export const LARGE_ITEMS = SHORT ? 100 : 10_000;
export const SMALL_ITEMS = 10;

/** Cases per `cailiang batch` run (its issue's target is stated for 1,000,000). */
export const BATCH_CASES = SHORT ? 200 : Number(process.env['CAILIANG_BENCH_BATCH_CASES'] ?? 1_000_000);

/**
 * Records of the synthetic corpus `cailiang evaluate` reads (the post-evaluation issue's target is
 * stated for 1,000,000).
 */
export const EVALUATE_RECORDS = SHORT ? 200 : Number(process.env['CAILIANG_BENCH_EVALUATE_RECORDS'] ?? 1_000_000);

/** tinybench options for every `bench()`: long enough to settle, or as little as possible. */
export const BENCH_OPTIONS = SHORT
  ? { time: 0, iterations: 2, warmupTime: 0, warmupIterations: 1 }
  : { time: 4000, iterations: 10, warmupTime: 1000, warmupIterations: 5 };

/** The cases the batch runs read (hundreds of MB in a full run): removed when the run ends. */
export const BATCH_INPUT = fileURLToPath(new URL(`./dist/batch-cases${SHORT ? '-short' : ''}.ndjson`, import.meta.url));

/** The evaluate runs' synthetic corpus (hundreds of MB in a full run): removed when the run ends. */
export const EVALUATE_CORPUS = fileURLToPath(
  new URL(`./dist/evaluate-records${SHORT ? '-short' : ''}.ndjson`, import.meta.url),
);

/** The report each evaluate run writes (the command needs an `--out`), overwritten by each run; removed when the run ends. */
export const EVALUATE_REPORT = fileURLToPath(
  new URL(`./dist/evaluate-report${SHORT ? '-short' : ''}.html`, import.meta.url),
);

/** Where the bench files leave what the reporter prints besides the timings (gitignored). */
export const FACTS_FILE = fileURLToPath(new URL(`./dist/facts${SHORT ? '-short' : ''}.json`, import.meta.url));
