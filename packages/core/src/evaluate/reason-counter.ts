import { byKey } from './keyed.js';
import type { ReasonCount } from './types.js';

/** Reasons longer than this are cut: they are free text, and memory must not grow with them. */
export const MAX_REASON_LENGTH = 120;

/** A {@link ReasonCounter} as plain data. */
export interface ReasonState {
  readonly counts: readonly (readonly [string, number])[];
  /** The largest count dropped from the table (0: every count is exact). */
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
  /** The largest count a replaced reason had: the bound on over-estimation. */
  private evicted = 0;

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
    this.evicted = Math.max(this.evicted, state.evicted);
    if (this.counts.size <= this.capacity) return;
    const ranked = this.ranked();
    for (const [reason, count] of ranked.slice(this.capacity)) {
      this.counts.delete(reason);
      this.evicted = Math.max(this.evicted, count);
    }
  }

  /** The counter as plain data, reasons in the order of their text. */
  state(): ReasonState {
    return { counts: [...this.counts].sort(byKey), evicted: this.evicted };
  }

  /** True while every count is exact (no reason was ever replaced). */
  get exact(): boolean {
    return this.evicted === 0;
  }

  /** The largest count dropped from the table: how far off a count may be (0 when exact). */
  get error(): number {
    return this.evicted;
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
