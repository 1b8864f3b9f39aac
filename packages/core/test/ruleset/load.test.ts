import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CailiangError, createEngine, loadRuleSet, ruleSetDigest, safeLoadRuleSet } from '../../src/index.js';
import type { RuleSet } from '../../src/index.js';
import { exampleRuleSet, exampleRuleSetText, minimalRuleSet } from '../../../../test-support/builders.js';

/** The issues a rule set is refused with, as `path: message` lines. */
function problems(input: unknown): string[] {
  const result = safeLoadRuleSet(input);
  if (result.success) throw new Error('expected the rule set to be refused');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('loadRuleSet', () => {
  it('loads both normative examples unchanged', () => {
    expect(loadRuleSet(exampleRuleSetText()).version).toBe('2024.1');
    expect(loadRuleSet(exampleRuleSetText('food-safety-2023.rules.yaml')).version).toBe('2023.1');
  });

  it('returns a deep-frozen rule set', () => {
    const ruleSet = loadRuleSet(exampleRuleSetText());
    expect(Object.isFrozen(ruleSet)).toBe(true);
    expect(Object.isFrozen(ruleSet.items[0])).toBe(true);
    expect(Object.isFrozen(ruleSet.policy?.fineBands)).toBe(true);
  });

  it('does not change the object it is given', () => {
    const data = exampleRuleSet();
    const before = JSON.stringify(data);
    loadRuleSet(data);
    expect(JSON.stringify(data)).toBe(before);
    expect(Object.isFrozen(data)).toBe(false);
  });

  it('refuses unknown keys, naming the path', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[2].fien = { band: 'heavier' };
    data.polcy = {};
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[2].fien: unknown key "fien"; expected one of level, label, when, fine, sanctions, add, description",
        "polcy: unknown key "polcy"; expected one of $schema, format, id, version, title, issuer, document, registration, provenance, effective, policy, laws, facts, tableRules, guidance, items",
        ": names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first",
      ]
    `);
  });

  it('refuses an unknown band', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[2].fine.band = 'heavy';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[2].fine.band: unknown band "heavy"; policy.fineBands has lighter, general, heavier",
      ]
    `);
  });

  it('refuses an unknown law key', () => {
    const data = exampleRuleSet();
    data.items[0].basis[0].law = 'FSLX';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].basis[0].law: unknown law "FSLX"; declared laws are FSL, ALL, APL",
      ]
    `);
  });

  it('refuses an undeclared fact in a condition', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[0].when.all[0].fact = 'priorViolation';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[0].when.all[0].fact: unknown fact "priorViolation": it is neither a declared fact nor a general circumstance",
      ]
    `);
  });

  it('refuses an unknown operator', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[2].when.any[1].operator = 'equals';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[2].when.any[1].operator: unknown operator "equals"; expected one of equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in, notIn, contains, doesNotContain",
        ": names and references (facts, laws, bands, citations) were not checked in items[0]: fix the problems above first",
      ]
    `);
  });

  it('refuses malformed money and impossible dates', () => {
    const data = exampleRuleSet();
    data.items[0].statutory.fine[0].range.min = '5万';
    data.items[0].statutory.fine[0].range.max = 1e25;
    data.effective.from = '2025-02-30';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "effective.from: February 2025 has 28 days: "2025-02-30" is no date",
        "items[0].statutory.fine[0].range.min: expected a decimal amount such as "12345.67", got "5万"",
        "items[0].statutory.fine[0].range.max: expected a decimal string such as "12345.67" (this number cannot be represented exactly), got 1e+25",
        ": names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first",
      ]
    `);
  });

  it('refuses a wrong format tag and a missing item list', () => {
    expect(problems({ ...exampleRuleSet(), format: 'cailiang.rule-set/v3', items: undefined })).toMatchInlineSnapshot(`
      [
        "format: expected format: cailiang.rule-set/v2 (or cailiang.rule-set/v1)",
        "items: missing; expected an array",
        ": names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first",
      ]
    `);
  });

  it('refuses reserved and malformed fact names', () => {
    const data = exampleRuleSet();
    data.facts['1st'] = { type: 'boolean', label: 'x' };
    data.facts.constructor = { type: 'boolean', label: 'x' };
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "facts["1st"]: "1st" is not a name: use letters, digits and _ (not starting with a digit)",
        "facts.constructor: "constructor" is reserved and cannot be used as a name",
        ": names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first",
      ]
    `);
  });

  it('refuses two fallback tiers, duplicate levels and duplicate item codes', () => {
    const data = exampleRuleSet();
    delete data.items[0].tiers[0].when;
    data.items[0].tiers[3].level = 'heavier';
    data.items[1].code = 'FS-124-1-3';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[1].when: tiers[0] is already the fallback (the tier without when); give this tier a condition",
        "items[0].tiers[3].level: tier level "heavier" is already used by tiers[2]",
        "items[1].code: item code "FS-124-1-3" is already used by items[0]",
      ]
    `);
  });

  it('refuses a band of a statutory range without maximum', () => {
    const data = minimalRuleSet({ statutory: { fine: [{ range: { min: '2000' } }] } });
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[0].fine.band: a band is a share of the statutory range, but statutory.fine[0] has no max (「…以上」); give this tier an absolute range",
        "items[0].tiers[1].fine.band: a band is a share of the statutory range, but statutory.fine[0] has no max (「…以上」); give this tier an absolute range",
        "items[0].tiers[2].fine.band: a band is a share of the statutory range, but statutory.fine[0] has no max (「…以上」); give this tier an absolute range",
      ]
    `);
  });

  it('refuses a condition value of the wrong type for its fact', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[0].when.all[1].value = 'catastrophic';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[0].when.all[1].value: expected one of "none", "minor", "serious" for the enum fact "harm", got "catastrophic"",
      ]
    `);
  });

  it('refuses json-rules-engine features that have no meaning over scalar facts', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[0].when.all[0].path = '$.x';
    expect(problems(data)).toMatchInlineSnapshot(`
      [
        "items[0].tiers[0].when.all[0].path: "path" is not supported: facts are declared scalars, so there is no object to select a path in",
        ": names and references (facts, laws, bands, citations) were not checked in items[0]: fix the problems above first",
      ]
    `);
  });

  it('throws a CailiangError naming the source', () => {
    try {
      loadRuleSet('format: [unclosed', { source: 'broken.yaml' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CailiangError);
      expect((error as CailiangError).code).toBe('PARSE_ERROR');
      expect((error as CailiangError).message).toMatch(/^broken\.yaml: line 1/);
    }
  });

  it('refuses duplicate YAML keys', () => {
    const text = exampleRuleSetText().replace('version: "2024.1"', 'version: "2024.1"\nversion: "2024.2"');
    expect(() => loadRuleSet(text)).toThrow(/the key version appears twice in the same mapping/);
  });
});

