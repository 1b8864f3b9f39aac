/** An ISO calendar date `YYYY-MM-DD`, the only date form cailiang reads and writes. */
export type IsoDate = string;

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form: `2024-02-29` is, `2025-02-29`
 * and `2025-02-30` are not. Years 1000–9999 only, so dates compare correctly as text.
 *
 * Every case carries several dates and each is checked, so this reads character codes rather
 * than running a regular expression and converting its groups.
 *
 * @example isIsoDate('2025-02-30') // false
 */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string' || text.length !== 10) return false;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DASH = 45;
const ZERO_CODE = 48;

/** The decimal number written by the ASCII digits text[from..to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO_CODE;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** What a date field expects, for error messages. */
export const ISO_DATE_EXPECTED = 'a calendar date as YYYY-MM-DD (e.g. "2025-03-10")';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why `value` is not a date, in words that point at the mistake: a date written in the right
 * form but absent from the calendar is blamed on the calendar ("February 2025 has 28 days"),
 * not on the form, which the writer got right.
 *
 * @param value - the value given for a date
 * @param got - how the value is shown (`describeValue(value)`), for a value not in the form
 * @returns undefined for a real date, else the message
 * @example isoDateProblem('2025-02-30', '"2025-02-30"') // 'February 2025 has 28 days: "2025-02-30" is no date'
 */
export function isoDateProblem(value: unknown, got: string): string | undefined {
  if (isIsoDate(value)) return undefined;
  return calendarDateProblem(value) ?? `expected ${ISO_DATE_EXPECTED}, got ${got}`;
}

/**
 * For text in the form `YYYY-MM-DD` that is no day of the calendar (`2025-02-30`, `2025-13-01`),
 * what the calendar says about it; undefined for anything else.
 */
export function calendarDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isIsoDate(value)) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  if (year < 1000) return undefined;
  if (month < 1 || month > 12)
    return `there is no month ${month}: ${JSON.stringify(value)} is no date (months run from 01 to 12)`;
  const days = daysInMonth(year, month);
  if (digits(value, 8, 10) === 0) return `days run from 01 to ${days}: ${JSON.stringify(value)} is no date`;
  return `${MONTH_NAMES[month - 1] as string} ${year} has ${days} days: ${JSON.stringify(value)} is no date`;
}
