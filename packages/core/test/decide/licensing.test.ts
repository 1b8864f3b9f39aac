import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { lint } from '../../src/lint/index.js';
import { exampleRuleSet } from '../../../../test-support/builders.js';

/** A licensing decision's eligibility; undefined for any other outcome. */
const eligibilityOf = (decision: Decision) => (decision.outcome === 'licensing' ? decision.eligibility : undefined);

/** The example with conditions and materials on LIC-FS-35. */
function withRequirements(): Record<string, any> {
  const data = exampleRuleSet();
  data.facts.hasPremises = { type: 'boolean', label: '具有与生产经营的食品品种、数量相适应的经营场所' };
  data.items[1].conditions = [
    {
      id: 'premises',
      label: '具有相适应的经营场所',
      when: { all: [{ fact: 'hasPremises', operator: 'equal', value: true }] },
      basis: [{ law: 'FSL', article: 33, paragraph: 1, item: 1 }],
    },
  ];
  data.items[1].materials = [
    { id: 'plan', label: '保证食品安全的规章制度', basis: [{ law: 'FSL', article: 33, paragraph: 1, item: 3 }] },
  ];
  return data;
}

describe('decide: licensing', () => {
  it('counts promised, statutory and extended limits in working days across the holiday', () => {
    const decision = createEngine([loadRuleSet(exampleRuleSet())]).decide({
      item: 'LIC-FS-35',
      dates: { accepted: '2025-09-26' },
    });
    expect(decision.outcome).toBe('licensing');
    expect(decision.deadlines.map((d) => [d.kind, d.date, d.workingDays])).toEqual([
      ['promised', '2025-10-16', 10],
      ['statutory', '2025-10-30', 20],
      ['statutory-extended', '2025-11-13', 30],
    ]);
    expect(decision.deadlines[1]?.citations?.map((c) => c.text)).toEqual([
      '《中华人民共和国食品安全法》第三十五条',
      '《中华人民共和国行政许可法》第四十二条第一款',
      '《中华人民共和国行政许可法》第八十二条',
    ]);
  });

  it('says whether the application is eligible and cites each unmet condition', () => {
    const engine = createEngine([loadRuleSet(withRequirements())]);
    const refused = engine.decide({
      item: 'LIC-FS-35',
      facts: { hasPremises: false },
      dates: { accepted: '2025-09-26' },
    });
    expect(eligibilityOf(refused)).toMatchObject({
      eligible: false,
      unmet: [{ id: 'premises', citations: [{ text: '《中华人民共和国食品安全法》第三十三条第一款第（一）项' }] }],
      materials: [{ id: 'plan' }],
    });
    const granted = engine.decide({
      item: 'LIC-FS-35',
      facts: { hasPremises: true },
      dates: { accepted: '2025-09-26' },
    });
    expect(eligibilityOf(granted)).toMatchObject({ eligible: true, unmet: [] });
  });

  it('needs the facts its conditions read', () => {
    const engine = createEngine([loadRuleSet(withRequirements())]);
    expect(() => engine.decide({ item: 'LIC-FS-35', dates: { accepted: '2025-09-26' } })).toThrow(
      /facts.hasPremises: missing fact/,
    );
  });

  it('refuses a date past the calendar instead of guessing', () => {
    const engine = createEngine([loadRuleSet(exampleRuleSet())]);
    expect(() => engine.decide({ item: 'LIC-FS-35', dates: { accepted: '2026-12-20' } })).toThrow(
      /2027 is not known yet/,
    );
  });
});

/** Findings other than the spec example's own enum-value-unlabelled warning (its harm has no valueLabels). */
const withoutLabels = (findings: readonly { code: string }[]) =>
  findings.filter((finding) => finding.code !== 'enum-value-unlabelled');

describe('lint: licensing', () => {
  it('reports a promised limit longer than the statutory one', () => {
    const data = exampleRuleSet();
    data.items[1].timeLimit.promised.workingDays = 25;
    // The example's harm has no valueLabels: its enum-value-unlabelled warning is not this test's subject.
    expect(withoutLabels(lint([{ ruleSet: data }]))).toMatchObject([
      { code: 'promised-exceeds-statutory', severity: 'error', path: 'items[1].timeLimit.promised.workingDays' },
    ]);
  });

  it('warns of a limit other than 行政许可法 第四十二条、第四十三条 state', () => {
    const data = exampleRuleSet();
    data.items[1].timeLimit.statutory = { workingDays: 45, extension: 20, handling: 'joint' };
    data.items[1].timeLimit.lowerReview = { workingDays: 15 };
    // The contract example's 危害后果 has no valueLabels (enum-value-unlabelled): only the limits are looked at here.
    const limits = () =>
      lint([{ ruleSet: data }]).filter((finding) => finding.code === 'limit-differs-from-licensing-law');
    expect(limits()).toMatchObject([
      { code: 'limit-differs-from-licensing-law', severity: 'warning', path: 'items[1].timeLimit.statutory.extension' },
      { code: 'limit-differs-from-licensing-law', path: 'items[1].timeLimit.lowerReview.workingDays' },
    ]);
    data.items[1].timeLimit.statutory = { workingDays: 30, extension: 10 };
    delete data.items[1].timeLimit.lowerReview;
    expect(limits()).toMatchObject([
      { code: 'limit-differs-from-licensing-law', path: 'items[1].timeLimit.statutory.workingDays' },
    ]);
  });

  it('reports a condition or material without a legal basis', () => {
    const data = withRequirements();
    delete data.items[1].materials[0].basis;
    expect(withoutLabels(lint([{ ruleSet: data }]))).toMatchObject([
      { code: 'requirement-without-basis', path: 'items[1].materials[0]' },
    ]);
  });
});
