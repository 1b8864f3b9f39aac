import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCaseShape } from '../../src/case/quick-case.js';
import { CailiangError, createEngine, loadRuleSet } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/limits/limits.js';
import { SPEC_EXAMPLES } from '../../../../test-support/builders.js';

/**
 * `decide` reads a case of the usual shape in one pass (case/quick-case.ts) and any other case
 * the full way. A case given with `excludedPeriods: []` means the same (no period is excluded)
 * but is not of the usual shape: so the two ways are compared on every fixture case, decision
 * for decision and error for error, with the trace and without.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/cases/', import.meta.url));

type Case = Record<string, unknown>;

function fixtureFiles(): { name: string; rules: string[]; cases: Case[] }[] {
  const read = (dir: string, file: string) => {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { rules: string[]; cases: { case: Case }[] };
    return {
      name: file,
      rules: doc.rules.map((rule) => readFileSync(join(dir, rule), 'utf8')),
      cases: doc.cases.map((entry) => entry.case),
    };
  };
  const files = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.fixtures.yaml'));
  return [
    ...files(FIXTURES).map((file) => read(FIXTURES, file)),
    ...files(SPEC_EXAMPLES).map((file) => read(dirname(`${SPEC_EXAMPLES}x`), file)),
  ];
}

/** The case, and the same case with circumstances, a late discovery and a decision under the 2017 law. */
function variations(kase: Case): Case[] {
  const dates = kase['dates'];
  if (typeof dates !== 'object' || dates === null) return [kase];
  const act = (dates as Record<string, unknown>)['act'];
  return [
    kase,
    { ...kase, circumstances: { ...(kase['circumstances'] as object), firstViolation: true, minorHarm: true } },
    { ...kase, circumstances: { capacity: 'limited', coerced: true } },
    { ...kase, facts: { ...(kase['facts'] as object), notDeclaredAnywhere: true } },
    ...(typeof act === 'string'
      ? [
          { ...kase, dates: { ...dates, discovered: `${Number(act.slice(0, 4)) + 6}${act.slice(4)}` } },
          { ...kase, dates: { act: '2021-03-01', decision: '2021-09-01' } },
        ]
      : []),
  ];
}

function outcome(decide: (kase: unknown) => unknown, kase: Case): string {
  try {
    return JSON.stringify(decide(kase));
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return JSON.stringify({ error: error.code, issues: error.issues });
  }
}

describe('decide on a case of the usual shape', () => {
  it('decides every fixture case as the full way does, byte for byte', () => {
    let usual = 0;
    let compared = 0;
    for (const file of fixtureFiles()) {
      const ruleSets = file.rules.map((text) => loadRuleSet(text));
      const engines = [
        createEngine(ruleSets),
        createEngine(ruleSets, { trace: false }),
        createEngine(ruleSets, { allowUnknownFacts: true, language: 'en' }),
      ];
      for (const kase of file.cases.flatMap(variations)) {
        if ('excludedPeriods' in kase) continue;
        const full = { ...kase, excludedPeriods: [] };
        for (const engine of engines) {
          const quick = outcome(engine.decide, kase);
          expect(quick, `${file.name} ${JSON.stringify(kase)}`).toBe(outcome(engine.decide, full));
          compared++;
          if (readCaseShape(kase, DEFAULT_LIMITS) !== undefined && !quick.startsWith('{"error"')) usual++;
        }
      }
    }
    // Most of them decided by the quick way: the comparison is not of the full way with itself.
    expect(usual).toBeGreaterThan(compared / 3);
  });
});
