// Subpath imports (#21): the 'date-fns' index loads some 300 modules at import.
import { add } from 'date-fns/add';
import type { IsoDate } from './iso-date.js';
import { dayNumber, isoDateOfDay, requireIsoDate, toDate, toIsoDate, yearOf } from './iso-days.js';

/** A period in calendar years, months and days (按照年、月、日计算的期间). */
export interface CalendarPeriod {
  readonly years?: number;
  readonly months?: number;
  readonly days?: number;
}

/**
 * The last day of a period counted in calendar years, months and days from the day of an event
 * (民法典 第二百零一条 to 第二百零二条), such as the limitation period for discovering a violation
 * (行政处罚法 第三十六条).
 *
 * Contract: `start` is the day of the event. It is not counted; the period runs from the next
 * day (第二百零一条第一款). A period in years or months ends on the day of the last month that
 * corresponds to `start`, or on that month's last day where there is none (第二百零二条); days
 * are then added one by one. The returned day still belongs to the period (inclusive): an act on
 * 2023-01-10 may be discovered up to and including 2025-01-10, and is time-barred from
 * 2025-01-11.
 *
 * The result is not moved off a holiday: a limitation period is not extended, because discovery
 * is not an act a holiday prevents. For the deadline of an act, pass the result to
 * {@link nextWorkingDay} (民法典 第二百零三条).
 *
 * @param start - the day of the event (the act, or the end of a continuing act)
 * @param period - whole years, months and days, none negative
 * @returns the last day of the period
 * @throws RangeError when `start` is not an ISO date or a part of `period` is not a whole number ≥ 0
 * @example
 * addCalendarPeriod('2023-01-10', { years: 2 }); // '2025-01-10'
 * addCalendarPeriod('2024-02-29', { years: 2 }); // '2026-02-28' (2026 has no 29 February)
 */
export function addCalendarPeriod(start: IsoDate, period: CalendarPeriod): IsoDate {
  requireIsoDate(start, 'start');
  const years = part(period.years, 'years');
  const months = part(period.months, 'months');
  const days = part(period.days, 'days');
  // Days alone (the procedure clocks: 90, 15 days) are integer arithmetic on day numbers.
  if (years === 0 && months === 0) return isoDateOfDay(dayNumber(start) + days);
  if (months === 0 && days === 0) return sameDayYearsLater(start, years);
  // date-fns adds years and months first, ending on the month's last day where the
  // corresponding day is missing (第二百零二条), then the days.
  return toIsoDate(add(toDate(start), { years, months, days }));
}

/**
 * {@link addCalendarPeriod} for whole years, without its checks: the day `years` later that
 * corresponds to `date`, or 28 February where a 29 February has no counterpart (民法典
 * 第二百零二条). For dates already checked — the limitation period (行政处罚法 第三十六条) runs
 * it on every case, whose dates were read and checked before — so it only moves the year, on
 * the text, a fraction of the cost of a Date round trip; past the year 9999 date-fns decides.
 *
 * @param date - a valid ISO date (not checked)
 * @param years - whole years, 0 or more (not checked)
 * @example sameDayYearsLater('2024-02-29', 2) // '2026-02-28'
 */
export function sameDayYearsLater(date: IsoDate, years: number): IsoDate {
  const year = yearOf(date) + years;
  if (year > 9999) return toIsoDate(add(toDate(date), { years }));
  const monthDay = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === '-02-29' && !leap ? '-02-28' : monthDay}`;
}

function part(value: number | undefined, name: string): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`period.${name} must be a whole number, 0 or more, got ${value}`);
  return value;
}
