import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured, scratchFolder } from './support/cli.js';
import { SPEC_EXAMPLES } from '../../../test-support/builders.js';

// Issue #20: a command that cannot load its files says so in Chinese by default, with the same
// sentences lint uses, and in the loader's English with --lang en; codes, paths and lines unchanged.

const { dir, file } = scratchFolder('cailiang-load-lang-');
const BROKEN = file('broken.rules.yaml', 'format: cailiang.rule-set/v1\nid: x\nid: y\n');
const MISSING = join(dir, 'missing.rules.yaml');
const RULES = `${SPEC_EXAMPLES}food-safety.rules.yaml`;
const CASE = file('case.yaml', 'item: X\nfacts: {}\ndates: { act: "2025-03-10" }\n');
const ZH_SYNTAX = `${BROKEN}: 第3行第1列：键 id 在同一层中出现两次，只能保留一个\n`;
const EN_SYNTAX = `${BROKEN}: line 3, column 1: the key id appears twice in the same mapping; keep one\n`;

/** Each command, with the arguments that make it load `rules` first. */
const COMMANDS: readonly (readonly [string, (rules: string) => string[]])[] = [
  ['decide', (rules) => ['decide', '--rules', rules, '--case', CASE]],
  ['review', (rules) => ['review', '--rules', rules, '--case', CASE, '--imposed', CASE]],
  ['review --batch', (rules) => ['review', '--rules', rules, '--batch', '-', '--workers', '1']],
  ['batch', (rules) => ['batch', '--rules', rules, '--workers', '1']],
  ['render', (rules) => ['render', '--rules', rules, '--format', 'md']],
  ['diff', (rules) => ['diff', '--from', rules, '--to', rules]],
  ['evaluate', (rules) => ['evaluate', '--rules', rules, '--decisions', CASE, '--out', join(dir, 'r.html')]],
];

describe('load errors in the command’s language (#20)', () => {
  it.each(COMMANDS)('%s: a YAML problem in Chinese by default, in English with --lang en', async (_name, argv) => {
    const zh = await runCliCaptured(argv(BROKEN));
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(ZH_SYNTAX);
    const en = await runCliCaptured([...argv(BROKEN), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(EN_SYNTAX);
  });

  it.each(COMMANDS)('%s: a file that cannot be read, in Chinese by default', async (_name, argv) => {
    const zh = await runCliCaptured(argv(MISSING));
    expect(zh.stderr).toBe(`${MISSING}: 无法读取文件：文件不存在\n`);
    const en = await runCliCaptured([...argv(MISSING), '--lang=en']);
    expect(en.stderr).toBe(`${MISSING}: cannot read the file: no such file\n`);
  });

  it('test: a fixture file that cannot be read; deadline: a holiday file that cannot be read', async () => {
    const fixtures = join(dir, 'none.fixtures.yaml');
    expect((await runCliCaptured(['test', fixtures])).stderr).toBe(`${fixtures}: 无法读取文件：文件不存在\n`);
    expect((await runCliCaptured(['test', fixtures, '--lang', 'en'])).stderr).toBe(
      `${fixtures}: cannot read the file: no such file\n`,
    );
    const holidays = join(dir, 'none.holidays.yaml');
    const deadline = ['deadline', '--start', '2025-03-10', '--working-days', '5', '--holidays', holidays];
    expect((await runCliCaptured(deadline)).stderr).toBe(`${holidays}: 无法读取文件：文件不存在\n`);
    expect((await runCliCaptured([...deadline, '--lang', 'en'])).stderr).toBe(
      `${holidays}: cannot read the file: no such file\n`,
    );
  });

  it('a file that cannot be written, in Chinese by default, the reason the command gives included', async () => {
    const nowhere = join(dir, 'no-such-folder', 'table.md');
    const render = ['render', '--rules', RULES, '--format', 'md', '--out', nowhere];
    expect((await runCliCaptured(render)).stderr).toMatch(new RegExp(`^${nowhere}: 无法写入文件：ENOENT`));
    expect((await runCliCaptured([...render, '--lang', 'en'])).stderr).toMatch(
      new RegExp(`^${nowhere}: cannot write the file: ENOENT`),
    );
    const taken = file('taken.ndjson', '');
    const synthetic = [
      'evaluate',
      '--rules',
      RULES,
      '--synthetic',
      '2',
      '--save-synthetic',
      taken,
      '--out',
      join(dir, 's.html'),
    ];
    expect((await runCliCaptured(synthetic)).stderr).toBe(`${taken}: 无法写入文件：文件已存在；合成记录只写入新文件\n`);
  });

  it('--json: the error object carries the same Chinese words, its codes and lines unchanged', async () => {
    const zh = await runCliCaptured(['decide', '--rules', BROKEN, '--case', CASE, '--json']);
    const en = await runCliCaptured(['decide', '--rules', BROKEN, '--case', CASE, '--json', '--lang', 'en']);
    const [zhIssue] = JSON.parse(zh.stdout).error.issues;
    const [enIssue] = JSON.parse(en.stdout).error.issues;
    expect(zhIssue).toEqual({ ...enIssue, message: '第3行第1列：键 id 在同一层中出现两次，只能保留一个' });
    expect(enIssue).toMatchObject({ code: 'syntax', message: expect.stringMatching(/^line 3, column 1: /) });
    expect(JSON.parse(zh.stdout).error.code).toBe(JSON.parse(en.stdout).error.code);
  });

  it('keeps usage errors as written: they quote the options', async () => {
    const { stderr } = await runCliCaptured(['render', '--rules', BROKEN, '--lang', 'fr']);
    expect(stderr).toMatch(/^--lang: --lang expects zh or en, got "fr"/);
  });
});
