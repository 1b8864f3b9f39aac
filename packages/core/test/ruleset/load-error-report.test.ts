import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssues, loadRuleSet } from '../../src/index.js';
import { locateIssues, MAX_LOCATED_LENGTH, pathSegments } from '../../src/ruleset/issue-location.js';
import { caughtError, exampleRuleSet, exampleRuleSetText } from '../../../../test-support/builders.js';

/** The example rule set's text with one line changed (the first occurrence of `from`). */
function edited(from: string, to: string): string {
  const text = exampleRuleSetText();
  if (!text.includes(from)) throw new Error(`the example has no "${from}"`);
  return text.replace(from, to);
}

describe('loadRuleSet: where each problem is', () => {
  it('names the item code and the line:column of the key, for a schema problem', () => {
    const text = edited('        label: 从轻\n', '        label: 从轻\n        lable: x\n');
    const line = text.split('\n').indexOf('        lable: x') + 1;
    const error = caughtError(() => loadRuleSet(text, { source: 'a.rules.yaml' }));
    expect(error.issues[0]).toEqual({
      code: 'unknown_key',
      path: 'items[0].tiers[0].lable',
      message: 'unknown key "lable"; expected one of level, label, when, fine, sanctions, add, description',
      item: 'FS-124-1-3',
      line,
      column: 9,
    });
    expect(formatIssues([error.issues[0] as (typeof error.issues)[0]], 'a.rules.yaml')).toBe(
      `a.rules.yaml:${line}:9  FS-124-1-3  items[0].tiers[0].lable  unknown key "lable"; expected one of level, label, when, fine, sanctions, add, description`,
    );
  });

  it('names the item and line of a reference problem, and points a missing key at its mapping', () => {
    const text = edited('fine: { band: heavier }', 'fine: { band: heavy }');
    const error = caughtError(() => loadRuleSet(text));
    const line = text.split('\n').findIndex((l) => l.includes('band: heavy }')) + 1;
    expect(error.issues).toMatchObject([
      { code: 'unknown_band', item: 'FS-124-1-3', line, path: 'items[0].tiers[2].fine.band' },
    ]);
    const missing = caughtError(() => loadRuleSet(edited('    name: 食品经营许可（新办）\n', '')));
    const itemLine = exampleRuleSetText().split('\n').indexOf('  - code: LIC-FS-35') + 1;
    // The name is absent: the issue points at the item it is missing from (its first key).
    expect(missing.issues[0]).toMatchObject({ code: 'missing_key', path: 'items[1].name', item: 'LIC-FS-35' });
    expect(missing.issues[0]).toMatchObject({ line: itemLine, column: 5 });
  });

  it('locates issues in JSON text too, and leaves data without a text unlocated', () => {
    const data = exampleRuleSet();
    data.items[0].tiers[0].fien = 1;
    const fromJson = caughtError(() => loadRuleSet(JSON.stringify(data, null, 2)));
    expect(fromJson.issues[0]).toMatchObject({ path: 'items[0].tiers[0].fien', item: 'FS-124-1-3' });
    expect(fromJson.issues[0]?.line).toBeGreaterThan(1);
    const fromData = caughtError(() => loadRuleSet(data));
    expect(fromData.issues[0]).toEqual({
      code: 'unknown_key',
      path: 'items[0].tiers[0].fien',
      message: 'unknown key "fien"; expected one of level, label, when, fine, sanctions, add, description',
    });
  });

  it('says what a value of the wrong kind is, instead of calling it missing', () => {
    const error = caughtError(() =>
      loadRuleSet(edited('promised: { workingDays: 10 }', 'promised: { workingDays: ten }')),
    );
    expect(error.issues[0]).toMatchObject({
      code: 'invalid_type',
      path: 'items[1].timeLimit.promised.workingDays',
      message: 'expected a number, got "ten"',
    });
  });
});

