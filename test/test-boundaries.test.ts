/**
 * Tests import other packages' code by its public name, and share helpers through `test-support/`:
 * no package's tests (nor the root `test/`) import another package's `test/` folder, where a
 * helper moves or changes with that package's tests alone (#16).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The relative module paths a file imports (static and dynamic). */
function relativeImports(text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1] as string);
}

/** Whose tests a repository path belongs to: `core` for packages/core/…, `root` for test/…. */
function owner(path: string): string {
  const match = /^packages\/([^/]+)\//.exec(path);
  return match === null ? 'root' : (match[1] as string);
}

/** The imports of `file` (a repository path) that reach into another package's `test/` folder. */
export function crossTestImports(file: string, text: string): string[] {
  return relativeImports(text)
    .map((spec) => normalize(join(dirname(file), spec)))
    .filter((target) => {
      const match = /^packages\/([^/]+)\/test\//.exec(target);
      return match !== null && match[1] !== owner(file);
    });
}

describe('test helpers', () => {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /^(packages\/[^/]+\/(test|bench)|test|test-support)\//.test(file))
    // This file plants such imports as samples for the check below.
    .filter((file) => file !== 'test/test-boundaries.test.ts')
    // A file deleted but not yet committed is still listed by git.
    .filter((file) => existsSync(join(ROOT, file)));

  it('are never imported from another package’s test folder', () => {
    const found = files.flatMap((file) =>
      crossTestImports(file, readFileSync(join(ROOT, file), 'utf8')).map((target) => `${file} → ${target}`),
    );
    expect(found).toEqual([]);
  });

  it('are seen when a test does reach into another package’s tests (the check itself)', () => {
    const planted = "import { exampleRuleSetText } from '../../core/test/support/builders.js';";
    expect(crossTestImports('packages/cli/test/cli.test.ts', planted)).toEqual([
      'packages/core/test/support/builders.js',
    ]);
    expect(crossTestImports('test/batch.test.ts', "import { x } from '../packages/cli/test/batch/y.js';")).toHaveLength(
      1,
    );
    expect(crossTestImports('packages/core/test/a.test.ts', "import { x } from './support/b.js';")).toEqual([]);
    expect(crossTestImports('packages/cli/test/a.test.ts', "import { x } from '../../../test-support/b.js';")).toEqual(
      [],
    );
  });
});
