/**
 * A small deterministic PRNG (mulberry32) for generated tests: the same seed gives the same
 * stream on every run, so a failure names the same amount or case every time. One copy for every
 * test that generates its inputs (the bench keeps its own, in packages/core/bench/workload/random.ts,
 * which a test must not import).
 *
 * @param seed - any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 * @example const random = seededRandom(20250310); random() // 0.…
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
