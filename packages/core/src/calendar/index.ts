/**
 * Working days and periods (期间): the State Council holiday arrangements as data, a calendar
 * built from them (extendable with next year's notice), and the counting rules of
 * 民法典 第二百零一条 to 第二百零三条, 行政许可法 第四十五条/第八十二条 and 行政处罚法 第八十五条.
 */
export { calendarDateProblem, ISO_DATE_EXPECTED, isIsoDate, isoDateProblem } from './iso-date.js';
export type { IsoDate } from './iso-date.js';
export { CHINA_HOLIDAYS } from './data/china-holidays.js';
export { createCalendar, defaultCalendar } from './calendar.js';
export { addWorkingDays, nextWorkingDay } from './working-days.js';
export { addCalendarPeriod } from './calendar-period.js';
export { expandArrangement } from './expand.js';
export type { Calendar, CalendarOptions, HolidayArrangement, HolidayRange, HolidaySource } from './types.js';
export type { DateSpan, WorkingDayOptions } from './working-days.js';
export type { CalendarPeriod } from './calendar-period.js';
export type { ArrangedDay } from './expand.js';
