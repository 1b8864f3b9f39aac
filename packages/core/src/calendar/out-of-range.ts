import { CailiangError } from '../errors/cailiang-error.js';
import type { IsoDate } from './iso-date.js';
import { yearOf } from './iso-days.js';

/** The years a calendar covers, as its error messages name them. */
export interface CoveredYears {
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * The error for a date in a year without a holiday arrangement. The calendar never guesses:
 * the State Council publishes each year's arrangement in the autumn before, and a guessed
 * working day would put a statutory deadline on the wrong day.
 *
 * @param date - the date that could not be classified
 * @param covered - the calendar's first and last year
 * @param context - what was being done, e.g. `counting 10 working days from 2026-12-25`
 */
export function calendarOutOfRange(date: IsoDate, covered: CoveredYears, context?: string): CailiangError {
  const year = yearOf(date);
  const { firstYear, lastYear } = covered;
  const span = firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
  const status = year > lastYear ? 'is not known yet' : 'is not covered';
  const lead = context === undefined ? date : `${context} reaches ${date}`;
  return new CailiangError('CALENDAR_OUT_OF_RANGE', [
    {
      code: 'calendar_out_of_range',
      path: '',
      message: `${lead}: the calendar has holiday arrangements for ${span}; ${year} ${status}: add the State Council's notice for ${year} (see docs) instead of guessing`,
    },
  ]);
}
