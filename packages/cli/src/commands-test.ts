import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CailiangError } from '@cailiang/core';
import { formatFixtureReport } from '@cailiang/fixtures';
import type { FixtureRunResult } from '@cailiang/fixtures';
import { limitsFromArguments } from './limit-arguments.js';
import { languageArgument, parseCommandArgs, requireArgument, usageError } from './cli-args.js';
import type { CliIo } from './cli-io.js';
import { runFixtureFile } from '@cailiang/fixtures';
import { updateFixtureFile } from './fixture-update.js';

/**
 * `cailiang test`: runs fixture files — or every `*.fixtures.yaml` in a directory, sorted — and
 * prints each case, a readable diff of each mismatch, and `N passed, N failed`. With `--update`
 * the failing cases' expectations are rewritten to the current decisions, after the report has
 * shown what changes; without it nothing is ever written.
 */
export function testCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(
    'test',
    args,
    {
      update: { type: 'boolean' },
      json: { type: 'boolean' },
      limit: { type: 'string', multiple: true },
      lang: { type: 'string' },
    },
    true,
  );
  // Read for its check only: runCli prints the load problems in this language.
  languageArgument('test', values.lang);
  requireArgument('test', positionals, 'FIXTURES.yaml or a directory');
  if (values.json === true && values.update === true)
    throw usageError('test', '--json prints the results as they are; run --update without it');
  const limits = limitsFromArguments(values.limit as string[] | undefined);
  const files = positionals.flatMap(fixtureFiles);
  const results: FixtureRunResult[] = files.map((file) => runFixtureFile(file, limits));
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ files: results }, null, 2)}\n`);
    return results.every((result) => result.failed === 0) ? 0 : 1;
  }
  io.stdout(`${formatFixtureReport(results, { color: io.color === true })}\n`);
  if (values.update === true) {
    let updated = 0;
    results.forEach((result, index) => {
      updated += updateFixtureFile(files[index] as string, result);
    });
    io.stdout(`updated the expectations of ${updated} case(s)\n`);
    return 0;
  }
  return results.every((result) => result.failed === 0) ? 0 : 1;
}

/** A fixture file, or the `*.fixtures.yaml` files of a directory in name order. */
function fixtureFiles(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!isDirectory) return [path];
  const files = readdirSync(path)
    .filter(
      (name) => name.endsWith('.fixtures.yaml') || name.endsWith('.fixtures.yml') || name.endsWith('.fixtures.json'),
    )
    .sort();
  if (files.length === 0) {
    throw new CailiangError('USAGE', [
      { code: 'usage', path: '', message: `no *.fixtures.yaml files in the directory ${path}` },
    ]);
  }
  return files.map((name) => join(path, name));
}
