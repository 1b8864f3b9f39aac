import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '@cailiang/benchmarks';
import { PACKAGE_DIR, REPO_ROOT } from '../../../test-support/rule-files.js';

const SCRIPT = fileURLToPath(new URL('scripts/build-benchmarks.mjs', REPO_ROOT));

describe('scripts/build-benchmarks.mjs', () => {
  it('--check: src/generated is what the rule files generate (else run node scripts/build-benchmarks.mjs)', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: fileURLToPath(REPO_ROOT), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/is up to date \(\d+ rule sets\)/);
  });
});

describe('the package', () => {
  const manifest = JSON.parse(readFileSync(new URL('package.json', PACKAGE_DIR), 'utf8')) as Record<string, any>;

  it('ships the raw rule files and exports them as ./rules/*', () => {
    expect(manifest['files']).toContain('rules');
    expect(manifest['exports']['./rules/*']).toBe('./rules/*');
    expect(manifest['sideEffects']).toBe(false);
    expect(manifest['scripts']['build']).toMatch(/^node \.\.\/\.\.\/scripts\/build-benchmarks\.mjs && tsup /);
  });

  it('is browser-safe: nothing under src imports a Node module', () => {
    const srcDir = new URL('src/', PACKAGE_DIR);
    const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) {
      const text = readFileSync(new URL(name, srcDir), 'utf8');
      expect(text, name).not.toMatch(/from ['"](?:node:|fs['"]|path['"]|url['"]|module['"])/);
      expect(text, name).not.toMatch(/\bprocess\.|\brequire\(/);
    }
  });
});

describe('tree-shaking (sideEffects: false, pure annotations)', () => {
  // esbuild comes with tsup, a devDependency of this package.
  const esbuild = createRequire(createRequire(new URL('package.json', PACKAGE_DIR)).resolve('tsup/package.json'))(
    'esbuild',
  ) as {
    build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
  };
  const entry = fileURLToPath(new URL('src/index.ts', PACKAGE_DIR));
  const bundle = async (code: string) => {
    const result = await esbuild.build({
      stdin: { contents: code, resolveDir: fileURLToPath(PACKAGE_DIR), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      external: ['@cailiang/core'],
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };

  it('importing only the catalog bundles no rule set', async () => {
    // The data is JSON text for JSON.parse (#21): the id appears as `"id": "…"`.
    const text = await bundle(`import { catalog } from ${JSON.stringify(entry)}; console.log(catalog);`);
    expect(text).not.toContain('cailiang.rule-set/v1');
  });

  it('importing one rule set bundles only that one', async () => {
    const [first, second] = catalog;
    if (first === undefined || second === undefined) return;
    // The data is JSON text for JSON.parse (#21): the id appears as `"id": "…"`.
    const text = await bundle(
      `import { ${first.exportName} } from ${JSON.stringify(entry)}; console.log(${first.exportName});`,
    );
    expect(text).toMatch(new RegExp(`"?id"?: ["']${first.id.replace(/\./g, '\\.')}["']`));
    expect(text).not.toMatch(new RegExp(`"?id"?: ["']${second.id.replace(/\./g, '\\.')}["']`));
  });
});
