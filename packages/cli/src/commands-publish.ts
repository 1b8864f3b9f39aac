import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { diffRuleSets, formatDiffMarkdown } from '@cailiang/core/diff';
import { CailiangError } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
import { parseFixtureDocument } from '@cailiang/fixtures';
import { importCsv } from '@cailiang/core/import';
import { ruleSetToYaml } from '@cailiang/core/import';
import { importXlsx } from './xlsx/read.js';
import { renderXlsx } from './xlsx/write.js';
import { renderCsv } from '@cailiang/core/render';
import { renderHtml } from '@cailiang/core/render';
import { renderMarkdown } from '@cailiang/core/render';
import { languageArgument, parseCommandArgs, requireArgument, usageError } from './cli-args.js';
import type { CliIo } from './cli-io.js';
import { loadRuleSetFile, readDataFile, readTextFile } from '@cailiang/core/node';
import { writeOutputFile } from './file-errors.js';

/** `cailiang render`: the table agencies publish, as Markdown, HTML, CSV or XLSX. */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('render', args, {
    rules: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  });
  // Read for its check only: runCli prints the load problems in this language.
  languageArgument('render', values.lang);
  requireArgument('render', values.rules, '--rules FILE');
  const format =
    typeof values.format === 'string'
      ? values.format
      : typeof values.out === 'string'
        ? extname(values.out).slice(1)
        : undefined;
  const ruleSet = loadRuleSetFile(values.rules as string);
  const out = values.out as string | undefined;
  if (format === 'xlsx') {
    if (out === undefined) throw usageError('render', 'an XLSX table is written to a file: give --out FILE.xlsx');
    write(out, await renderXlsx(ruleSet));
    return 0;
  }
  const renderers: Record<string, (ruleSet: Parameters<typeof renderMarkdown>[0]) => string> = {
    md: renderMarkdown,
    html: renderHtml,
    csv: renderCsv,
  };
  const render = format === undefined ? undefined : renderers[format];
  if (render === undefined)
    throw usageError(
      'render',
      `--format must be md, html, csv or xlsx${format === undefined ? '' : `, got "${format}"`}`,
    );
  const text = render(ruleSet);
  if (out === undefined) io.stdout(text);
  else write(out, text);
  return 0;
}

/** `cailiang import`: a rendered (and edited) CSV or XLSX table back into a rule set. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'import',
    args,
    { out: { type: 'string' }, 'fill-blank': { type: 'boolean' }, lang: { type: 'string' } },
    true,
  );
  // Read for its check only: runCli prints the table's problems in this language.
  languageArgument('import', values.lang);
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw usageError('import', 'give one CSV or XLSX file');
  const options = { source: file, ...(values['fill-blank'] === true ? { humanColumns: 'fill-blank' as const } : {}) };
  const kind = extname(file).toLowerCase();
  let ruleSet: RuleSet;
  if (kind === '.xlsx') ruleSet = await importXlsx(readBytes(file), options);
  else if (kind === '.csv') ruleSet = importCsv(readTextFile(file), options);
  else throw usageError('import', `"${file}" is neither .csv nor .xlsx`);
  const yaml = ruleSetToYaml(ruleSet, { comment: `Imported by cailiang from ${file}` });
  if (values.out === undefined) io.stdout(yaml);
  else write(values.out as string, yaml);
  return 0;
}

/** `cailiang diff`: what a revision changes, and which fixture cases it moves. */
export function diffCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs('diff', args, {
    from: { type: 'string' },
    to: { type: 'string' },
    fixtures: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  // Read for its check only: runCli prints the load problems in this language.
  languageArgument('diff', values.lang);
  requireArgument('diff', values.from, '--from FILE');
  requireArgument('diff', values.to, '--to FILE');
  const from = loadRuleSetFile(values.from as string);
  const to = loadRuleSetFile(values.to as string);
  const fixtureFiles = (values.fixtures as string[] | undefined) ?? [];
  const cases = fixtureFiles.flatMap((file) =>
    parseFixtureDocument(readDataFile(file), file).cases.map((entry) => ({
      name: entry.name,
      case: entry.case,
      source: file,
    })),
  );
  const diff = diffRuleSets(from, to, fixtureFiles.length === 0 ? undefined : cases);
  io.stdout(values.json === true ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffMarkdown(diff));
  return 0;
}

function write(path: string, content: string | Uint8Array): void {
  writeOutputFile(path, content);
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CailiangError(
      'IO_ERROR',
      [{ code: 'unreadable', path: '', message: `cannot read the file: ${(error as Error).message}` }],
      { source: path },
    );
  }
}
