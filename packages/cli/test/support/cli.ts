import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/index.js';
import type { CliIo } from '../../src/index.js';

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process (`--workers 1` decides in this thread), with `stdin` as its
 * standard input, and collects what it prints.
 *
 * @param extra - further I/O (a TTY flag, an output stream…), over the defaults
 */
export async function runCliCaptured(argv: readonly string[], stdin = '', extra: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => Readable.from([Buffer.from(stdin)]),
    ...extra,
  });
  return { code, stdout, stderr };
}

/**
 * A new temporary folder, and a function writing a file into it.
 *
 * @returns the folder, and `file(name, text)` giving the written file's path
 */
export function scratchFolder(prefix: string): { readonly dir: string; file(name: string, text: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
