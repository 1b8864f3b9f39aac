import { describe, expect, it } from 'vitest';
import {
  CHINA_HOLIDAYS,
  addCalendarPeriod,
  addWorkingDays,
  createCalendar,
  defaultCalendar,
  nextWorkingDay,
} from '../../src/calendar/index.js';
import type { HolidayArrangement } from '../../src/calendar/index.js';

const notCountingAdjusted = createCalendar(CHINA_HOLIDAYS, { countAdjustedWorkdays: false });
const EXPERT_REVIEW = { from: '2025-10-13', to: '2025-10-17' };

describe('addWorkingDays', () => {
  it('reproduces the licensing fixture across the National Day holiday (accepted 2025-09-26)', () => {
    expect(addWorkingDays('2025-09-26', 10, defaultCalendar)).toBe('2025-10-16');
    expect(addWorkingDays('2025-09-26', 20, defaultCalendar)).toBe('2025-10-30');
    expect(addWorkingDays('2025-09-26', 30, defaultCalendar)).toBe('2025-11-13');
  });

  it('does not count an expert review (行政许可法 第四十五条), both ends inclusive', () => {
    const options = { excluded: [EXPERT_REVIEW] };
    expect(addWorkingDays('2025-09-26', 10, defaultCalendar, options)).toBe('2025-10-23');
    expect(addWorkingDays('2025-09-26', 20, defaultCalendar, options)).toBe('2025-11-06');
    expect(addWorkingDays('2025-09-26', 30, defaultCalendar, options)).toBe('2025-11-20');
  });

  it('does not count the starting day (民法典 第二百零一条)', () => {
    expect(addWorkingDays('2025-10-09', 1, defaultCalendar)).toBe('2025-10-10');
  });

  it('counts the 调休 days of a holiday week only when the calendar counts them', () => {
    // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are 调休 working days.
    expect(addWorkingDays('2025-09-26', 1, defaultCalendar)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 1, notCountingAdjusted)).toBe('2025-09-29');
    expect(addWorkingDays('2025-09-26', 10, notCountingAdjusted)).toBe('2025-10-20');
  });

  it('counts across the 2025 Spring Festival', () => {
    // 2025-01-26 (Sunday) 调休, 01-27 Monday, 01-28–02-04 off, 02-08 (Saturday) 调休.
    expect(addWorkingDays('2025-01-24', 2, defaultCalendar)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3, defaultCalendar)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 6, defaultCalendar)).toBe('2025-02-08');
    expect(addWorkingDays('2025-01-24', 6, notCountingAdjusted)).toBe('2025-02-11');
  });

  it('counts across the 2026 Spring Festival', () => {
    // 2026-02-14 (Saturday) 调休, 02-15–02-23 off, 02-28 (Saturday) 调休.
    expect(addWorkingDays('2026-02-13', 1, defaultCalendar)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 1, notCountingAdjusted)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 5, defaultCalendar)).toBe('2026-02-27');
    expect(addWorkingDays('2026-02-13', 6, defaultCalendar)).toBe('2026-02-28');
  });

  it('counts across the 2026 Mid-Autumn and National Day holidays', () => {
    // 2026-09-20 (Sunday) 调休, 09-25–09-27 off, 10-01–10-07 off, 10-10 (Saturday) 调休.
    expect(addWorkingDays('2026-09-18', 1, defaultCalendar)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-23', 2, defaultCalendar)).toBe('2026-09-28');
    expect(addWorkingDays('2026-09-30', 1, defaultCalendar)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, defaultCalendar)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 3, notCountingAdjusted)).toBe('2026-10-12');
  });

  it('crosses the year end through the 2026 New Year holiday', () => {
    // 2026-01-01–01-03 off, 2026-01-04 (Sunday) 调休.
    expect(addWorkingDays('2025-12-24', 10, defaultCalendar)).toBe('2026-01-08');
    expect(addWorkingDays('2025-12-24', 10, notCountingAdjusted)).toBe('2026-01-09');
    expect(addWorkingDays('2025-12-31', 1, defaultCalendar)).toBe('2026-01-04');
  });

  it('keeps counting past an excluded period that covers the would-be last day', () => {
    expect(
      addWorkingDays('2025-11-03', 3, defaultCalendar, { excluded: [{ from: '2025-11-06', to: '2025-11-06' }] }),
    ).toBe('2025-11-07');
  });

  it('ignores excluded days that are not working days anyway', () => {
    expect(
      addWorkingDays('2025-09-26', 10, defaultCalendar, { excluded: [{ from: '2025-10-01', to: '2025-10-08' }] }),
    ).toBe('2025-10-16');
  });

  it('returns the starting day for 0 working days', () => {
    expect(addWorkingDays('2025-10-01', 0, defaultCalendar)).toBe('2025-10-01');
  });

  it('counts into a caller-supplied 2027 arrangement', () => {
    const arrangement2027: HolidayArrangement = {
      year: 2027,
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', papers: ['https://example.org/notice-2027'] },
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      workdays: [],
    };
    expect(addWorkingDays('2026-12-30', 3, createCalendar([...CHINA_HOLIDAYS, arrangement2027]))).toBe('2027-01-05');
  });

  it('refuses to count into a year without an arrangement, naming the year', () => {
    expect(() => addWorkingDays('2026-12-30', 3, defaultCalendar)).toThrowErrorMatchingInlineSnapshot(
      `[CailiangError: counting 3 working days from 2026-12-30 reaches 2027-01-01: the calendar has holiday arrangements for 2019–2026; 2027 is not known yet: add the State Council's notice for 2027 (see docs) instead of guessing]`,
    );
  });

  it('refuses to count from before the first known year', () => {
    expect(() => addWorkingDays('2018-12-27', 3, defaultCalendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });

  it('refuses arguments that are not dates or whole days', () => {
    expect(() => addWorkingDays('2025-13-01', 1, defaultCalendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-10-01', -1, defaultCalendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-10-01', 1.5, defaultCalendar)).toThrow(RangeError);
    expect(() =>
      addWorkingDays('2025-10-01', 1, defaultCalendar, { excluded: [{ from: '2025-10-09', to: '2025-10-08' }] }),
    ).toThrow(RangeError);
  });
});

describe('nextWorkingDay', () => {
  it('moves a period ending on a holiday to the day after the holiday (民法典 第二百零三条)', () => {
    expect(nextWorkingDay('2025-10-01', defaultCalendar)).toBe('2025-10-09');
    expect(nextWorkingDay('2026-02-15', defaultCalendar)).toBe('2026-02-24');
  });

  it('extends a 15-day payment period (行政处罚法 第六十七条) that ends on National Day', () => {
    const lastDay = addCalendarPeriod('2025-09-16', { days: 15 });
    expect(lastDay).toBe('2025-10-01');
    expect(nextWorkingDay(lastDay, defaultCalendar)).toBe('2025-10-09');
  });

  it('moves an ordinary weekend to Monday', () => {
    expect(nextWorkingDay('2025-11-08', defaultCalendar)).toBe('2025-11-10');
  });

  it('keeps a day that is a working day', () => {
    expect(nextWorkingDay('2025-10-09', defaultCalendar)).toBe('2025-10-09');
  });

  it('keeps a 调休 Saturday only when the calendar counts it', () => {
    expect(nextWorkingDay('2025-10-11', defaultCalendar)).toBe('2025-10-11');
    expect(nextWorkingDay('2025-10-11', notCountingAdjusted)).toBe('2025-10-13');
  });

  it('refuses to search past the last known year', () => {
    expect(() => nextWorkingDay('2027-01-01', defaultCalendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });
});
