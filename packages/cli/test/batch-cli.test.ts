import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@cailiang/core';
import { loadRuleSetFile } from '@cailiang/core/node';
import { runCliCaptured, scratchFolder } from './support/cli.js';
import { FOOD_RULES, generateFoodCases, generateReviewLines, ndjson } from '../../../test-support/generate-cases.js';

/** Runs the CLI in-process with `stdin` as its standard input (workers=1 runs in this thread). */
const cli = runCliCaptured;

const { dir, file } = scratchFolder('cailiang-batch-cli-');
const engine = createEngine([loadRuleSetFile(FOOD_RULES)]);
const CASES = generateFoodCases(300, 11, 0);
const GOOD = ndjson(CASES);
const EXPECTED = CASES.map((kase) => `${JSON.stringify(engine.decide(kase))}\n`).join('');

describe('cailiang batch (in-process, --workers 1)', () => {
  it('writes one decision per line, in input order, as `decide` would give it', async () => {
    const run = await cli(['batch', '--rules', FOOD_RULES], GOOD);
    expect(run.stdout).toBe(EXPECTED);
    expect(run.stderr).toBe('批量裁量：300 行 · 作出裁量 300 行 · 错误记录 0 条\n');
    expect(run.code).toBe(0);
    const english = await cli(['batch', '--rules', FOOD_RULES, '--lang', 'en'], GOOD);
    expect(english.stderr).toBe('batch: 300 lines · 300 decided · 0 error records\n');
  });

  it("words the decisions' warnings in Chinese by default and in English with --lang en, keys unchanged", async () => {
    // No discovery date: the limitation period is not checked, and the decision says so.
    const kase = { ...(CASES[0] as object), dates: { act: '2025-03-10' } };
    const warnings = async (...lang: string[]) =>
      JSON.parse((await cli(['batch', '--rules', FOOD_RULES, '--no-trace', ...lang], JSON.stringify(kase))).stdout)
        .warnings;
    expect(await warnings()).toContainEqual({
      code: 'limitation-not-checked',
      message: expect.stringContaining('未核查追责期限'),
    });
    expect(await warnings('--lang', 'en')).toContainEqual({
      code: 'limitation-not-checked',
      message: expect.stringContaining('the limitation period'),
    });
    expect((await cli(['batch', '--rules', FOOD_RULES, '--lang', 'xx'], JSON.stringify(kase))).code).toBe(2);
  });

  it('answers every bad line with an error record carrying its line number, and exits 1', async () => {
    const [a, b, c] = CASES.map((kase) => JSON.stringify(kase));
    const input = [
      a,
      'not json',
      '',
      `${b}\r`,
      '{"item":"FS-999"}',
      '{"item":"FS-124-1-3","facts":{"harm":"terrible"}}',
      '[1,2',
      c,
    ].join('\n');
    const run = await cli(['batch', '--rules', FOOD_RULES, '--no-trace'], input);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(8);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((record) => record.error?.code ?? record.outcome)).toEqual([
      'penalty',
      'PARSE_ERROR',
      'PARSE_ERROR',
      expect.any(String),
      'UNKNOWN_ITEM',
      'INVALID_CASE',
      'PARSE_ERROR',
      expect.any(String),
    ]);
    expect(records.map((record) => record.line)).toEqual([undefined, 2, 3, undefined, 5, 6, 7, undefined]);
    expect(records[1].error.issues[0]).toMatchObject({ code: 'invalid_json', path: '' });
    expect(records[2].error.issues[0]).toMatchObject({ code: 'blank_line' });
    expect(records[5].error.issues.map((issue: { path: string }) => issue.path)).toContain('facts.harm');
    expect(records[0].trace).toEqual([]);
    expect(run.stderr).toBe(
      '批量裁量：8 行 · 作出裁量 3 行 · 错误记录 5 条（PARSE_ERROR 3、INVALID_CASE 1、UNKNOWN_ITEM 1）\n',
    );
    expect(run.code).toBe(1);
  });

  it('resumes from a partial output file: the cut-off last line is written again, not duplicated', async () => {
    const out = join(dir, 'resumed.ndjson');
    const expected = EXPECTED.split('\n');
    // 120 whole lines, then the first half of line 121, as a run stopped mid-write leaves it.
    writeFileSync(out, `${expected.slice(0, 120).join('\n')}\n${(expected[120] as string).slice(0, 500)}`);
    const run = await cli(['batch', '--rules', FOOD_RULES, '--out', out, '--resume'], GOOD);
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('批量裁量：300 行 · 作出裁量 300 行 · 错误记录 0 条（自第 120 行之后续接）\n');
    expect(run.code).toBe(0);
    // Resuming a finished output changes nothing.
    expect((await cli(['batch', '--rules', FOOD_RULES, '--out', out, '--resume'], GOOD)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED);
  });

  it('--shard K/N decides every N-th line; the N outputs interleaved are the unsharded output', async () => {
    // A bad line in the middle, so an error record shows its number in the whole input.
    const lines = GOOD.split('\n').filter((line) => line !== '');
    lines[7] = 'not json';
    const input = `${lines.join('\n')}\n`;
    const whole = (await cli(['batch', '--rules', FOOD_RULES], input)).stdout.split('\n').slice(0, -1);
    const shards: string[][] = [];
    for (const index of [1, 2, 3]) {
      const run = await cli(['batch', '--rules', FOOD_RULES, '--shard', `${index}/3`], input);
      shards.push(run.stdout.split('\n').slice(0, -1));
    }
    expect(shards.map((shard) => shard.length)).toEqual([100, 100, 100]);
    // Line 8 is shard 2's third line.
    expect(JSON.parse(shards[1]?.[2] as string)).toMatchObject({ line: 8, error: { code: 'PARSE_ERROR' } });
    const interleaved = whole.map((_, line) => shards[line % 3]?.[Math.floor(line / 3)]);
    expect(interleaved).toEqual(whole);
  });

  it('resumes a shard after its last whole line, checking each line against the input line it answers', async () => {
    const shard = await cli(['batch', '--rules', FOOD_RULES, '--shard', '2/4'], GOOD);
    const expected = shard.stdout.split('\n');
    const out = file(
      'shard-resumed.ndjson',
      `${expected.slice(0, 30).join('\n')}\n${(expected[30] as string).slice(0, 99)}`,
    );
    const run = await cli(['batch', '--rules', FOOD_RULES, '--shard', '2/4', '--out', out, '--resume'], GOOD);
    expect(readFileSync(out, 'utf8')).toBe(shard.stdout);
    // Output line 30 answers input line 2 + 29 × 4 = 118.
    expect(run.stderr).toBe('批量裁量：75 行 · 作出裁量 75 行 · 错误记录 0 条（自第 118 行之后续接）\n');
    // A decision record does not carry its line, so a shard's output resumed with another K is
    // only caught by its length: 75 lines of shard 2/4 cannot be the start of shard 2/5 (60 lines).
    const other = file('shard-other.ndjson', shard.stdout);
    const refused = await cli(['batch', '--rules', FOOD_RULES, '--shard', '2/5', '--out', other, '--resume'], GOOD);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'the output already answers the input up to line 372, but the input has only 300 lines',
    );
  });

  it('refuses a --shard that is not K/N with 1 ≤ K ≤ N', async () => {
    for (const shard of ['0/3', '4/3', '2', 'a/b']) {
      const run = await cli(['batch', '--rules', FOOD_RULES, '--shard', shard], GOOD);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('expected --shard i/n with 1 ≤ i ≤ n');
    }
  });

  it('counts the error records already in a resumed output in its exit code', async () => {
    const input = `${GOOD}not json\n${GOOD}`;
    const full = await cli(['batch', '--rules', FOOD_RULES], input);
    const out = file('resume-errors.ndjson', full.stdout.split('\n').slice(0, 305).join('\n'));
    const run = await cli(['batch', '--rules', FOOD_RULES, '--out', out, '--resume'], input);
    expect(readFileSync(out, 'utf8')).toBe(full.stdout);
    expect(run.stderr).toBe(
      '批量裁量：601 行 · 作出裁量 600 行 · 错误记录 1 条（PARSE_ERROR 1）（自第 304 行之后续接）\n',
    );
    expect(run.code).toBe(1);
  });

  it('refuses to resume an output it did not write, or one longer than the input', async () => {
    const foreign = file('foreign.ndjson', '{"hello":"world"}\n');
    expect(await cli(['batch', '--rules', FOOD_RULES, '--out', foreign, '--resume'], GOOD)).toMatchObject({
      code: 2,
      stderr: `${foreign}: --resume: line 1 of the output is not a decision record for line 1; resume only continues an output this command wrote\n`,
    });
    const longer = file('longer.ndjson', EXPECTED);
    expect(
      await cli(['batch', '--rules', FOOD_RULES, '--out', longer, '--resume'], ndjson(CASES.slice(0, 10))),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'the output already answers the input up to line 300, but the input has only 10 lines',
      ),
    });
  });

  it('refuses --resume without --out: stdout cannot be read back', async () => {
    expect(await cli(['batch', '--rules', FOOD_RULES, '--resume'], GOOD)).toEqual({
      code: 2,
      stdout: '',
      stderr: '--resume: needs --out FILE: a run can only continue a file, and stdout cannot be read back\n',
    });
  });

  it.skipIf(!existsSync('/dev/full'))('reports a full disk with exit 2 and a message', async () => {
    const run = await cli(['batch', '--rules', FOOD_RULES, '--out', '/dev/full'], GOOD);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '/dev/full: cannot write: ENOSPC: no space left on device, write; the output holds 0 whole lines, continue it with --resume\n',
    );
  });

  it('reports a closed pipe on stdout with exit 2 and a message', async () => {
    let accepted = 0;
    const pipe = new Writable({
      write(_chunk, _encoding, callback) {
        if (accepted++ < 1) return callback();
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const run = await cli(['batch', '--rules', FOOD_RULES], ndjson(generateFoodCases(1000, 3, 0)), {
      stdoutStream: () => pipe,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('stdout: cannot write: write EPIPE; the output holds 256 whole lines\n');
  });

  it('says how to get worker threads when the built worker is missing (running from sources)', async () => {
    const run = await cli(['batch', '--rules', FOOD_RULES, '--workers', '2'], GOOD);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^--workers: worker threads need the built worker script, and .*batch-worker\.js is missing: run `pnpm build`, or use --workers 1\n$/,
    );
  });

  it('checks its arguments before touching the output', async () => {
    const out = file('untouched.ndjson', 'kept\n');
    expect(await cli(['batch', '--rules', FOOD_RULES, '--workers', '0', '--out', out], GOOD)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--workers: expected a whole number'),
    });
    expect(await cli(['batch', '--rules', join(dir, 'missing.yaml'), '--out', out], GOOD)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('文件不存在'),
    });
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await cli(['batch', '--rules', FOOD_RULES], GOOD, { stderrIsTTY: true });
    expect(tty.stderr).toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the progress line's ANSI erase-line sequence is what is tested
      /^\r[\d,]+ lines · [\d,]+ lines\/s\x1b\[K(.|\n)*\r300 lines · [\d,]+ lines\/s\x1b\[K\n批量裁量：300 行/,
    );
    expect(tty.stdout).toBe(EXPECTED);
    expect((await cli(['batch', '--rules', FOOD_RULES], GOOD)).stderr).not.toContain('\r');
  });

  it('explains batches with --help', async () => {
    const run = await cli(['batch', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('blank lines are errors, not skipped');
  });
});

describe('cailiang review --batch (in-process)', () => {
  const lines = generateReviewLines(200, 5);
  const input = file('review.ndjson', `${ndjson(lines)}{"case":{}}\n`);

  it('writes { line, verdict, findings, item } per line, a summary table, and exits 1 when a review fails', async () => {
    const run = await cli(['review', '--rules', FOOD_RULES, '--batch', input]);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(201);
    expect(records.map((record) => record.line)).toEqual(Array.from({ length: 201 }, (_, index) => index + 1));
    expect(Object.keys(records.find((record) => record.verdict === 'fail'))).toEqual([
      'line',
      'verdict',
      'findings',
      'item',
    ]);
    expect(records[200]).toEqual({
      line: 201,
      error: {
        code: 'PARSE_ERROR',
        issues: [
          {
            code: 'missing',
            path: 'imposed',
            message: 'missing "imposed"; a review line is { "case": …, "imposed": … }',
          },
        ],
      },
    });
    const fails = records.filter((record) => record.verdict === 'fail').length;
    expect(run.stderr).toMatch(
      new RegExp(
        `^批量审核：201 行 · 通过 \\d+ · 需说明理由 \\d+ · 不通过 ${fails} · 错误记录 \\d+ 条（.*PARSE_ERROR 1.*）\\n  案件数  类别  问题\\n`,
      ),
    );
    expect(run.code).toBe(1);
  });

  it('reads the records evaluate --save-synthetic writes, "synthetic" mark and all; evaluate still counts them', async () => {
    const saved = join(dir, 'synthetic.ndjson');
    const made = await cli([
      'evaluate',
      '--rules',
      FOOD_RULES,
      '--synthetic',
      '40',
      '--seed',
      '3',
      '--save-synthetic',
      saved,
      '--out',
      join(dir, 'synthetic.html'),
    ]);
    expect(made.code).toBe(0);
    const written = readFileSync(saved, 'utf8').trimEnd().split('\n');
    expect(written).toHaveLength(40);
    expect(written.every((line) => JSON.parse(line).synthetic === true)).toBe(true);
    const reviewed = await cli(['review', '--rules', FOOD_RULES, '--batch', saved]);
    const records = reviewed.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(40);
    expect(records.filter((record) => record.error !== undefined)).toEqual([]);
    expect(records.every((record) => ['pass', 'warn', 'fail'].includes(record.verdict))).toBe(true);
    // The same file read back by evaluate: every record still counted as synthetic.
    const again = await cli([
      'evaluate',
      '--rules',
      FOOD_RULES,
      '--decisions',
      saved,
      '--out',
      join(dir, 'again.html'),
    ]);
    expect(again.stdout).toMatch(/^已评估记录 40 条（其中合成记录 40 条）/);
  });

  it('refuses a "synthetic" mark that is not true or false, naming it', async () => {
    const kase = lines[0] as Record<string, unknown>;
    const run = await cli(
      ['review', '--rules', FOOD_RULES, '--batch', '-'],
      `${JSON.stringify({ ...kase, synthetic: 'yes' })}\n`,
    );
    expect(JSON.parse(run.stdout)).toEqual({
      line: 1,
      error: {
        code: 'PARSE_ERROR',
        issues: [{ code: 'invalid_type', path: 'synthetic', message: '"synthetic" is true or false' }],
      },
    });
  });

  it('puts case errors under case.… in the record', async () => {
    const bad = file(
      'review-bad.ndjson',
      `${JSON.stringify({ case: { ...(lines[0]?.['case'] as object), item: 'NOPE' }, imposed: { sanctions: [] } })}\n`,
    );
    const run = await cli(['review', '--rules', FOOD_RULES, '--batch', bad]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      line: 1,
      error: { code: 'UNKNOWN_ITEM', issues: [{ path: 'case.item' }] },
    });
  });

  it('writes a Markdown report, worst cases first, with citations', async () => {
    const report = join(dir, 'review.md');
    await cli([
      'review',
      '--rules',
      FOOD_RULES,
      '--batch',
      input,
      '--out',
      join(dir, 'review-out.ndjson'),
      '--report',
      report,
      '--lang',
      'en',
    ]);
    const text = readFileSync(report, 'utf8');
    expect(text).toMatch(
      /^# Batch review report \(法制审核\)\n\n- Input: .*review\.ndjson, 201 lines\n- Rule set: example\.samr\.food-safety 2024\.1 \(sha256:[0-9a-f]{64}\)\n/,
    );
    const headings = [...text.matchAll(/^### Line (\d+): (fail|warn)/gm)].map((match) => match[2]);
    expect(headings.length).toBeGreaterThan(10);
    expect(headings.indexOf('warn') === -1 || headings.lastIndexOf('fail') < headings.indexOf('warn')).toBe(true);
    expect(text).toContain('  - 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    expect(text).toContain('| 201 | PARSE\\_ERROR | missing "imposed"; a review line is { "case": …, "imposed": … } |');
  });

  it("review merge: the shards' partials, merged in any order, give the single run's report and summary byte for byte", async () => {
    const single = { md: join(dir, 'single.md'), html: join(dir, 'single.html') };
    const whole = await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--report', single.md]);
    await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--report', single.html]);
    const partials: string[] = [];
    for (const index of [1, 2, 3]) {
      const partial = join(dir, `review-part-${index}.json`);
      await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--shard', `${index}/3`, '--partial', partial]);
      partials.push(partial);
    }
    for (const order of [
      [0, 1, 2],
      [2, 0, 1],
      [1, 2, 0],
    ]) {
      const files = order.map((index) => partials[index] as string);
      const merged = { md: join(dir, 'merged.md'), html: join(dir, 'merged.html') };
      const run = await cli(['review', 'merge', ...files, '--report', merged.md]);
      await cli(['review', 'merge', ...files, '--report', merged.html]);
      expect(readFileSync(merged.md, 'utf8')).toBe(readFileSync(single.md, 'utf8'));
      expect(readFileSync(merged.html, 'utf8')).toBe(readFileSync(single.html, 'utf8'));
      expect(run.stdout).toBe(whole.stderr);
      expect(run.code).toBe(whole.code);
    }
    // A merge of merges: two shards merged into a partial, then with the third.
    const pair = join(dir, 'review-pair.json');
    await cli(['review', 'merge', partials[0] as string, partials[1] as string, '--partial', pair]);
    const again = join(dir, 'merged-again.md');
    await cli(['review', 'merge', pair, partials[2] as string, '--report', again]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(single.md, 'utf8'));
  });

  it('review merge refuses what is not a review partial, and partials of other rule sets', async () => {
    const wrong = file('not-partial.json', '{"format":"cailiang.evaluation-partial/v1"}');
    const run = await cli(['review', 'merge', wrong, '--report', join(dir, 'x.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a review partial');
    const partial = join(dir, 'review-one.json');
    await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--partial', partial]);
    const data = JSON.parse(readFileSync(partial, 'utf8'));
    data.ruleSets[0].digest = 'sha256:0';
    const other = file('review-other.json', JSON.stringify(data));
    const mismatch = await cli(['review', 'merge', partial, other]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('made under other rule sets');
    data.tally.lines = -1;
    const broken = file('review-broken.json', JSON.stringify(data));
    expect((await cli(['review', 'merge', broken])).stderr).toContain('tally.lines: expected a whole number ≥ 0');
  });

  it('writes the report and the findings in Chinese by default', async () => {
    const report = join(dir, 'review-zh.html');
    const out = join(dir, 'review-zh.ndjson');
    await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--out', out, '--report', report]);
    const page = readFileSync(report, 'utf8');
    expect(page).toContain('<h1>批量法制审核报告</h1>');
    expect(page).toContain('<h2>审核结论</h2>');
    expect(page).not.toContain('Verdicts');
    const findings = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"findings":[{'))
      .map((line) => JSON.parse(line) as { findings: { message: string }[] });
    expect(findings.length).toBeGreaterThan(0);
    // The Chinese messages cite amounts in 元; none is the English sentence.
    expect(
      findings.every((record) => record.findings.every((finding) => !/^the |^a penalty/.test(finding.message))),
    ).toBe(true);
  });

  it('refuses mixed or misplaced options', async () => {
    expect(await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--case', input])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('leave out --case and --imposed'),
    });
    expect(
      await cli(['review', '--rules', FOOD_RULES, '--workers', '2', '--case', input, '--imposed', input]),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('--workers goes with --batch') });
    expect(await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--report', 'report.pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--report: expected a file ending in .md or .html'),
    });
    expect(await cli(['review', '--rules', FOOD_RULES, '--batch', join(dir, 'none.ndjson')])).toMatchObject({
      code: 2,
      stderr: `${join(dir, 'none.ndjson')}: 无法读取文件：文件不存在\n`,
    });
    expect(await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--out', input])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('the output file is the input file'),
    });
  });

  it('reads stdin with --batch -', async () => {
    const run = await cli(['review', '--rules', FOOD_RULES, '--batch', '-'], ndjson(lines.slice(0, 3)));
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).line),
    ).toEqual([1, 2, 3]);
  });
});
