/**
 * @cailiang/core as a new user gets it: packed (`pnpm pack`), installed from the tarball into an
 * empty project, then type-checked with `module`/`moduleResolution: nodenext` — without
 * skipLibCheck and without @types/node — as an ES module (.mts) and as CommonJS (.cts), and run.
 * Runs on the built package (`pnpm install` builds it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PNPM = ['-y', 'pnpm@10.34.9'];
const TYPESCRIPT = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }
).version;
const RULES = readFileSync(join(ROOT, 'packages/fixtures/contract/food-safety.rules.yaml'), 'utf8');

/** Each consumer decides the same case and prints the fine range, so running it checks the import works. */
const CASE = {
  item: 'FS-124-1-3',
  party: { kind: 'organization' },
  facts: { goodsValue: '8000', illegalIncome: '1200', priorViolations: 0, harm: 'minor', childrenFood: false },
  dates: { act: '2025-03-10' },
};

const consumer = (imports: string) => `${imports}
const engine = createEngine([loadRuleSetFile('food-safety.rules.yaml')]);
const decision = engine.decide(${JSON.stringify(CASE)});
const fine = decision.sanctions.find((sanction) => sanction.kind === 'fine');
const total: Decimal = new Decimal(fine && 'min' in fine ? String(fine.min) : '0').plus('0.10');
console.log(decision.outcome, total.toFixed(2));
`;

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
  }
}

describe('@cailiang/core in a new project (packed, installed, nodenext)', () => {
  let project = '';

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'cailiang-consumer-'));
    run('npx', [...PNPM, 'pack', '--pack-destination', project], join(ROOT, 'packages/core'));
    const tarball = readdirSync(project).find((name) => name.endsWith('.tgz')) as string;
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "version": "0.0.0" }\n');
    // The store is warm: the tarball's dependencies and TypeScript come from it.
    run(
      'npx',
      [
        ...PNPM,
        'add',
        `./${tarball}`,
        `typescript@${TYPESCRIPT}`,
        '--prefer-offline',
        '--config.confirmModulesPurge=false',
      ],
      project,
    );
    writeFileSync(join(project, 'food-safety.rules.yaml'), RULES);
    writeFileSync(
      join(project, 'consumer.mts'),
      consumer(
        "import { Decimal, createEngine } from '@cailiang/core';\nimport { loadRuleSetFile } from '@cailiang/core/node';",
      ),
    );
    writeFileSync(
      join(project, 'consumer.cts'),
      consumer(
        "import { Decimal, createEngine } from '@cailiang/core';\nimport { loadRuleSetFile } from '@cailiang/core/node';",
      ),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      `${JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, types: [], outDir: 'out' }, files: ['consumer.mts', 'consumer.cts'] }, null, 2)}\n`,
    );
  }, 180_000);

  it('type-checks an ES module and a CommonJS consumer without skipLibCheck and without @types/node', () => {
    expect(existsSync(join(project, 'node_modules/@types/node'))).toBe(false);
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
    expect(readdirSync(join(project, 'out')).sort()).toEqual(['consumer.cjs', 'consumer.mjs']);
  }, 120_000);

  it('runs both: import and require give the same decision', () => {
    // 65000 is the lower end of the fine for this case (packages/fixtures/contract/food-safety.fixtures.yaml).
    expect(run('node', ['out/consumer.mjs'], project)).toBe('penalty 65000.10\n');
    expect(run('node', ['out/consumer.cjs'], project)).toBe('penalty 65000.10\n');
  });

  it('installs without exceljs (XLSX belongs to @cailiang/cli)', () => {
    expect(readdirSync(join(project, 'node_modules/.pnpm')).filter((name) => name.startsWith('exceljs'))).toEqual([]);
  });
});
