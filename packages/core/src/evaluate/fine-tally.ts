import { Decimal, ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { share } from './share.js';
import { FINE_POSITIONS } from './types.js';
import type { FinePosition, FineSummary } from './types.js';

/** A {@link FineTally} as plain data. */
export interface FineState {
  readonly count: number;
  readonly positions: Readonly<Record<FinePosition, number>>;
  readonly total: string;
  readonly min: string | null;
  readonly max: string | null;
}

/**
 * Imposed fines counted by position, with their exact sum and extremes. Holds a fixed handful of
 * numbers whatever the number of fines; tallies merge, so that per-tier tallies add up to the
 * item's.
 */
export class FineTally {
  count = 0;
  readonly positions: Record<FinePosition, number> = {
    below: 0,
    mitigated: 0,
    lower: 0,
    middle: 0,
    upper: 0,
    above: 0,
  };
  private total: Decimal = ZERO;
  private min: Decimal | undefined;
  private max: Decimal | undefined;

  /**
   * Counts one fine.
   *
   * @param position - where it lies against the benchmark's range
   * @param amount - the amount imposed
   */
  add(position: FinePosition, amount: Decimal): void {
    this.count++;
    this.positions[position]++;
    this.total = this.total.plus(amount);
    if (this.min === undefined || amount.lessThan(this.min)) this.min = amount;
    if (this.max === undefined || amount.greaterThan(this.max)) this.max = amount;
  }

  /** Adds another tally's fines to this one (a tally or its {@link FineTally.state}). */
  merge(other: FineTally | FineState): void {
    const state = other instanceof FineTally ? other.state() : other;
    this.count += state.count;
    for (const position of FINE_POSITIONS) this.positions[position] += state.positions[position];
    this.total = this.total.plus(state.total);
    if (state.min !== null && (this.min === undefined || this.min.greaterThan(state.min)))
      this.min = new Decimal(state.min);
    if (state.max !== null && (this.max === undefined || this.max.lessThan(state.max)))
      this.max = new Decimal(state.max);
  }

  /** The tally as plain data, to send to another thread and merge there. */
  state(): FineState {
    return {
      count: this.count,
      positions: { ...this.positions },
      total: formatMoney(this.total),
      min: this.min === undefined ? null : formatMoney(this.min),
      max: this.max === undefined ? null : formatMoney(this.max),
    };
  }

  /** Fines outside the benchmark's range. */
  get deviations(): number {
    return this.positions.below + this.positions.above;
  }

  /** The tally as the evaluation reports it. */
  summary(): FineSummary {
    return {
      ...this.state(),
      deviations: this.deviations,
      deviationRate: share(this.deviations, this.count),
    };
  }
}
