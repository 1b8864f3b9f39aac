import { describe, expect, it } from 'vitest';
import { addCalendarPeriod } from '../../src/calendar/calendar-period.js';
import { limitation } from '../../src/index.js';

/** Every day from 2019 to 2028 (leap years included), as ISO dates. */
function everyDay(): string[] {
  const days: string[] = [];
  for (let time = Date.UTC(2019, 0, 1); time <= Date.UTC(2028, 11, 31); time += 86_400_000) days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}

describe('limitation', () => {
  it('ends the period where addCalendarPeriod does, for every act date over ten years', () => {
    for (const act of everyDay()) {
      const two = limitation({ act, discovered: act }, {});
      const five = limitation({ act, discovered: act }, { lifeHealthOrFinancialSafety: true, harmfulConsequence: true });
      expect(two?.until).toBe(addCalendarPeriod(act, { years: 2 }));
      expect(five?.until).toBe(addCalendarPeriod(act, { years: 5 }));
    }
  });

  it('ends a period from 29 February on 28 February of a common year', () => {
    expect(limitation({ act: '2024-02-29', discovered: '2026-02-28' }, {})).toMatchObject({ until: '2026-02-28', timeBarred: false });
    expect(limitation({ act: '2024-02-29', discovered: '2026-03-01' }, {})).toMatchObject({ until: '2026-02-28', timeBarred: true });
  });
});
