/**
 * Runs every numbered example in examples/ as a user would: `node main.mjs` in its folder (its
 * output must equal `expected-output.txt`), `vitest run` where the example is a test suite, and
 * the README's command for 01-decide. `UPDATE_EXAMPLES=1` rewrites the expected outputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const folders = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

/** The environment of a child process, without this vitest run's own variables. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('VITEST') && key !== 'NODE_OPTIONS' && key !== 'TEST') env[key] = value;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

function run(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples', () => {
  it('are numbered 01, 02, … without gaps', () => {
    expect(folders.map((name) => name.slice(0, 2))).toEqual(
      folders.map((_, index) => String(index + 1).padStart(2, '0')),
    );
  });

  /** The README's decide command on the bundled benchmark, with any further options. */
  const decideExample = (...options: string[]) =>
    run(ROOT, [
      'packages/cli/dist/cli.js',
      'decide',
      '--rules',
      'packages/benchmarks/rules/food-safety.rules.yaml',
      '--case',
      'examples/01-decide/case.yaml',
      ...options,
    ]);

  it('01-decide: the README command decides the case', () => {
    const result = decideExample();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('罚款 65000 – 85000 元 (法定幅度 50000 – 100000 元)');
    expect(result.stdout).toContain('处罚依据 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    // The guides print this output: they must show what the command prints today.
    for (const guide of ['docs/getting-started.md', 'docs/cli.md']) {
      expect(readFileSync(join(ROOT, guide), 'utf8'), guide).toContain(`\`\`\`text\n${result.stdout}\`\`\``);
    }
  });

  it('01-decide: docs/cli.md shows what --lang en prints', () => {
    const result = decideExample('--lang', 'en');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')).toContain(`\`\`\`text\n${result.stdout}\`\`\``);
  });

  for (const folder of folders) {
    const dir = join(EXAMPLES, folder);
    if (existsSync(join(dir, 'main.mjs'))) {
      it(`${folder}: node main.mjs prints expected-output.txt`, () => {
        const result = run(dir, ['main.mjs']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const expectedFile = join(dir, 'expected-output.txt');
        if (process.env['UPDATE_EXAMPLES'] === '1') writeFileSync(expectedFile, result.stdout);
        expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
    const scripts = existsSync(join(dir, 'package.json'))
      ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts
      : undefined;
    if (scripts?.['test'] === 'vitest run') {
      it(`${folder}: its own test suite passes under vitest`, () => {
        const result = run(dir, [join(dir, 'node_modules/vitest/vitest.mjs'), 'run']);
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
        expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
      });
    }
  }
});
