import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { lint, lintRuleSet } from '../../src/lint/index.js';
import { SPEC_EXAMPLES } from '../../../../test-support/builders.js';
import { cleanRuleSet, twoAlternatives, when } from './support.js';

/** A rule set with one error (a statutory gap at 10000) and one warning (an unused fact). */
function flawed(): Record<string, any> {
  const data = cleanRuleSet(twoAlternatives(when('amount', 'lessThan', 10000), when('amount', 'greaterThan', 10000)));
  data.facts.spare = { type: 'boolean', label: '未使用' };
  return data;
}

describe('lint: the public API', () => {
  it('takes data, text, a loaded rule set, { ruleSet, source }, or a list of them, with the same findings', () => {
    const data = flawed();
    const codes = (findings: ReturnType<typeof lint>) => findings.map((f) => [f.code, f.path]);
    const expected = [
      ['statutory-none-holds', 'items[0].statutory.fine'],
      ['unused-fact', 'facts.spare'],
    ];
    expect(codes(lint(data))).toEqual(expected);
    expect(codes(lint(JSON.stringify(data)))).toEqual(expected);
    expect(codes(lint(loadRuleSet(data)))).toEqual(expected);
    expect(codes(lint({ ruleSet: data }))).toEqual(expected);
    expect(codes(lint([{ ruleSet: data, source: 'a.yaml' }]))).toEqual(expected);
    expect(codes(lintRuleSet(loadRuleSet(data)))).toEqual(expected);
  });

  it('puts errors first across rule sets and names the source of each finding', () => {
    const findings = lint([
      { ruleSet: flawed(), source: 'first.yaml' },
      {
        ruleSet: cleanRuleSet(
          {},
          { id: 'other', facts: { ...cleanRuleSet().facts, spare: { type: 'boolean', label: '未使用' } } },
        ),
        source: 'second.yaml',
      },
      { ruleSet: { ...cleanRuleSet({}, { id: 'third' }), colour: 'red' }, source: 'third.yaml' },
    ]);
    expect(findings.map((f) => [f.severity, f.code, f.source])).toEqual([
      ['error', 'statutory-none-holds', 'first.yaml'],
      ['error', 'unknown_key', 'third.yaml'],
      ['warning', 'unused-fact', 'first.yaml'],
      ['warning', 'unused-fact', 'second.yaml'],
      ['warning', 'not_checked', 'third.yaml'],
    ]);
  });

  it('reports on the spec examples only their unlabelled enum (危害后果为minor), alone or together as a history', () => {
    const examples = ['food-safety.rules.yaml', 'food-safety-2023.rules.yaml'].map((name) => ({
      ruleSet: readFileSync(`${SPEC_EXAMPLES}${name}`, 'utf8'),
      source: name,
    }));
    // The contract examples declare harm without valueLabels (their digest is pinned, so they stay
    // as the spec has them): the published table would print 「危害后果为none」. Nothing else.
    const unlabelled = (source: string) => ({
      code: 'enum-value-unlabelled',
      severity: 'warning',
      path: 'facts.harm.valueLabels',
      source,
    });
    for (const example of examples) expect(lint(example)).toMatchObject([unlabelled(example.source)]);
    expect(lint(examples)).toMatchObject(examples.map((example) => unlabelled(example.source)));
  });
});
