import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { lint } from '../../src/lint/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { when, withCode } from './support.js';

const V2 = { format: 'cailiang.rule-set/v2' };
const REFUSED = { type: 'boolean', label: '拒不改正' };

/** The kinds of sanction decide imposes on the witness (T-1), optional ones marked `?`. */
function decidedKinds(data: unknown, witness: Readonly<Record<string, unknown>> | undefined): string[] {
  const decision = createEngine([loadRuleSet(data)]).decide({
    item: 'T-1',
    facts: witness ?? {},
    dates: { act: '2025-03-10', discovered: '2025-03-12', decision: '2025-04-01' },
  });
  if (decision.outcome !== 'penalty') return [decision.outcome];
  return decision.sanctions.map((sanction) => `${sanction.kind}${sanction.optional === true ? '?' : ''}`);
}

/** T-1 whose lighter tier (count = 0) sets no fine; the other tiers as in the minimal rule set. */
function lighterWithoutFine(statutory: Record<string, unknown>, ruleSet: Record<string, unknown> = {}) {
  const data = minimalRuleSet({ statutory }, ruleSet);
  delete data['items'][0].tiers[0].fine;
  return data;
}

describe('lint: a tier without a fine where the statute requires one (tier-without-fine)', () => {
  it('flags the tier, with a case decide would leave without the mandatory fine', () => {
    const data = lighterWithoutFine({ fine: [{ range: { min: '10000', max: '50000' } }], with: [{ kind: 'warning' }] });
    const findings = withCode(lint(data, { language: 'en' }), 'tier-without-fine');
    expect(findings).toMatchObject([{ severity: 'error', path: 'items[0].tiers[0]', witness: { count: 0 } }]);
    expect(findings[0]?.message).toContain('tier "lighter" of T-1 has no fine');
    // The witness shows the gap: decide imposes the warning and no fine.
    expect(decidedKinds(data, findings[0]?.witness)).toEqual(['warning']);
  });

  it('accepts a tier without a fine when the statute makes the fine optional (可以处…罚款)', () => {
    const data = lighterWithoutFine({ fine: [{ optional: true, range: { min: '10000', max: '50000' } }] });
    expect(withCode(lint(data), 'tier-without-fine')).toEqual([]);
  });

  it('under fineCondition (拒不改正的，处…罚款) flags the tier only where the condition holds', () => {
    const facts = { count: { type: 'integer', min: 0, label: '次数' }, refused: REFUSED };
    // The lighter tier is for parties who have not refused: lawful, the fine is not yet required.
    const lawful = lighterWithoutFine(
      { fineCondition: when('refused', 'equal', true), fine: [{ range: { min: '10000', max: '50000' } }] },
      { ...V2, facts },
    );
    lawful['items'][0].tiers[0].when = {
      all: [
        { fact: 'count', operator: 'equal', value: 0 },
        { fact: 'refused', operator: 'equal', value: false },
      ],
    };
    expect(withCode(lint(lawful), 'tier-without-fine')).toEqual([]);
    // Without the refusal in its condition, the lighter tier meets refusing parties too.
    const unlawful = lighterWithoutFine(
      { fineCondition: when('refused', 'equal', true), fine: [{ range: { min: '10000', max: '50000' } }] },
      { ...V2, facts },
    );
    const findings = withCode(lint(unlawful, { language: 'en' }), 'tier-without-fine');
    expect(findings).toMatchObject([{ path: 'items[0].tiers[0]', witness: { count: 0, refused: true } }]);
    expect(findings[0]?.message).toContain('fineCondition holds');
    expect(decidedKinds(unlawful, findings[0]?.witness)).toEqual([]);
  });
});

