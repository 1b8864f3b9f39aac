import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured, scratchFolder } from './support/cli.js';
import { SPEC_EXAMPLES, exampleRuleSetText } from '../../../test-support/builders.js';

/** Runs the CLI in-process and collects what it prints. */
const cli = (...argv: string[]) => runCliCaptured(argv);

const { dir, file } = scratchFolder('cailiang-cli-');

const RULES = `${SPEC_EXAMPLES}food-safety.rules.yaml`;
const CASE = file(
  'case.yaml',
  'item: FS-124-1-3\nparty: { kind: organization }\nfacts: { goodsValue: "8000", illegalIncome: "1200", priorViolations: 0, harm: minor, childrenFood: false }\ndates: { act: "2025-03-10" }\n',
);

describe('cailiang decide', () => {
  it('prints the decision as JSON with --json', async () => {
    const { code, stdout, stderr } = await cli('decide', '--rules', RULES, '--case', CASE, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const decision = JSON.parse(stdout);
    expect(decision.sanctions[0]).toMatchObject({ kind: 'fine', min: '65000', max: '85000' });
  });

  it('prints a readable decision with its citations by default', async () => {
    const { code, stdout } = await cli('decide', '--rules', RULES, '--case', CASE);
    expect(code).toBe(0);
    expect(stdout).toContain('罚款 65000 – 85000 元 (法定幅度 50000 – 100000 元)');
    expect(stdout).toContain('处罚依据 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
  });

  it('prints Chinese headings and warnings by default, English ones with --lang en; the JSON keys stay', async () => {
    const chinese = await cli('decide', '--rules', RULES, '--case', CASE);
    expect(chinese.stdout).toContain('\n结果 给予行政处罚 (penalty)\n');
    expect(chinese.stdout).toMatch(/\n注意 \[limitation-not-checked\] .*未核查追责期限/);
    const english = await cli('decide', '--rules', RULES, '--case', CASE, '--lang', 'en');
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('\nOutcome penalty\n');
    expect(english.stdout).toContain('  fine 65000 – 85000 yuan (statutory range 50000 – 100000 yuan)');
    // The statute's words stay as written; only the role before them is English.
    expect(english.stdout).toContain('  penalty basis 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    expect(english.stdout).toMatch(/\nWarning \[limitation-not-checked\] .*the limitation period/);
    expect(english.stdout).not.toMatch(/结果|注意|依据\n|未核查/);
    const json = async (...lang: string[]) =>
      JSON.parse((await cli('decide', '--rules', RULES, '--case', CASE, '--json', ...lang)).stdout);
    const [zh, en] = [await json(), await json('--lang', 'en')];
    expect(Object.keys(en)).toEqual(Object.keys(zh));
    expect(en.warnings.map((w: { code: string }) => w.code)).toEqual(zh.warnings.map((w: { code: string }) => w.code));
    expect(en.warnings).toContainEqual({
      code: 'limitation-not-checked',
      message: expect.stringContaining('the limitation period'),
    });
    expect(await cli('decide', '--rules', RULES, '--case', CASE, '--lang', 'fr')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--lang expects zh or en, got "fr"'),
    });
  });

  it('explains in Chinese then English by default, in English alone with --lang en', async () => {
    const both = (await cli('decide', '--rules', RULES, '--case', CASE, '--explain')).stdout;
    expect(both).toContain('\n裁量说理\n');
    expect(both).toContain('\nReasoning\n');
    const english = (await cli('decide', '--rules', RULES, '--case', CASE, '--explain', '--lang', 'en')).stdout;
    expect(english).toContain('\nReasoning\n');
    expect(english).not.toContain('裁量说理');
  });

  it("prints a licence's basis as 许可依据, with the deemed acceptance and what an extension requires", async () => {
    const rules = fileURLToPath(new URL('../../benchmarks/rules/food-licensing.rules.yaml', import.meta.url));
    const kase = file(
      'licensing-case.yaml',
      'item: FSL-39-additive\nfacts: { additivePremisesEquipment: true, additiveStaffAndRules: true }\ndates: { received: "2026-02-12" }\n',
    );
    const { code, stdout } = await cli('decide', '--rules', rules, '--case', kase);
    expect(code).toBe(0);
    expect(stdout).toContain('许可依据 《中华人民共和国食品安全法》第三十九条第一款');
    expect(stdout).not.toContain('处罚依据');
    expect(stdout).toContain('视为受理 2026-02-12 《中华人民共和国行政许可法》第三十二条第一款第（四）项');
    expect(stdout).toContain(
      '期限 statutory-extended 2026-04-01 (30 个工作日)\n  须 经本行政机关负责人批准；将延长期限的理由告知申请人',
    );
  });

  it('reports a bad rule set with the file and path, exit 2, no stack trace', async () => {
    const bad = file(
      'bad.rules.yaml',
      exampleRuleSetText().replace('fine: { band: heavier }', 'fine: { band: heavy }'),
    );
    // In English, the loader's own sentence (Chinese, lint's wording, is the default: load-errors-language.test.ts).
    const { code, stderr, stdout } = await cli('decide', '--rules', bad, '--case', CASE, '--json', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${bad}:80:17  FS-124-1-3  items[0].tiers[2].fine.band  unknown band "heavy"; policy.fineBands has lighter, general, heavier\n`,
    );
    // --json: the same issues, as the one JSON object a program reading stdout expects.
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'INVALID_RULE_SET',
        source: bad,
        issues: [
          {
            code: 'unknown_band',
            path: 'items[0].tiers[2].fine.band',
            message: 'unknown band "heavy"; policy.fineBands has lighter, general, heavier',
            item: 'FS-124-1-3',
            line: 80,
            column: 17,
          },
        ],
      },
    });
  });

  it('reports a bad case with the case file and the fact', async () => {
    const badCase = file(
      'bad-case.json',
      JSON.stringify({ item: 'FS-124-1-3', facts: { goodsValue: 'lots' }, dates: { act: '2025-03-10' } }),
    );
    const { code, stderr } = await cli('decide', '--rules', RULES, '--case', badCase);
    expect(code).toBe(2);
    expect(stderr).toContain(`${badCase}: facts.goodsValue: expected a decimal amount`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file and usage errors with exit 2', async () => {
    expect(await cli('decide', '--rules', join(dir, 'nope.yaml'), '--case', CASE)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('文件不存在'),
    });
    expect(await cli('decide', '--case', CASE)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --rules'),
    });
    expect(await cli('decide', '--bogus')).toMatchObject({ code: 2 });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command') });
  });

  it("shows the command's own usage with a usage error, both forms of review, not every command", async () => {
    const decide = await cli('decide', '--case', CASE);
    expect(decide.stderr).toContain('missing --rules FILE\nusage: cailiang decide --rules FILE');
    expect(decide.stderr).not.toContain('cailiang lint');
    const deadline = await cli('deadline', '--start', '2025-09-26');
    expect(deadline.stderr).toContain('usage: cailiang deadline --start DATE (--working-days N | --clock NAME)');
    expect(deadline.stderr).toContain('[--holidays FILE…] [--no-adjusted-workdays]');
    const review = await cli('review', '--bogus');
    expect(review.stderr).toContain('--imposed FILE [--json]');
    expect(review.stderr).toContain('--batch CASES.ndjson|-');
    expect(review.stderr).not.toContain('cailiang batch');
  });
});

describe('cailiang test', () => {
  it('runs the normative example fixtures: all pass', async () => {
    const { code, stdout } = await cli('test', `${SPEC_EXAMPLES}food-safety.fixtures.yaml`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('5 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('shows a readable diff and exits 1 when a case does not match', async () => {
    const fixtures = file(
      'wrong.fixtures.yaml',
      `rules: [ ${RULES} ]\ncases:\n  - name: wrong maximum\n    case: { item: FS-124-1-3, facts: { goodsValue: "8000", illegalIncome: "0", priorViolations: 0, harm: minor, childrenFood: false }, dates: { act: "2025-03-10" } }\n    expect: { sanctions: [ { kind: fine, max: "90000" } ] }\n`,
    );
    const { code, stdout } = await cli('test', fixtures);
    expect(code).toBe(1);
    expect(stdout).toContain('wrong maximum');
    expect(stdout).toContain('85000');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('cailiang lint', () => {
  it('reports no error for the example', async () => {
    const { code, stdout } = await cli('lint', '--rules', RULES, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('reports schema errors as findings and exits 1', async () => {
    const bad = file(
      'lint-bad.rules.yaml',
      exampleRuleSetText()
        .replace('lighter: ["0", "0.3"]', 'lighter: ["0", "0.2"]')
        .replace('operator: lessThan', 'operator: lessThen'),
    );
    const { code, stdout } = await cli('lint', '--rules', bad, '--json');
    expect(code).toBe(1);
    const codes = JSON.parse(stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('unknown-operator');
  });

  it('reports band gaps in a rule set that loads', async () => {
    const gappy = file(
      'gap.rules.yaml',
      exampleRuleSetText().replace('lighter: ["0", "0.3"]', 'lighter: ["0", "0.2"]'),
    );
    const { code, stdout } = await cli('lint', '--rules', gappy, '--json');
    expect(code).toBe(1);
    // The example's enum harm has no valueLabels: that warning comes after the error.
    expect(JSON.parse(stdout).findings).toMatchObject([
      { code: 'bands-gap', severity: 'error', path: 'policy.fineBands.general' },
      { code: 'enum-value-unlabelled', severity: 'warning', path: 'facts.harm.valueLabels' },
    ]);
  });
});

describe('cailiang lint on files that do not parse', () => {
  it('still prints JSON with --json: the syntax error, once, on its line, as an error finding', async () => {
    const broken = file('broken.rules.yaml', exampleRuleSetText().replace(/\nitems:/, '\n items:'));
    const { code, stdout, stderr } = await cli(
      'lint',
      '--rules',
      broken,
      '--rules',
      RULES,
      '--rules',
      join(dir, 'missing.rules.yaml'),
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as {
      code: string;
      severity: string;
      source: string;
      message: string;
    }[];
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([
      {
        code: 'unreadable',
        severity: 'error',
        path: '',
        source: join(dir, 'missing.rules.yaml'),
        message: '无法读取文件：文件不存在',
      },
      expect.objectContaining({
        code: 'syntax',
        severity: 'error',
        source: broken,
        message: expect.stringMatching(/^第\d+行第2列：此键缩进1个空格，而第\d+行的键缩进/),
      }),
    ]);
  });

  it('prints the same without --json, one line each', async () => {
    const broken = file('broken2.rules.yaml', 'format: cailiang.rule-set/v1\nid: x\nid: y\n');
    const { code, stdout } = await cli('lint', '--rules', broken);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${broken}: 错误 syntax: 第3行第1列：键 id 在同一层中出现两次，只能保留一个\n1个错误，0个警示\n`,
    );
    const english = await cli('lint', '--rules', broken, '--lang', 'en');
    expect(english.stdout).toBe(
      `${broken}: error syntax: line 3, column 1: the key id appears twice in the same mapping; keep one\n1 error(s), 0 warning(s)\n`,
    );
  });
});

describe('cailiang schema', () => {
  it('prints a JSON Schema that describes the format', async () => {
    const { code, stdout } = await cli('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.format).toMatchObject({ enum: ['cailiang.rule-set/v1', 'cailiang.rule-set/v2'] });
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'items']));
    expect(schema.$defs.Condition.oneOf).toHaveLength(4);
  });
});

