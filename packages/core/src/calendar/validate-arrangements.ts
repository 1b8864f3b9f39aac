import { CailiangError, formatPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { isIsoDate, isoDateProblem } from './iso-date.js';
import type { IsoDate } from './iso-date.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { checkInput } from '../limits/check-input.js';
import { dayAfter } from './iso-days.js';
import type { HolidayArrangement, HolidayRange } from './types.js';
import { describeValue, isRecord, unknownKey } from '../errors/issues.js';

const ARRANGEMENT_KEYS = ['year', 'source', 'holidays', 'workdays'] as const;
const SOURCE_KEYS = ['title', 'papers'] as const;
const RANGE_KEYS = ['name', 'from', 'to'] as const;

type Path = readonly (string | number)[];

/** Which arrangement, and where in it, first named a date. */
interface Claim {
  readonly index: number;
  readonly year: number;
  readonly path: Path;
}

/**
 * Checks holiday arrangements supplied to a calendar and returns a frozen copy sorted by year.
 * Refused, each with its path (`arrangements[8].holidays[2].to`): anything but a non-empty
 * list; unknown keys; a year that is not an integer; a missing source title; a date that is
 * not a real ISO date or lies outside its year (and the December before, for New Year); a range
 * ending before it starts; a day named twice; two arrangements for one year; a gap between years
 * (a date in the gap could not be classified).
 *
 * @param input - the arrangements, e.g. `[...CHINA_HOLIDAYS, arrangement2027]`
 * @returns the arrangements, validated, copied, deep-frozen, oldest first
 * @throws CailiangError INVALID_CALENDAR with one issue per problem
 */
export function validateArrangements(input: unknown): readonly HolidayArrangement[] {
  checkInput(input, 'INVALID_CALENDAR', { basePath: 'arrangements' });
  const issues: Issue[] = [];
  if (!Array.isArray(input) || input.length === 0) {
    fail([
      {
        code: 'invalid_type',
        path: 'arrangements',
        message: `expected a non-empty list of holiday arrangements (one per year), got ${describeValue(input)}`,
      },
    ]);
  }
  const claims = new Map<IsoDate, Claim>();
  const byYear = new Map<number, number>();
  const valid: HolidayArrangement[] = [];
  const years = new Set<number>();
  input.forEach((raw: unknown, index) => {
    const before = issues.length;
    // A year is counted as present even when its arrangement has other problems, so a bad
    // date in 2027 does not also report 2027 as missing.
    if (isRecord(raw) && isYear(raw['year'])) years.add(raw['year']);
    const arrangement = readArrangement(raw, ['arrangements', index], issues);
    if (arrangement === undefined) return;
    const other = byYear.get(arrangement.year);
    if (other !== undefined) {
      issues.push({
        code: 'duplicate_year',
        path: formatPath(['arrangements', index, 'year']),
        message: `${arrangement.year} is already arranged by arrangements[${other}]; give one arrangement per year`,
      });
      return;
    }
    byYear.set(arrangement.year, index);
    claimDays(arrangement, index, claims, issues);
    if (issues.length === before) valid.push(arrangement);
  });
  checkContiguous([...years], issues);
  if (issues.length > 0) fail(issues);
  return deepFreeze(valid.sort((a, b) => a.year - b.year));
}

function readArrangement(raw: unknown, at: Path, issues: Issue[]): HolidayArrangement | undefined {
  if (!isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: formatPath(at),
      message: `expected { year, source, holidays, workdays }, got ${describeValue(raw)}`,
    });
    return undefined;
  }
  const before = issues.length;
  unknownKeys(raw, at, ARRANGEMENT_KEYS, issues);
  const { year } = raw;
  if (!isYear(year)) {
    issues.push({
      code: 'invalid_year',
      path: formatPath([...at, 'year']),
      message: `expected the year as a four-digit integer (e.g. 2027), got ${describeValue(year)}`,
    });
    return undefined;
  }
  const source = readSource(raw['source'], [...at, 'source'], issues);
  const holidays = readList(raw['holidays'], [...at, 'holidays'], 'holiday ranges { name, from, to }', issues).map(
    (entry, index) => readRange(entry, [...at, 'holidays', index], year, issues),
  );
  const workdays = readList(raw['workdays'], [...at, 'workdays'], 'ISO dates', issues).map((entry, index) =>
    readDate(entry, [...at, 'workdays', index], year, issues),
  );
  if (issues.length > before || source === undefined) return undefined;
  return { year, source, holidays: holidays as HolidayRange[], workdays: workdays as IsoDate[] };
}

