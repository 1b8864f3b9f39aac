import { describe, expect, it } from 'vitest';
import { createEngine, limitation, loadRuleSet } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { compareSeverity } from '../../src/decide/severity.js';
import { caughtError, exampleRuleSet, exampleRuleSetText, foodCase } from '../../../../test-support/builders.js';

describe('limitation (行政处罚法 第三十六条)', () => {
  it('ends two years after the act, the act day not counted', () => {
    expect(limitation({ act: '2023-01-10', discovered: '2025-01-10' }, {})).toMatchObject({
      years: 2,
      until: '2025-01-10',
      timeBarred: false,
    });
    expect(limitation({ act: '2023-01-10', discovered: '2025-01-11' }, {})).toMatchObject({ timeBarred: true });
  });

  it('ends on 28 February when the act was on a leap day', () => {
    expect(limitation({ act: '2024-02-29', discovered: '2026-02-28' }, {})).toMatchObject({
      until: '2026-02-28',
      timeBarred: false,
    });
    expect(limitation({ act: '2024-02-29', discovered: '2026-03-01' }, {})).toMatchObject({ timeBarred: true });
  });

  it('is not extended when its last day is a holiday (discovery is not an act a holiday prevents)', () => {
    // 2025-10-01 is National Day.
    expect(limitation({ act: '2023-10-01', discovered: '2025-10-02' }, {})).toMatchObject({
      until: '2025-10-01',
      timeBarred: true,
    });
  });

  it('is five years only when both life/health safety and harmful consequences are established', () => {
    const both = { lifeHealthOrFinancialSafety: true, harmfulConsequence: true };
    expect(limitation({ act: '2020-01-10', discovered: '2025-01-10' }, both)).toMatchObject({
      years: 5,
      timeBarred: false,
    });
    expect(
      limitation({ act: '2020-01-10', discovered: '2025-01-10' }, { lifeHealthOrFinancialSafety: true }),
    ).toMatchObject({ years: 2, timeBarred: true });
  });

  it('counts a continuing act from its end and cites 第二款', () => {
    const result = limitation({ act: '2023-02-01', actEnded: '2023-06-01', discovered: '2025-05-20' }, {});
    expect(result).toMatchObject({ from: '2023-06-01', until: '2025-06-01', timeBarred: false });
    expect(result?.citations).toEqual([
      { law: 'APL', article: 36, paragraph: 1 },
      { law: 'APL', article: 36, paragraph: 2 },
    ]);
  });

  it('is not checked without a discovery date', () => {
    expect(limitation({ act: '2023-01-10' }, {})).toBeUndefined();
  });
});

describe('decide: limitation', () => {
  const engine = createEngine([loadRuleSet(exampleRuleSet())]);

  it('is time-barred before any other rule, with the citation', () => {
    const decision = engine.decide(
      foodCase({ party: { kind: 'individual', age: 12 }, dates: { act: '2024-03-10', discovered: '2026-03-11' } }),
    );
    expect(decision.outcome).toBe('time-barred');
    expect(decision.citations.at(-1)?.text).toBe('《中华人民共和国行政处罚法》第三十六条第一款');
    expect(decision.trace.find((entry) => entry.step === 'limitation')).toMatchObject({
      years: 2,
      until: '2026-03-10',
      result: true,
    });
  });

  it('warns when it cannot check the period', () => {
    expect(engine.decide(foodCase({ dates: { act: '2025-03-10' } })).warnings.map((w) => w.code)).toContain(
      'limitation-not-checked',
    );
  });
});

