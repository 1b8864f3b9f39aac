import type { Limits } from './limits.js';

/**
 * Whether data is plainly acceptable to {@link checkDocument}: within every limit it counts
 * (values, characters, nesting) and without a reserved key. A yes is always right; a no may be
 * spurious only for an object with inherited enumerable properties (never the case for parsed
 * JSON or YAML), which then costs the full walk and nothing else. A yes/no walk for the decide hot
 * path, where nearly every case passes: it keeps no path and builds no issue, so a case costs a
 * few property reads per value. On a no, the caller walks again with `checkDocument`, which finds
 * and words the first problem exactly as before — this function never decides an error.
 *
 * It counts as `checkDocument` does (every object, list and scalar is a value; keys and strings
 * add their length to the characters; a collection at depth ≥ `maxNesting` is too deep), so that
 * a yes here is a clean walk there. A reference cycle nests until `maxNesting` and answers no.
 *
 * @param data - a case, or any input `checkInput` is given
 * @param limits - the limits the document is held to
 * @returns true only when `checkDocument` would find nothing to report
 * @example withinLimits({ item: 'FS-124-1-3', facts: { goodsValue: '8000' } }, DEFAULT_LIMITS) // true
 */
export function withinLimits(data: unknown, limits: Limits): boolean {
  const counts = { nodes: 0, characters: 0 };
  return visit(data, 0, limits, counts) && counts.nodes <= limits.maxNodes && counts.characters <= limits.maxCharacters;
}

/** Mutable tallies of one walk; compared with the limits at each collection (and once at the end). */
interface Counts {
  nodes: number;
  characters: number;
}

function visit(value: unknown, depth: number, limits: Limits, counts: Counts): boolean {
  if (typeof value !== 'object' || value === null) {
    counts.nodes += 1;
    if (typeof value === 'string') counts.characters += value.length;
    return true;
  }
  counts.nodes += 1;
  // Checked at each collection as well as at the end, so that a huge document stops early.
  if (depth >= limits.maxNesting || counts.nodes > limits.maxNodes || counts.characters > limits.maxCharacters)
    return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!visit(value[index], depth + 1, limits, counts)) return false;
    }
    return true;
  }
  // for…in rather than Object.keys: no array per object (a third of this walk's time on the bench
  // cases). It also yields inherited enumerable keys, which only add to the counts: a no, never a
  // wrong yes, and on a no checkDocument walks the own keys as before.
  for (const key in value) {
    if (isReserved(key)) return false;
    counts.characters += key.length;
    if (!visit((value as Record<string, unknown>)[key], depth + 1, limits, counts)) return false;
  }
  return true;
}

/** RESERVED_KEYS of document-walk.ts, tested without a Set lookup: most keys fail on the length. */
function isReserved(key: string): boolean {
  const { length } = key;
  return (length === 9 && (key === '__proto__' || key === 'prototype')) || (length === 11 && key === 'constructor');
}
