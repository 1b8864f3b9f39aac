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

/**
 * The clocks of 行政许可法 that `cailiang deadline --clock NAME` counts, each with its length as
 * the statute states it and the provision it quotes. Agency periods are working days (第八十二条);
 * the renewal application is the applicant's period, counted back in days from the expiry.
 */
export const LICENSING_CLOCKS = {
  correction: {
    workingDays: 5,
    provision: '《中华人民共和国行政许可法》第三十二条第一款第（四）项：在五日内一次告知申请人需要补正的全部内容',
  },
  decision: {
    workingDays: 20,
    provision: '《中华人民共和国行政许可法》第四十二条第一款：自受理行政许可申请之日起二十日内作出行政许可决定',
  },
  'decision-extended': {
    workingDays: 30,
    provision:
      '《中华人民共和国行政许可法》第四十二条第一款：经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人',
  },
  joint: {
    workingDays: 45,
    provision:
      '《中华人民共和国行政许可法》第四十二条第二款：统一办理或者联合办理、集中办理的，办理的时间不得超过四十五日',
  },
  'joint-extended': {
    workingDays: 60,
    provision:
      '《中华人民共和国行政许可法》第四十二条第二款：经本级人民政府负责人批准，可以延长十五日，并应当将延长期限的理由告知申请人',
  },
  'lower-review': {
    workingDays: 20,
    provision: '《中华人民共和国行政许可法》第四十三条：下级行政机关应当自其受理行政许可申请之日起二十日内审查完毕',
  },
  certificate: {
    workingDays: 10,
    provision: '《中华人民共和国行政许可法》第四十四条：自作出决定之日起十日内向申请人颁发、送达行政许可证件',
  },
  'renewal-application': {
    daysBefore: 30,
    provision: '《中华人民共和国行政许可法》第五十条第一款：在该行政许可有效期届满三十日前…提出申请',
  },
  'renewal-decision': {
    daysBefore: 0,
    provision:
      '《中华人民共和国行政许可法》第五十条第二款：在该行政许可有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续',
  },
} as const satisfies Record<
  string,
  { workingDays: number; provision: string } | { daysBefore: number; provision: string }
>;

export type LicensingClockName = keyof typeof LICENSING_CLOCKS;

/**
 * `cailiang deadline --clock NAME`: a clock of 行政许可法 from `start` — the day of receipt,
 * acceptance or decision, or for the renewal clocks the licence's last day of validity.
 *
 * @throws CailiangError USAGE for an unknown clock or a start that is not an ISO date
 */
export function licensingClockDeadline(
  name: string,
  start: string,
  excluded: readonly { from: string; to: string }[],
  calendar: Calendar,
) {
  if (!Object.hasOwn(LICENSING_CLOCKS, name)) {
    throw new CailiangError('USAGE', [
      {
        code: 'usage',
        path: '--clock',
        message: `expected one of ${Object.keys(LICENSING_CLOCKS).join(', ')}, got "${name}"`,
      },
    ]);
  }
  const clock = LICENSING_CLOCKS[name as LicensingClockName];
  if ('workingDays' in clock)
    return {
      clock: name,
      provision: clock.provision,
      ...workingDayDeadline(start, clock.workingDays, excluded, calendar),
    };
  if (!isIsoDate(start)) {
    throw new CailiangError('USAGE', [
      { code: 'usage', path: '--start', message: isoDateProblem(start, JSON.stringify(start)) as string },
    ]);
  }
  if (excluded.length > 0) {
    throw new CailiangError('USAGE', [
      {
        code: 'usage',
        path: '--exclude',
        message: `${name} is counted back from the expiry; 第四十五条 excludes nothing from it`,
      },
    ]);
  }
  // 「届满三十日前」: thirty whole days must remain after the day of application.
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - clock.daysBefore);
  return {
    clock: name,
    provision: clock.provision,
    expires: start,
    daysBefore: clock.daysBefore,
    date: date.toISOString().slice(0, 10),
  };
}
