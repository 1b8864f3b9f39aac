import { CHINA_HOLIDAYS, createCalendar, defaultCalendar } from '@cailiang/core';
import type { Calendar, HolidayArrangement } from '@cailiang/core';
import { addWorkingDays } from '@cailiang/core';
import { isIsoDate, isoDateProblem } from '@cailiang/core';
import { CailiangError, resolveLimits } from '@cailiang/core';
import type { Limits } from '@cailiang/core';
import { readDataFile } from '@cailiang/core/node';
import { inHolidayFileTerms } from './holiday-files.js';
import type { HolidayFile } from './holiday-files.js';

/**
 * The working-day calendar for a command: the shipped arrangements, plus those in the files
 * given with --holidays (next year's State Council notice, in the format of
 * `CHINA_HOLIDAYS`), and without counting 调休 days when --no-adjusted-workdays is given.
 */
export function calendarFor(
  holidayFiles: readonly string[] | undefined,
  countAdjustedWorkdays: boolean,
  limits?: Partial<Limits>,
): Calendar {
  if ((holidayFiles === undefined || holidayFiles.length === 0) && countAdjustedWorkdays) return defaultCalendar;
  const files: HolidayFile[] = (holidayFiles ?? []).map((path) => {
    const data = readDataFile(path, resolveLimits(limits));
    return {
      path,
      single: !Array.isArray(data),
      arrangements: (Array.isArray(data) ? data : [data]) as HolidayArrangement[],
    };
  });
  try {
    return createCalendar([...CHINA_HOLIDAYS, ...files.flatMap((file) => file.arrangements)], {
      countAdjustedWorkdays,
    });
  } catch (error) {
    throw error instanceof CailiangError && files.length > 0 ? inHolidayFileTerms(error, files) : error;
  }
}

/** A period excluded from counting, written FROM..TO on the command line. */
export function parseExclusion(text: string): { from: string; to: string } {
  const [from, to, ...rest] = text.split('..');
  if (rest.length > 0 || !isIsoDate(from) || !isIsoDate(to) || to < from) {
    throw new CailiangError('USAGE', [
      {
        code: 'usage',
        path: '--exclude',
        message: `expected FROM..TO with ISO dates, FROM not after TO (e.g. 2025-10-13..2025-10-17), got "${text}"`,
      },
    ]);
  }
  return { from, to };
}

/**
 * `cailiang deadline`: the last day of a period of N working days from a start date, the start
 * day not counted (民法典 第二百零一条), excluded periods not counted (行政许可法 第四十五条),
 * statutory holidays and weekends skipped and 调休 days counted (行政许可法 第八十二条,
 * 行政处罚法 第八十五条).
 */
export function workingDayDeadline(
  start: string,
  workingDays: number,
  excluded: readonly { from: string; to: string }[],
  calendar: Calendar,
) {
  if (!isIsoDate(start)) {
    throw new CailiangError('USAGE', [
      { code: 'usage', path: '--start', message: isoDateProblem(start, JSON.stringify(start)) as string },
    ]);
  }
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
    throw new CailiangError('USAGE', [
      { code: 'usage', path: '--working-days', message: `expected a whole number of working days, 1 or more` },
    ]);
  }
  return {
    start,
    workingDays,
    excluded,
    countAdjustedWorkdays: calendar.countAdjustedWorkdays,
    date: addWorkingDays(start, workingDays, calendar, { excluded }),
    calendar: { firstYear: calendar.firstYear, lastYear: calendar.lastYear },
  };
}
