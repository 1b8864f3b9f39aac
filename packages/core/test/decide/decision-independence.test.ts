import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHINA_HOLIDAYS, createCalendar } from '../../src/calendar/index.js';
import { CailiangError, createEngine, loadRuleSet } from '../../src/index.js';
import type { EngineOptions } from '../../src/index.js';
import { SPEC_EXAMPLES, exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

/**
 * What the golden decisions cannot see (#21, round 2): the speed work keeps per-item and
 * per-tier parts worked out once (replayed warnings, compiled sanctions, printed amounts, the
 * quick reader's tables, general-rule entries). A government app stores a decision, edits it,
 * appends to it; that must never reach the next decision, and an engine's options must never
 * reach another engine's decisions. These tests fail on a shared mutable part or a leaking cache.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/cases/', import.meta.url));

type Case = Record<string, unknown>;

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
  const files = (dir: string) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.fixtures.yaml'))
      .sort();
  return [
    ...files(FIXTURES).map((file) => read(FIXTURES, file)),
    ...files(SPEC_EXAMPLES).map((file) => read(dirname(`${SPEC_EXAMPLES}x`), file)),
  ];
}

/** The case, and the variations that take the mitigation, no-penalty and limitation paths. */
function variations(kase: Case): Case[] {
  const dates = kase['dates'];
  if (typeof dates !== 'object' || dates === null) return [kase];
  const act = (dates as Record<string, unknown>)['act'];
  const circumstances = (extra: Record<string, unknown>) => ({
    ...kase,
    circumstances: { ...(kase['circumstances'] as object), ...extra },
  });
  return [
    kase,
    circumstances({ coerced: true }),
    circumstances({ minorViolation: true, correctedInTime: true, harmfulConsequence: false }),
    circumstances({ firstViolation: true, minorHarm: true, correctedInTime: true }),
    ...(typeof act === 'string'
      ? [{ ...kase, dates: { ...dates, discovered: `${Number(act.slice(0, 4)) + 6}${act.slice(4)}` } }]
      : []),
  ];
}

/** The decision, or `undefined` for a case the engine refuses. */
function decided(engine: { decide(kase: unknown): unknown }, kase: Case): unknown {
  try {
    return engine.decide(kase);
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return undefined;
  }
}

function outcome(engine: { decide(kase: unknown): unknown }, kase: Case): string {
  try {
    return JSON.stringify(engine.decide(kase));
  } catch (error) {
    // By name: an engine of a fresh copy of the library throws that copy's CailiangError.
    if (!(error instanceof Error && error.name === 'CailiangError' && 'issues' in error)) throw error;
    return JSON.stringify({ error: (error as CailiangError).code, issues: error.issues });
  }
}

/** Every object and array reachable from `root`, each once. */
function reachable(root: unknown): object[] {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) stack.push((value as Record<PropertyKey, unknown>)[key]);
  }
  return [...seen];
}

/** What a careless caller does to every part it may change: append to arrays, add keys to objects. */
function mutateEverything(decision: unknown): number {
  let changed = 0;
  for (const part of reachable(decision)) {
    if (Object.isFrozen(part)) continue;
    if (Array.isArray(part)) part.push('appended by the caller');
    else (part as Record<string, unknown>)['addedByTheCaller'] = true;
    changed++;
  }
  return changed;
}

const FILES = fixtureFiles();

