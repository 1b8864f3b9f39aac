import { isIsoDate } from '../../dates/iso-date.js';

const DAY = 86_400_000;

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
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY).toISOString().slice(0, 10);
  return isIsoDate(shifted) ? shifted : undefined;
}
