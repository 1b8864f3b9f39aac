import type { IsoDate } from './iso-date.js';
import { CailiangError } from '../errors/cailiang-error.js';
import { CHINA_HOLIDAYS } from './data/china-holidays.js';
import { expandArrangement } from './expand.js';
import { isWeekendDay, requireIsoDate, yearOf } from './iso-days.js';
import { calendarOutOfRange } from './out-of-range.js';
import type { Calendar, CalendarOptions, HolidayArrangement } from './types.js';
import { validateArrangements } from './validate-arrangements.js';

/**
 * A working-day calendar (工作日) from holiday arrangements: Monday to Friday are working days
 * unless an arrangement gives them off (放假); Saturday and Sunday are not, unless an
 * arrangement declares them working days (调休上班) and `countAdjustedWorkdays` is on.
 *
 * Statutory periods in days count working days only (行政许可法 第八十二条, 行政处罚法 第八十五条),
 * and the arrangements change every year, so the calendar is data the caller can extend: pass
 * next year's notice as soon as it is published, without waiting for a release. Dates outside
 * the years covered are refused, never guessed. A notice may also move days in the December
 * before its year (the 2019 notice gave 2018-12-31 off and made Saturday 2018-12-29 a working
 * day), so late December of the last year covered stands as known until the next notice is added.
 *
 * @param arrangements - one per year, consecutive years, e.g. `[...CHINA_HOLIDAYS, arrangement2027]`
 * @param options - `countAdjustedWorkdays` (default true): whether a 调休 weekend day counts as a
 *   working day; no text settles it, and practice counts it
 * @returns a frozen calendar
 * @throws CailiangError INVALID_CALENDAR naming the path of every problem in the arrangements
 *   (`arrangements[8].holidays[0].to: …`) or options
 * @example
 * const calendar = createCalendar([...CHINA_HOLIDAYS, {
 *   year: 2027,
 *   source: { title: '国务院办公厅关于2027年部分节假日安排的通知', papers: ['https://www.gov.cn/…'] },
 *   holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, …],
 *   workdays: […],
 * }]);
 * calendar.isWorkingDay('2027-01-04'); // true
 */
export function createCalendar(arrangements: readonly HolidayArrangement[], options: CalendarOptions = {}): Calendar {
  const countAdjustedWorkdays = options.countAdjustedWorkdays ?? true;
  if (typeof countAdjustedWorkdays !== 'boolean') {
    throw new CailiangError('INVALID_CALENDAR', [
      {
        code: 'invalid_type',
        path: 'options.countAdjustedWorkdays',
        message: `expected true or false, got ${JSON.stringify(countAdjustedWorkdays)}`,
      },
    ]);
  }
  const valid = validateArrangements(arrangements);
  const firstYear = (valid[0] as HolidayArrangement).year;
  const lastYear = (valid[valid.length - 1] as HolidayArrangement).year;
  const offDays = new Set<IsoDate>();
  const declaredWorkdays = new Set<IsoDate>();
  for (const arrangement of valid) {
    for (const day of expandArrangement(arrangement)) (day.isOffDay ? offDays : declaredWorkdays).add(day.date);
  }

  const isWorkingDay = (date: IsoDate): boolean => {
    requireIsoDate(date, 'date');
    const year = yearOf(date);
    if (year < firstYear || year > lastYear) throw calendarOutOfRange(date, { firstYear, lastYear });
    if (offDays.has(date)) return false;
    if (!isWeekendDay(date)) return true;
    return countAdjustedWorkdays && declaredWorkdays.has(date);
  };

  return Object.freeze({ firstYear, lastYear, countAdjustedWorkdays, arrangements: valid, isWorkingDay });
}

/** The State Council arrangements the library ships (2019–2026), counting 调休 days as working days. */
export const defaultCalendar: Calendar = createCalendar(CHINA_HOLIDAYS);
