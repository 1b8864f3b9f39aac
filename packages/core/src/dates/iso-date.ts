/** An ISO calendar date `YYYY-MM-DD`, the only date form cailiang reads and writes. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form: `2024-02-29` is, `2025-02-29`
 * and `2025-02-30` are not. Years 1000–9999 only, so dates compare correctly as text.
 *
 * @example isIsoDate('2025-02-30') // false
 */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** What a date field expects, for error messages. */
export const ISO_DATE_EXPECTED = 'a calendar date as YYYY-MM-DD (e.g. "2025-03-10")';
