import type { Condition } from '../conditions/types.js';
import { formatPath } from '../errors/cailiang-error.js';
import { formatCellValue } from './cell-values.js';
import { formatConditionExpression } from './condition-syntax.js';

/**
 * The 元数据 sheet holds a rule set as one value per row: a path (`statutory.fine[0].range`) and
 * a value. A value is written whole when it is a scalar or a list/map of scalars; deeper data is
 * spread over several rows; conditions are written in the mini-syntax. This is generic on
 * purpose: a field the format gains later round-trips without a change here.
 */

/** One segment of a path: a key or a list index. */
export type PathSegment = string | number;

/** A value of the metadata at its path (relative to the rule set or to an item). */
export interface MetaEntry {
  readonly path: readonly PathSegment[];
  readonly text: string;
}

/**
 * True when the item-relative path holds a condition: every `when` and `precondition` of an item
 * (statutory alternatives, sanctions, tiers, exemptions, mitigations, licensing conditions…).
 * Items have no keys named by users at those places, so the rule needs no list to keep current.
 */
export function isItemConditionPath(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  return last === 'when' || last === 'precondition' || last === 'fineCondition';
}

/**
 * Spreads a value over metadata rows.
 *
 * @param value - the rule set without items, or one item without code and tiers
 * @param isCondition - whether a path holds a condition
 */
