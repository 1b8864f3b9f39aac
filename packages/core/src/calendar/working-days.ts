import type { IsoDate } from './iso-date.js';
import { dayAfter, requireIsoDate, yearOf } from './iso-days.js';
import { calendarOutOfRange } from './out-of-range.js';
import type { Calendar } from './types.js';

/** A span of days, both ends inclusive. */
export interface DateSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface WorkingDayOptions {
  /**
   * Periods whose days are not counted, both ends inclusive: the time a licensing decision needs
   * for hearings, tendering, auctions, inspection, testing, quarantine, appraisal or expert
   * review (行政许可法 第四十五条: 所需时间不计算在本节规定的期限内).
   */
  readonly excluded?: readonly DateSpan[];
}

/**
 * The last day of a period of `days` working days (工作日) starting on `start`: the day of
 * `start` is not counted (民法典 第二百零一条), then each working day of `calendar` is counted
 * (行政许可法 第八十二条, 行政处罚法 第八十五条: holidays and weekends are not), except days
 * inside an excluded period (行政许可法 第四十五条). For 1 day or more the result is a working
 * day, so 民法典 第二百零三条 never has to move it.
 *
 * @param start - the day the period runs from (e.g. 受理 acceptance); not counted itself
 * @param days - working days to count; 0 returns `start`
 * @param calendar - which days are working days, e.g. {@link defaultCalendar}
 * @param options - `excluded`: periods whose days are not counted
 * @returns the last day of the period
 * @throws CailiangError CALENDAR_OUT_OF_RANGE when counting reaches a year the calendar does not cover
 * @throws RangeError for a date that is not an ISO date, a negative or fractional `days`, or an
 *   excluded period ending before it starts
 * @example
 * // accepted Friday 2025-09-26: Sunday 09-28 is 调休 (counted), 10-01–10-08 are off
 * addWorkingDays('2025-09-26', 10, defaultCalendar); // '2025-10-16'
 * addWorkingDays('2025-09-26', 10, defaultCalendar, { excluded: [{ from: '2025-10-13', to: '2025-10-17' }] }); // '2025-10-23'
 */
export function addWorkingDays(
  start: IsoDate,
  days: number,
  calendar: Calendar,
  options: WorkingDayOptions = {},
): IsoDate {
  requireIsoDate(start, 'start');
  if (!Number.isSafeInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number of working days, 0 or more, got ${days}`);
  const excluded = options.excluded ?? [];
  excluded.forEach((span, index) => {
    requireIsoDate(span.from, `excluded[${index}].from`);
    requireIsoDate(span.to, `excluded[${index}].to`);
    if (span.to < span.from)
      throw new RangeError(`excluded[${index}] ends (${span.to}) before it starts (${span.from})`);
  });

  const context = `counting ${days} working days from ${start}`;
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = dayAfter(date);
    if (excluded.some((span) => span.from <= date && date <= span.to)) continue;
    if (workingDay(calendar, date, context)) counted += 1;
  }
  return date;
}

/**
 * The day a period ending on `date` actually ends: `date` itself when it is a working day, else
 * the first working day after it — a period whose last day is a statutory holiday ends on the
 * day after the holiday (民法典 第二百零三条第一款). Use it for deadlines of acts (payment, a
 * hearing request, a decision), not for limitation periods, which a holiday does not extend.
 *
 * @param date - the last day of a period as counted
 * @param calendar - which days are working days
 * @returns `date`, or the next working day
 * @throws CailiangError CALENDAR_OUT_OF_RANGE when the search reaches a year the calendar does not cover
 * @throws RangeError when `date` is not an ISO date
 * @example
 * nextWorkingDay('2025-10-01', defaultCalendar); // '2025-10-09' (National Day and Mid-Autumn, 10-01–10-08)
 * nextWorkingDay('2025-10-09', defaultCalendar); // '2025-10-09'
 */
export function nextWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  requireIsoDate(date, 'date');
  const context = `looking for the first working day from ${date}`;
  let day = date;
  while (!workingDay(calendar, day, context)) day = dayAfter(day);
  return day;
}

/**
 * Asks the calendar, first checking the year here so the error says what was being counted
 * (and so a loop always ends at the calendar's last year).
 */
function workingDay(calendar: Calendar, date: IsoDate, context: string): boolean {
  const year = yearOf(date);
  if (year < calendar.firstYear || year > calendar.lastYear) throw calendarOutOfRange(date, calendar, context);
  return calendar.isWorkingDay(date);
}
