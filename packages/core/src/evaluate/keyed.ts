/**
 * Keyed counts (`[key, n]`) in the order of their keys, compared by code unit so the order is
 * the same in every locale: the same counts then always make the same data.
 */
export function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
