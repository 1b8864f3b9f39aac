import { loadIssuesIn } from '@cailiang/core/lint';
import type { CailiangError, Issue } from '@cailiang/core';
import type { CliLanguage } from './cli-args.js';

/**
 * The language a failed command's problems are printed in, read from its arguments before the
 * command has parsed them (it may have failed doing so): English only when `--lang en` (or
 * `--lang=en`) comes before any `--`; Chinese otherwise, as for the command's other output.
 *
 * @param args - the command's arguments
 * @returns zh or en
 * @example errorLanguage(['--rules', 'a.yaml', '--lang', 'en']) // 'en'
 */
export function errorLanguage(args: readonly string[]): CliLanguage {
  const end = args.indexOf('--');
  const options = end < 0 ? args : args.slice(0, end);
  for (let i = 0; i < options.length; i += 1) {
    if (options[i] === '--lang=en' || (options[i] === '--lang' && options[i + 1] === 'en')) return 'en';
  }
  return 'zh';
}

/**
 * A failure's problems in the language asked for. In Chinese, the loader's sentences and the
 * "cannot read the file" one are worded as lint words them (`loadIssuesIn`), so a problem reads
 * the same in `lint` and in `decide`; codes, paths, lines and items never change; a sentence lint
 * has no Chinese for is kept as written rather than half translated.
 * Usage errors stay as written: they quote the options, which are English.
 *
 * @param error - what the command threw
 * @param language - zh (default) or en
 * @returns the issues to print, the error's own when nothing changes
 * @example issuesIn(error, 'zh')[0].message // '未知的键“fien”；此处可以使用的键：level、fine'
 */
export function issuesIn(error: CailiangError, language: CliLanguage): readonly Issue[] {
  if (language === 'en' || error.code === 'USAGE') return error.issues;
  return loadIssuesIn(error.issues, language);
}
