import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateProblem } from '../../src/calendar/iso-date.js';

/** The definition the fast check replaced: a regular expression, then the calendar. */
function byDefinition(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

describe('isIsoDate', () => {
  it('accepts real calendar dates and refuses the rest', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('0999-01-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025/01/01')).toBe(false);
    expect(isIsoDate('２０２５-01-01')).toBe(false);
    expect(isIsoDate('2025-01-0a')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('agrees with the regular-expression definition on generated text', () => {
    const digit = fc.constantFrom(...'0123456789');
    const near = fc
      .tuple(
        fc.array(digit, { minLength: 4, maxLength: 4 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.constantFrom('-', '/', '.'),
      )
      .map(([y, m, d, sep]) => `${y.join('')}${sep === '-' ? '-' : sep}${m.join('')}-${d.join('')}`);
    fc.assert(
      fc.property(
        fc.oneof(
          near,
          fc.string({ maxLength: 12 }),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        ),
        (text) => isIsoDate(text) === byDefinition(text),
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('isoDateProblem', () => {
  it('blames the calendar, not the form, for a well-written date that does not exist', () => {
    expect(isoDateProblem('2025-02-30', '"2025-02-30"')).toBe('February 2025 has 28 days: "2025-02-30" is no date');
    expect(isoDateProblem('2025-02-29', '"2025-02-29"')).toBe('February 2025 has 28 days: "2025-02-29" is no date');
    expect(isoDateProblem('2025-04-31', '"2025-04-31"')).toBe('April 2025 has 30 days: "2025-04-31" is no date');
    expect(isoDateProblem('2025-13-01', '"2025-13-01"')).toBe(
      'there is no month 13: "2025-13-01" is no date (months run from 01 to 12)',
    );
    expect(isoDateProblem('2025-03-00', '"2025-03-00"')).toBe('days run from 01 to 31: "2025-03-00" is no date');
  });

  it('blames the form for anything not written YYYY-MM-DD, and passes real dates', () => {
    expect(isoDateProblem('2025/02/28', '"2025/02/28"')).toBe(
      'expected a calendar date as YYYY-MM-DD (e.g. "2025-03-10"), got "2025/02/28"',
    );
    expect(isoDateProblem(20250228, '20250228')).toBe(
      'expected a calendar date as YYYY-MM-DD (e.g. "2025-03-10"), got 20250228',
    );
    expect(isoDateProblem('2024-02-29', '"2024-02-29"')).toBeUndefined();
  });
});
