import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { CHINA_HOLIDAYS, createCalendar, defaultCalendar } from '../../src/calendar/index.js';
import type { HolidayArrangement } from '../../src/calendar/index.js';

/** A made-up 2027 arrangement, standing in for the notice a caller adds once it is published. */
const ARRANGEMENT_2027: HolidayArrangement = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知', papers: ['https://example.org/notice-2027'] },
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  workdays: ['2027-01-09'],
};

const notCountingAdjusted = createCalendar(CHINA_HOLIDAYS, { countAdjustedWorkdays: false });

function issuesOf(run: () => unknown): readonly { code: string; path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CailiangError) return error.issues;
    throw error;
  }
  throw new Error('expected a CailiangError');
}

describe('createCalendar', () => {
  it('covers the years of the arrangements it is given', () => {
    expect(defaultCalendar.firstYear).toBe(2019);
    expect(defaultCalendar.lastYear).toBe(2026);
    expect(defaultCalendar.countAdjustedWorkdays).toBe(true);
    expect(defaultCalendar.arrangements).toHaveLength(8);
  });

  it('accepts a caller-supplied arrangement for the next year without a release', () => {
    const calendar = createCalendar([...CHINA_HOLIDAYS, ARRANGEMENT_2027]);
    expect(calendar.lastYear).toBe(2027);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('sorts arrangements given out of order', () => {
    const calendar = createCalendar([ARRANGEMENT_2027, ...CHINA_HOLIDAYS]);
    expect(calendar.arrangements.map((arrangement) => arrangement.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });

  it('keeps its own frozen copy of the arrangements', () => {
    const mine = structuredClone(ARRANGEMENT_2027) as unknown as { holidays: { to: string }[] };
    const calendar = createCalendar([...CHINA_HOLIDAYS, mine as unknown as HolidayArrangement]);
    mine.holidays[0]!.to = '2027-01-01';
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(Object.isFrozen(calendar.arrangements[8])).toBe(true);
  });

  it('refuses two arrangements for one year, naming the path', () => {
    const issues = issuesOf(() => createCalendar([...CHINA_HOLIDAYS, CHINA_HOLIDAYS[6]!]));
    expect(issues).toEqual([
      {
        code: 'duplicate_year',
        path: 'arrangements[8].year',
        message: '2025 is already arranged by arrangements[6]; give one arrangement per year',
      },
    ]);
  });

  it('refuses bad dates with their paths', () => {
    const bad = {
      ...ARRANGEMENT_2027,
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-02-30' },
        { name: '春节', from: '2027-02-10', to: '2027-02-05' },
        { name: '国庆节', from: '2028-10-01', to: '2028-10-07' },
      ],
      workdays: ['2027/01/09'],
    };
    expect(issuesOf(() => createCalendar([...CHINA_HOLIDAYS, bad])).map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_date', 'arrangements[8].holidays[0].to'],
      ['date_order', 'arrangements[8].holidays[1].to'],
      ['date_outside_year', 'arrangements[8].holidays[2].from'],
      ['date_outside_year', 'arrangements[8].holidays[2].to'],
      ['invalid_date', 'arrangements[8].workdays[0]'],
    ]);
  });

  it('refuses a day named twice, within one arrangement or across two', () => {
    const overlapping = {
      ...ARRANGEMENT_2027,
      holidays: [...ARRANGEMENT_2027.holidays, { name: '元旦', from: '2027-01-03', to: '2027-01-03' }],
      workdays: ['2027-01-02'],
    };
    expect(issuesOf(() => createCalendar([...CHINA_HOLIDAYS, overlapping]))).toEqual([
      {
        code: 'overlapping_days',
        path: 'arrangements[8].holidays[1]',
        message:
          '2027-01-03 is already named by arrangements[8].holidays[0]; a day is either off or a working day, once',
      },
      {
        code: 'overlapping_days',
        path: 'arrangements[8].workdays[0]',
        message:
          '2027-01-02 is already named by arrangements[8].holidays[0]; a day is either off or a working day, once',
      },
    ]);
    const newYear2026 = {
      ...ARRANGEMENT_2027,
      year: 2026,
      holidays: [{ name: '元旦', from: '2025-12-31', to: '2026-01-01' }],
      workdays: [],
    };
    const newYear2025 = {
      ...ARRANGEMENT_2027,
      year: 2025,
      holidays: [{ name: '元旦', from: '2025-12-31', to: '2025-12-31' }],
      workdays: [],
    };
    expect(issuesOf(() => createCalendar([newYear2025, newYear2026]))[0]).toMatchObject({
      code: 'overlapping_days',
      path: 'arrangements[1].holidays[0]',
    });
  });

  it('refuses a gap between years, since a date in it could not be classified', () => {
    const arrangement2028 = {
      ...ARRANGEMENT_2027,
      year: 2028,
      holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-01' }],
      workdays: [],
    };
    expect(issuesOf(() => createCalendar([...CHINA_HOLIDAYS, arrangement2028]))).toEqual([
      {
        code: 'missing_year',
        path: 'arrangements',
        message: 'no arrangement for 2027 between 2026 and 2028; the years must follow one another',
      },
    ]);
  });

  it('refuses unknown keys, a missing source and a list that is not one', () => {
    const sloppy = { year: 2027, holiday: [], workdays: [] } as unknown as HolidayArrangement;
    expect(
      issuesOf(() => createCalendar([...CHINA_HOLIDAYS, sloppy])).map((issue) => [issue.code, issue.path]),
    ).toEqual([
      ['unknown_key', 'arrangements[8].holiday'],
      ['invalid_type', 'arrangements[8].source'],
      ['invalid_type', 'arrangements[8].holidays'],
    ]);
    expect(issuesOf(() => createCalendar([]))).toMatchObject([{ code: 'invalid_type', path: 'arrangements' }]);
    expect(() => createCalendar(CHINA_HOLIDAYS, { countAdjustedWorkdays: 'no' as unknown as boolean })).toThrow(
      CailiangError,
    );
  });

  it('throws its errors with the INVALID_CALENDAR code', () => {
    expect(() => createCalendar([])).toThrow(expect.objectContaining({ code: 'INVALID_CALENDAR' }));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-26', true, 'Sunday before the Spring Festival, 调休'],
    ['2025-01-27', true, 'Monday, an ordinary working day'],
    ['2025-01-28', false, 'first day of the Spring Festival (除夕)'],
    ['2025-02-04', false, 'last day of the Spring Festival'],
    ['2025-02-05', true, 'Wednesday after the holiday'],
    ['2025-02-08', true, 'Saturday after the Spring Festival, 调休'],
    ['2025-02-09', false, 'an ordinary Sunday'],
  ])('classifies %s in the 2025 Spring Festival week as working: %s (%s)', (date, working) => {
    expect(defaultCalendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2026-02-13', true, 'Friday before the holiday'],
    ['2026-02-14', true, 'Saturday before the Spring Festival, 调休'],
    ['2026-02-15', false, 'first day of the Spring Festival'],
    ['2026-02-23', false, 'Monday, last day of the Spring Festival'],
    ['2026-02-24', true, 'Tuesday after the holiday'],
    ['2026-02-28', true, 'Saturday after the Spring Festival, 调休'],
  ])('classifies %s in the 2026 Spring Festival week as working: %s (%s)', (date, working) => {
    expect(defaultCalendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2025-09-28', true, 'Sunday before National Day, 调休'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-08', false, 'Wednesday, last day of 国庆节、中秋节'],
    ['2025-10-09', true, 'Thursday after the holiday'],
    ['2025-10-11', true, 'Saturday after National Day, 调休'],
    ['2025-10-12', false, 'an ordinary Sunday'],
  ])('classifies %s in the 2025 National Day week as working: %s (%s)', (date, working) => {
    expect(defaultCalendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2026-09-20', true, 'Sunday, 调休 for National Day'],
    ['2026-09-25', false, 'Friday, Mid-Autumn Festival'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of National Day'],
    ['2026-10-08', true, 'Thursday after the holiday'],
    ['2026-10-10', true, 'Saturday after National Day, 调休'],
  ])('classifies %s in the 2026 National Day week as working: %s (%s)', (date, working) => {
    expect(defaultCalendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2025-01-26'],
    ['2025-02-08'],
    ['2025-09-28'],
    ['2025-10-11'],
    ['2026-02-14'],
    ['2026-02-28'],
    ['2026-09-20'],
    ['2026-10-10'],
  ])('does not count the 调休 weekend day %s when countAdjustedWorkdays is false', (date) => {
    expect(notCountingAdjusted.isWorkingDay(date)).toBe(false);
  });

  it('keeps holidays and ordinary weekdays the same when countAdjustedWorkdays is false', () => {
    expect(notCountingAdjusted.isWorkingDay('2025-10-01')).toBe(false);
    expect(notCountingAdjusted.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('keeps 2020-02-03, a Monday the notice declared a working day, a working day either way', () => {
    expect(defaultCalendar.isWorkingDay('2020-02-03')).toBe(true);
    expect(notCountingAdjusted.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('refuses a date past the last known year, naming the year', () => {
    expect(() => defaultCalendar.isWorkingDay('2027-01-04')).toThrowErrorMatchingInlineSnapshot(
      `[CailiangError: 2027-01-04: the calendar has holiday arrangements for 2019–2026; 2027 is not known yet: add the State Council's notice for 2027 (see docs) instead of guessing]`,
    );
    expect(() => defaultCalendar.isWorkingDay('2027-01-04')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });

  it('refuses a date before the first known year, even one the 2019 notice names', () => {
    expect(() => defaultCalendar.isWorkingDay('2018-12-31')).toThrowErrorMatchingInlineSnapshot(
      `[CailiangError: 2018-12-31: the calendar has holiday arrangements for 2019–2026; 2018 is not covered: add the State Council's notice for 2018 (see docs) instead of guessing]`,
    );
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => defaultCalendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
  });
});
