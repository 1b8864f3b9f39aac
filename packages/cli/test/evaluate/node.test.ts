import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator, evaluate } from '@cailiang/core/evaluate';
import {
  EvaluationWorkerError,
  evaluateCommand,
  evaluateFile,
  evaluateInWorkers,
  ChunkSplitter,
} from '../../src/evaluate/index.js';
import type { Chunk } from '../../src/evaluate/index.js';
import { evaluateChunk } from '../../src/evaluate/evaluate-chunk.js';
import { threadSpawner } from '../../src/workers/thread-worker.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';
import { evaluationEngine, record } from '../../../../test-support/evaluation.js';

const FAKE_WORKER = fileURLToPath(new URL('./fixtures/fake-evaluate-worker.mjs', import.meta.url));
/** The stand-in worker in real threads, through the pool's SpawnWorker seam. */
const fakeWorkers = threadSpawner(FAKE_WORKER);
const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'cailiang-evaluate-'));
  folders.push(path);
  return path;
};
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

async function* bytes(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

/** The chunks a splitter cuts from the input pieces, as evaluateFile reads them. */
async function* chunksOf(splitter: ChunkSplitter, ...parts: string[]): AsyncGenerator<Chunk> {
  for await (const part of bytes(...parts)) yield* splitter.push(part);
  yield* splitter.end();
}

describe('evaluateChunk', () => {
  it('counts every line of the chunks by its number: records, bad lines, a line too long to keep', async () => {
    const engine = evaluationEngine();
    const good = [record('25000'), record('35000', { reasons: '情节较重' })];
    const json = good.map((entry) => JSON.stringify(entry));
    const limit = Math.max(...json.map((line) => Buffer.byteLength(line)));
    const long = JSON.stringify('x'.repeat(limit));
    const evaluator = createEvaluator(engine);
    const splitter = new ChunkSplitter({ maxLines: 2, maxLineBytes: limit });
    for await (const chunk of chunksOf(splitter, `${json[0]}\n${long.slice(0, 5)}`, `${long.slice(5)}\n\n${json[1]}`))
      evaluateChunk(evaluator, chunk);
    const result = evaluator.result();
    expect(result.items).toEqual(evaluate(engine, good).items);
    expect(result.records).toEqual({ total: 4, decided: 2, errors: 2, synthetic: 0 });
    expect(result.errors.samples.map((sample) => [sample.record, sample.message])).toEqual([
      [2, expect.stringContaining(String(long.length))],
      [3, 'the line is blank; every line must hold one JSON value'],
    ]);
  });

  it("evaluates only the shard's lines, numbered as in the whole corpus", async () => {
    const evaluator = createEvaluator(evaluationEngine());
    for await (const chunk of chunksOf(new ChunkSplitter({ maxLines: 2 }), 'a\nb\nc\nd\ne\n'))
      evaluateChunk(evaluator, chunk, { index: 2, count: 2 });
    expect(evaluator.result().errors.samples.map((sample) => sample.record)).toEqual([2, 4]);
  });
});

describe('evaluateFile', () => {
  it('evaluates an NDJSON file as evaluate() does, every bad line counted by its number', async () => {
    const engine = evaluationEngine();
    const good = [record('25000'), record('35000', { reasons: '情节较重' }), record('15000', { count: 0 })];
    const path = join(folder(), 'records.ndjson');
    writeFileSync(
      path,
      `\uFEFF${JSON.stringify(good[0])}\r\n\n{not json\n${JSON.stringify(good[1])}\n${JSON.stringify(good[2])}`,
    );
    const evaluator = createEvaluator(engine);
    await evaluateFile(path, evaluator);
    const result = evaluator.result();
    const expected = evaluate(engine, good);
    expect(result.items).toEqual(expected.items);
    expect(result.records).toEqual({ total: 5, decided: 3, errors: 2, synthetic: 0 });
    expect(result.errors.samples.map((sample) => [sample.record, sample.message])).toEqual([
      [2, 'the line is blank; every line must hold one JSON value'],
      [3, expect.stringMatching(/^not JSON: /)],
    ]);
  });

  it('refuses a file it cannot read', async () => {
    await expect(evaluateFile(join(folder(), 'missing.ndjson'), createEvaluator(evaluationEngine()))).rejects.toThrow(
      'cannot read the file: no such file',
    );
  });
});

describe('evaluateInWorkers', () => {
  const setup = (fake?: string) => ({ rules: [], holidays: [], options: { fake } as never });
  const chunks = () => chunksOf(new ChunkSplitter({ maxLines: 1 }), 'a\nb\nc\nd\ne\n');

  it("shares the chunks among workers and returns each one's counts, in worker order", async () => {
    const seen: number[] = [];
    const states = await evaluateInWorkers(chunks(), {
      size: 2,
      setup: setup(),
      spawn: fakeWorkers,
      onChunk: (chunk) => seen.push(chunk.firstLine),
    });
    expect(states.map((state) => state.total).reduce((sum, n) => sum + n, 0)).toBe(5);
    expect(states).toHaveLength(2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('abandons the run when a worker stops, or cannot start', async () => {
    await expect(evaluateInWorkers(chunks(), { size: 2, setup: setup('crash'), spawn: fakeWorkers })).rejects.toThrow(
      EvaluationWorkerError,
    );
    await expect(
      evaluateInWorkers(chunks(), { size: 1, setup: setup('init-failed'), spawn: fakeWorkers }),
    ).rejects.toThrow('cannot read the file: no such file');
  });
});

describe('evaluateCommand', () => {
  const rules = () => {
    const dir = folder();
    writeFileSync(join(dir, 'food.rules.yaml'), exampleRuleSetText());
    return { dir, rules: join(dir, 'food.rules.yaml') };
  };
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await evaluateCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };

  it('evaluates synthetic records, writes the three reports and the corpus, and reads the corpus back the same', async () => {
    const { dir, rules: file } = rules();
    const out = (name: string) => join(dir, name);
    const first = await run([
      '--rules',
      file,
      '--synthetic',
      '300',
      '--seed',
      '4',
      '--save-synthetic',
      out('s.ndjson'),
      '--out',
      out('s.html'),
      '--json',
      out('s.json'),
      '--csv',
      out('s.csv'),
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^已评估记录 300 条（其中合成记录 300 条），用时 \d+\.\d 秒：作出裁量 300 条，无法裁量 0 条。\n/,
    );
    expect(first.stdout).toContain(
      `报告：${out('s.html')}，JSON：${out('s.json')}，CSV：${out('s.csv')}；合成记录：${out('s.ndjson')}`,
    );
    expect(readFileSync(out('s.html'), 'utf8')).toContain('（种子 4）');
    const english = await run([
      '--rules',
      file,
      '--synthetic',
      '30',
      '--seed',
      '4',
      '--out',
      out('e.html'),
      '--lang',
      'en',
    ]);
    expect(english.code).toBe(0);
    // --lang en: the summary in English too, the candidates' evidence with it.
    expect(english.stdout).toMatch(
      /^Evaluated 30 records \(30 synthetic\) in \d+\.\d s: 30 decided, 0 could not be decided\.\n\d+ of \d+ items used; \d+ revision candidates\.\n/,
    );
    expect(english.stdout).toContain(`Report: ${out('e.html')}`);
    expect(english.stdout).not.toMatch(/[\u4e00-\u9fff]{2}(?:条|项)/);
    expect(readFileSync(out('e.html'), 'utf8')).toContain('(seed 4)');
    expect(
      (await run(['--rules', file, '--synthetic', '3', '--out', out('x.html'), '--lang', 'zh-TW'])).stderr,
    ).toContain('--lang expects zh or en, got "zh-TW"');
    expect(readFileSync(out('s.csv'), 'utf8').startsWith('\uFEFFsection,')).toBe(true);
    expect(readFileSync(out('s.ndjson'), 'utf8').split('\n')).toHaveLength(301);

    const second = await run([
      '--rules',
      file,
      '--decisions',
      out('s.ndjson'),
      '--out',
      out('d.html'),
      '--json',
      out('d.json'),
    ]);
    expect(second.code).toBe(0);
    const generated = JSON.parse(readFileSync(out('s.json'), 'utf8'));
    const read = JSON.parse(readFileSync(out('d.json'), 'utf8'));
    expect(read.source).toEqual({ name: out('s.ndjson') });
    expect({ ...read, source: null }).toEqual({ ...generated, source: null });
  });

  it('exits 1 when records could not be decided, the report counting them', async () => {
    const { dir, rules: file } = rules();
    writeFileSync(join(dir, 'r.ndjson'), '{"case":{"item":"FS-124-1-3"},"imposed":{"sanctions":[]}}\n');
    const result = await run(['--rules', file, '--decisions', join(dir, 'r.ndjson'), '--out', join(dir, 'r.html')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('作出裁量 0 条，无法裁量 1 条');
  });

  it('exits 2 on usage and file problems, saying what is wrong', async () => {
    const { dir, rules: file } = rules();
    const cases: [string[], string][] = [
      [['--decisions', 'x.ndjson', '--out', 'r.html'], 'missing --rules FILE'],
      [['--rules', file, '--decisions', 'x.ndjson'], 'missing --out REPORT.html'],
      [['--rules', file, '--decisions', 'x.ndjson', '--out', 'r.pdf'], 'expected a file ending in .html, got "r.pdf"'],
      [['--rules', file, '--out', 'r.html'], 'give either --decisions FILE or --synthetic N'],
      [
        ['--rules', file, '--decisions', 'x', '--synthetic', '5', '--out', 'r.html'],
        'give either --decisions FILE or --synthetic N',
      ],
      [['--rules', file, '--decisions', 'x', '--seed', '5', '--out', 'r.html'], '--seed goes with --synthetic'],
      [['--rules', file, '--synthetic', '5', '--workers', '2', '--out', 'r.html'], '--workers goes with --decisions'],
      [['--rules', file, '--synthetic', 'many', '--out', 'r.html'], 'expected a whole number from 0, got "many"'],
      [['--rules', file, '--decisions', join(dir, 'r.html'), '--out', join(dir, 'r.html')], 'a report would overwrite'],
      [
        ['--rules', file, '--decisions', join(dir, 'none.ndjson'), '--out', join(dir, 'r.html')],
        '无法读取文件：文件不存在',
      ],
      [
        ['--rules', join(dir, 'none.yaml'), '--synthetic', '5', '--out', join(dir, 'r.html')],
        '无法读取文件：文件不存在',
      ],
      [['--rules', file, '--decisions', 'x', '--out', 'r.html', '--bogus'], 'unknown option --bogus'],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect([result.code, result.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });

  it('never writes a synthetic corpus over an existing file', async () => {
    const { dir, rules: file } = rules();
    writeFileSync(join(dir, 'real.ndjson'), 'real decisions\n');
    const result = await run([
      '--rules',
      file,
      '--synthetic',
      '5',
      '--save-synthetic',
      join(dir, 'real.ndjson'),
      '--out',
      join(dir, 'r.html'),
    ]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining('文件已存在；合成记录只写入新文件')]);
    expect(readFileSync(join(dir, 'real.ndjson'), 'utf8')).toBe('real decisions\n');
  });

  it('needs the built worker script for --workers, and prints its usage on --help', async () => {
    const { dir, rules: file } = rules();
    writeFileSync(join(dir, 'r.ndjson'), '');
    const workers = await run([
      '--rules',
      file,
      '--decisions',
      join(dir, 'r.ndjson'),
      '--workers',
      '2',
      '--out',
      join(dir, 'r.html'),
    ]);
    expect([workers.code, workers.stderr]).toEqual([
      2,
      expect.stringContaining('worker threads need the built worker script'),
    ]);
    expect((await run(['--help'])).stdout).toContain('cailiang evaluate — post-evaluation');
  });
});
