import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAYS, expandArrangement } from '../../src/calendar/index.js';

// The State Council arrangements as published, kept verbatim beside the encoded data
// (src/calendar/data/arrangements, one JSON file per year).
const HOLIDAYS = new URL('../../src/calendar/data/arrangements/', import.meta.url);

interface PublishedYear {
  readonly year: number;
  readonly papers: readonly string[];
  readonly days: readonly { readonly name: string; readonly date: string; readonly isOffDay: boolean }[];
}

const published: PublishedYear[] = readdirSync(HOLIDAYS)
  .filter((file) => /^\d{4}\.json$/.test(file))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, HOLIDAYS), 'utf8')) as PublishedYear);

const byDate = <T extends { date: string }>(days: readonly T[]): T[] =>
  [...days].sort((a, b) => a.date.localeCompare(b.date));

describe('CHINA_HOLIDAYS', () => {
  it('covers exactly the years kept in the repository, oldest first', () => {
    expect(published.map((year) => year.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(CHINA_HOLIDAYS.map((arrangement) => arrangement.year)).toEqual(published.map((year) => year.year));
  });

  it.each(published.map((year) => [year.year, year] as const))(
    'encodes every off day of %i, with its holiday name',
    (yearNumber, year) => {
      const arrangement = CHINA_HOLIDAYS.find((candidate) => candidate.year === yearNumber);
      const encoded = expandArrangement(arrangement!)
        .filter((day) => day.isOffDay)
        .map((day) => ({ date: day.date, name: day.name }));
      const expected = byDate(year.days.filter((day) => day.isOffDay)).map((day) => ({
        date: day.date,
        name: day.name,
      }));
      expect(encoded).toEqual(expected);
    },
  );

  it.each(published.map((year) => [year.year, year] as const))(
    'encodes every declared working day (调休) of %i',
    (yearNumber, year) => {
      const arrangement = CHINA_HOLIDAYS.find((candidate) => candidate.year === yearNumber);
      const expected = byDate(year.days.filter((day) => !day.isOffDay)).map((day) => day.date);
      expect(
        expandArrangement(arrangement!)
          .filter((day) => !day.isOffDay)
          .map((day) => day.date),
      ).toEqual(expected);
      expect([...arrangement!.workdays]).toEqual(expected);
    },
  );

  it.each(published.map((year) => [year.year, year] as const))(
    'cites the %i notice by its title and its papers exactly as given',
    (yearNumber, year) => {
      const arrangement = CHINA_HOLIDAYS.find((candidate) => candidate.year === yearNumber);
      expect(arrangement!.source).toEqual({
        title: `国务院办公厅关于${yearNumber}年部分节假日安排的通知`,
        papers: year.papers,
      });
    },
  );

  it('groups the 2025 Spring Festival into one named range', () => {
    const spring = CHINA_HOLIDAYS.find((arrangement) => arrangement.year === 2025)!.holidays.find(
      (range) => range.name === '春节',
    );
    expect(spring).toEqual({ name: '春节', from: '2025-01-28', to: '2025-02-04' });
  });

  it('keeps the New Year days the 2019 notice set in December 2018', () => {
    const arrangement = CHINA_HOLIDAYS[0]!;
    expect(arrangement.holidays[0]).toEqual({ name: '元旦', from: '2018-12-30', to: '2019-01-01' });
    expect(arrangement.workdays[0]).toBe('2018-12-29');
  });

  it('is frozen, so no caller can change the shipped data', () => {
    expect(Object.isFrozen(CHINA_HOLIDAYS)).toBe(true);
    expect(Object.isFrozen(CHINA_HOLIDAYS[6]!.holidays[1])).toBe(true);
    expect(Object.isFrozen(CHINA_HOLIDAYS[6]!.workdays)).toBe(true);
  });
});

describe('expandArrangement', () => {
  it('lists each day of each range and each declared working day, in date order', () => {
    const days = expandArrangement({
      year: 2025,
      source: { title: 't', papers: [] },
      holidays: [{ name: '国庆节、中秋节', from: '2025-10-07', to: '2025-10-08' }],
      workdays: ['2025-10-11', '2025-09-28'],
    });
    expect(days).toEqual([
      { date: '2025-09-28', isOffDay: false },
      { date: '2025-10-07', isOffDay: true, name: '国庆节、中秋节' },
      { date: '2025-10-08', isOffDay: true, name: '国庆节、中秋节' },
      { date: '2025-10-11', isOffDay: false },
    ]);
  });
});
