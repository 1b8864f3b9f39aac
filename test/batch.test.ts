import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOOD_RULES, generateFoodCases, generateReviewLines, ndjson } from '../test-support/generate-cases.js';

// Worker threads need the built worker script, so these tests run the built CLI, as
// spec-contract.test.ts does: skipped without a build, except in CI, where they must run.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}packages/cli/dist/cli.js`;
const built = existsSync(CLI) || process.env['CI'] === 'true';

const dir = mkdtempSync(join(tmpdir(), 'cailiang-batch-built-'));
// ~2,000 generated cases with refused ones among them, and lines that are not cases at all:
// not JSON, blank, and a last line cut off in the middle, without a newline.
const CASES = ndjson(generateFoodCases(2000, 42));
const INPUT = `${CASES}not json\n\n${CASES.slice(0, 3000)}`;
const INPUT_LINES = INPUT.split('\n').length;
// Every output line ends with a newline, so splitting gives one piece more.
const OUTPUT_PIECES = INPUT_LINES + 1;

// A worker that dies on a line is tested at the pool, with real threads (packages/cli/test/batch/worker-pool.test.ts).
function run(args: string[], input: string) {
  const result = spawnSync('node', [CLI, ...args], { cwd: ROOT, input, maxBuffer: 1 << 30 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe.skipIf(!built)('cailiang batch, built, on worker threads', () => {
  // The reference: one worker, in-process.
  let one: ReturnType<typeof run>;
  beforeAll(() => {
    one = run(['batch', '--rules', FOOD_RULES, '--workers', '1'], INPUT);
  });

  it('gives byte-identical output with 1 and 2 workers, one line per input line', () => {
    const two = run(['batch', '--rules', FOOD_RULES, '--workers', '2'], INPUT);
    expect(two.stdout.length).toBeGreaterThan(1_000_000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.split('\n').length).toBe(OUTPUT_PIECES);
    expect(one.stderr).toMatch(
      new RegExp(
        `^批量裁量：${INPUT_LINES.toLocaleString('en-US')} 行 · 作出裁量 1,9\\d\\d 行 · 错误记录 \\d+ 条（.*PARSE_ERROR 3.*）\\n$`,
      ),
    );
    expect(two.code).toBe(1);
  });

  it('gives each bad line an error record with its line number, under 2 workers too', () => {
    const lines = run(['batch', '--rules', FOOD_RULES, '--workers', '2', '--no-trace'], INPUT)
      .stdout.trimEnd()
      .split('\n');
    expect(JSON.parse(lines[2000] as string)).toMatchObject({
      line: 2001,
      error: { code: 'PARSE_ERROR', issues: [{ code: 'invalid_json' }] },
    });
    expect(JSON.parse(lines[2001] as string)).toMatchObject({
      line: 2002,
      error: { code: 'PARSE_ERROR', issues: [{ code: 'blank_line' }] },
    });
    const refused = lines.map((line) => JSON.parse(line)).filter((record) => record.error !== undefined);
    expect(refused.every((record) => record.line === lines.indexOf(JSON.stringify(record)) + 1)).toBe(true);
  });

  it('resumes a cut-off output file with 2 workers', () => {
    const out = join(dir, 'resume.ndjson');
    writeFileSync(out, one.stdout.slice(0, 1_234_567));
    const resumed = run(['batch', '--rules', FOOD_RULES, '--workers', '2', '--out', out, '--resume'], INPUT);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    expect(resumed.stderr).toMatch(/（自第 [\d,]+ 行之后续接）\n$/);
  });

  it('--shard K/N on 2 workers: the shards interleaved are the unsharded output, error records numbered in the input', () => {
    const whole = one.stdout.trimEnd().split('\n');
    const shards = [1, 2, 3].map((index) =>
      run(['batch', '--rules', FOOD_RULES, '--workers', '2', '--shard', `${index}/3`], INPUT)
        .stdout.trimEnd()
        .split('\n'),
    );
    expect(whole.map((_, line) => shards[line % 3]?.[Math.floor(line / 3)])).toEqual(whole);
    // Input line 2001 (not JSON) is shard 3's 667th line.
    expect(JSON.parse(shards[2]?.[666] as string)).toMatchObject({ line: 2001, error: { code: 'PARSE_ERROR' } });
  });

  it('reports a reader that closes the pipe (EPIPE): exit 2 and a message, no hang', async () => {
    const child = spawn('node', [CLI, 'batch', '--rules', FOOD_RULES, '--workers', '2'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    // Read one piece of output, then close the pipe, like `| head -c 1`.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(INPUT);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/^stdout: cannot write: .*EPIPE.*; the output holds \d+ whole lines\n$/);
    expect(code).toBe(2);
  });

  it.skipIf(!existsSync('/dev/full'))('reports stdout on a full disk (/dev/full): exit 2 and a message', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync('node', [CLI, 'batch', '--rules', FOOD_RULES, '--workers', '2'], {
        cwd: ROOT,
        input: INPUT,
        stdio: ['pipe', full, 'pipe'],
      });
      expect(result.stderr.toString()).toBe(
        'stdout: cannot write: ENOSPC: no space left on device, write; the output holds 0 whole lines\n',
      );
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe.skipIf(!built)('cailiang review --batch, built, on worker threads', () => {
  const input = join(dir, 'review.ndjson');
  writeFileSync(input, `${ndjson(generateReviewLines(1500, 9))}{"case": 1}\n`);

  it('gives the same records, summary and report with 1 and 2 workers, and exits 1 on failed reviews', () => {
    const runs = [1, 2].map((workers) => {
      const report = join(dir, `review-${workers}.html`);
      const result = run(
        ['review', '--rules', FOOD_RULES, '--batch', input, '--workers', String(workers), '--report', report],
        '',
      );
      return { ...result, report: readFileSync(report, 'utf8') };
    });
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.report).toBe(one.report);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(1501);
    expect(one.stderr).toMatch(
      /^批量审核：1,501 行 · 通过 [\d,]+ · 需说明理由 [\d,]+ · 不通过 [\d,]+ · 错误记录 1 条（PARSE_ERROR 1）\n {2}案件数 {2}类别 {2}问题\n/,
    );
    expect(one.report).toContain('<h2>案件（问题最严重的在前）</h2>');
    expect(one.code).toBe(1);
  });
});

describe.skipIf(!built)('worker threads started from code given as a string (node --input-type=module -e)', () => {
  // --input-type applies only to that string; a worker started with it from a file fails. Batch
  // and evaluate start their workers the same way, so both must leave it out.
  const viaEval = (args: string[]) => {
    const code = `process.argv = [process.argv[0], 'cli', ...${JSON.stringify(args)}]; await import(${JSON.stringify(CLI)});`;
    const result = spawnSync('node', ['--input-type=module', '-e', code], {
      cwd: ROOT,
      input: ndjson(generateFoodCases(50, 3)),
    });
    return { code: result.status, stderr: result.stderr.toString('utf8') };
  };

  it('batch --workers 2 runs', () => {
    expect(
      viaEval(['batch', '--rules', FOOD_RULES, '--workers', '2', '--out', join(dir, 'eval-batch.ndjson')]),
    ).toMatchObject({ stderr: expect.stringMatching(/^批量裁量：50 行/) });
  });

  it('evaluate --workers 2 runs', () => {
    const records = join(dir, 'eval-records.ndjson');
    spawnSync(
      'node',
      [
        CLI,
        'evaluate',
        '--rules',
        FOOD_RULES,
        '--synthetic',
        '200',
        '--seed',
        '1',
        '--save-synthetic',
        records,
        '--out',
        join(dir, 'eval-a.html'),
      ],
      { cwd: ROOT },
    );
    const result = viaEval([
      'evaluate',
      '--rules',
      FOOD_RULES,
      '--decisions',
      records,
      '--workers',
      '2',
      '--out',
      join(dir, 'eval-b.html'),
    ]);
    expect(result.stderr).not.toContain('worker failed');
    expect(existsSync(join(dir, 'eval-b.html'))).toBe(true);
  });
});
