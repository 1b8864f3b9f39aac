import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { cleanRuleSet, when } from './support.js';

/** The codes of what lint reports for a rule set that does not load. */
function codesOf(data: unknown): { code: string; path: string }[] {
  return lint(data).map(({ code, path }) => ({ code, path }));
}

describe('lint: load errors under the legality-review codes', () => {
  it('fallback-count: two tiers without when', () => {
    const data = cleanRuleSet();
    delete data.items[0].tiers[2].when;
    expect(codesOf(data)).toEqual([{ code: 'fallback-count', path: 'items[0].tiers[2].when' }]);
  });

  it('undeclared-fact: a condition names a fact that is neither declared nor a circumstance', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[0].when = when('cuont', 'equal', 0);
    expect(codesOf(data)).toEqual([{ code: 'undeclared-fact', path: 'items[0].tiers[0].when.all[0].fact' }]);
  });

  it('unknown-law: a citation names a law the rule set does not declare', () => {
    const data = cleanRuleSet();
    data.items[0].basis = [{ law: 'FSL', article: 124 }];
    expect(codesOf(data)).toEqual([{ code: 'unknown-law', path: 'items[0].basis[0].law' }]);
  });

  it('missing-citation: a penalty item without violates, with an empty basis, an exemption without basis', () => {
    const data = cleanRuleSet();
    delete data.items[0].violates;
    data.items[0].basis = [];
    data.items[0].exemptions = [{ id: 'first', mandatory: false, when: when('count', 'equal', 0) }];
    expect(codesOf(data)).toEqual([
      { code: 'missing-citation', path: 'items[0].violates' },
      { code: 'missing-citation', path: 'items[0].basis' },
      { code: 'missing-citation', path: 'items[0].exemptions[0].basis' },
      { code: 'not_checked', path: '' },
    ]);
  });

  it('unknown-band: a tier names a band policy.fineBands lacks', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[2].fine = { band: 'heavy' };
    expect(codesOf(data)).toEqual([{ code: 'unknown-band', path: 'items[0].tiers[2].fine.band' }]);
  });

  it('unknown-operator: an operator json-rules-engine does not have', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[2].when = when('count', 'greaterThenInclusive', 2);
    expect(codesOf(data)).toEqual([
      { code: 'unknown-operator', path: 'items[0].tiers[2].when.all[0].operator' },
      { code: 'not_checked', path: '' },
    ]);
  });

  it('keeps the loader code of other problems, and reports nothing else for a rule set that does not load', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[0].fien = { band: 'lighter' };
    data.policy.fineBands.lighter = ['0', '0.2']; // a band gap, not reported: the rule set did not load
    // The note says what was not checked (items[0]'s names and references), so a clean second run is no surprise.
    expect(codesOf(data)).toEqual([
      { code: 'unknown_key', path: 'items[0].tiers[0].fien' },
      { code: 'not_checked', path: '' },
    ]);
  });

  it('reports none of these for the clean rule set', () => {
    expect(lint(cleanRuleSet())).toEqual([]);
  });
});
