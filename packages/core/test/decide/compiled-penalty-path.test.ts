/**
 * What the compile step works out once so that `decide` need not per case (#21): the item's
 * citations without repeats, each tier's sanctions beside the fine, the guide's amounts, and the
 * general rules' shared trace entries. Each is compared with what the per-case code computes, on
 * every item of the shipped library.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemCompiler } from '../../src/decide/compile-item.js';
import type { CompiledPenaltyItem } from '../../src/decide/compile-item.js';
import { addCitation } from '../../src/decide/decision.js';
import { GeneralRuleEntries, generalRulesHolding } from '../../src/decide/general-rule-trace.js';
import { imposedSanctions } from '../../src/decide/sanctions.js';
import type { UnauthorisedSanction } from '../../src/decide/sanctions.js';
import type { TraceEntry } from '../../src/decide/decision.js';
import { GENERAL_RULES } from '../../src/general-rules/grounds.js';
import { loadRuleSet, ruleSetDigest } from '../../src/ruleset/load.js';
import type { ResolvedCitation } from '../../src/citation/types.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { createEngine } from '../../src/decide/engine.js';

/** Every penalty item of the shipped rule sets, compiled as an engine compiles it. */
function libraryItems(): CompiledPenaltyItem[] {
  const items: CompiledPenaltyItem[] = [];
  for (const file of ruleFiles()) {
    const ruleSet = loadRuleSet(parse(file.text));
    const compile = itemCompiler(ruleSet, ruleSetDigest(ruleSet));
    for (let index = 0; index < ruleSet.items.length; index++) {
      const compiled = compile(index);
      if (compiled.kind === 'penalty') items.push(compiled);
    }
  }
  return items;
}

const items = libraryItems();
const citation = (role: string, text: string) => ({ role, text }) as unknown as ResolvedCitation;

describe('addCitation', () => {
  it('adds a citation not yet in the list, and leaves out one with the same role and text', () => {
    const list = [citation('violates', '《甲法》第一条'), citation('basis', '《甲法》第二条')];
    addCitation(list, citation('basis', '《甲法》第三条'));
    addCitation(list, citation('basis', '《甲法》第二条'));
    addCitation(list, citation('general-rule', '《甲法》第二条'));
    expect(list.map((entry) => `${entry.role} ${entry.text}`)).toEqual([
      'violates 《甲法》第一条',
      'basis 《甲法》第二条',
      'basis 《甲法》第三条',
      'general-rule 《甲法》第二条',
    ]);
  });
});

