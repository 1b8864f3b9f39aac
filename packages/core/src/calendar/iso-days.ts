import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { isIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';

/** The local-midnight `Date` of an ISO date; date-fns then moves by calendar days, not by 24 hours. */
export function toDate(date: IsoDate): Date {
  return parseISO(date);
}

/** The ISO date of a `Date`, read in local time like {@link toDate} wrote it. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** The day after `date`: `2025-12-31` → `2026-01-01`. */
export function dayAfter(date: IsoDate): IsoDate {
  return toIsoDate(addDays(toDate(date), 1));
}

/** Saturday or Sunday (双休日). */
export function isWeekendDay(date: IsoDate): boolean {
  return isWeekend(toDate(date));
}

/** The year of an ISO date, as a number. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Refuses a value that is not an ISO date. Dates reaching the calendar from a case were checked
 * when the case was read, so a bad one here is a programming error, not bad input.
 *
 * @throws RangeError naming `what` when `value` is not an ISO date
 */
export function requireIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
}
