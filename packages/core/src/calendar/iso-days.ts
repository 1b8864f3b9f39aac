// Subpath imports (#21): the 'date-fns' index loads some 300 modules at import.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { isIsoDate } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/** The local-midnight `Date` of an ISO date; date-fns then moves by calendar days, not by 24 hours. */
export function toDate(date: IsoDate): Date {
  return parseISO(date);
}

/** The ISO date of a `Date`, read in local time like {@link toDate} wrote it. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

const DAY_MS = 86_400_000;

// Two conventions live here and must never meet on one Date: toDate/toIsoDate work in local time
// (as date-fns does), dayNumber/isoDateOfDay in UTC. Each goes from ISO text back to ISO text.

/**
 * The day number of an ISO date: days since 1970-01-01, so that counting days is integer
 * arithmetic. Every decision counts days for its deadlines (and every working-day period steps
 * one day at a time), so this goes through UTC milliseconds rather than a local-time `Date` and
 * a formatter; tests check it against date-fns for every day of several decades.
 */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/**
 * The ISO date of a {@link dayNumber}. Past 9999 the year is written out in full
 * (`10000-02-29`), which no ISO date check accepts: a deadline that far out is refused as such
 * rather than garbled (`toISOString` would write `+010000-02-29`).
 */
export function isoDateOfDay(day: number): IsoDate {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (year >= 1000 && year <= 9999) return date.toISOString().slice(0, 10);
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** The day after `date`: `2025-12-31` → `2026-01-01`. */
export function dayAfter(date: IsoDate): IsoDate {
  return isoDateOfDay(dayNumber(date) + 1);
}

/** Saturday or Sunday (双休日). 1970-01-01, day 0, was a Thursday. */
export function isWeekendDay(date: IsoDate): boolean {
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
  return weekday === 0 || weekday === 6;
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
