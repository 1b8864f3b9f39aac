import type { IsoDate } from './iso-date.js';

/** The published notice a year's arrangement comes from, so every working day can be traced. */
export interface HolidaySource {
  /** The notice's title, e.g. `国务院办公厅关于2025年部分节假日安排的通知`. */
  readonly title: string;
  /** The pages on gov.cn that publish it (and any later notice amending it), as given. */
  readonly papers: readonly string[];
}

/** One holiday's days off (放假), both ends inclusive: `{ name: '春节', from: '2025-01-28', to: '2025-02-04' }`. */
export interface HolidayRange {
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * One year's holiday arrangement (节假日安排), as the State Council publishes it each autumn for
 * the next year. Ranges may start in the December before `year` (the 2019 notice gave
 * 2018-12-30–2019-01-01 for New Year and made Saturday 2018-12-29 a working day).
 */
export interface HolidayArrangement {
  readonly year: number;
  readonly source: HolidaySource;
  /** Days off, including weekend days inside a holiday. */
  readonly holidays: readonly HolidayRange[];
  /**
   * Days the notice declares working days (调休上班): weekend days made working days, and any
   * weekday it names (2020-02-03, when work resumed after the extended Spring Festival).
   */
  readonly workdays: readonly IsoDate[];
}

export interface CalendarOptions {
  /**
   * Whether a weekend day made a working day (调休) counts as a working day for statutory periods
   * (default true). No text we found settles it; practice counts it, so the default does.
   */
  readonly countAdjustedWorkdays?: boolean;
}

/**
 * Working days (工作日) for the years a set of holiday arrangements covers: Monday to Friday
 * unless arranged off, plus 调休 weekend days unless `countAdjustedWorkdays` is false.
 */
export interface Calendar {
  /** The first and last year covered; every date outside them is refused. */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly countAdjustedWorkdays: boolean;
  /** The arrangements the calendar was built from, oldest first. */
  readonly arrangements: readonly HolidayArrangement[];
  /**
   * @throws CailiangError CALENDAR_OUT_OF_RANGE for a date in a year the calendar does not cover
   * @throws RangeError when `date` is not an ISO date
   */
  isWorkingDay(date: IsoDate): boolean;
}
