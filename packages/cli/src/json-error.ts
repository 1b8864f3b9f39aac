import { internalErrorOf } from '@cailiang/core';
import type { CailiangError, Issue } from '@cailiang/core';

/**
 * The commands whose `--json` is a switch for their output: with it, a failure is JSON on stdout
 * too, so a program reading stdout always gets one object. (`evaluate --json FILE` names a file;
 * its failures stay text.)
 */
const JSON_COMMANDS = new Set(['decide', 'deadline', 'review', 'lint', 'diff', 'test']);

/**
 * True when a failure of this command line is to be printed as JSON: one of the commands above,
 * with `--json` among its options (before any `--`).
 *
 * @param command - the command name (`decide`)
 * @param args - its arguments
 * @example wantsJsonErrors('decide', ['--rules', 'a.yaml', '--json']) // true
 */
export function wantsJsonErrors(command: string, args: readonly string[]): boolean {
  if (!JSON_COMMANDS.has(command)) return false;
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).includes('--json');
}

/** What `--json` prints on a failure: `{ "error": { "code", "source", "issues" } }` (docs/cli.md). */
export interface JsonError {
  readonly error: {
    /** The CailiangError code (`INVALID_RULE_SET`, `USAGE`…), or `INTERNAL_ERROR` for a bug in cailiang. */
    readonly code: string;
    /** The file the problems are in; null when they are in no file (a command-line option). */
    readonly source: string | null;
    /** One per problem: `code`, `path`, `message`, and `item`, `line`, `column` where known. */
    readonly issues: readonly Issue[];
  };
}

/**
 * The JSON a failed command prints, as one line-terminated, indented object.
 *
 * @param error - what the command threw
 * @param issues - its problems as printed: in the command's language (`issuesIn`), the error's own by default
 * @returns the text for stdout
 * @example jsonErrorText(new CailiangError('USAGE', [{ code: 'usage', path: '', message: '…' }]))
 */
export function jsonErrorText(error: CailiangError, issues: readonly Issue[] = error.issues): string {
  const body: JsonError = { error: { code: error.code, source: error.source ?? null, issues } };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * The same object for an internal error (exit code 3): a bug in cailiang, not in the input,
 * worded as a batch's error record words it.
 *
 * @param thrown - what the command threw
 */
export function internalJsonErrorText(thrown: unknown): string {
  const internal = internalErrorOf(thrown);
  const body: JsonError = { error: { code: internal.code, source: null, issues: internal.issues } };
  return `${JSON.stringify(body, null, 2)}\n`;
}
