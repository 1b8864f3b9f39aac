import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand, importCommand, renderCommand } from '../src/commands-publish.js';
import { testCommand } from '../src/commands-test.js';
import { SPEC_EXAMPLES } from '../../../test-support/builders.js';

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

describe('cailiang diff between the shipped food-safety versions (食品安全法 2021 → 2025)', () => {
  const BENCHMARKS = new URL('../../benchmarks/rules/', import.meta.url).pathname;
  const FIXTURES_2025 = new URL('../../fixtures/cases/food-safety-2025.fixtures.yaml', import.meta.url).pathname;

  it('lists the amendment and the fixture cases whose decision it changes', async () => {
    const result = await run(
      diffCommand,
      '--from',
      `${BENCHMARKS}food-safety.rules.yaml`,
      '--to',
      `${BENCHMARKS}food-safety-2025.rules.yaml`,
      '--fixtures',
      FIXTURES_2025,
      '--json',
    );
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.from.version).toBe('2021.1');
    expect(diff.to.version).toBe('2025.1');
    const changes = diff.changes.map((change: { kind: string; path: string }) => `${change.kind} ${change.path}`);
    expect(changes).toEqual(
      expect.arrayContaining([
        'changed effective',
        'changed laws.FSL',
        'renamed items[FSL-124-1-6].name',
        'renamed items[FSL-124-1-7].name',
        'changed items[FSL-132-2].statutory',
        'added items[FSL-132-3]',
        'added items[FSL-132-4-A]',
        'added items[FSL-132-4-B]',
      ]),
    );
    type Impact = { item: string; name: string; from: any; to: any; fineDelta?: { min: string; max: string } };
    const changed: Impact[] = diff.impact.changed;
    // 情节严重 and refused: 2021 第一百三十二条 38000–50000 (从重 of 一万–五万) → 2025 第二款 365000–500000
    // (从重 of 五万–五十万): +327000 / +450000, by hand.
    const refusedSevere = changed.find((c) => c.name.startsWith('FSL-132-2 (2025.1) 情节严重 — 拒不改正'))!;
    expect(refusedSevere.from).toMatchObject({ tier: 'severe', fine: { min: '38000', max: '50000' } });
    expect(refusedSevere.to).toMatchObject({ tier: 'severe', fine: { min: '365000', max: '500000' } });
    expect(refusedSevere.fineDelta).toEqual({ min: '327000', max: '450000' });
    // Corrected but 情节严重: no fine in 2021 (only 拒不改正 is fined), 365000–500000 in 2025.
    const correctedSevere = changed.find((c) => c.name.startsWith('FSL-132-2 (2025.1) 情节严重 — 已改正'))!;
    expect(correctedSevere.from).toMatchObject({ tier: 'serious-warning' });
    expect(correctedSevere.from.fine ?? null).toBeNull();
    expect(correctedSevere.to).toMatchObject({ tier: 'severe', fine: { min: '365000', max: '500000' } });
    // The new items have no 2021 version at all.
    expect(changed.filter((c) => c.item === 'FSL-132-3').map((c) => c.from.error)).toEqual([
      'UNKNOWN_ITEM',
      'UNKNOWN_ITEM',
      'UNKNOWN_ITEM',
      'UNKNOWN_ITEM',
    ]);
    // 婴幼儿配方液态乳 widens the words of （六）（七）, not their sanctions: those cases do not move.
    expect(changed.filter((c) => c.item.startsWith('FSL-124-1-'))).toEqual([]);
    // Warnings, fines short of 情节严重 (前款 unchanged), （六）（七), 第一百三十六条 (unchanged) and
    // FSL-123-3's referral to 公安机关 (第三款, unchanged by the amendment): ten cases decide alike under both.
    expect(diff.impact.unchanged).toBe(10);
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
