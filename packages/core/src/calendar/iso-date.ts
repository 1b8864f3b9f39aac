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
