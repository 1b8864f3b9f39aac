import { formatPath } from '../errors/cailiang-error.js';
import { formatCell } from '../table-format/layout.js';
import type { CellLocation } from '../table-format/layout.js';
import type { PathSegment } from '../table-format/meta-paths.js';

/**
 * Which cell each part of an imported rule set came from, so that a problem the loader finds at
 * a rule-set path (`items[0].tiers[2].fine.band`) is reported at its cell (`裁量基准!L5`).
 */
export class LocationIndex {
  private readonly entries: { readonly path: string; readonly cell: string }[] = [];
  private readonly exact = new Map<string, string>();

  /** @param fallback - where problems of the whole rule set are shown (`元数据!1`) */
  constructor(private readonly fallback: string) {}

  add(path: readonly PathSegment[], cell: CellLocation): void {
    const text = formatPath(path);
    if (this.exact.has(text)) return;
    const formatted = formatCell(cell);
    this.exact.set(text, formatted);
    this.entries.push({ path: text, cell: formatted });
  }

  /**
   * The cell of a path: its own, else the first cell inside it (a problem with a whole
   * alternative is shown at its first row), else the cell of its nearest ancestor (a missing
   * key is shown where its parent is).
   */
  locate(path: string): string {
    const own = this.exact.get(path);
    if (own !== undefined) return own;
    const inside = this.entries.find((entry) => within(entry.path, path));
    if (inside !== undefined) return inside.cell;
    let best: { path: string; cell: string } | undefined;
    for (const entry of this.entries) {
      if (within(path, entry.path) && (best === undefined || entry.path.length > best.path.length)) best = entry;
    }
    return best?.cell ?? this.fallback;
  }
}

/** True when `path` lies inside `ancestor` (`a.b[0]` inside `a.b`, not inside `a.bc`). */
function within(path: string, ancestor: string): boolean {
  if (ancestor === '') return path !== '';
  if (!path.startsWith(ancestor) || path.length === ancestor.length) return false;
  const next = path[ancestor.length];
  return next === '.' || next === '[';
}