describe('decide: decisions are independent objects', () => {
  it.each(FILES.map((file) => [file.name, file] as const))(
    '%s: a caller changing a decision changes no other decision of the case',
    (_name, file) => {
      const ruleSets = file.rules.map((text) => loadRuleSet(text));
      let mutated = 0;
      for (const trace of [true, false]) {
        const engine = createEngine(ruleSets, { trace });
        for (const kase of file.cases.flatMap(variations)) {
          const first = decided(engine, kase);
          if (first === undefined) continue;
          const original = JSON.stringify(first);
          const second = engine.decide(kase);
          mutated += mutateEverything(first);
          expect(JSON.stringify(second)).toBe(original);
          expect(JSON.stringify(engine.decide(kase))).toBe(original);
        }
      }
      // The walk did reach the decisions' own parts (a walk that changes nothing proves nothing).
      expect(mutated).toBeGreaterThan(0);
    },
  );

  it.each(FILES.map((file) => [file.name, file] as const))(
    '%s: every part two decisions share is frozen',
    (_name, file) => {
      const ruleSets = file.rules.map((text) => loadRuleSet(text));
      for (const trace of [true, false]) {
        const engine = createEngine(ruleSets, { trace });
        const owner = new Map<object, number>();
        const unfrozen: string[] = [];
        // Each case decided twice: the second decision of a case shares with the first what it shares with any.
        const cases = file.cases.flatMap(variations).flatMap((kase) => [kase, kase]);
        cases.forEach((kase, index) => {
          const decision = decided(engine, kase);
          if (decision === undefined) return;
          for (const part of reachable(decision)) {
            const first = owner.get(part);
            if (first === undefined) owner.set(part, index);
            else if (first !== index && !Object.isFrozen(part))
              unfrozen.push(`case ${first} and ${index}: ${JSON.stringify(part).slice(0, 120)}`);
          }
        });
        expect(unfrozen).toEqual([]);
      }
    },
  );
});

/** Engines whose options change what a decision says, or whether a case is decided. */
const OPTIONS: readonly (readonly [string, EngineOptions])[] = [
  ['defaults', {}],
  ['trace off', { trace: false }],
  ['english', { language: 'en' }],
  ['english, trace off', { language: 'en', trace: false }],
  ['unknown facts allowed', { allowUnknownFacts: true }],
  ['tight limits', { limits: { maxAmountDigits: 4, maxAmountDecimals: 1, maxNodes: 14 } }],
  ['adjusted workdays not counted', { calendar: createCalendar(CHINA_HOLIDAYS, { countAdjustedWorkdays: false }) }],
];

/** The case, with an undeclared fact, with procedure dates (time limits read the calendar), and with cents. */
function optionCases(kase: Case): Case[] {
  const dates = kase['dates'];
  const facts = kase['facts'];
  const withFacts = (extra: Record<string, unknown>) => ({ ...kase, facts: { ...(facts as object), ...extra } });
  const out = [...variations(kase), withFacts({ notDeclaredAnywhere: true })];
  if (typeof facts === 'object' && facts !== null) {
    const cents = Object.fromEntries(
      Object.entries(facts).map(([name, value]) => [
        name,
        typeof value === 'string' && /^\d+$/.test(value) ? `${value}.25` : value,
      ]),
    );
    out.push({ ...kase, facts: cents });
  }
  if (typeof dates === 'object' && dates !== null) {
    const decision = (dates as Record<string, unknown>)['decision'];
    if (typeof decision === 'string')
      out.push({ ...kase, dates: { ...dates, opened: decision, notified: decision, served: decision } });
  }
  return out;
}

/** The options that changed some outcome of some file: each must, or its comparison could not fail. */
const CHANGED_BY = new Set<string>();

