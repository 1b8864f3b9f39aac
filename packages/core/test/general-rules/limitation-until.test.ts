import { describe, expect, it } from 'vitest';
import { limitation } from '../../src/index.js';
import { everyDay, leapDays } from '../support/dates.js';

/**
 * The arithmetic limitation did on its own before it called addCalendarPeriod, kept as the
 * reference its `until` must still equal: the same day `years` later, or 28 February for a
 * 29 February that the later year lacks (民法典 第二百零二条).
 */
function formerUntil(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === '-02-29' && !leap ? '-02-28' : monthDay}`;
}

const EXTENDED = { lifeHealthOrFinancialSafety: true, harmfulConsequence: true };

describe('limitation', () => {
  it('ends the period where its former arithmetic did, for every day of 2019–2029 and every leap day', () => {
    const acts = [...everyDay(2019, 2029), ...leapDays(1904, 2396)];
    for (const act of acts) {
      expect(limitation({ act, discovered: act }, {})?.until).toBe(formerUntil(act, 2));
      expect(limitation({ act, discovered: act }, EXTENDED)?.until).toBe(formerUntil(act, 5));
      // A continuing act counts from its end (第二款), by the same arithmetic.
      expect(limitation({ act: '1900-01-01', actEnded: act, discovered: act }, EXTENDED)?.until).toBe(
        formerUntil(act, 5),
      );
    }
    expect(acts).toHaveLength(4018 + 121);
  });

  it('ends a period from 29 February on 28 February of a common year', () => {
    expect(limitation({ act: '2024-02-29', discovered: '2026-02-28' }, {})).toMatchObject({
      until: '2026-02-28',
      timeBarred: false,
    });
    expect(limitation({ act: '2024-02-29', discovered: '2026-03-01' }, {})).toMatchObject({
      until: '2026-02-28',
      timeBarred: true,
    });
    expect(limitation({ act: '2096-02-29', discovered: '2101-03-01' }, EXTENDED)).toMatchObject({
      until: '2101-02-28',
      timeBarred: true,
    });
  });

  it('keeps 28 February when the period ends in a leap year, and knows the leap years of the centuries', () => {
    expect(limitation({ act: '2022-02-28', discovered: '2024-02-29' }, {})).toMatchObject({
      until: '2024-02-28',
      timeBarred: true,
    });
    expect(limitation({ act: '1995-02-28', discovered: '2000-02-29' }, EXTENDED)).toMatchObject({
      until: '2000-02-28',
      timeBarred: true,
    });
    expect(limitation({ act: '1996-02-29', discovered: '2001-02-28' }, EXTENDED)).toMatchObject({
      until: '2001-02-28',
      timeBarred: false,
    });
    expect(limitation({ act: '2098-02-28', discovered: '2100-03-01' }, {})).toMatchObject({
      until: '2100-02-28',
      timeBarred: true,
    });
  });
});
