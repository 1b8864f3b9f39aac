import type { FactValue, FactValues } from '../../facts/types.js';
import type { FactDomain } from './domain.js';

/** Above this many combinations the search samples instead of enumerating. */
export const EXHAUSTIVE_LIMIT = 50_000;
/** Random combinations tried when sampling. */
const SAMPLES = 10_000;
/** Starting points whose facts are varied one at a time when sampling. */
const BASES = 32;

/** How a search went: whether every combination was tried, and how many were. */
export interface SearchReport {
  readonly exhaustive: boolean;
  /** The number of combinations of candidate values (the product of the domains' sizes). */
  readonly combinations: number;
  /** The number of combinations actually tried. */
  readonly tried: number;
}

/**
 * Calls `visit` with combinations of the candidate values: all of them when there are at most
 * {@link EXHAUSTIVE_LIMIT}, otherwise a deterministic sample (seeded by `seed`) plus, around each
 * of a few starting points, every candidate of one fact at a time — so each threshold is crossed
 * with everything else fixed. The facts object is reused between calls: copy what you keep.
 *
 * @param domain - the facts and their candidate values
 * @param seed - makes the sample deterministic (the item code)
 * @param visit - called once per combination, in a fixed order
 * @returns whether the search was exhaustive and how many combinations it tried
 * @example searchCombinations([{ name: 'n', type: 'integer', values: [0, 1] }], 'T-1', (facts) => console.log(facts.n)) // 0, 1
 */
export function searchCombinations(
  domain: readonly FactDomain[],
  seed: string,
  visit: (facts: FactValues) => void,
): SearchReport {
  const facts: Record<string, FactValue | undefined> = Object.create(null) as Record<string, FactValue | undefined>;
  const sizes = domain.map((fact) => fact.values.length);
  const combinations = sizes.reduce((product, size) => product * size, 1);
  const digits = new Array<number>(domain.length).fill(0);
  const apply = () => {
    domain.forEach((fact, index) => {
      facts[fact.name] = fact.values[digits[index] as number];
    });
    visit(facts);
  };
  if (combinations === 0) return { exhaustive: true, combinations, tried: 0 };
  if (combinations <= EXHAUSTIVE_LIMIT) {
    for (let n = 0; n < combinations; n++) {
      // Mixed-radix counter: the last fact varies fastest.
      let rest = n;
      for (let index = domain.length - 1; index >= 0; index--) {
        const size = sizes[index] as number;
        digits[index] = rest % size;
        rest = Math.floor(rest / size);
      }
      apply();
    }
    return { exhaustive: true, combinations, tried: combinations };
  }
  const random = mulberry32(hash(seed));
  const draw = () =>
    domain.forEach((_, index) => {
      digits[index] = Math.floor(random() * (sizes[index] as number));
    });
  let tried = 0;
  for (let base = 0; base < BASES; base++) {
    draw();
    const start = [...digits];
    domain.forEach((_, index) => {
      for (let value = 0; value < (sizes[index] as number); value++) {
        digits[index] = value;
        apply();
        tried++;
      }
      digits[index] = start[index] as number;
    });
  }
  for (let sample = 0; sample < SAMPLES; sample++) {
    draw();
    apply();
    tried++;
  }
  return { exhaustive: false, combinations, tried };
}

/** FNV-1a of a string, as a 32-bit seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same sample on every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
