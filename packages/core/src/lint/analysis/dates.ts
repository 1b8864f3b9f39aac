import { dayNumber, isoDateOfDay } from '../../calendar/iso-days.js';
import { isIsoDate } from '../../calendar/iso-date.js';

/**
 * The calendar day after an ISO date, or undefined for text that is not one.
 *
 * @example dayAfter('2024-02-28') // '2024-02-29'
 */
export function dayAfter(date: string): string | undefined {
  return shift(date, 1);
}

/**
 * The calendar day before an ISO date, or undefined for text that is not one.
 *
 * @example dayBefore('2025-03-01') // '2025-02-28'
 */
export function dayBefore(date: string): string | undefined {
  return shift(date, -1);
}

function shift(date: string, days: number): string | undefined {
  if (!isIsoDate(date)) return undefined;
  const shifted = isoDateOfDay(dayNumber(date) + days);
  return isIsoDate(shifted) ? shifted : undefined;
}