describe('decide: engines with different options share nothing', () => {
  /**
   * Each option's outcomes for each file, decided by an engine of a fresh copy of the library
   * (`vi.resetModules`): no other engine has run in it, so nothing another engine left behind —
   * in a module-level cache or on a shared compiled item — can be in these.
   */
  const alone = new Map<string, string[][]>();
  beforeAll(async () => {
    for (const [name, options] of OPTIONS) {
      vi.resetModules();
      const fresh = (await import('../../src/index.js')) as typeof import('../../src/index.js');
      alone.set(
        name,
        FILES.map((file) => {
          const engine = fresh.createEngine(
            file.rules.map((text) => fresh.loadRuleSet(text)),
            options,
          );
          return file.cases.flatMap(optionCases).map((kase) => outcome(engine, kase));
        }),
      );
    }
  }, 120_000);

  it.each(FILES.map((file, at) => [file.name, file, at] as const))(
    '%s: engines deciding in turn decide as each alone',
    (_name, file, fileAt) => {
      const cases = file.cases.flatMap(optionCases);
      const aloneHere = OPTIONS.map(([name]) => alone.get(name)?.[fileAt] as string[]);
      aloneHere.forEach((outcomes, at) => {
        if (outcomes.join('\n') !== aloneHere[0]?.join('\n')) CHANGED_BY.add(OPTIONS[at]?.[0] as string);
      });
      // All engines over one loaded rule set, deciding case by case in turn, in both orders.
      const ruleSets = file.rules.map((text) => loadRuleSet(text));
      const engines = OPTIONS.map(([, options]) => createEngine(ruleSets, options));
      for (const order of [engines, [...engines].reverse()]) {
        const together = order.map(() => [] as string[]);
        for (const kase of cases)
          order.forEach((engine, at) => {
            together[at]?.push(outcome(engine, kase));
          });
        const inOptionsOrder = order === engines ? together : [...together].reverse();
        inOptionsOrder.forEach((outcomes, at) => {
          expect(outcomes, OPTIONS[at]?.[0]).toEqual(aloneHere[at]);
        });
      }
    },
  );

  it('compares engines whose options each change some decision', () => {
    expect([...CHANGED_BY].sort()).toEqual(
      OPTIONS.slice(1)
        .map(([name]) => name)
        .sort(),
    );
  });

  it('two rule sets with the same item code, in two engines, each decide as alone', async () => {
    // The same id, version and item code, with other bands, rounding, document and 减轻 floor:
    // what is cached per item (band fractions, printed amounts, replayed warnings) must stay per rule set.
    const variant = exampleRuleSet();
    variant['document'] = '另一市监规〔2024〕2号';
    variant['policy']['fineBands'] = { lighter: ['0', '0.25'], general: ['0.25', '0.65'], heavier: ['0.65', '1'] };
    variant['policy']['rounding'] = { scale: 2, mode: 'half-up' };
    variant['policy']['mitigation']['reducedFloor'] = '0.5';
    const cases = [
      foodCase(),
      foodCase({ facts: { goodsValue: '12345.67', harm: 'serious', priorViolations: 2 } }),
      foodCase({ facts: { goodsValue: '9999.99', harm: 'none' } }),
      foodCase({ circumstances: { coerced: true } }),
      foodCase({ facts: { goodsValue: '31415.92' }, circumstances: { capacity: 'limited' } }),
      foodCase({ circumstances: { firstViolation: true, minorHarm: true, correctedInTime: true } }),
    ];
    // Alone: each rule set in a fresh copy of the library, where no other rule set was ever compiled.
    const alone = async (data: Record<string, unknown>, trace: boolean) => {
      vi.resetModules();
      const fresh = (await import('../../src/index.js')) as typeof import('../../src/index.js');
      const engine = fresh.createEngine([fresh.loadRuleSet(data)], { trace });
      return cases.map((kase) => outcome(engine, kase));
    };
    for (const trace of [true, false]) {
      const aloneOriginal = await alone(exampleRuleSet(), trace);
      const aloneVariant = await alone(variant, trace);
      expect(aloneVariant).not.toEqual(aloneOriginal);
      const original = createEngine([loadRuleSet(exampleRuleSet())], { trace });
      const other = createEngine([loadRuleSet(variant)], { trace });
      const together = cases.map((kase) => [outcome(other, kase), outcome(original, kase)]);
      expect(together.map(([, mine]) => mine)).toEqual(aloneOriginal);
      expect(together.map(([theirs]) => theirs)).toEqual(aloneVariant);
    }
  });
});
