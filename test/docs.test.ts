/**
 * The documentation stays true to the code: the format reference is what the generator makes of
 * the current schema, the CLI reference has a section for every command `cailiang --help` lists,
 * every relative link in the guides points at a file that exists, and the API reference is what
 * typedoc makes of the current sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleSetJsonSchema } from '@cailiang/core';
import { runCli } from '@cailiang/cli';
import { describe, expect, it } from 'vitest';
import { formatReference } from '../scripts/build-format-docs.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docs/format.md', () => {
  it('is the reference generated from the current schema (regenerate: pnpm docs:format after a build)', () => {
    expect(read('docs/format.md')).toBe(formatReference(ruleSetJsonSchema()));
  });

  it('gives every key a meaning (describe it in the zod schema or in scripts/build-format-docs.mjs)', () => {
    const undescribed = read('docs/format.md')
      .split('\n')
      .filter((line) => /^\| `[^`]+` \|/.test(line) && / \|\s*\|$/.test(line));
    expect(undescribed).toEqual([]);
  });
});

describe('docs/cli.md', () => {
  it('has a section for every command cailiang --help lists', () => {
    let help = '';
    runCli(['--help'], { stdout: (text) => (help += text), stderr: () => {} });
    const commands = [...new Set([...help.matchAll(/^ {2}cailiang (\w+)/gm)].map((match) => match[1] as string))];
    expect(commands.length).toBeGreaterThan(0);
    const sections = [...read('docs/cli.md').matchAll(/^## cailiang (\w+)/gm)].map((match) => match[1]);
    expect(commands.filter((command) => !sections.includes(command))).toEqual([]);
  });
});

describe('guides', () => {
  const guides = [
    'README.md',
    'examples/README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  for (const guide of guides) {
    it(`${guide}: relative links point at files that exist`, () => {
      const broken = [...read(guide).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] as string)
        .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
        .map((target) => target.split('#')[0] as string)
        .filter((target) => !existsSync(join(ROOT, dirname(guide), decodeURIComponent(target))));
      expect(broken).toEqual([]);
    });
  }
});

describe('docs/api', () => {
  // typedoc takes ~10 s; it runs from the workspace's own install, into a temporary directory.
  it('is what typedoc makes of the current sources (regenerate: pnpm docs:api)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cailiang-api-'));
    try {
      const typedoc = join(ROOT, 'node_modules/typedoc/bin/typedoc');
      const run = spawnSync(process.execPath, [typedoc, '--out', out, '--logLevel', 'Error'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr + run.stdout).toBe(0);
      const files = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.md'))
          .sort();
      const committed = files(join(ROOT, 'docs/api'));
      expect(files(out)).toEqual(committed);
      for (const name of committed)
        expect(readFileSync(join(out, name), 'utf8'), name).toBe(read(join('docs/api', name)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
