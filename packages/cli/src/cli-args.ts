import { parseArgs } from 'node:util';
import { CailiangError } from '@cailiang/core';
import { helpOf, usageLines } from './command-help.js';

export type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/**
 * `--help` or `-h` anywhere among a command's arguments (before a `--`). No option takes a value
 * that starts with `-` (see parseCommandArgs), so neither can be another option's value.
 */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * Parses a command's arguments, the one parser every command uses. Anything it does not expect
 * is a usage error (exit 2) in its own words with the command's usage — never Node's parseArgs
 * text, never a stack trace — and nothing is dropped silently: an option given twice that takes
 * one value is refused rather than letting the last one win.
 *
 * @param command - the command's name, as in `cailiang COMMAND`
 * @param args - the arguments after the command's name
 * @param options - the command's options (parseArgs' format)
 * @param allowPositionals - whether the command takes arguments that are not options
 * @returns the values and positionals, as parseArgs gives them
 * @throws CailiangError USAGE naming the argument and what was expected
 * @example parseCommandArgs('lint', ['--rules', 'a.yaml'], { rules: { type: 'string', multiple: true } })
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: ParseOptions,
  allowPositionals = false,
) {
  const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw usageError(command, `unexpected argument "${token.value}"`);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (option === undefined) throw usageError(command, `unknown option ${token.rawName}`);
    const flag = `--${token.name}`;
    if (option.type === 'boolean') {
      if (token.inlineValue === true) throw usageError(command, `${flag} takes no value`);
    } else {
      if (token.value === undefined) throw usageError(command, `${flag} needs a value`);
      if (token.inlineValue !== true && token.value.startsWith('-') && token.value !== '-') {
        throw usageError(command, `${flag} needs a value, got the option ${token.value}`);
      }
    }
    if (option.multiple !== true && seen.has(token.name))
      throw usageError(command, `${flag} given twice; give it once`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** A usage error unless `value` was given. */
export function requireArgument(command: string, value: unknown, flag: string): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) throw usageError(command, `missing ${flag}`);
}

/**
 * A usage error of `command`: the message, the command's usage, and where its help is.
 *
 * @param path - the argument the message is about, when it is about one
 */
export function usageError(command: string, message: string, path = ''): CailiangError {
  const help = helpOf(command);
  const usage = help === undefined ? '' : `\nusage: ${usageLines(help)}\nmore: cailiang ${command} --help`;
  return new CailiangError('USAGE', [{ code: 'usage', path, message: `${message}${usage}` }]);
}

/** The languages of reports and messages: Chinese by default, English on request. */
export type CliLanguage = 'zh' | 'en';

/**
 * The value of `--lang`: zh (the default, what officers and reviewers read) or en.
 *
 * @param command - the command's name, for the usage error
 * @param value - the option's value, undefined when not given
 * @returns the language
 * @throws CailiangError USAGE for any other value, naming the two accepted
 * @example languageArgument('review', 'en') // 'en'
 */
export function languageArgument(command: string, value: unknown): CliLanguage {
  if (value === undefined || value === 'zh') return 'zh';
  if (value === 'en') return 'en';
  throw usageError(command, `--lang expects zh or en, got "${String(value)}"`, '--lang');
}