export function flattenMeta(
  value: unknown,
  isCondition: (path: readonly PathSegment[]) => boolean = () => false,
): MetaEntry[] {
  const out: MetaEntry[] = [];
  const visit = (node: unknown, path: PathSegment[]) => {
    if (node === undefined) return;
    if (path.length > 0 && isCondition(path) && isObject(node)) {
      out.push({ path, text: formatConditionExpression(node as unknown as Condition) });
      return;
    }
    if (path.length > 0 && (!isContainer(node) || isFlat(node))) {
      out.push({ path, text: formatCellValue(node) });
      return;
    }
    if (Array.isArray(node))
      node.forEach((child, index) => {
        visit(child, [...path, index]);
      });
    else for (const [key, child] of Object.entries(node as Record<string, unknown>)) visit(child, [...path, key]);
  };
  visit(value, []);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A list or map whose members are all scalars (or which is empty): written in one cell. */
function isFlat(value: object): boolean {
  return Object.values(value).every((member) => !isContainer(member));
}

/** `statutory.fine[0].range`, `facts.goodsValue`, `policy.fineBands["从 轻"]`. */
export function formatMetaPath(path: readonly PathSegment[]): string {
  return formatPath(path);
}

export type PathParseResult =
  | { readonly ok: true; readonly path: PathSegment[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a path: keys joined by `.`, list indexes in `[ ]`, and keys that are not plain names in
 * `["…"]` (JSON text).
 */
export function parseMetaPath(text: string): PathParseResult {
  const path: PathSegment[] = [];
  let index = 0;
  const source = text.trim();
  if (source === '') return { ok: false, message: 'empty path' };
  while (index < source.length) {
    const rest = source.slice(index);
    if (path.length > 0 && rest.startsWith('.')) {
      index += 1;
      const key = /^[^.[\]\s]+/.exec(source.slice(index));
      if (key === null) return { ok: false, message: `expected a key after "." at character ${index + 1}` };
      path.push(key[0]);
      index += key[0].length;
      continue;
    }
    if (rest.startsWith('[')) {
      const number = /^\[(0|[1-9]\d*)\]/.exec(rest);
      if (number !== null) {
        path.push(Number(number[1]));
        index += number[0].length;
        continue;
      }
      const quoted = /^\["(?:[^"\\]|\\.)*"\]/.exec(rest);
      if (quoted === null) return { ok: false, message: `expected [index] or ["key"] at character ${index + 1}` };
      try {
        path.push(JSON.parse(quoted[0].slice(1, -1)) as string);
      } catch {
        return { ok: false, message: `invalid quoted key at character ${index + 1}` };
      }
      index += quoted[0].length;
      continue;
    }
    if (path.length === 0) {
      const key = /^[^.[\]\s]+/.exec(rest);
      if (key === null) return { ok: false, message: 'a path starts with a key' };
      path.push(key[0]);
      index += key[0].length;
      continue;
    }
    return { ok: false, message: `unexpected "${rest[0] ?? ''}" at character ${index + 1}; keys are joined with "."` };
  }
  return { ok: true, path };
}

/** A node of the data being rebuilt from rows, with the row each value came from. */
type BuildNode<L> =
  | { readonly kind: 'map'; readonly entries: Map<string, BuildNode<L>>; readonly origin: L }
  | { readonly kind: 'list'; readonly entries: Map<number, BuildNode<L>>; readonly origin: L }
  | { readonly kind: 'value'; readonly value: unknown; readonly origin: L };

export interface BuildProblem<L> {
  readonly origin: L;
  readonly message: string;
}

/**
 * Rebuilds data from path/value pairs. Problems (a path set twice, a value where a map is
 * needed, a list with a gap) are collected with the origin of the row that shows them.
 */
export class MetaBuilder<L> {
  private readonly root: { kind: 'map'; entries: Map<string, BuildNode<L>>; origin: L };
  private readonly leaves: { path: PathSegment[]; origin: L }[] = [];

  constructor(rootOrigin: L) {
    this.root = { kind: 'map', entries: new Map(), origin: rootOrigin };
  }

  /** Sets `value` at `path`; returns a problem instead when the path conflicts with an earlier row. */
  set(
    path: readonly PathSegment[],
    value: unknown,
    origin: L,
    describeOrigin: (origin: L) => string,
  ): string | undefined {
    let node: BuildNode<L> = this.root;
    for (let depth = 0; depth < path.length; depth += 1) {
      const segment = path[depth] as PathSegment;
      const last = depth === path.length - 1;
      if (node.kind === 'value')
        return `${formatPath(path.slice(0, depth))} is already given whole at ${describeOrigin(node.origin)}; give its parts on separate rows, or the whole value once`;
      if (typeof segment === 'number' && node.kind !== 'list')
        return `${formatPath(path.slice(0, depth))} is a map (keys), so [${segment}] cannot index it`;
      if (typeof segment === 'string' && node.kind !== 'map')
        return `${formatPath(path.slice(0, depth))} is a list, so it has [0], [1]… rather than "${segment}"`;
      const entries = node.entries as Map<PathSegment, BuildNode<L>>;
      const existing = entries.get(segment);
      if (last) {
        if (existing !== undefined)
          return `${formatPath(path)} is given twice (also at ${describeOrigin(existing.origin)})`;
        entries.set(segment, { kind: 'value', value, origin });
        this.leaves.push({ path: [...path], origin });
        return undefined;
      }
      if (existing === undefined) {
        const next = path[depth + 1];
        const created: BuildNode<L> =
          typeof next === 'number'
            ? { kind: 'list', entries: new Map(), origin }
            : { kind: 'map', entries: new Map(), origin };
        entries.set(segment, created);
        node = created;
      } else {
        node = existing;
      }
    }
    return path.length === 0 ? 'an empty path' : undefined;
  }

  /** Every value set, with its path and origin, in the order set. */
  get entries(): readonly { readonly path: readonly PathSegment[]; readonly origin: L }[] {
    return this.leaves;
  }

  /** The data, or the problems found (lists with gaps). */
  build(): { readonly value: Record<string, unknown>; readonly problems: BuildProblem<L>[] } {
    const problems: BuildProblem<L>[] = [];
    const materialise = (node: BuildNode<L>, path: PathSegment[]): unknown => {
      if (node.kind === 'value') return node.value;
      if (node.kind === 'map') {
        const out: Record<string, unknown> = {};
        for (const [key, child] of node.entries) {
          Object.defineProperty(out, key, {
            value: materialise(child, [...path, key]),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return out;
      }
      const indexes = [...node.entries.keys()].sort((a, b) => a - b);
      const out: unknown[] = [];
      let reported = false;
      indexes.forEach((index, position) => {
        if (index !== position && !reported) {
          reported = true;
          problems.push({
            origin: (node.entries.get(index) as BuildNode<L>).origin,
            message: `${formatPath([...path, position])} is missing: the rows of ${formatPath(path)} are numbered from [0] without gaps`,
          });
        }
        out.push(materialise(node.entries.get(index) as BuildNode<L>, [...path, index]));
      });
      return out;
    };
    return { value: materialise(this.root, []) as Record<string, unknown>, problems };
  }
}
