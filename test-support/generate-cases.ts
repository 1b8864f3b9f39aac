import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { seededRandom as random } from './seeded-random.js';

/** The contract's example rule set (packages/fixtures/contract). */
export const FOOD_RULES = fileURLToPath(
  new URL('../packages/fixtures/contract/food-safety.rules.yaml', import.meta.url),
);

interface FactDeclaration {
  readonly type: string;
  readonly values?: readonly string[];
  readonly min?: number;
}

// Money values around the thresholds the example's conditions use (1000, 10000).
const MONEY = ['0', '500', '999', '1000', '1200.5', '8000', '9999', '10000', '10001', '25000', '120000'];
const DATES = ['2024-03-01', '2024-06-01', '2025-03-10', '2025-08-20'];
const CIRCUMSTANCES = [
  'eliminatedHarm',
  'coerced',
  'correctedInTime',
  'minorViolation',
  'harmfulConsequence',
  'firstViolation',
  'minorHarm',
  'noFault',
];

/**
 * Cases for the example's penalty item FS-124-1-3, built from the facts the rule set declares
 * (every enum value, booleans, integers from their minimum, money around the thresholds),
 * with general circumstances, party kinds and ages, act dates before and inside the rule set's
 * effect, and — every `invalidEvery` cases — one the engine must refuse (an enum value it
 * does not know, a missing fact), so that error records are interleaved with decisions.
 * With `invalidEvery` 0 every case is decided (no act before the rule set took effect either).
 *
 * @param count - how many cases
 * @param seed - the PRNG seed
 * @param invalidEvery - one refused case in this many (0: none)
 * @returns the cases, as objects
 */
export function generateFoodCases(count: number, seed = 1, invalidEvery = 97): Record<string, unknown>[] {
  const rules = parse(readFileSync(FOOD_RULES, 'utf8')) as { facts: Record<string, FactDeclaration> };
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const cases: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const facts: Record<string, unknown> = {};
    for (const [name, fact] of Object.entries(rules.facts)) {
      if (fact.type === 'money') facts[name] = pick(MONEY);
      else if (fact.type === 'integer') facts[name] = (fact.min ?? 0) + Math.floor(next() * 4);
      else if (fact.type === 'enum') facts[name] = pick(fact.values ?? []);
      else if (fact.type === 'boolean') facts[name] = next() < 0.3;
    }
    const circumstances: Record<string, boolean> = {};
    if (next() < 0.3) circumstances[pick(CIRCUMSTANCES)] = next() < 0.7;
    const party: Record<string, unknown> = { kind: pick(['individual', 'organization']) };
    if (party['kind'] === 'individual' && next() < 0.1) party['age'] = pick([13, 16, 30]);
    // A few acts before the rule set took effect (refused: NOT_IN_FORCE), a few discovered too late.
    const early = next() < 0.02 && invalidEvery > 0;
    const act = early ? '2024-01-15' : pick(DATES);
    const late = next() < 0.1;
    const kase: Record<string, unknown> = {
      item: 'FS-124-1-3',
      party,
      facts,
      dates: { act, discovered: late ? '2026-09-01' : '2025-09-01', decision: late ? '2026-10-15' : '2025-10-15' },
    };
    if (Object.keys(circumstances).length > 0) kase['circumstances'] = circumstances;
    if (invalidEvery > 0 && index % invalidEvery === invalidEvery - 1) {
      if (next() < 0.5) facts['harm'] = 'catastrophic';
      else delete facts['goodsValue'];
    }
    cases.push(kase);
  }
  return cases;
}

/**
 * Review lines `{ case, imposed }` from the generated cases: fines inside and outside the
 * tier and the statutory range, confiscation sometimes left out, the hearing sometimes not
 * offered, reasons sometimes empty.
 *
 * @param count - how many lines
 * @param seed - the PRNG seed
 * @returns the lines, as objects
 */
export function generateReviewLines(count: number, seed = 2): Record<string, unknown>[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return generateFoodCases(count, seed, 0).map((kase) => {
    const sanctions: Record<string, unknown>[] = [
      { kind: 'fine', amount: pick(['30000', '55000', '70000', '90000', '100000', '150000']) },
    ];
    if (next() < 0.8)
      sanctions.push({
        kind: 'confiscate-illegal-income',
        amount: String((kase['facts'] as Record<string, unknown>)['illegalIncome']),
      });
    if (next() < 0.8) sanctions.push({ kind: 'confiscate-illegal-goods' });
    return {
      case: kase,
      imposed: { sanctions, hearingOffered: next() < 0.7, reasons: next() < 0.5 ? '' : '当事人积极配合调查' },
    };
  });
}

/** Objects as NDJSON text, one per line, each line ending with a newline. */
export function ndjson(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
