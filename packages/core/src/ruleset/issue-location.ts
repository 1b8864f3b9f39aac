import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Issue } from '../errors/cailiang-error.js';

/** How an issue's place is found: the item code under `items[N]`, the line of its path. */
export interface LocateIssuesOptions {
  /**
   * Name the rule-set item (`items[N].code`) each issue is in. On for rule sets; off for other
   * documents, whose `items` (if any) are not rule-set items.
   */
  readonly items?: boolean;
}

/**
 * Longer texts are not read again for positions: the YAML parser keeps about a megabyte a second,
 * and a refusal of a generated catalogue should not take longer than the load would have. Every
 * benchmark written by hand is far smaller (the largest shipped one is about 110 KB).
 */
export const MAX_LOCATED_LENGTH = 1024 * 1024;

/**
 * The issues with where they are in the text they were found in: the line and column of the
 * deepest part of each path the text has (the key itself for an unknown key, the mapping for a
 * missing one), and the code of the item under `items[N]`. Reads the text again, which costs a
 * parse: done only once something is wrong, never on a load that succeeds.
 *
 * @param text - the YAML or JSON text the issues' paths point into
 * @param issues - issues with paths such as `items[0].tiers[2].fine.band`
 * @returns the same issues, each with `line`/`column` (and `item`) where found; unchanged when
 *   the text cannot be read as YAML or is longer than {@link MAX_LOCATED_LENGTH}
 * @example
 * locateIssues('items:\n  - code: A-1\n    fien: 1\n', [{ code: 'unknown_key', path: 'items[0].fien', message: '…' }], { items: true })
 * // [{ code: 'unknown_key', path: 'items[0].fien', message: '…', item: 'A-1', line: 3, column: 5 }]
 */
export function locateIssues(text: string, issues: readonly Issue[], options: LocateIssuesOptions = {}): Issue[] {
  if (text.length > MAX_LOCATED_LENGTH) return [...issues];
  const lineCounter = new LineCounter();
  let root: Node | null;
  try {
    // Duplicate keys and the like were reported already; a position is still worth finding.
    root = parseDocument(text, { schema: 'core', uniqueKeys: false, lineCounter, logLevel: 'silent' }).contents;
  } catch {
    return [...issues];
  }
  if (root === null) return [...issues];
  return issues.map((issue) => {
    const segments = pathSegments(issue.path);
    const offset = offsetOf(root, segments);
    const item = options.items === true ? itemCodeAt(root, segments) : undefined;
    const located: { -readonly [K in keyof Issue]: Issue[K] } = { ...issue };
    if (item !== undefined && issue.item === undefined) located.item = item;
    if (offset !== undefined && issue.line === undefined) {
      const { line, col } = lineCounter.linePos(offset);
      located.line = line;
      located.column = col;
    }
    return located;
  });
}

/**
 * Where the deepest existing part of the path starts: the key of a mapping entry (so an unknown
 * key points at itself), or the element of a list; undefined when not even the first part exists.
 */
function offsetOf(root: Node, segments: readonly (string | number)[]): number | undefined {
  let node: Node = root;
  // The document itself is no place: a key missing at the top is found by its name, not at 1:1.
  let offset: number | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((entry) => isScalar(entry.key) && String(entry.key.value) === String(segment));
      if (pair === undefined) break;
      const key = pair.key as Node;
      offset = key.range?.[0] ?? offset;
      if (pair.value === null || typeof pair.value !== 'object') break;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof segment === 'number') {
      const element = node.items[segment];
      if (element === undefined || element === null || typeof element !== 'object') break;
      node = element as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** The `code` of the rule-set item `items[N]` the path is under, when it has a text one. */
function itemCodeAt(root: Node, segments: readonly (string | number)[]): string | undefined {
  if (segments[0] !== 'items' || typeof segments[1] !== 'number' || !isMap(root)) return undefined;
  const items = root.get('items', true);
  if (!isSeq(items)) return undefined;
  const item = items.items[segments[1]];
  if (!isMap(item)) return undefined;
  const code = item.get('code', true);
  return isScalar(code) && typeof code.value === 'string' && code.value !== '' ? code.value : undefined;
}

/**
 * A printed path back into its keys and indices: `items[0].facts["a b"]` → `['items', 0, 'facts', 'a b']`
 * (the inverse of `formatPath`).
 */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(JSON.parse(match[1]) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(match[3]);
  }
  return segments;
}
