import { addDays, format, parseISO } from 'date-fns';

/**
 * Every day from 1 January `firstYear` to 31 December `lastYear`, as ISO dates, stepped by
 * date-fns: the reference the calendar's own day arithmetic is checked against.
 */
export function everyDay(firstYear: number, lastYear: number): string[] {
  const days: string[] = [];
  for (let date = parseISO(`${firstYear}-01-01`); date.getFullYear() <= lastYear; date = addDays(date, 1))
    days.push(format(date, 'yyyy-MM-dd'));
  return days;
}

/** Every 29 February from `firstYear` to `lastYear` (2000 is a leap year; 2100, 2200 and 2300 are not). */
export function leapDays(firstYear: number, lastYear: number): string[] {
  const days: string[] = [];
  for (let year = firstYear; year <= lastYear; year++)
    if (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) days.push(`${year}-02-29`);
  return days;
}
