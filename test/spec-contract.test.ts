import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFixtureFile } from '@cailiang/fixtures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SPEC = fileURLToPath(new URL('../packages/fixtures/contract/', import.meta.url));
// Built by the install (`prepare`); in CI a missing build fails these tests instead of skipping them.
const CLI = `${ROOT}packages/cli/dist/cli.js`;

describe('spec examples (the contract)', () => {
  it('food-safety.fixtures.yaml: every case passes', () => {
    const result = runFixtureFile(`${SPEC}food-safety.fixtures.yaml`);
    const failures = result.cases
      .filter((c) => !c.passed)
      .map((c) => ({ name: c.name, mismatches: c.mismatches, error: c.error }));
    expect(failures).toEqual([]);
    expect(result.passed).toBe(5);
  });

  it('food-safety-time.fixtures.yaml: every case passes (limitation, versions, licensing)', () => {
    const result = runFixtureFile(`${SPEC}food-safety-time.fixtures.yaml`);
    const failures = result.cases
      .filter((c) => !c.passed)
      .map((c) => ({ name: c.name, mismatches: c.mismatches, error: c.error }));
    expect(failures).toEqual([]);
    expect(result.passed).toBe(9);
  });

  it.skipIf(!existsSync(CLI) && process.env['CI'] !== 'true')(
    'the built CLI runs them from the repository root, as the spec says',
    () => {
      const run = spawnSync('node', [CLI, 'test', `${SPEC}food-safety.fixtures.yaml`], { cwd: ROOT, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('5 passed, 0 failed');
      expect(run.status).toBe(0);
    },
  );
});