describe('loadRuleSet: one pass', () => {
  it('reports schema and reference problems of different items together, then what it could not check', () => {
    const data = exampleRuleSet();
    data.items[1].timeLimit.promised.workingDays = 'ten'; // schema: items[1]
    data.items[0].tiers[0].when.all[1].fact = 'harmm'; // reference: items[0]
    data.items[0].basis[0].law = 'FSX'; // reference: items[0]
    const error = caughtError(() => loadRuleSet(stringify(data)));
    expect(error.issues.map((issue) => [issue.code, issue.item, issue.path])).toEqual([
      ['invalid_type', 'LIC-FS-35', 'items[1].timeLimit.promised.workingDays'],
      ['unknown_law', 'FS-124-1-3', 'items[0].basis[0].law'],
      ['undeclared_fact', 'FS-124-1-3', 'items[0].tiers[0].when.all[1].fact'],
      ['not_checked', undefined, ''],
    ]);
    expect(error.issues[3]?.message).toBe(
      'names and references (facts, laws, bands, citations) were not checked in items[1]: fix the problems above first',
    );
  });

  it('keeps the document index of a checked item when an earlier one is left out', () => {
    const data = exampleRuleSet();
    data.items.push({ ...data.items[1], code: 'FS-124-1-3' }); // a duplicate of items[0]'s code, at items[2]
    data.items[1].fien = 1;
    const error = caughtError(() => loadRuleSet(data));
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      // The licensing item's own keys: the branch of the union its kind picks.
      'items[1].fien: unknown key "fien"; expected one of code, name, kind, powerItem, description, basis, timeLimit, conditions, materials',
      'items[2].code: item code "FS-124-1-3" is already used by items[0]',
      ': names and references (facts, laws, bands, citations) were not checked in items[1]: fix the problems above first',
    ]);
  });

  it('stops before the reference checks when the declarations they need are invalid, and says so', () => {
    const data = exampleRuleSet();
    data.facts.harm.type = 'enumeration';
    data.items[0].basis[0].law = 'FSX';
    const error = caughtError(() => loadRuleSet(data));
    expect(error.issues.map((issue) => issue.code)).toEqual(['invalid_value', 'not_checked']);
    expect(error.issues[1]?.message).toBe(
      'names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first',
    );
  });
});

describe('pathSegments', () => {
  it('reads back what formatPath writes', () => {
    expect(pathSegments('items[0].facts["a b"].when.all[12]')).toEqual(['items', 0, 'facts', 'a b', 'when', 'all', 12]);
    expect(pathSegments('[1].holidays[0].to')).toEqual([1, 'holidays', 0, 'to']);
  });
});

describe('locateIssues', () => {
  it('names items only when asked, and leaves text it cannot read as it is', () => {
    const issue = { code: 'unknown_key', path: 'items[0].x', message: 'm' } as const;
    expect(locateIssues('items:\n  - code: A\n    x: 1\n', [issue])).toEqual([{ ...issue, line: 3, column: 5 }]);
    expect(locateIssues('items:\n  - code: A\n    x: 1\n', [issue], { items: true })[0]?.item).toBe('A');
    expect(locateIssues('', [issue])).toEqual([issue]);
  });
});

describe('locateIssues: limits', () => {
  it('gives no place for a key missing at the top, nor for a text too long to read again quickly', () => {
    const issue = { code: 'missing_key', path: 'version', message: 'missing; expected a string' } as const;
    expect(locateIssues('id: x\n', [issue])).toEqual([issue]);
    const long = `a: 1\n${'# padding\n'.repeat(MAX_LOCATED_LENGTH / 10 + 1)}`;
    expect(locateIssues(long, [{ ...issue, path: 'a' }])).toEqual([{ ...issue, path: 'a' }]);
    expect(locateIssues('a: 1\n', [{ ...issue, path: 'a' }])).toEqual([{ ...issue, path: 'a', line: 1, column: 1 }]);
  });
});
