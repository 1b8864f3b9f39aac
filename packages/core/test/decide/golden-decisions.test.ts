import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CailiangError, createEngine, loadRuleSet } from '../../src/index.js';
import { SPEC_EXAMPLES } from '../../../../test-support/builders.js';

/**
 * Pins the exact JSON of decisions, so that work on the engine's speed cannot change a single
 * byte of what it decides. The cases are every fixture case of the benchmark library and of the
 * spec, each also varied (a mitigating circumstance, a no-penalty ground, an exemption on offer,
 * a late discovery, procedure dates), and pairs of them as one act breaching two items. Each
 * file's decisions are hashed, with the trace and without; a few are pinned whole so a change
 * shows what moved. Errors are pinned too (code and issues): a refusal is an outcome.
 *
 * The snapshot was written before any optimisation. A change to it means a decision changed.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/cases/', import.meta.url));
const SNAPSHOT = './__golden__/decisions.json';

type Case = Record<string, any>;

interface FixtureFile {
  readonly name: string;
  readonly rules: string[];
  readonly cases: Case[];
}

function fixtureFiles(): FixtureFile[] {
  const read = (dir: string, file: string): FixtureFile => {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { rules: string[]; cases: { case: Case }[] };
    return {
      name: file,
      rules: doc.rules.map((rule) => readFileSync(join(dir, rule), 'utf8')),
      cases: doc.cases.map((entry) => entry.case),
    };
  };
  const library = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.fixtures.yaml'))
    .sort();
  const spec = readdirSync(SPEC_EXAMPLES)
    .filter((file) => file.endsWith('.fixtures.yaml'))
    .sort();
  return [
    ...library.map((file) => ({ ...read(FIXTURES, file), name: `library/${file}` })),
    ...spec.map((file) => ({ ...read(dirname(`${SPEC_EXAMPLES}x`), file), name: `spec/${file}` })),
  ];
}

/** Years later, same day: enough for any limitation period (2 or 5 years) to have run out. */
function yearsLater(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** The case as written, and the variations that take the other paths of the engine. */
function variations(kase: Case): Case[] {
  if (typeof kase['item'] !== 'string' || kase['dates']?.['act'] === undefined) return [kase];
  const circumstances = (extra: Record<string, unknown>) => ({
    ...kase,
    circumstances: { ...kase['circumstances'], ...extra },
  });
  const dates = kase['dates'] as Record<string, string>;
  const out: Case[] = [
    kase,
    circumstances({ coerced: true }),
    circumstances({ minorViolation: true, correctedInTime: true, harmfulConsequence: false }),
    circumstances({ firstViolation: true, minorHarm: true, correctedInTime: true }),
    circumstances({ capacity: 'limited', eliminatedHarm: true }),
    { ...kase, dates: { ...dates, discovered: yearsLater(dates['act'] as string, 6) } },
  ];
  if (dates['decision'] !== undefined) {
    const decision = dates['decision'];
    out.push({
      ...kase,
      dates: { ...dates, opened: dates['act'], notified: decision, served: decision },
      payment: { fine: '1000', paid: yearsLater(decision, 1) },
    });
  }
  return out;
}

/** Two cases of one file about different items, as one act breaching both (第二十九条). */
function concurrentPairs(cases: readonly Case[]): Case[] {
  const pairs: Case[] = [];
  for (let i = 1; i < cases.length; i += 3) {
    const [a, b] = [cases[i - 1] as Case, cases[i] as Case];
    if (typeof a['item'] !== 'string' || typeof b['item'] !== 'string' || a['item'] === b['item']) continue;
    const { item: _item, ...rest } = a;
    pairs.push({ ...rest, items: [a['item'], b['item']], facts: { ...b['facts'], ...a['facts'] } });
  }
  return pairs;
}

function outcomeJson(decide: (kase: unknown) => unknown, kase: Case): string {
  try {
    return JSON.stringify(decide(kase));
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return JSON.stringify({ error: error.code, issues: error.issues });
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('createEngine decisions', () => {
  it('stay byte-identical on every fixture case and its variations', async () => {
    const hashes: Record<string, { cases: number; trace: string; noTrace: string }> = {};
    const pinned: Record<string, unknown> = {};
    for (const file of fixtureFiles()) {
      const ruleSets = file.rules.map((text) => loadRuleSet(text));
      const withTrace = createEngine(ruleSets);
      const withoutTrace = createEngine(ruleSets, { trace: false });
      const cases = [...file.cases.flatMap(variations), ...concurrentPairs(file.cases)];
      const traced = cases.map((kase) => outcomeJson(withTrace.decide, kase));
      const untraced = cases.map((kase) => outcomeJson(withoutTrace.decide, kase));
      hashes[file.name] = {
        cases: cases.length,
        trace: sha256(traced.join('\n')),
        noTrace: sha256(untraced.join('\n')),
      };
      // A few decisions whole (one with its trace), so a failure shows what changed.
      pinned[`${file.name}#0`] = JSON.parse(traced[0] as string);
      for (const index of [1, 2, 5, cases.length - 1])
        pinned[`${file.name}#${index}`] = JSON.parse(untraced[index] as string);
    }
    await expect(`${JSON.stringify({ hashes, pinned }, null, 2)}\n`).toMatchFileSnapshot(SNAPSHOT);
  });
});
