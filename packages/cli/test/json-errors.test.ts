import { describe, expect, it } from 'vitest';
import { SPEC_EXAMPLES, exampleRuleSetText } from '../../../test-support/builders.js';
import { runCliCaptured, scratchFolder } from './support/cli.js';

const cli = (...argv: string[]) => runCliCaptured(argv);
const { file } = scratchFolder('cailiang-json-errors-');
const RULES = `${SPEC_EXAMPLES}food-safety.rules.yaml`;
/** A case for FS-124-1-3 that decides (一般); the tests break one part of it at a time. */
const CASE_TEXT =
  'item: FS-124-1-3\nparty: { kind: organization }\nfacts: { goodsValue: "8000", illegalIncome: "0", priorViolations: 0, harm: minor, childrenFood: false }\ndates: { act: "2025-03-10", discovered: "2025-05-06", decision: "2025-06-20" }\n';
const CASE = file('case.yaml', CASE_TEXT);

/** The `{ error }` object a failed --json run printed on stdout, with its exit code. */
async function jsonFailure(...argv: string[]) {
  const run = await cli(...argv);
  return { code: run.code, error: (JSON.parse(run.stdout) as { error: unknown }).error };
}

describe('--json on a failure', () => {
  it('decide: one JSON object naming the case file and the impossible date', async () => {
    const bad = file('bad-date.yaml', CASE_TEXT.replace('"2025-03-10"', '"2025-02-30"'));
    expect(await jsonFailure('decide', '--rules', RULES, '--case', bad, '--json')).toEqual({
      code: 2,
      error: {
        code: 'INVALID_CASE',
        source: bad,
        issues: [
          expect.objectContaining({ path: 'dates.act', message: 'February 2025 has 28 days: "2025-02-30" is no date' }),
        ],
      },
    });
  });

  it('deadline: a usage error, with no file', async () => {
    expect(await jsonFailure('deadline', '--start', '2024-02-30', '--working-days', '5', '--json')).toEqual({
      code: 2,
      error: {
        code: 'USAGE',
        source: null,
        issues: [{ code: 'usage', path: '--start', message: 'February 2024 has 29 days: "2024-02-30" is no date' }],
      },
    });
  });

  it('review, diff and lint: their failures too', async () => {
    const review = await jsonFailure('review', '--rules', RULES, '--case', CASE, '--imposed', 'missing.json', '--json');
    expect(review).toMatchObject({ code: 2, error: { code: 'IO_ERROR' } });
    const diff = await jsonFailure('diff', '--from', RULES, '--to', file('broken.yaml', 'a: [\n'), '--json');
    expect(diff).toMatchObject({ code: 2, error: { code: 'PARSE_ERROR', issues: [{ code: 'syntax' }] } });
    const lint = await jsonFailure('lint', '--rules', RULES, '--json', '--colour');
    expect(lint).toMatchObject({ code: 2, error: { code: 'USAGE' } });
  });

  it('lint: a file that does not parse is a finding, with its line in the message', async () => {
    const stray = file('stray.rules.yaml', 'id: x\nitems:\n  - code: A\n     name: b\n');
    const run = await cli('lint', '--rules', stray, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({
      code: 'syntax',
      message: expect.stringMatching(/^第4行第6列：此键缩进5个空格/),
    });
  });

  it('test: an unknown expect key, and the results as JSON when the file is good', async () => {
    const fixtures = (expect: string) =>
      `rules: [${RULES}]\ncases:\n  - name: 一般\n    case: { item: FS-124-1-3, party: { kind: organization }, facts: { goodsValue: "8000", illegalIncome: "0", priorViolations: 0, harm: minor, childrenFood: false }, dates: { act: "2025-03-10", discovered: "2025-05-06", decision: "2025-06-20" } }\n    expect: { ${expect} }\n`;
    const typo = file('typo.fixtures.yaml', fixtures('teir: { level: general }'));
    const refused = await jsonFailure('test', typo, '--json');
    expect(refused.code).toBe(2);
    expect(refused.error).toMatchObject({
      code: 'INVALID_FIXTURES',
      source: typo,
      issues: [
        {
          code: 'unknown_key',
          path: 'cases[0].expect.teir',
          message: expect.stringMatching(/^未知的键“teir”；此处可以使用的键：outcome、ruleSet、item、tier、/),
        },
      ],
    });
    const good = file('good.fixtures.yaml', fixtures('tier: { level: general }'));
    const passed = await cli('test', good, '--json');
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout).files).toMatchObject([{ passed: 1, failed: 0 }]);
    expect((await cli('test', good, '--json', '--update')).code).toBe(2);
  });

  it('prints text only without --json, and JSON on stdout only with it', async () => {
    const bad = file(
      'bad.rules.yaml',
      exampleRuleSetText().replace('fine: { band: heavier }', 'fine: { band: heavy }'),
    );
    const text = await cli('decide', '--rules', bad, '--case', CASE);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(
      /bad\.rules\.yaml:\d+:\d+ {2}FS-124-1-3 {2}items\[0\]\.tiers\[2\]\.fine\.band {2}引用了未定义的罚款档“heavy”/,
    );
  });
});

describe('one load, every problem', () => {
  it('decide prints the schema problem of one item and the reference problems of another together', async () => {
    const text = exampleRuleSetText()
      .replace('promised: { workingDays: 10 }', 'promised: { workingDays: ten }')
      .replace('fine: { band: heavier }', 'fine: { band: heavy }');
    const both = file('both.rules.yaml', text);
    const run = await cli('decide', '--rules', both, '--case', CASE, '--lang', 'en');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      / {2}LIC-FS-35 {2}items\[1\]\.timeLimit\.promised\.workingDays {2}expected a number, got "ten"$/,
    );
    expect(lines[1]).toMatch(/ {2}FS-124-1-3 {2}items\[0\]\.tiers\[2\]\.fine\.band {2}unknown band "heavy"/);
    expect(lines[2]).toBe(
      `${both}: names and references (facts, laws, bands, citations) were not checked in items[1]: fix the problems above first`,
    );
  });
});
