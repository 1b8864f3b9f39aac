import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand, importCommand, renderCommand } from '../src/commands-publish.js';
import { testCommand } from '../src/commands-test.js';
import { SPEC_EXAMPLES } from '../../core/test/support/builders.js';

async function run(
  command: (args: string[], io: { stdout(t: string): void; stderr(t: string): void }) => number | Promise<number>,
  ...args: string[]
) {
  let stdout = '';
  let stderr = '';
  const code = await command(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cailiang-publish-'));
const RULES = `${SPEC_EXAMPLES}food-safety.rules.yaml`;

describe('cailiang render / import', () => {
  it('renders Markdown to stdout and round-trips CSV through import', async () => {
    const markdown = await run(renderCommand, '--rules', RULES, '--format', 'md');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('货值金额不足一万元');
    const csv = join(dir, 'table.csv');
    expect((await run(renderCommand, '--rules', RULES, '--out', csv)).code).toBe(0);
    const yaml = join(dir, 'imported.rules.yaml');
    expect((await run(importCommand, csv, '--out', yaml)).code).toBe(0);
    expect(readFileSync(yaml, 'utf8')).toContain('FS-124-1-3');
  });

  it('refuses an unknown format', async () => {
    await expect(run(renderCommand, '--rules', RULES, '--format', 'pdf')).rejects.toThrow(
      /--format must be md, html, csv or xlsx/,
    );
  });
});

describe('cailiang diff', () => {
  it('reports the band change and the fixture cases it moves', async () => {
    const result = await run(
      diffCommand,
      '--from',
      `${SPEC_EXAMPLES}food-safety-2023.rules.yaml`,
      '--to',
      RULES,
      '--fixtures',
      `${SPEC_EXAMPLES}food-safety.fixtures.yaml`,
      '--json',
    );
    const diff = JSON.parse(result.stdout);
    expect(diff.changes.map((change: { path: string }) => change.path)).toContain('policy.fineBands.general');
    expect(diff.impact.changed).toHaveLength(4);
  });
});

describe('cailiang test over a directory, with --update', () => {
  it('runs every fixture file of a directory, and rewrites failing expectations only when asked', async () => {
    const folder = join(dir, 'fixtures');
    mkdirSync(folder);
    copyFileSync(RULES, join(folder, 'rules.yaml'));
    const file = join(folder, 'a.fixtures.yaml');
    writeFileSync(
      file,
      '# a comment that must survive\nrules: [ rules.yaml ]\ncases:\n  - name: general tier\n    case: { item: FS-124-1-3, facts: { goodsValue: "8000", illegalIncome: "0", priorViolations: 0, harm: minor, childrenFood: false }, dates: { act: "2025-03-10", discovered: "2025-03-11" } }\n    expect: { tier: { level: general }, sanctions: [ { kind: fine, max: "90000" } ] }\n',
    );
    const before = await run(testCommand, folder);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('expected "90000", got "85000"');
    expect(readFileSync(file, 'utf8')).toContain('"90000"');
    const update = await run(testCommand, folder, '--update');
    expect(update.stdout).toContain('expected "90000", got "85000"');
    expect(update.stdout).toContain('updated the expectations of 1 case(s)');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# a comment that must survive');
    expect(text).not.toContain('max: "90000"');
    const after = await run(testCommand, folder);
    expect(after.code).toBe(0);
    expect(after.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });
});
