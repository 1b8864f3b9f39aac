import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { cleanRuleSet } from './support.js';

describe('lint: unused-fact', () => {
  it('warns of a declared fact no item reads', () => {
    // The minimal rule set declares `amount` and never reads it.
    expect(lint(minimalRuleSet())).toMatchObject([{ code: 'unused-fact', severity: 'warning', path: 'facts.amount' }]);
  });

  it('counts a fact read only as an amount (a sanction of, a multiple of) as used', () => {
    expect(
      lint(
        minimalRuleSet({
          statutory: {
            fine: [{ range: { min: '10000', max: '50000' } }],
            with: [{ kind: 'confiscate-illegal-income', of: 'amount' }],
          },
        }),
      ),
    ).toEqual([]);
    expect(lint(minimalRuleSet({ statutory: { fine: [{ multiple: { of: 'amount', min: '1', max: '5' } }] } }))).toEqual(
      [],
    );
  });
});

describe('lint: version-overlap', () => {
  const version = (name: string, effective: Record<string, string>) => cleanRuleSet({}, { version: name, effective });

  it('reports two versions of one id in force on the same day, both ends inclusive', () => {
    const findings = lint(
      [
        { ruleSet: version('2024', { from: '2024-01-01', until: '2025-01-01' }), source: 'v2024.yaml' },
        { ruleSet: version('2025', { from: '2025-01-01' }), source: 'v2025.yaml' },
      ],
      { language: 'en' },
    );
    expect(findings).toMatchObject([
      { code: 'version-overlap', severity: 'error', path: 'effective', source: 'v2025.yaml' },
    ]);
    expect(findings[0]?.message).toContain('both in force on 2025-01-01');
  });

  it('compares every pair: an open-ended first version overlaps the third', () => {
    const findings = lint(
      [
        version('1', { from: '2023-01-01' }),
        version('2', { from: '2024-01-01', until: '2024-06-30' }),
        version('3', { from: '2024-07-01' }),
      ],
      { language: 'en' },
    );
    expect(findings.map((f) => f.message.match(/versions (\S+) .* and (\S+) /)?.slice(1))).toEqual([
      ['1', '2'],
      ['1', '3'],
    ]);
  });

  it('reports the same version given twice', () => {
    expect(lint([version('1', { from: '2023-01-01' }), version('1', { from: '2023-01-01' })])).toMatchObject([
      { code: 'duplicate-version', path: 'version' },
    ]);
  });

  it('is not reported for a history, nor across different ids', () => {
    expect(
      lint([version('2024', { from: '2024-01-01', until: '2024-12-31' }), version('2025', { from: '2025-01-01' })]),
    ).toEqual([]);
    expect(lint([cleanRuleSet(), cleanRuleSet({}, { id: 'test.other' })])).toEqual([]);
  });
});

describe('lint: checks on the rule set as written', () => {
  it('bands-overlap and bands-gap', () => {
    const overlap = cleanRuleSet();
    overlap.policy.fineBands.general = ['0.2', '0.7'];
    expect(lint(overlap)).toMatchObject([{ code: 'bands-overlap', path: 'policy.fineBands.general' }]);
    const gap = cleanRuleSet();
    gap.policy.fineBands.heavier = ['0.7', '0.9'];
    expect(lint(gap)).toMatchObject([{ code: 'bands-gap', path: 'policy.fineBands' }]);
  });

  it('add-not-authorised: a tier adds a sanction the statute does not provide', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[2].add = [{ kind: 'revoke-licence' }];
    expect(lint(data)).toMatchObject([{ code: 'add-not-authorised', path: 'items[0].tiers[2].add[0].kind' }]);
    data.items[0].statutory.also = [{ kind: 'revoke-licence' }];
    expect(lint(data)).toEqual([]);
  });

  it('range-ratio: a warning when a tier range spans more than 10×', () => {
    const data = minimalRuleSet(
      { statutory: { fine: [{ range: { min: '1000', max: '50000' } }] } },
      { facts: { count: { type: 'integer', min: 0, label: '次数' } } },
    );
    data.items[0].tiers[1].fine = { range: { min: '1000', max: '20000' } };
    expect(lint(data)).toMatchObject([{ code: 'range-ratio', severity: 'warning', path: 'items[0].tiers[1].fine' }]);
    data.items[0].tiers[1].fine = { range: { min: '2000', max: '20000' } };
    expect(lint(data)).toEqual([]);
  });
});
