// A licensing period that runs into a year the shipped calendar does not know is refused, naming
// the year — cailiang never guesses a holiday. Give it next year's notice and it counts.
// The 2027 data here is illustrative (see holidays-2027.example.yaml). Run: node main.mjs
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CailiangError, CHINA_HOLIDAYS, addWorkingDays, createCalendar, defaultCalendar } from '@cailiang/core';

console.log(`shipped calendar: ${defaultCalendar.firstYear}–${defaultCalendar.lastYear}`);
try {
  addWorkingDays('2026-12-15', 20, defaultCalendar);
} catch (error) {
  if (!(error instanceof CailiangError)) throw error;
  console.log(`refused: ${error.code}: ${error.issues.map((issue) => issue.message).join('; ')}`);
}

// Validated like the shipped data: a malformed arrangement is refused with the path of each problem.
const notice2027 = parse(readFileSync(new URL('./holidays-2027.example.yaml', import.meta.url), 'utf8'));
const calendar = createCalendar([...CHINA_HOLIDAYS, notice2027]);
console.log(`with the 2027 notice: ${calendar.firstYear}–${calendar.lastYear}`);
console.log(`20 working days from 2026-12-15: ${addWorkingDays('2026-12-15', 20, calendar)}`);
// The same calendar goes to the engine for licensing deadlines: createEngine(ruleSets, { calendar }).