describe('cailiang deadline', () => {
  it('counts working days from the start, across the National Day holiday', async () => {
    expect(await cli('deadline', '--start', '2025-09-26', '--working-days', '20')).toEqual({
      code: 0,
      stdout: '2025-10-30\n',
      stderr: '',
    });
  });

  it('does not count excluded periods', async () => {
    const { stdout } = await cli(
      'deadline',
      '--start',
      '2025-09-26',
      '--working-days',
      '20',
      '--exclude',
      '2025-10-13..2025-10-17',
      '--json',
    );
    expect(JSON.parse(stdout)).toMatchObject({
      date: '2025-11-06',
      workingDays: 20,
      excluded: [{ from: '2025-10-13', to: '2025-10-17' }],
    });
  });

  it('counts the clocks of 行政许可法 by name, with the provision quoted', async () => {
    // Thu 2026-02-12 (春节 2026: Sat 02-14 and Sat 02-28 worked, 02-15..02-23 off), counted by hand:
    // 02-13 1, 02-14 2, 02-24 3, 02-25 4, 02-26 5 … 03-18 20
    expect(await cli('deadline', '--start', '2026-02-12', '--clock', 'correction')).toEqual({
      code: 0,
      stdout:
        '2026-02-26\n《中华人民共和国行政许可法》第三十二条第一款第（四）项：在五日内一次告知申请人需要补正的全部内容\n',
      stderr: '',
    });
    expect((await cli('deadline', '--start', '2026-02-12', '--clock', 'decision')).stdout).toMatch(/^2026-03-18\n/);
    const renewal = JSON.parse(
      (await cli('deadline', '--start', '2026-06-30', '--clock', 'renewal-application', '--json')).stdout,
    );
    expect(renewal).toMatchObject({
      clock: 'renewal-application',
      expires: '2026-06-30',
      daysBefore: 30,
      date: '2026-05-31',
    });
  });

  it("labels the clock's provision in English with --lang en, the statute's text and the date unchanged", async () => {
    const args = ['deadline', '--start', '2026-02-12', '--clock', 'decision'];
    const chinese = (await cli(...args)).stdout;
    expect(chinese).toBe(
      '2026-03-18\n《中华人民共和国行政许可法》第四十二条第一款：自受理行政许可申请之日起二十日内作出行政许可决定\n',
    );
    expect((await cli(...args, '--lang', 'en')).stdout).toBe(
      '2026-03-18\nProvision (statute text, Chinese): 《中华人民共和国行政许可法》第四十二条第一款：自受理行政许可申请之日起二十日内作出行政许可决定\n',
    );
    expect((await cli(...args, '--json', '--lang', 'en')).stdout).toBe((await cli(...args, '--json')).stdout);
    expect((await cli(...args, '--lang', 'de')).code).toBe(2);
  });

  it('refuses an unknown clock, and a clock with --working-days', async () => {
    const unknown = await cli('deadline', '--start', '2026-02-12', '--clock', 'decide');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('expected one of correction, decision, decision-extended');
    const both = await cli('deadline', '--start', '2026-02-12', '--clock', 'decision', '--working-days', '20');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('leave out --working-days');
  });

  it('counts a 调休 Sunday as a working day unless told not to', async () => {
    expect((await cli('deadline', '--start', '2025-09-26', '--working-days', '1')).stdout).toBe('2025-09-28\n');
    expect(
      (await cli('deadline', '--start', '2025-09-26', '--working-days', '1', '--no-adjusted-workdays')).stdout,
    ).toBe('2025-09-29\n');
  });

  it("refuses a date past the known years, and takes next year's notice from a file", async () => {
    const past = await cli('deadline', '--start', '2026-12-28', '--working-days', '5');
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('2027 is not known yet');
    const notice = file(
      'holidays-2027.yaml',
      'year: 2027\nsource: { title: 国务院办公厅关于2027年部分节假日安排的通知（测试用）, papers: [] }\nholidays: [ { name: 元旦, from: "2027-01-01", to: "2027-01-03" } ]\nworkdays: []\n',
    );
    expect(await cli('deadline', '--start', '2026-12-28', '--working-days', '5', '--holidays', notice)).toMatchObject({
      code: 0,
      stdout: '2027-01-05\n',
    });
  });

  it("names a holiday file's problems at positions in that file, not in the calendar it was added to", async () => {
    const SOURCE = 'source: { title: 国务院办公厅关于2027年部分节假日安排的通知（测试用）, papers: [] }';
    const list = file(
      'holidays-list.yaml',
      `- year: 2027\n  ${SOURCE}\n  holidays: [ { name: 元旦, from: "2027-01-01", to: "2027-01-03" }, { name: 春节, from: "2027-02-30", to: "2027-02-12" } ]\n  workdays: []\n`,
    );
    const listed = await cli('deadline', '--start', '2026-12-28', '--working-days', '5', '--holidays', list);
    expect([listed.code, listed.stderr]).toEqual([
      2,
      // Line 3, column 79: the `from` of 春节 in the file as the user wrote it.
      `${list}:3:79  [0].holidays[1].from  February 2027 has 28 days: "2027-02-30" is no date\n`,
    ]);
    const single = file(
      'holidays-single.yaml',
      `year: 2027\n${SOURCE}\nholidays: [ { name: 元旦, from: "2027-01-01", to: "2027-01-03" } ]\n`,
    );
    const one = await cli('deadline', '--start', '2026-12-28', '--working-days', '5', '--holidays', single);
    expect([one.code, one.stderr]).toEqual([
      2,
      expect.stringMatching(new RegExp(`^${single.replace(/[.\\/]/g, '\\$&')}: workdays: `)),
    ]);
    const again = file('holidays-2025.yaml', `year: 2025\n${SOURCE}\nholidays: []\nworkdays: []\n`);
    const shipped = await cli('deadline', '--start', '2025-02-03', '--working-days', '5', '--holidays', again);
    expect(shipped.stderr).toContain(
      `${again}:1:1  year  2025 is already arranged by the shipped arrangement for 2025`,
    );
  });

  it('reports malformed arguments with exit 2', async () => {
    expect(await cli('deadline', '--start', '2025-02-30', '--working-days', '5')).toMatchObject({
      code: 2,
      stderr: '--start: February 2025 has 28 days: "2025-02-30" is no date\n',
    });
    expect(await cli('deadline', '--start', '2025-02-03', '--working-days', 'five')).toMatchObject({ code: 2 });
    expect(
      await cli('deadline', '--start', '2025-02-03', '--working-days', '5', '--exclude', '2025-02-10'),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('FROM..TO') });
  });
});

