import { add, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addCalendarPeriod } from '../../src/calendar/index.js';
import { everyDay, leapDays } from '../support/dates.js';

/** `years` later as date-fns counts it: the path addCalendarPeriod takes for every other period. */
function yearsLaterByDateFns(date: string, years: number): string {
  return format(add(parseISO(date), { years }), 'yyyy-MM-dd');
}

describe('addCalendarPeriod', () => {
  it('ends a two-year limitation period from an act on 2023-01-10 on 2025-01-10 (行政处罚法 第三十六条)', () => {
    expect(addCalendarPeriod('2023-01-10', { years: 2 })).toBe('2025-01-10');
  });

  it('ends on the last day of the month where the corresponding day is missing (民法典 第二百零二条)', () => {
    expect(addCalendarPeriod('2024-02-29', { years: 2 })).toBe('2026-02-28');
    expect(addCalendarPeriod('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(addCalendarPeriod('2024-01-31', { months: 1 })).toBe('2024-02-29');
  });

  it('keeps the corresponding day in a leap year (2 years from 2022-02-28)', () => {
    expect(addCalendarPeriod('2022-02-28', { years: 2 })).toBe('2024-02-28');
  });

  it('counts five years for life-and-health safety with harmful consequences', () => {
    expect(addCalendarPeriod('2023-01-10', { years: 5 })).toBe('2028-01-10');
  });

  it('counts days from the day after the start (民法典 第二百零一条)', () => {
    expect(addCalendarPeriod('2025-01-10', { days: 1 })).toBe('2025-01-11');
    expect(addCalendarPeriod('2025-12-25', { days: 15 })).toBe('2026-01-09');
  });

  it('adds years and months first, then days', () => {
    expect(addCalendarPeriod('2025-01-31', { months: 1, days: 1 })).toBe('2025-03-01');
  });

  it('needs no holiday data, and does not move off a holiday', () => {
    expect(addCalendarPeriod('2030-09-01', { months: 1 })).toBe('2030-10-01');
  });

  it('returns the start for an empty period', () => {
    expect(addCalendarPeriod('2025-10-01', {})).toBe('2025-10-01');
  });

  it('refuses parts that are not whole numbers of 0 or more, and text that is not a date', () => {
    expect(() => addCalendarPeriod('2025-01-10', { years: -2 })).toThrow(RangeError);
    expect(() => addCalendarPeriod('2025-01-10', { months: 0.5 })).toThrow(RangeError);
    expect(() => addCalendarPeriod('2025-1-10', { years: 2 })).toThrow(RangeError);
  });

  it('counts whole years as date-fns does, for every day from 1990 to 2060 and every leap day to 2396', () => {
    const starts = [...everyDay(1990, 2060), ...leapDays(1904, 2396)];
    for (const start of starts) {
      for (const years of [1, 2, 4, 5, 100])
        expect(addCalendarPeriod(start, { years })).toBe(yearsLaterByDateFns(start, years));
    }
    expect(starts).toHaveLength(25_933 + 121);
  });

  it('counts whole years up to 9999 and past it', () => {
    expect(addCalendarPeriod('9997-02-28', { years: 2 })).toBe('9999-02-28');
    expect(addCalendarPeriod('9996-02-29', { years: 3 })).toBe('9999-02-28');
    expect(addCalendarPeriod('9999-12-31', { years: 1 })).toBe(yearsLaterByDateFns('9999-12-31', 1));
    expect(addCalendarPeriod('9996-02-29', { years: 4 })).toBe(yearsLaterByDateFns('9996-02-29', 4));
  });
});
