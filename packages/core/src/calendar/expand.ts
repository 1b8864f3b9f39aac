import type { IsoDate } from './iso-date.js';
import { dayAfter } from './iso-days.js';
import type { HolidayArrangement } from './types.js';

/** One day an arrangement names: off (放假, with its holiday) or a declared working day (调休上班). */
export interface ArrangedDay {
  readonly date: IsoDate;
  readonly isOffDay: boolean;
  /** The holiday of an off day; declared working days carry none. */
  readonly name?: string;
}

/**
 * Every day an arrangement names, in date order: each off day of each holiday range, and each
 * declared working day. This is the form the State Council's notices (and the JSON they are
 * encoded from) list days in.
 *
 * @param arrangement - one year's arrangement; its ranges must have `from` ≤ `to`
 * @returns the days, sorted by date
 * @example
 * expandArrangement(CHINA_HOLIDAYS[6]).slice(0, 2)
 * // [{ date: '2025-01-01', isOffDay: true, name: '元旦' }, { date: '2025-01-26', isOffDay: false }]
 */
export function expandArrangement(arrangement: HolidayArrangement): ArrangedDay[] {
  const days: ArrangedDay[] = [];
  for (const range of arrangement.holidays) {
    for (let date = range.from; date <= range.to; date = dayAfter(date))
      days.push({ date, isOffDay: true, name: range.name });
  }
  for (const date of arrangement.workdays) days.push({ date, isOffDay: false });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
