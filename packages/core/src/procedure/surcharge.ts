import type { ExcludedPeriod, Payment } from '../case/types.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { dayNumber } from '../calendar/iso-days.js';

/** 第七十二条第一款第（一）项: 每日按罚款数额的百分之三加处罚款. */
const DAILY_RATE = new Decimal('0.03');

/** Reasons whose days do not count toward the surcharge (第七十三条第三款). */
const SUSPENDING = new Set(['reconsideration', 'litigation']);

export interface LateSurcharge {
  /** Days late that count: after the due date, up to and including the payment day. */
  readonly days: number;
  /** Days under administrative reconsideration or litigation, not counted. */
  readonly excludedDays: number;
  /** The surcharge (加处罚款) as a decimal string, never more than the fine itself. */
  readonly amount: string;
}

/**
 * The late-payment surcharge (加处罚款) for a fine paid after its due date: 3% of the fine for
 * each day late, never more than the fine (第七十二条第一款第（一）项), days under administrative
 * reconsideration or litigation not counted (第七十三条第三款: 加处罚款的数额在行政复议或者行政诉讼
 * 期间不予计算). Exact decimal arithmetic.
 *
 * @param payment - the fine imposed and the day it was paid
 * @param due - the last day to pay
 * @param excluded - periods from the case; those with reason reconsideration or litigation count
 * @example lateSurcharge({ fine: '10000', paid: '2025-07-20' }, '2025-07-10', []) // { days: 10, amount: '3000', … }
 */
export function lateSurcharge(payment: Payment, due: string, excluded: readonly ExcludedPeriod[]): LateSurcharge {
  const fine = new Decimal(payment.fine);
  const overdue = Math.max(0, dayNumber(payment.paid) - dayNumber(due));
  const excludedDays = overdue === 0 ? 0 : suspendedDays(excluded, due, payment.paid);
  const days = Math.max(0, overdue - excludedDays);
  const amount = Decimal.min(fine.times(DAILY_RATE).times(days), fine);
  return { days, excludedDays, amount: formatMoney(amount) };
}

/** Days of reconsideration or litigation within (due, paid], overlaps counted once. */
function suspendedDays(excluded: readonly ExcludedPeriod[], due: string, paid: string): number {
  const counted = new Set<number>();
  const after = dayNumber(due);
  const until = dayNumber(paid);
  for (const period of excluded) {
    if (period.reason === undefined || !SUSPENDING.has(period.reason)) continue;
    const from = Math.max(dayNumber(period.from), after);
    const to = Math.min(dayNumber(period.to), until);
    for (let day = from; day <= to; day++) if (day > after) counted.add(day);
  }
  return counted.size;
}
