/**
 * @cailiang/cli's declarations as a consumer type-checks them: `module`/`moduleResolution:
 * nodenext`, without skipLibCheck and with no ambient types (`types: []`, so no @types/node):
 * the CLI's I/O seam (CliIo's stdin and stdoutStream) is structural, not NodeJS.ReadableStream.
 * Runs on the built package (`pnpm install` builds it); core is not packed again here (see
 * consumers.test.ts), the declarations import it through the workspace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/index.js');

function typeCheck(source: string): string {
  const project = mkdtempSync(join(tmpdir(), 'cailiang-cli-consumer-'));
  writeFileSync(join(project, 'consumer.mts'), source);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        skipLibCheck: false,
        types: [],
        noEmit: true,
      },
      files: ['consumer.mts'],
    }),
  );
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

describe('@cailiang/cli declarations without @types/node', () => {
  it('type-check a consumer that passes its own stdin and stdout stream', () => {
    const errors = typeCheck(`import { runCli } from ${JSON.stringify(CLI)};
import type { CliInput, CliIo, CliOutput } from ${JSON.stringify(CLI)};
async function* lines(): AsyncGenerator<string> { yield '{}\\n'; }
const output: CliOutput = { write: (_data, done) => (done(null), true), on: () => undefined, off: () => undefined };
const input: CliInput = lines();
const io: CliIo = { stdout: () => undefined, stderr: () => undefined, stdin: () => input, stdoutStream: () => output };
export const code: number = await runCli(['--help'], io);
`);
    expect(errors).toBe('');
  }, 120_000);

  it('still refuses a wrong type (the check is not vacuous)', () => {
    const errors = typeCheck(`import type { CliIo } from ${JSON.stringify(CLI)};
export const io: CliIo = { stdout: () => undefined, stderr: () => undefined, stdin: () => 42 };
`);
    expect(errors).toMatch(/TS2322/);
  }, 120_000);
});
