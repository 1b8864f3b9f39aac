import { addDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addCalendarPeriod } from '../../src/calendar/calendar-period.js';
import { dayAfter, dayNumber, isoDateOfDay, isWeekendDay } from '../../src/calendar/iso-days.js';
import { everyDay } from '../support/dates.js';

describe('day numbers (the integer day arithmetic behind deadlines)', () => {
  it('agree with date-fns on every day from 1990 to 2060: the day after, weekends, differences, 15 and 90 days later', () => {
    const origin = parseISO('1970-01-01');
    let checked = 0;
    for (const day of everyDay(1990, 2060)) {
      const date = parseISO(day);
      expect(dayNumber(day)).toBe(differenceInCalendarDays(date, origin));
      expect(isoDateOfDay(dayNumber(day))).toBe(day);
      expect(dayAfter(day)).toBe(format(addDays(date, 1), 'yyyy-MM-dd'));
      expect(isWeekendDay(day)).toBe(isWeekend(date));
      expect(addCalendarPeriod(day, { days: 15 })).toBe(format(addDays(date, 15), 'yyyy-MM-dd'));
      expect(addCalendarPeriod(day, { days: 90 })).toBe(format(addDays(date, 90), 'yyyy-MM-dd'));
      checked++;
    }
    expect(checked).toBe(25_933);
  });

  it('handles the edges of years and leap days', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
    expect(dayAfter('2100-02-28')).toBe('2100-03-01');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(isoDateOfDay(dayNumber('1000-01-01'))).toBe('1000-01-01');
    expect(isoDateOfDay(dayNumber('9999-12-31'))).toBe('9999-12-31');
    // Past 9999 the year is written out, never toISOString's +010000: no date check accepts it.
    expect(addCalendarPeriod('9999-12-01', { days: 90 })).toBe('10000-02-29');
  });
});
