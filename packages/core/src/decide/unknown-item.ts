import { CailiangError } from '../errors/cailiang-error.js';

/** How many near codes a refusal suggests, and how many known codes it lists when none is near. */
const MAX_SUGGESTIONS = 3;
const MAX_LISTED = 20;

/**
 * The UNKNOWN_ITEM refusal of a case whose item no loaded rule set has, with the codes an officer
 * most likely meant: a code typed from another table's numbering (`FS-124-1-3` for the bundled
 * `FSL-124-1-3`) is one edit away, and naming it saves a round trip to the rule file.
 *
 * @param code - the item code the case gave
 * @param known - every item code the engine has, in load order
 * @returns the error to throw, its one issue at `item`
 * @example unknownItem('FS-124-1-3', ['FSL-124-1-3']).issues[0].message
 * // 'no loaded rule set has item "FS-124-1-3"; did you mean FSL-124-1-3?'
 */
export function unknownItem(code: string, known: readonly string[]): CailiangError {
  const near = closestCodes(code, known);
  const hint =
    near.length > 0
      ? `did you mean ${near.join(' or ')}?`
      : `known items: ${known.slice(0, MAX_LISTED).join(', ')}${known.length > MAX_LISTED ? ', …' : ''}`;
  return new CailiangError('UNKNOWN_ITEM', [
    { code: 'unknown_item', path: 'item', message: `no loaded rule set has item "${code}"; ${hint}` },
  ]);
}

/**
 * The known codes nearest to `code` by edit distance (case ignored), in load order: all those at
 * the smallest distance found, if it is small enough to be a slip — at most a third of the code's
 * length, and at least 1 and at most 3 edits. Farther codes would only bury the likely one.
 */
export function closestCodes(code: string, known: readonly string[]): string[] {
  const wanted = code.toUpperCase();
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  const distances = known.map((candidate) => editDistance(wanted, candidate.toUpperCase(), limit));
  const nearest = distances.reduce((least, distance) => Math.min(least, distance), limit + 1);
  return known.filter((_, index) => distances[index] === nearest && nearest <= limit).slice(0, MAX_SUGGESTIONS);
}

/**
 * Levenshtein distance (insert, delete, substitute), stopped early once every path exceeds
 * `limit`: an engine may hold thousands of codes, and only near ones matter.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