function readSource(raw: unknown, at: Path, issues: Issue[]): HolidayArrangement['source'] | undefined {
  if (!isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: formatPath(at),
      message: `expected { title, papers } naming the State Council's notice, got ${describeValue(raw)}`,
    });
    return undefined;
  }
  unknownKeys(raw, at, SOURCE_KEYS, issues);
  const { title } = raw;
  if (typeof title !== 'string' || title.trim() === '') {
    issues.push({
      code: 'invalid_type',
      path: formatPath([...at, 'title']),
      message: `expected the notice's title (e.g. 国务院办公厅关于2027年部分节假日安排的通知), got ${describeValue(title)}`,
    });
  }
  const papers = readList(raw['papers'], [...at, 'papers'], 'addresses of the published notice', issues);
  papers.forEach((paper, index) => {
    if (typeof paper !== 'string' || paper === '')
      issues.push({
        code: 'invalid_type',
        path: formatPath([...at, 'papers', index]),
        message: `expected an address, got ${describeValue(paper)}`,
      });
  });
  return typeof title === 'string' ? { title, papers: papers as string[] } : undefined;
}

function readRange(raw: unknown, at: Path, year: number, issues: Issue[]): HolidayRange | undefined {
  if (!isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: formatPath(at),
      message: `expected { name, from, to }, got ${describeValue(raw)}`,
    });
    return undefined;
  }
  unknownKeys(raw, at, RANGE_KEYS, issues);
  const { name } = raw;
  if (typeof name !== 'string' || name.trim() === '')
    issues.push({
      code: 'invalid_type',
      path: formatPath([...at, 'name']),
      message: `expected the holiday's name (e.g. 春节), got ${describeValue(name)}`,
    });
  const from = readDate(raw['from'], [...at, 'from'], year, issues);
  const to = readDate(raw['to'], [...at, 'to'], year, issues);
  if (from === undefined || to === undefined || typeof name !== 'string') return undefined;
  if (to < from) {
    issues.push({
      code: 'date_order',
      path: formatPath([...at, 'to']),
      message: `the holiday ends (${to}) before it starts (${from})`,
    });
    return undefined;
  }
  return { name, from, to };
}

/** A date of the arrangement for `year`: in that year, or in the December before (New Year). */
function readDate(raw: unknown, at: Path, year: number, issues: Issue[]): IsoDate | undefined {
  if (!isIsoDate(raw)) {
    issues.push({ code: 'invalid_date', path: formatPath(at), message: dateProblem(raw) });
    return undefined;
  }
  if (raw < `${year - 1}-12-01` || raw > `${year}-12-31`) {
    issues.push({
      code: 'date_outside_year',
      path: formatPath(at),
      message: `${raw} is outside the ${year} arrangement: its dates lie in ${year}, or in December ${year - 1} for New Year`,
    });
    return undefined;
  }
  return raw;
}

/** Each day may be named once across all arrangements: off, or declared a working day. */
function claimDays(arrangement: HolidayArrangement, index: number, claims: Map<IsoDate, Claim>, issues: Issue[]): void {
  const claim = (date: IsoDate, path: Path): void => {
    const earlier = claims.get(date);
    if (earlier === undefined) {
      claims.set(date, { index, year: arrangement.year, path });
      return;
    }
    const where =
      earlier.index === index
        ? `${formatPath(earlier.path)}`
        : `${formatPath(earlier.path)} (the ${earlier.year} arrangement)`;
    issues.push({
      code: 'overlapping_days',
      path: formatPath(path),
      message: `${date} is already named by ${where}; a day is either off or a working day, once`,
    });
  };
  arrangement.holidays.forEach((range, rangeIndex) => {
    for (let date = range.from; date <= range.to; date = dayAfter(date))
      claim(date, ['arrangements', index, 'holidays', rangeIndex]);
  });
  arrangement.workdays.forEach((date, dayIndex) => {
    claim(date, ['arrangements', index, 'workdays', dayIndex]);
  });
}

function checkContiguous(years: readonly number[], issues: Issue[]): void {
  const sorted = [...years].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1] as number;
    const next = sorted[i] as number;
    if (next - previous > 1) {
      const missing = next - previous === 2 ? `${previous + 1}` : `${previous + 1}–${next - 1}`;
      issues.push({
        code: 'missing_year',
        path: 'arrangements',
        message: `no arrangement for ${missing} between ${previous} and ${next}; the years must follow one another`,
      });
    }
  }
}

/** 1001 at the least: a notice may reach into the December before its year. */
function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1001 && value <= 9999;
}

function readList(raw: unknown, at: Path, what: string, issues: Issue[]): unknown[] {
  if (Array.isArray(raw)) return raw;
  issues.push({
    code: 'invalid_type',
    path: formatPath(at),
    message: `expected a list of ${what}, got ${describeValue(raw)}`,
  });
  return [];
}

function unknownKeys(raw: Record<string, unknown>, at: Path, allowed: readonly string[], issues: Issue[]): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) issues.push(unknownKey(key, formatPath([...at, key]), allowed));
  }
}

function fail(issues: readonly Issue[]): never {
  throw new CailiangError('INVALID_CALENDAR', issues);
}

/** Why a value is not a date (`isoDateProblem`), for a value already known not to be one. */
function dateProblem(value: unknown): string {
  return isoDateProblem(value, describeValue(value)) as string;
}
