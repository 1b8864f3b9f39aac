import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBatchRuleSets } from '../src/batch/batch-setup.js';
import { runCliCaptured, scratchFolder } from './support/cli.js';
import type { CliRun } from './support/cli.js';
import { FOOD_RULES, generateFoodCases } from '../../../test-support/generate-cases.js';

const cli = runCliCaptured;
const { dir, file } = scratchFolder('cailiang-batch-rule-files-');

/** Good YAML, but not a rule set: refused when validated. */
const INVALID = file('invalid.rules.yaml', 'format: cailiang/rules@1\nid: broken\n');
/** Not YAML at all: refused when parsed. */
const UNPARSABLE = file('unparsable.rules.yaml', 'format: [unclosed\n');
/** A YAML document that is one string, holding the text of a rule set: not a rule set. */
const QUOTED = file('quoted.rules.yaml', JSON.stringify('format: cailiang/rules@1\n'));
const CASE = generateFoodCases(1, 3, 0)[0];
const CASE_FILE = file('case.json', JSON.stringify(CASE));

/** What `cailiang decide` and `cailiang batch` answer for the same rule files (and one case). */
async function both(rules: string[]): Promise<{ decide: CliRun; batch: CliRun }> {
  const flags = rules.flatMap((path) => ['--rules', path]);
  return {
    decide: await cli(['decide', ...flags, '--case', CASE_FILE]),
    batch: await cli(['batch', ...flags], `${JSON.stringify(CASE)}\n`),
  };
}

/** What `cailiang evaluate` answers for the same rule files (on a record file that is never reached). */
async function evaluate(rules: string[]): Promise<CliRun> {
  return cli([
    'evaluate',
    ...rules.flatMap((path) => ['--rules', path]),
    '--decisions',
    CASE_FILE,
    '--out',
    join(dir, 'report.html'),
  ]);
}

describe('cailiang batch and cailiang evaluate read their rule files as cailiang decide does', () => {
  it('reports an invalid first file before an unparsable second one, as decide does', async () => {
    const { decide, batch } = await both([INVALID, UNPARSABLE]);
    expect(decide.code).toBe(2);
    expect(decide.stderr.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/invalid.rules.yaml:1:1  format  format 应为 cailiang.rule-set/v2（或旧版 cailiang.rule-set/v1）
      <dir>/invalid.rules.yaml: version: 缺少此项，应为文本
      <dir>/invalid.rules.yaml: title: 缺少此项，应为文本
      <dir>/invalid.rules.yaml: issuer: 缺少此项，应为文本
      <dir>/invalid.rules.yaml: document: 缺少此项，应为文本
      <dir>/invalid.rules.yaml: effective: 缺少此项，应为对象（键值）
      <dir>/invalid.rules.yaml: laws: 缺少此项，应为对象（键值）
      <dir>/invalid.rules.yaml: facts: 缺少此项，应为对象（键值）
      <dir>/invalid.rules.yaml: items: 缺少此项，应为列表
      <dir>/invalid.rules.yaml: 名称和引用（事实、法律、罚款档、引用条文）未核查：须先使上述声明有效
      "
    `);
    expect(batch).toEqual(decide);
    expect(await evaluate([INVALID, UNPARSABLE])).toEqual(decide);
  });

  it('reports an unparsable first file before an invalid second one, as decide does', async () => {
    const { decide, batch } = await both([UNPARSABLE, INVALID]);
    expect(decide.code).toBe(2);
    expect(decide.stderr).toContain(UNPARSABLE);
    expect(decide.stderr).not.toContain(INVALID);
    expect(batch).toEqual(decide);
    expect(await evaluate([UNPARSABLE, INVALID])).toEqual(decide);
  });

  it('refuses a document that is only a string as decide does, without parsing the string', async () => {
    const { decide, batch } = await both([QUOTED]);
    expect(decide.code).toBe(2);
    expect(decide.stderr).toContain(QUOTED);
    expect(batch).toEqual(decide);
  });

  it('decides as decide does once the files are good', async () => {
    const decide = await cli(['decide', '--rules', FOOD_RULES, '--case', CASE_FILE, '--json']);
    const batch = await cli(['batch', '--rules', FOOD_RULES], `${JSON.stringify(CASE)}\n`);
    expect(decide.code).toBe(0);
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout)).toEqual(JSON.parse(decide.stdout));
  });
});

describe('loadBatchRuleSets', () => {
  it('stops at the first file refused, before reading the next', () => {
    expect(() => loadBatchRuleSets([INVALID, join(dir, 'missing.rules.yaml')])).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE_SET', source: INVALID }),
    );
  });

  it('returns each file parsed, for the workers, beside its validated rule set', () => {
    const { sources, ruleSets } = loadBatchRuleSets([FOOD_RULES]);
    expect(sources).toHaveLength(1);
    expect(ruleSets).toHaveLength(1);
    expect(sources[0]).toMatchObject({ id: ruleSets[0]?.id, version: ruleSets[0]?.version });
    expect(Object.isFrozen(ruleSets[0])).toBe(true);
  });
});