describe('lint: a sanction required under its condition that no tier imposes (conditional-sanction-not-imposed)', () => {
  const facts = { count: { type: 'integer', min: 0, label: '次数' }, refused: REFUSED };
  const statutory = {
    fine: [{ range: { min: '10000', max: '50000' } }],
    // 产品质量法 第五十六条「拒不改正的，责令停业整顿」: required on refusal.
    also: [{ kind: 'suspend-business', text: '责令停业整顿', when: when('refused', 'equal', true) }],
  };

  it('flags each tier selected on a refusal that does not add the sanction', () => {
    const data = minimalRuleSet({ statutory }, { ...V2, facts });
    data['items'][0].tiers[2].add = [{ kind: 'suspend-business' }];
    const findings = withCode(lint(data, { language: 'en' }), 'conditional-sanction-not-imposed');
    expect(findings.map((finding) => finding.path)).toEqual(['items[0].tiers[0]', 'items[0].tiers[1]']);
    expect(findings[0]).toMatchObject({ severity: 'error', witness: { count: 0, refused: true } });
    expect(findings[0]?.message).toContain('statutory.also[0] of T-1 (责令停业整顿)');
    expect(decidedKinds(data, findings[0]?.witness)).toEqual(['fine']);
  });

  it('is silent when every tier adds it, or when the statute makes it optional', () => {
    const added = minimalRuleSet({ statutory }, { ...V2, facts });
    for (const tier of added['items'][0].tiers) tier.add = [{ kind: 'suspend-business' }];
    expect(withCode(lint(added), 'conditional-sanction-not-imposed')).toEqual([]);
    const optional = minimalRuleSet(
      { statutory: { ...statutory, also: [{ ...statutory.also[0], optional: true }] } },
      { ...V2, facts },
    );
    expect(withCode(lint(optional), 'conditional-sanction-not-imposed')).toEqual([]);
  });
});

describe('lint: a boundary value in two tiers (tier-boundary-shared)', () => {
  it('warns when 「1次以下」 and 「1次以上」 both hold at 1', () => {
    const data = minimalRuleSet();
    data['items'][0].tiers[0].when = when('count', 'lessThanInclusive', 1);
    data['items'][0].tiers[2].when = when('count', 'greaterThanInclusive', 1);
    const findings = withCode(lint(data, { language: 'en' }), 'tier-boundary-shared');
    expect(findings).toMatchObject([{ severity: 'warning', path: 'items[0].tiers[2]', witness: { count: 1 } }]);
    expect(findings[0]?.message).toContain('count = 1 falls in two tiers of T-1: "lighter" (tiers[0]) and "heavier"');
  });

  it('is silent when one end excludes the number (不足), and under tierSelection unique (tiers-overlap says it)', () => {
    const data = minimalRuleSet();
    data['items'][0].tiers[0].when = when('count', 'lessThan', 1);
    data['items'][0].tiers[2].when = when('count', 'greaterThanInclusive', 1);
    expect(withCode(lint(data), 'tier-boundary-shared')).toEqual([]);
    const unique = minimalRuleSet();
    unique['policy'].tierSelection = 'unique';
    unique['items'][0].tiers[0].when = when('count', 'lessThanInclusive', 1);
    unique['items'][0].tiers[2].when = when('count', 'greaterThanInclusive', 1);
    const codes = lint(unique).map((finding) => finding.code);
    expect(codes).toContain('tiers-overlap');
    expect(codes).not.toContain('tier-boundary-shared');
  });

  it('ignores bounds under not (there ≤ means >)', () => {
    const data = minimalRuleSet();
    data['items'][0].tiers[0].when = { not: when('count', 'greaterThanInclusive', 1) };
    data['items'][0].tiers[2].when = when('count', 'greaterThanInclusive', 1);
    expect(withCode(lint(data), 'tier-boundary-shared')).toEqual([]);
  });
});

describe('lint: enum values without Chinese labels (enum-value-unlabelled)', () => {
  const harm = { type: 'enum', label: '危害后果', values: ['minor', 'serious'] };
  const facts = { count: { type: 'integer', min: 0, label: '次数' }, harm };

  it('warns for an enum fact a tier reads whose values print as themselves', () => {
    const data = minimalRuleSet({}, { facts: { ...facts, harm: { ...harm, valueLabels: { serious: '严重' } } } });
    data['items'][0].tiers[2].when = when('harm', 'equal', 'serious');
    const findings = withCode(lint(data), 'enum-value-unlabelled');
    expect(findings).toMatchObject([
      { severity: 'warning', path: 'facts.harm.valueLabels', witness: { harm: 'minor' } },
    ]);
    expect(findings[0]?.message).toContain('「危害后果为minor」');
  });

  it('is silent when every value has a label', () => {
    const data = minimalRuleSet(
      {},
      { facts: { ...facts, harm: { ...harm, valueLabels: { minor: '轻微', serious: '严重' } } } },
    );
    data['items'][0].tiers[2].when = when('harm', 'equal', 'serious');
    expect(withCode(lint(data), 'enum-value-unlabelled')).toEqual([]);
  });
});
