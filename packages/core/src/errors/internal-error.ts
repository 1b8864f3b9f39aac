import type { Issue } from './cailiang-error.js';

/**
 * The code under which a failure that is not a CailiangError is counted or recorded: an
 * exception nothing anticipated, so a bug in cailiang rather than in the input.
 */
export const INTERNAL_ERROR = 'INTERNAL_ERROR';

/** What an unexpected exception becomes: INTERNAL_ERROR and one issue that asks for a report. */
export interface InternalError {
  readonly code: typeof INTERNAL_ERROR;
  readonly issues: readonly [Issue];
}

/**
 * What an exception that is not a CailiangError becomes wherever a failure is kept as data (a
 * batch's error record, an evaluation's error count) rather than thrown: the same code and
 * message everywhere, so a report of the bug reads the same whichever command met it.
 *
 * @param error - what was thrown
 * @returns code INTERNAL_ERROR, with one issue at the root whose message names the exception
 * @example internalErrorOf(new TypeError('x is undefined')).issues[0].message
 * // 'internal error (a bug in cailiang, please report it): TypeError: x is undefined'
 */
export function internalErrorOf(error: unknown): InternalError {
  const thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: INTERNAL_ERROR,
    issues: [
      { code: 'internal', path: '', message: `internal error (a bug in cailiang, please report it): ${thrown}` },
    ],
  };
}
