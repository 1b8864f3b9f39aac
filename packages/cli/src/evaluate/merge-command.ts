import { resolve } from 'node:path';
import { evaluationOfPartial, mergePartials } from '@cailiang/core/evaluate';
import { languageArgument, parseCommandArgs, usageError } from '../cli-args.js';
import { readPartialFile } from '../partial-file.js';
import { mergeSummary } from './summary-text.js';
import type { Outputs } from './summary-text.js';
import { writePartial, writeReports } from './write-reports.js';

/**
 * Runs `cailiang evaluate merge`: combines partial evaluations (`evaluate --partial`) of any
 * districts or shards into the report of all their records — the very report one run over all
 * of them would give — and, with --partial, into a partial again (a province merges its cities').
 *
 * @param args - the arguments after `evaluate merge`
 * @param io - where to write
 * @param usageText - the command's usage, shown with a usage error
 * @returns 0 every record decided, 1 some could not be, 2 usage, unreadable or mismatched
 *   partials, unwritable output, 3 records that failed on an internal error
 * @throws CailiangError for usage, unreadable or mismatched partials and unwritable output (evaluate's
 *   command reports it, exit 2)
 * @example await mergeCommand(['a.json', 'b.json', '--report', 'city.html'], io);
 */
export async function mergeCommand(args: string[], io: { stdout(text: string): void }): Promise<number> {
  const { files, outputs, language } = readArguments(args);
  const merged = mergePartials(files.map(readPartialFile), files);
  const evaluation = evaluationOfPartial(merged);
  writeReports(evaluation, {
    ...(outputs.out === undefined ? {} : { html: outputs.out }),
    ...(outputs.json === undefined ? {} : { json: outputs.json }),
    ...(outputs.csv === undefined ? {} : { csv: outputs.csv }),
    language,
  });
  if (outputs.partial !== undefined) writePartial(merged, outputs.partial);
  io.stdout(mergeSummary(evaluation, files.length, outputs, language));
  const { records } = evaluation;
  if ((evaluation.errors.byCode['INTERNAL_ERROR'] ?? 0) > 0) return 3;
  return records.errors > 0 ? 1 : 0;
}

function readArguments(args: string[]): { files: string[]; outputs: Outputs; language: 'zh' | 'en' } {
  const usage = (path: string, message: string) => usageError('evaluate', message, path);
  const parsed = parseCommandArgs(
    'evaluate',
    args,
    {
      report: { type: 'string' },
      json: { type: 'string' },
      csv: { type: 'string' },
      partial: { type: 'string' },
      lang: { type: 'string' },
    },
    true,
  );
  const values = parsed.values as Record<string, string | undefined>;
  const files = parsed.positionals;
  if (files.length === 0)
    throw usage('', 'evaluate merge: name the partial files to merge (written by cailiang evaluate --partial)');
  const outputs: Outputs = {
    ...(values['report'] === undefined ? {} : { out: values['report'] }),
    ...(values['json'] === undefined ? {} : { json: values['json'] }),
    ...(values['csv'] === undefined ? {} : { csv: values['csv'] }),
    ...(values['partial'] === undefined ? {} : { partial: values['partial'] }),
  };
  const language = languageArgument('evaluate', values['lang']);
  if (Object.keys(outputs).length === 0)
    throw usage('--report', 'evaluate merge: give --report REPORT.html, --json, --csv or --partial');
  if (outputs.out !== undefined && !/\.html?$/i.test(outputs.out))
    throw usage('--report', `expected a file ending in .html, got "${outputs.out}"`);
  const inputs = files.map((file) => resolve(file));
  for (const output of Object.values(outputs) as string[]) {
    if (inputs.includes(resolve(output))) throw usage('--report', `an output would overwrite the partial ${output}`);
  }
  return { files, outputs, language };
}