describe('decide: versions (第三十七条 从旧兼从轻)', () => {
  const old = loadRuleSet(exampleRuleSetText('food-safety-2023.rules.yaml'));
  const current = loadRuleSet(exampleRuleSetText());
  const engine = createEngine([current, old]);
  const at = (act: string, decision: string) => foodCase({ dates: { act, discovered: act, decision } });

  it('applies the newer version when it is lighter, citing 第三十七条 and naming both', () => {
    const decision = engine.decide(at('2023-10-10', '2024-05-20'));
    expect(decision.ruleSet.version).toBe('2024.1');
    expect(decision.citations.at(-1)?.text).toBe('《中华人民共和国行政处罚法》第三十七条');
    expect(decision.trace[0]).toMatchObject({ step: 'version', selected: '2024.1', candidates: ['2023.1', '2024.1'] });
  });

  it('keeps the version of the act when the newer one is heavier', () => {
    // Under 2023.1 the 从重 band is 80%–100%; 2024.1 moves it to 70%–100%: 2024.1 is lighter for 从重.
    // With 从轻 (0–40% vs 0–30%) 2024.1 is lighter too; 一般 in 2023.1 is 40%–80% (70000–90000),
    // in 2024.1 30%–70% (65000–85000). Make the newer version heavier by swapping the roles.
    const reversed = createEngine([
      loadRuleSet({ ...exampleRuleSet(), version: '2023.9', effective: { from: '2023-01-01', until: '2024-02-29' } }),
      loadRuleSet({ ...loadableOld(), version: '2024.9', effective: { from: '2024-03-01' } }),
    ]);
    const decision = reversed.decide(at('2023-10-10', '2024-05-20'));
    expect(decision.ruleSet.version).toBe('2023.9');
    expect(decision.citations.map((c) => c.text)).not.toContain('《中华人民共和国行政处罚法》第三十七条');
    expect(decision.trace[0]).toMatchObject({ step: 'version', selected: '2023.9', candidates: ['2023.9', '2024.9'] });
  });

  it('uses the version in force at the end of a continuing act', () => {
    const decision = engine.decide(
      foodCase({
        dates: { act: '2024-01-10', actEnded: '2024-03-05', discovered: '2024-03-06', decision: '2024-04-01' },
      }),
    );
    expect(decision.ruleSet.version).toBe('2024.1');
  });

  it('applies the decision-date version when the policy says so', () => {
    const data: Record<string, any> = {
      ...loadableOld(),
      version: '2023.1',
      effective: { from: '2023-01-01', until: '2024-02-29' },
    };
    data.policy.versionSelection = 'decision-date';
    const byDecision = createEngine([loadRuleSet(data), current]);
    expect(byDecision.decide(at('2023-10-10', '2024-05-20')).ruleSet.version).toBe('2024.1');
    const error = caughtError(() => byDecision.decide(foodCase({ dates: { act: '2023-10-10' } })));
    expect(error.issues[0]).toMatchObject({ path: 'dates.decision' });
  });

  it('refuses a case the newer version cannot decide, saying why it was needed', () => {
    const data = exampleRuleSet();
    data.facts.recalled = { type: 'boolean', label: '已召回' };
    data.items[0].tiers[0].when.all.push({ fact: 'recalled', operator: 'equal', value: true });
    const error = caughtError(() => createEngine([old, loadRuleSet(data)]).decide(at('2023-10-10', '2024-05-20')));
    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues[0]?.message).toContain('needed to compare with version 2024.1');
  });

  it('refuses overlapping versions of one rule set', () => {
    const overlapping = { ...exampleRuleSet(), version: '2024.2', effective: { from: '2024-02-01' } };
    expect(() => createEngine([old, loadRuleSet(overlapping)])).toThrow(/both in force on 2024-02-01/);
  });

  function loadableOld(): Record<string, any> {
    const data = exampleRuleSet();
    data.policy.fineBands = { lighter: ['0', '0.4'], general: ['0.4', '0.8'], heavier: ['0.8', '1'] };
    return data;
  }
});

describe('compareSeverity', () => {
  const decision = (outcome: Decision['outcome'], sanctions: Decision['sanctions'] = []) =>
    ({ outcome, sanctions }) as unknown as Decision;
  const fine = (min: string, max: string) => ({ kind: 'fine' as const, min, max, statutory: { min, max } });

  it('orders no penalty before a penalty, then the fine maximum, then the minimum', () => {
    expect(compareSeverity(decision('no-penalty'), decision('penalty', [fine('1', '2')]))).toBeLessThan(0);
    expect(
      compareSeverity(decision('penalty', [fine('10', '90')]), decision('penalty', [fine('50', '85')])),
    ).toBeGreaterThan(0);
    expect(
      compareSeverity(decision('penalty', [fine('60', '85')]), decision('penalty', [fine('50', '85')])),
    ).toBeGreaterThan(0);
  });

  it('then the most severe other sanction, optional ones not counted', () => {
    const withRevoke = decision('penalty', [fine('1', '2'), { kind: 'revoke-licence' }]);
    const withWarning = decision('penalty', [
      fine('1', '2'),
      { kind: 'warning' },
      { kind: 'revoke-licence', optional: true },
    ]);
    expect(compareSeverity(withWarning, withRevoke)).toBeLessThan(0);
    expect(compareSeverity(withRevoke, withRevoke)).toBe(0);
  });
});
