/**
 * The README's "In your code" sample is code a reader copies: it must run as written and give
 * what its comment says. The sample is taken from the README, bundled against the workspace's
 * sources (the published names resolve to them, as vitest's aliases do) and run in Node.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const section = readme.slice(readme.indexOf('## In your code'));
const sample = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

/** The sample's last line is `<expression>; // <what it shows>`. */
const shown = /^(\S.*?);\s*\/\/\s*(\{.*\})\s*$/m.exec(sample.trimEnd().split('\n').at(-1) ?? '');

describe('README: In your code', () => {
  it('has a TypeScript sample that ends by showing a value', () => {
    expect(sample).toContain("from '@cailiang/core'");
    expect(shown).not.toBeNull();
  });

  it('runs as written and gives what its comment shows', () => {
    const [, expression, comment] = shown!;
    const program = `${sample}\nconsole.log(JSON.stringify(${expression}));\n`;
    const bundle = buildSync({
      stdin: { contents: program, resolveDir: ROOT, loader: 'ts', sourcefile: 'readme-sample.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      alias: {
        '@cailiang/core': `${ROOT}packages/core/src/index.ts`,
        '@cailiang/benchmarks': `${ROOT}packages/benchmarks/src/index.ts`,
      },
    });
    const run = spawnSync(process.execPath, ['-'], { input: bundle.outputFiles[0]!.text, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The comment shows the value's leading fields (`…` stands for the rest): each must match.
    const expected = new Function(`return (${comment!.replace(/,\s*…\s*\}/, ' }')});`)() as Record<string, unknown>;
    expect(JSON.parse(run.stdout)).toMatchObject(expected);
  });
});
