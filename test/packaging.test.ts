/**
 * The packages as a user installs them: publint and attw (`--pack`) clean, the browser bundle of
 * @cailiang/core within its budget (.size-limit.json), and the rule-set JSON Schema shipped in
 * sync with the zod schema the loader uses. Runs on the built packages (`pnpm install` builds them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ruleSetJsonSchema } from '@cailiang/core';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
/** The packages published from this repository. */
const PACKAGES = ['core', 'cli', 'benchmarks', 'fixtures'] as const;

interface PackageJson {
  readonly name: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly dependencies?: Record<string, string>;
  readonly sideEffects?: boolean;
  readonly engines?: Record<string, string>;
  readonly files?: readonly string[];
  readonly exports: Record<string, unknown>;
}

const packageJson = (name: string): PackageJson =>
  JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as PackageJson;

/** One budget, in the format of size-limit's config: `limit` like "200 KB" (1 KB = 1024 bytes). */
interface SizeBudget {
  readonly name: string;
  readonly path: string;
  readonly import?: string;
  readonly limit: string;
}

function bytes(limit: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|MB)$/i.exec(limit.trim());
  if (match === null) throw new Error(`.size-limit.json: limit "${limit}" is not like "200 KB"`);
  const unit = (match[2] as string).toUpperCase();
  return Math.round(Number(match[1]) * (unit === 'MB' ? 1024 * 1024 : unit === 'KB' ? 1024 : 1));
}

/** Minified, bundled for the browser (a `node:` import fails the build), gzipped at level 9. */
async function gzippedBundle(budget: SizeBudget): Promise<{ minified: number; gzipped: number }> {
  const entry = join(ROOT, budget.path);
  const result = await build({
    ...(budget.import === undefined
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: `export ${budget.import} from ${JSON.stringify(entry)};`,
            resolveDir: ROOT,
            loader: 'ts' as const,
          },
        }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

describe('packages', () => {
  for (const name of PACKAGES) {
    describe(`@cailiang/${name}`, () => {
      const dir = join(ROOT, 'packages', name);

      it('is built (pnpm install builds every package)', () => {
        expect(existsSync(join(dir, 'dist/index.js')), `${dir}/dist is missing: run pnpm build`).toBe(true);
      });

      it('is publishable: not private, MIT, with a README and a LICENSE', () => {
        const pkg = packageJson(name);
        expect(pkg.private).toBeUndefined();
        expect(pkg.license).toBe('MIT');
        expect(existsSync(join(dir, 'README.md')), `${dir}/README.md`).toBe(true);
        expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
      });

      it('has bins a fresh install can link before any build (no "Failed to create bin" warnings)', () => {
        const bin = (packageJson(name) as { bin?: Record<string, string> }).bin ?? {};
        for (const [command, target] of Object.entries(bin)) {
          expect(target, `${command}: a bin inside dist/ does not exist when the install links it`).not.toMatch(
            /^(\.\/)?dist\//,
          );
          expect(existsSync(join(dir, target)), `${command}: ${target}`).toBe(true);
        }
      });

      it('gives every entry its TypeScript source for the tests, and types for import and require', () => {
        for (const [subpath, target] of Object.entries(packageJson(name).exports)) {
          if (typeof target === 'string') continue;
          const conditions = target as Record<string, unknown>;
          expect(Object.keys(conditions), subpath).toEqual(['source', 'import', 'require']);
          expect(existsSync(join(dir, conditions['source'] as string)), `${subpath} source`).toBe(true);
        }
      });

      it('declares no side effects, its engines, and types first in every export condition', () => {
        const pkg = packageJson(name);
        expect(pkg.sideEffects).toBe(false);
        expect(pkg.engines?.['node']).toBe('>=20.19');
        for (const [subpath, target] of Object.entries(pkg.exports)) {
          if (typeof target === 'string') continue;
          for (const condition of ['import', 'require'] as const) {
            const branch = (target as Record<string, Record<string, string>>)[condition];
            if (branch !== undefined) expect(Object.keys(branch)[0], `${subpath} ${condition}`).toBe('types');
          }
        }
      });

      it('is clean under publint (strict, suggestions included)', async () => {
        const { messages, pkg } = await publint({ pkgDir: dir, pack: 'npm', strict: true });
        expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual(
          [],
        );
      });

      it('is clean under attw --pack (node10, node16 CJS and ESM, bundler)', () => {
        const attw = join(ROOT, 'node_modules/.bin/attw');
        let output = '';
        try {
          output = execFileSync(
            attw,
            ['--pack', dir, '--format', 'ascii', '--no-color', '--no-emoji', '--no-definitely-typed'],
            { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' },
          );
        } catch (error) {
          const failed = error as { stdout?: string; stderr?: string };
          expect.fail(`attw found problems in @cailiang/${name}:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
        }
        expect(output).toContain('No problems found');
      });
    });
  }
});

describe('@cailiang/core in the browser', () => {
  const pkg = packageJson('core');

  it('installs without exceljs (XLSX is @cailiang/cli)', () => {
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('exceljs');
  });

  // Every entry but ./node bundles for the browser: a `node:` import anywhere in one fails the build.
  for (const subpath of Object.keys(pkg.exports).filter((path) => !/node|json$/.test(path))) {
    it(`${subpath} bundles for the browser`, async () => {
      const source = (pkg.exports[subpath] as Record<string, string>)['source'] as string;
      const size = await gzippedBundle({ name: subpath, path: join('packages/core', source), limit: '1 MB' });
      expect(size.minified).toBeGreaterThan(0);
    });
  }
});

describe('browser bundle of @cailiang/core', () => {
  const budgets = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as SizeBudget[];
  for (const budget of budgets) {
    it(`${budget.name} stays within ${budget.limit}`, async () => {
      const size = await gzippedBundle(budget);
      mkdirSync(ARTIFACTS, { recursive: true });
      const report = join(ARTIFACTS, 'bundle-size.json');
      const previous = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>) : {};
      writeFileSync(
        report,
        `${JSON.stringify({ ...previous, [budget.name]: { ...size, limit: bytes(budget.limit) } }, null, 2)}\n`,
      );
      expect(
        size.gzipped,
        `${budget.name}: ${size.gzipped} bytes gzipped (${size.minified} minified)`,
      ).toBeLessThanOrEqual(bytes(budget.limit));
    });
  }
});

describe('rule-set JSON Schema', () => {
  const shipped = join(ROOT, 'packages/core/rule-set.schema.json');

  it('ships the schema the zod schema gives (regenerate: pnpm --filter @cailiang/core build)', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  });

  it('is exported as @cailiang/core/rule-set.schema.json and packed', () => {
    const pkg = packageJson('core');
    expect(pkg.exports['./rule-set.schema.json']).toBe('./rule-set.schema.json');
    expect(pkg.files).toContain('rule-set.schema.json');
  });
});