describe('cailiang review', () => {
  const imposed = (fine: string) =>
    file(
      `imposed-${fine}.json`,
      JSON.stringify({
        sanctions: [
          { kind: 'fine', amount: fine },
          { kind: 'confiscate-illegal-income', amount: '1200' },
          { kind: 'confiscate-illegal-goods' },
        ],
        hearingOffered: true,
      }),
    );

  it('passes a decision within the tier, exit 0', async () => {
    const { code, stdout } = await cli(
      'review',
      '--rules',
      RULES,
      '--case',
      CASE,
      '--imposed',
      imposed('70000'),
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'pass', findings: [] });
  });

  it('fails a fine above the statutory maximum, exit 1, with the citation', async () => {
    const { code, stdout } = await cli('review', '--rules', RULES, '--case', CASE, '--imposed', imposed('120000'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^不通过 FS-124-1-3 /);
    expect(stdout).toContain('错误 fine-outside-statutory: 罚款120000元（法定幅度50000元至100000元');
    expect(stdout).toContain('《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
  });

  it('writes the findings in English with --lang en, same codes; refuses another language', async () => {
    const english = await cli(
      'review',
      '--rules',
      RULES,
      '--case',
      CASE,
      '--imposed',
      imposed('120000'),
      '--lang',
      'en',
    );
    expect(english.code).toBe(1);
    expect(english.stdout).toMatch(/^FAIL FS-124-1-3 /);
    expect(english.stdout).toContain('error fine-outside-statutory: the fine 120000 (statutory 50000–100000');
    expect(
      await cli('review', '--rules', RULES, '--case', CASE, '--imposed', imposed('120000'), '--lang', 'fr'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--lang expects zh or en, got "fr"'),
    });
  });

  it("words the decision's warnings in the --lang language too", async () => {
    const run = async (...lang: string[]) =>
      JSON.parse(
        (await cli('review', '--rules', RULES, '--case', CASE, '--imposed', imposed('70000'), '--json', ...lang))
          .stdout,
      ).decision.warnings;
    expect(await run()).toContainEqual({
      code: 'limitation-not-checked',
      message: expect.stringContaining('未核查追责期限'),
    });
    expect(await run('--lang', 'en')).toContainEqual({
      code: 'limitation-not-checked',
      message: expect.stringContaining('the limitation period'),
    });
  });

  it('names the imposed file for a malformed decision, exit 2', async () => {
    const bad = file('imposed-bad.json', '{"sanctions": [{"kind": "fines"}]}');
    expect(await cli('review', '--rules', RULES, '--case', CASE, '--imposed', bad)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`${bad}: imposed.sanctions[0].kind`),
    });
  });
});
