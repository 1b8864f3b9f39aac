import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, createEngine, limitation, loadRuleSet } from '@cailiang/core';
import type { Decision, FineSanction } from '@cailiang/core';
import { compareSeverity } from '../../src/decide/severity.js';
import {
  HARM_RANK,
  circumstances,
  day2024on,
  exampleData,
  exampleText,
  facts,
  isoPlus,
  params,
  party,
} from '../../../../test-support/properties.js';

const current = loadRuleSet(exampleText());
const engine = createEngine([current]);
const caseOf = (f: Record<string, unknown>, c: Record<string, unknown>, p: unknown, act: string) => ({
  item: 'FS-124-1-3',
  party: p,
  facts: f,
  circumstances: c,
  dates: { act, discovered: act, decision: act },
});
const fineOf = (decision: Decision) => decision.sanctions.find((s): s is FineSanction => s.kind === 'fine');
const tierRank = (decision: Decision) =>
  current.items[0]!.kind === 'penalty'
    ? current.items[0]!.tiers.findIndex((tier) => tier.level === decision.tier?.level)
    : -1;

describe('laws that always hold', () => {
  it('a fine range never leaves the statutory range; only the 减轻 option goes below it', () => {
    fc.assert(
      fc.property(facts, circumstances, party, day2024on, (f, c, p, act) => {
        const decision = engine.decide(caseOf(f, c, p, act));
        const fine = fineOf(decision);
        if (fine === undefined) return;
        const min = new Decimal(fine.min);
        const max = new Decimal(fine.max);
        expect(min.lessThanOrEqualTo(max)).toBe(true);
        expect(min.greaterThanOrEqualTo(fine.statutory.min)).toBe(true);
        expect(max.lessThanOrEqualTo(fine.statutory.max as string)).toBe(true);
        for (const adjustment of decision.adjustments) {
          if (adjustment.kind === 'mitigation' && adjustment.reduced !== undefined)
            expect(new Decimal(adjustment.reduced.max).equals(fine.statutory.min)).toBe(true);
        }
      }),
      params,
    );
  });

  it('an aggravating fact never yields a lighter tier (most-severe)', () => {
    const worse = fc.record({
      priors: fc.integer({ min: 0, max: 3 }),
      harmUp: fc.integer({ min: 0, max: 2 }),
      children: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, worse, day2024on, (f, w, act) => {
        const base = engine.decide(caseOf(f, {}, { kind: 'organization' }, act));
        const harm = Object.keys(HARM_RANK).find(
          (name) => HARM_RANK[name] === Math.min(2, (HARM_RANK[f.harm] ?? 0) + w.harmUp),
        ) as string;
        const aggravated = engine.decide(
          caseOf(
            { ...f, priorViolations: f.priorViolations + w.priors, harm, childrenFood: f.childrenFood || w.children },
            {},
            { kind: 'organization' },
            act,
          ),
        );
        expect(tierRank(aggravated)).toBeGreaterThanOrEqual(tierRank(base));
      }),
      params,
    );
  });

  it('a mandatory no-penalty ground always wins (limitation aside)', () => {
    const grounds = fc.constantFrom<[Record<string, unknown>, unknown]>(
      [{ noFault: true }, { kind: 'organization' }],
      [{ capacity: 'none' }, { kind: 'individual' }],
      [{ minorViolation: true, correctedInTime: true, harmfulConsequence: false }, { kind: 'organization' }],
      [{}, { kind: 'individual', age: 13 }],
    );
    fc.assert(
      fc.property(facts, circumstances, grounds, day2024on, (f, c, [ground, p], act) => {
        const decision = engine.decide(caseOf(f, { ...c, ...ground }, p, act));
        expect(decision.outcome).toBe('no-penalty');
        expect(decision.sanctions).toEqual([]);
        expect(decision.exemption?.mandatory).toBe(true);
      }),
      params,
    );
  });

  it('从旧兼从轻 never picks the heavier version', () => {
    const older = exampleData('food-safety-2023.rules.yaml');
    const both = createEngine([current, loadRuleSet(older)]);
    const alone = (data: Record<string, any>) =>
      createEngine([loadRuleSet({ ...data, effective: { from: '1000-01-01' } })]);
    const underOld = alone(older);
    const underNew = alone(exampleData());
    const act = fc.integer({ min: 0, max: 420 }).map((offset) => isoPlus('2023-01-01', offset));
    const later = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(facts, circumstances, act, later, (f, c, actDate, gap) => {
        const decision = isoPlus(actDate, gap);
        // 第三十七条 compares only when a different version is in force on the decision date.
        fc.pre(decision >= '2024-03-01');
        const kase = {
          item: 'FS-124-1-3',
          party: { kind: 'organization' },
          facts: f,
          circumstances: c,
          dates: { act: actDate, decision },
        };
        const chosen = both.decide(kase);
        const other = chosen.ruleSet.version === '2024.1' ? underOld.decide(kase) : underNew.decide(kase);
        expect(compareSeverity(chosen, other)).toBeLessThanOrEqual(0);
      }),
      params,
    );
  });

  it('limitation is monotone in the discovery date', () => {
    const start = fc.integer({ min: 0, max: 3000 }).map((offset) => isoPlus('2019-01-01', offset));
    fc.assert(
      fc.property(start, fc.nat(2000), fc.nat(400), fc.boolean(), (act, first, extra, severe) => {
        const f = severe ? { lifeHealthOrFinancialSafety: true, harmfulConsequence: true } : {};
        const early = limitation({ act, discovered: isoPlus(act, first) }, f);
        const late = limitation({ act, discovered: isoPlus(act, first + extra) }, f);
        if (early?.timeBarred === true) expect(late?.timeBarred).toBe(true);
      }),
      params,
    );
  });

  it('decisions are byte-identical across runs and across the YAML and JSON forms of a rule set', () => {
    const fromJson = createEngine([loadRuleSet(JSON.stringify(exampleData()))]);
    fc.assert(
      fc.property(facts, circumstances, party, day2024on, (f, c, p, act) => {
        const kase = caseOf(f, c, p, act);
        const a = JSON.stringify(engine.decide(kase));
        expect(JSON.stringify(engine.decide(kase))).toBe(a);
        expect(JSON.stringify(fromJson.decide(kase))).toBe(a);
      }),
      params,
    );
  });
});