describe('ruleSetDigest', () => {
  it('is the same for the YAML and the JSON form of one rule set', () => {
    const fromYaml = loadRuleSet(exampleRuleSetText());
    const fromJson = loadRuleSet(JSON.stringify(exampleRuleSet(), null, 2));
    expect(ruleSetDigest(fromYaml)).toBe(ruleSetDigest(fromJson));
    expect(ruleSetDigest(fromYaml)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not depend on key order or on amounts written as numbers', () => {
    const data = exampleRuleSet();
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    reordered.items[0].statutory.fine[0].range = { max: 100000, min: 50000 };
    expect(ruleSetDigest(loadRuleSet(stringify(reordered)))).toBe(ruleSetDigest(loadRuleSet(data)));
  });

  it('carries its digest on the loaded rule set, where neither the JSON nor the digest sees it', () => {
    const ruleSet = loadRuleSet(exampleRuleSetText());
    expect(Object.keys(ruleSet)).toEqual(Object.keys(exampleRuleSet()));
    expect(JSON.parse(JSON.stringify(ruleSet))).toEqual(exampleRuleSet());
    expect(ruleSetDigest(loadRuleSet(JSON.parse(JSON.stringify(ruleSet))))).toBe(ruleSetDigest(ruleSet));
  });

  it('of an object that was never loaded does not make it pass as loaded', () => {
    // A digest asked of raw data must not vouch for it: the engine would then skip validation.
    const data = exampleRuleSet();
    data.items[0].code = 'has a space';
    expect(ruleSetDigest(data as unknown as RuleSet)).toMatch(/^sha256:/);
    expect(() => createEngine([data])).toThrow(CailiangError);
  });

  it('of an object that was never loaded follows the object as it changes', () => {
    const data = exampleRuleSet();
    const before = ruleSetDigest(data as unknown as RuleSet);
    data.items[0].statutory.fine[0].range.max = '100001';
    expect(ruleSetDigest(data as unknown as RuleSet)).not.toBe(before);
  });

  it('changes when a number changes', () => {
    const data = exampleRuleSet();
    data.items[0].statutory.fine[0].range.max = '100001';
    expect(ruleSetDigest(loadRuleSet(data))).not.toBe(ruleSetDigest(loadRuleSet(exampleRuleSet())));
  });
});

describe('loadRuleSet of an object that can never change', () => {
  /** The example rule set frozen all the way down, except where `keep` says. */
  function frozen<T>(value: T, keep: (path: string) => boolean = () => false, path = ''): T {
    if (value === null || typeof value !== 'object') return value;
    for (const [key, child] of Object.entries(value)) frozen(child, keep, `${path}/${key}`);
    return keep(path) ? value : Object.freeze(value);
  }

  it('loads it once: the same rule set each time', () => {
    const data = frozen(exampleRuleSet());
    const first = loadRuleSet(data);
    expect(loadRuleSet(data)).toBe(first);
    expect(createEngine([data]).ruleSets[0]).toBe(first);
  });

  it('loads a copy that is not frozen all through again, so a change is seen', () => {
    const data = frozen(exampleRuleSet(), (path) => path === '/items/0/tiers/2/fine');
    expect(Object.isFrozen(data)).toBe(true);
    const first = loadRuleSet(data);
    expect(loadRuleSet(data)).not.toBe(first);
    data.items[0].tiers[2].fine.band = 'heavy';
    expect(() => loadRuleSet(data)).toThrow(/unknown band "heavy"/);
  });

  it('loads an object with a getter again, since the getter may answer differently', () => {
    let band = 'heavier';
    const data = exampleRuleSet();
    const fine = data.items[0].tiers[2].fine;
    Object.defineProperty(fine, 'band', { get: () => band, enumerable: true });
    frozen(data);
    loadRuleSet(data);
    band = 'heavy';
    expect(() => loadRuleSet(data)).toThrow(/unknown band "heavy"/);
  });

  it('remembers nothing under limits of its own: they may refuse what the default ones accept', () => {
    const data = frozen(exampleRuleSet());
    const first = loadRuleSet(data);
    expect(() => loadRuleSet(data, { limits: { maxNodes: 10 } })).toThrow(CailiangError);
    expect(loadRuleSet(data, { limits: { maxNodes: 1_000_000 } })).not.toBe(first);
  });

  it('is not fooled by a plain object, which may change after loading', () => {
    const data = exampleRuleSet();
    const first = loadRuleSet(data);
    expect(loadRuleSet(data)).not.toBe(first);
  });
});
