import { parseArgs } from 'node:util';
import { CailiangError } from '@cailiang/core';

export type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/**
 * Parses a command's arguments strictly: an unknown flag or a missing value is a usage error
 * (exit 2) that says what was wrong, never a stack trace.
 *
 * @param usage - the command's usage line, shown with the error
 */
export function parseCommandArgs(args: readonly string[], options: ParseOptions, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: `${(error as Error).message}\nusage: ${usage}` }]);
  }
}

/** A usage error unless `value` was given. */
export function requireArgument(value: unknown, flag: string, usage: string): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: `missing ${flag}\nusage: ${usage}` }]);
  }
}