describe('itemCompiler', () => {
  it('compiles every shipped penalty item', () => {
    expect(items.length).toBeGreaterThan(300);
  });

  it("keeps an item's own citations without repeats, first occurrence kept", () => {
    for (const compiled of items) {
      for (const list of [compiled.citations.penalty, compiled.citations.withoutPenalty]) {
        const keys = list.map((entry) => `${entry.role}\u0000${entry.text}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
      const all = [...compiled.violates, ...compiled.basis, compiled.benchmark];
      const firsts = all.filter(
        (entry, index) => all.findIndex((other) => other.role === entry.role && other.text === entry.text) === index,
      );
      expect(compiled.citations.penalty).toEqual(firsts);
    }
  });

  it("works out each tier's sanctions beside the fine as the per-case code does", () => {
    let fixed = 0;
    for (const compiled of items) {
      for (const tier of [...compiled.tiers, ...(compiled.fallback === undefined ? [] : [compiled.fallback])]) {
        const conditional = [...compiled.sanctions.values()].some((sanction) => sanction.when !== undefined);
        if (conditional) {
          expect(tier.imposes).toBeUndefined();
          continue;
        }
        fixed += 1;
        const warned: UnauthorisedSanction[] = [];
        const perCase = imposedSanctions(
          compiled.item,
          tier.data,
          compiled.sanctions,
          (params) => warned.push(params),
          () => true,
        );
        const shown = (list: readonly { sanction: { kind: string; spec: unknown }; optional: boolean }[]) =>
          list.map(({ sanction, optional }) => ({ kind: sanction.kind, spec: sanction.spec, optional }));
        expect(shown(tier.imposes?.imposed ?? [])).toEqual(shown(perCase));
        expect(tier.imposes?.unauthorised).toEqual(warned);
        expect([tier.level, tier.label]).toEqual([tier.data.level, tier.data.label]);
      }
    }
    expect(fixed).toBeGreaterThan(500);
  });

  it("reads a tier's guiding amounts once, as the tier writes them", () => {
    let guided = 0;
    for (const compiled of items) {
      if (compiled.guidance === undefined) continue;
      for (const tier of compiled.item.tiers) {
        const guides = compiled.guidance.guides.get(tier);
        const fine = tier.fine?.guide;
        expect(guides?.get('fine')?.text).toBe(fine);
        if (fine !== undefined) {
          guided += 1;
          expect(guides?.get('fine')?.value.toString()).toBe(fine);
        }
      }
    }
    expect(guided).toBeGreaterThan(0);
  });
});

describe('a compiled item the library has no example of', () => {
  // T-1 citing its penalty provision twice, and a tier adding 警告, which its statute does not list.
  const ruleSet = loadRuleSet(
    minimalRuleSet({
      basis: [
        { law: 'L', article: 50, paragraph: 1 },
        { law: 'L', article: 50, paragraph: 1 },
      ],
      tiers: [{ level: 'general', label: '一般', fine: { band: 'general' }, add: [{ kind: 'warning' }] }],
    }),
  );
  const compiled = itemCompiler(ruleSet, ruleSetDigest(ruleSet))(0) as CompiledPenaltyItem;
  const engine = createEngine([ruleSet], { trace: false });
  const kase = { item: 'T-1', facts: { amount: '100', count: 0 }, dates: { act: '2025-03-01' } };

  it('cites a provision listed twice once, in the compiled list and in every decision', () => {
    expect(compiled.citations.penalty.map((entry) => entry.role)).toEqual(['violates', 'basis', 'benchmark']);
    const decision = engine.decide(kase);
    expect(decision.citations.filter((entry) => entry.role === 'basis')).toHaveLength(1);
  });

  it('keeps the warning of a sanction the statute does not authorise with the tier, and gives it to every decision', () => {
    const tier = compiled.fallback;
    expect(tier?.imposes?.unauthorised).toEqual([{ tier: { level: 'general', label: '一般' }, kind: 'warning' }]);
    expect(tier?.imposes?.imposed.map((entry) => entry.sanction.kind)).toEqual(['warning']);
    for (const decision of [engine.decide(kase), engine.decide(kase)]) {
      expect(decision.warnings.map((warning) => warning.code)).toEqual([
        'limitation-not-checked',
        'sanction-not-authorised',
      ]);
      expect(decision.sanctions.map((sanction) => sanction.kind)).toEqual(['fine', 'warning']);
    }
  });
});

describe('GeneralRuleEntries', () => {
  it('gives the entry of a rule whose values the case leaves out without the tree, and the same object each time', () => {
    const entries = new GeneralRuleEntries();
    const traceOf = (party: { kind: 'individual'; age?: number } | undefined, facts: Record<string, unknown>) => {
      const trace: TraceEntry[] = [];
      generalRulesHolding(GENERAL_RULES, party, facts as never, trace, entries);
      return trace;
    };
    const empty = traceOf(undefined, {});
    const again = traceOf(undefined, {});
    const coerced = traceOf({ kind: 'individual', age: 16 }, { coerced: true });
    const notCoerced = traceOf(undefined, { coerced: false });
    const emptyAgain = traceOf(undefined, {});
    expect(empty).toHaveLength(GENERAL_RULES.length);
    empty.forEach((entry, index) => {
      expect(again[index]).toBe(entry);
      expect(emptyAgain[index]).toBe(entry);
    });
    const byRule = (trace: TraceEntry[], id: string) =>
      trace.find((entry) => entry.step === 'general-rule' && entry.rule === id);
    expect(byRule(empty, 'APL-32-2-coerced')).toMatchObject({ saw: { coerced: null }, result: false });
    expect(byRule(coerced, 'APL-32-2-coerced')).toMatchObject({ saw: { coerced: true }, result: true });
    expect(byRule(notCoerced, 'APL-32-2-coerced')).toMatchObject({ saw: { coerced: false }, result: false });
    expect(byRule(coerced, 'APL-30-minor')).toMatchObject({ saw: { 'party.age': 16 }, result: true });
    expect(byRule(emptyAgain, 'APL-30-minor')).toMatchObject({ saw: { 'party.age': null }, result: false });
  });
});
