import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../src/evaluate/index.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';

const dir = mkdtempSync(join(tmpdir(), 'cailiang-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
writeFileSync(file('food.rules.yaml'), exampleRuleSetText());
const rules = ['--rules', file('food.rules.yaml')];

const run = async (args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await evaluateCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};
const read = (name: string) => readFileSync(file(name), 'utf8');

describe('evaluate --shard and evaluate merge', () => {
  it("merges the partials of every shard, in any order, into the unsharded run's reports byte for byte", async () => {
    // A corpus with an undecidable record and a line that is not JSON, so errors are sharded too.
    expect(
      (
        await run([
          ...rules,
          '--synthetic',
          '250',
          '--seed',
          '3',
          '--save-synthetic',
          file('corpus.ndjson'),
          '--out',
          file('s.html'),
        ])
      ).code,
    ).toBe(0);
    writeFileSync(
      file('corpus.ndjson'),
      `${read('corpus.ndjson')}not json\n{"case":{"item":"FS-124-1-3"},"imposed":{"sanctions":[]}}\n`,
    );
    const whole = await run([
      ...rules,
      '--decisions',
      file('corpus.ndjson'),
      '--out',
      file('whole.html'),
      '--json',
      file('whole.json'),
      '--csv',
      file('whole.csv'),
    ]);
    expect(whole.code).toBe(1);
    for (const n of [1, 2, 3]) {
      const partials: string[] = [];
      for (let i = 1; i <= n; i++) {
        const shard = await run([
          ...rules,
          '--decisions',
          file('corpus.ndjson'),
          '--shard',
          `${i}/${n}`,
          '--partial',
          file(`p${i}of${n}.json`),
        ]);
        expect(shard.stderr).toBe('');
        expect(shard.stdout).toContain(`分片 ${i}/${n}。部分结果：${file(`p${i}of${n}.json`)}`);
        partials.push(file(`p${i}of${n}.json`));
      }
      const merged = await run([
        'merge',
        ...partials.reverse(),
        '--report',
        file(`m${n}.html`),
        '--json',
        file(`m${n}.json`),
        '--csv',
        file(`m${n}.csv`),
      ]);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(1);
      expect(merged.stdout).toContain(`已合并部分结果 ${n} 份：记录 252 条，作出裁量 250 条，无法裁量 2 条；`);
      expect(read(`m${n}.json`)).toBe(read('whole.json'));
      expect(read(`m${n}.csv`)).toBe(read('whole.csv'));
      expect(read(`m${n}.html`)).toBe(read('whole.html'));
    }
    // Line numbers stay the corpus's: the line that is not JSON is 251 in whichever shard.
    expect(JSON.parse(read('m3.json')).errors.samples.map((sample: { record: number }) => sample.record)).toEqual([
      251, 252,
    ]);
    // A merged partial merges again, as a province merges its cities'.
    expect((await run(['merge', file('p1of3.json'), file('p2of3.json'), '--partial', file('p12.json')])).code).toBe(1);
    expect((await run(['merge', file('p3of3.json'), file('p12.json'), '--json', file('again.json')])).code).toBe(1);
    expect(read('again.json')).toBe(read('whole.json'));
  });

  it('refuses partials of other rule sets or formats, and bad shards, with exit 2 and the reason', async () => {
    writeFileSync(file('other.rules.yaml'), exampleRuleSetText().replace(/^version: .*$/m, 'version: "9.9.9"'));
    writeFileSync(file('one.ndjson'), '{"case":{"item":"FS-124-1-3"},"imposed":{"sanctions":[]}}\n');
    await run([...rules, '--decisions', file('one.ndjson'), '--partial', file('a.json')]);
    await run(['--rules', file('other.rules.yaml'), '--decisions', file('one.ndjson'), '--partial', file('b.json')]);
    writeFileSync(
      file('v2.json'),
      read('a.json').replace('cailiang.evaluation-partial/v1', 'cailiang.evaluation-partial/v2'),
    );
    const cases: [string[], string][] = [
      [['merge', file('a.json'), file('b.json'), '--report', file('x.html')], `${file('b.json')}`],
      [['merge', file('a.json'), file('b.json'), '--report', file('x.html')], 'made under other rule sets than'],
      [
        ['merge', file('a.json'), file('v2.json'), '--json', file('x.json')],
        'a partial of format cailiang.evaluation-partial/v2',
      ],
      [['merge', file('corpus.ndjson'), '--json', file('x.json')], 'not JSON'],
      [['merge', file('a.json')], 'give --report REPORT.html, --json, --csv or --partial'],
      [['merge', '--json', file('x.json')], 'name the partial files to merge'],
      [['merge', file('a.json'), '--partial', file('a.json')], 'would overwrite the partial'],
      [
        [...rules, '--decisions', file('one.ndjson'), '--shard', '3/2', '--partial', file('c.json')],
        'expected --shard i/n with 1 ≤ i ≤ n',
      ],
      [
        [...rules, '--decisions', file('one.ndjson'), '--shard', '0/2', '--partial', file('c.json')],
        'expected --shard i/n',
      ],
      [[...rules, '--synthetic', '5', '--shard', '1/2', '--partial', file('c.json')], '--shard goes with --decisions'],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect([result.code, result.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });
});
