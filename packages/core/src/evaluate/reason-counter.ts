import { byKey } from './keyed.js';
import type { ReasonCount } from './types.js';

/** Reasons longer than this are cut: they are free text, and memory must not grow with them. */
export const MAX_REASON_LENGTH = 120;

/** A {@link ReasonCounter} as plain data. */
export interface ReasonState {
  readonly counts: readonly (readonly [string, number])[];
  /** How far off any count may be (0: every count is exact); the name is kept for saved partials. */
  readonly evicted: number;
}

/**
 * Counts free-text reasons in bounded memory (the Space-Saving algorithm, Metwally, Agrawal and
 * El Abbadi 2005): at most `capacity` reasons are tracked; a new reason when the table is full
 * replaces the least counted one and inherits its count. Exact while there are no more distinct
 * reasons than `capacity`; beyond, the counts are estimates, off by about `error` at most. Officers repeat a handful of standard phrasings, so the top ones stay exact
 * in practice — and a million distinct texts cost no more memory than a hundred.
 */
export class ReasonCounter {
  private readonly counts = new Map<string, number>();
  /** The largest count a reason replaced since the last merge had (Space-Saving's own bound). */
  private evicted = 0;
  /**
   * The error merges brought in. Merged errors add up, they do not take the larger: a reason
   * counted in two districts may be off by each district's error at once, and a reason absent
   * from one table may have been seen there up to that table's error times (Agarwal et al.,
   * "Mergeable summaries", 2012). Dropping a reason when the union is too large adds its count.
   */
  private carried = 0;

  constructor(private readonly capacity: number) {}

  /**
   * Counts one occurrence.
   *
   * @param reason - the reason, already normalised (see {@link normaliseReason})
   */
  add(reason: string): void {
    const known = this.counts.get(reason);
    if (known !== undefined) {
      this.counts.set(reason, known + 1);
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(reason, 1);
      return;
    }
    let least: string | undefined;
    let leastCount = Infinity;
    for (const [candidate, count] of this.counts) {
      if (count < leastCount) {
        least = candidate;
        leastCount = count;
      }
    }
    this.counts.delete(least as string);
    this.evicted = Math.max(this.evicted, leastCount);
    this.counts.set(reason, leastCount + 1);
  }

  /**
   * Adds another counter's counts (from {@link ReasonCounter.state}). Counts of a reason add up;
   * when the union is larger than the capacity the least counted are dropped, and the result is
   * no longer exact.
   */
  merge(state: ReasonState): void {
    for (const [reason, count] of state.counts) this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
    this.carried += this.evicted + state.evicted;
    this.evicted = 0;
    if (this.counts.size <= this.capacity) return;
    let dropped = 0;
    for (const [reason, count] of this.ranked().slice(this.capacity)) {
      this.counts.delete(reason);
      dropped = Math.max(dropped, count);
    }
    this.carried += dropped;
  }

  /** The counter as plain data, reasons in the order of their text. */
  state(): ReasonState {
    return { counts: [...this.counts].sort(byKey), evicted: this.error };
  }

  /** True while every count is exact (no reason was ever replaced). */
  get exact(): boolean {
    return this.error === 0;
  }

  /**
   * How far off any count may be, above or below (0 when exact); a reason not in the table was
   * seen at most this many times.
   */
  get error(): number {
    return this.carried + this.evicted;
  }

  /**
   * The most frequent reasons, most frequent first; ties in the order of the text (so that the
   * result does not depend on the order the records came in).
   *
   * @param limit - how many to return
   */
  top(limit: number): ReasonCount[] {
    return this.ranked()
      .slice(0, limit)
      .map(([reason, count]) => ({ reason, count }));
  }

  private ranked(): [string, number][] {
    return [...this.counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  }
}

/**
 * A reason as it is counted: white space collapsed, trimmed, cut to {@link MAX_REASON_LENGTH}
 * characters (code points, so a Chinese character is never split).
 *
 * @returns the normalised text; `''` for no reasons
 * @example normaliseReason('  当事人 积极配合\n调查 ') // '当事人 积极配合 调查'
 */
export function normaliseReason(reasons: string): string {
  const text = reasons.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_REASON_LENGTH) return text;
  const points = Array.from(text);
  return points.length <= MAX_REASON_LENGTH ? text : `${points.slice(0, MAX_REASON_LENGTH).join('')}…`;
}
