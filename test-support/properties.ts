import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import { CailiangError } from '@cailiang/core';
import { parse } from 'yaml';

export const SPEC = fileURLToPath(new URL('../packages/fixtures/contract/', import.meta.url));
export const exampleText = (name = 'food-safety.rules.yaml') => readFileSync(`${SPEC}${name}`, 'utf8');
export const exampleData = (name = 'food-safety.rules.yaml') => parse(exampleText(name)) as Record<string, any>;

/** Runs per property: short and seeded in CI, longer on demand (CAILIANG_PROPERTY_RUNS=20000). */
export const RUNS = Number(process.env['CAILIANG_PROPERTY_RUNS'] ?? 300);
export const SEED = Number(process.env['CAILIANG_PROPERTY_SEED'] ?? 20261127);
export const params = { numRuns: RUNS, seed: SEED };

const HARM = ['none', 'minor', 'serious'] as const;
export const HARM_RANK: Record<string, number> = { none: 0, minor: 1, serious: 2 };

/** Money as cases write it: whole yuan or with fen, around the 10,000 threshold and beyond. */
export const money = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 99 }))
    .map(([yuan, fen]) => `${yuan}.${String(fen).padStart(2, '0')}`),
  fc.constantFrom('9999.99', '10000', '10000.01', '0', '999.99', '1000'),
);

export const facts = fc.record({
  goodsValue: money,
  illegalIncome: money,
  priorViolations: fc.integer({ min: 0, max: 5 }),
  harm: fc.constantFrom(...HARM),
  childrenFood: fc.boolean(),
});

const triState = fc.constantFrom(true, false, undefined);
export const circumstances = fc
  .record({
    eliminatedHarm: triState,
    coerced: triState,
    minorViolation: triState,
    correctedInTime: triState,
    harmfulConsequence: triState,
    firstViolation: triState,
    minorHarm: triState,
    capacity: fc.constantFrom('full', 'limited', undefined),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));

export const party = fc.oneof(
  fc.constant({ kind: 'organization' }),
  fc.integer({ min: 10, max: 80 }).map((age) => ({ kind: 'individual', age })),
  fc.constant({ kind: 'individual' }),
);

/** A day between 2024-03-01 and 2026-06-30 (inside the 2024.1 example's range). */
export const day2024on = fc.integer({ min: 0, max: 850 }).map((offset) => isoPlus('2024-03-01', offset));

export function isoPlus(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Runs `run` and accepts only a result or a CailiangError: never a TypeError, RangeError… */
export function onlyCailiangErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
  }
}
