import { CailiangError, joinPath } from '@cailiang/core';
import type { Issue } from '@cailiang/core';
import { internalErrorOf } from '@cailiang/core';

// Here too, so that the batch's two codes that are not CailiangError codes sit together (tally.ts
// counts both toward exit 3).
export { INTERNAL_ERROR } from '@cailiang/core';

/** The code of the record of a line whose worker died twice (like INTERNAL_ERROR, exit 3). */
export const WORKER_FAILED = 'WORKER_FAILED';

/** An error record's content: `{ code, issues }`. */
export interface RecordError {
  readonly code: string;
  readonly issues: readonly Issue[];
}

/**
 * The output line for an input line that yields no decision: `{"line":N,"error":{"code","issues"}}`.
 *
 * @param line - the input line number
 * @param error - the error code and its issues
 * @returns the record as one line of JSON, without the newline
 * @example errorRecord(3, { code: 'PARSE_ERROR', issues: [{ code: 'blank_line', path: '', message: 'the line is blank' }] })
 */
export function errorRecord(line: number, error: RecordError): string {
  const issues = error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message }));
  return JSON.stringify({ line, error: { code: error.code, issues } });
}

/**
 * What an exception thrown while deciding a line becomes in its error record. A CailiangError
 * keeps its code and issues; paths inside the case can be prefixed (`case.facts.harm` when the
 * line is `{ case, imposed }`). Anything else is a bug, recorded as INTERNAL_ERROR.
 *
 * @param error - what was thrown
 * @param prefix - the path of the value the issues are about, within the line (`''` for the line)
 * @returns the record's error
 * @example recordErrorOf(caseError, 'case') // { code: 'INVALID_CASE', issues: [{ path: 'case.facts.harm', … }] }
 */
export function recordErrorOf(error: unknown, prefix = ''): RecordError {
  if (error instanceof CailiangError) {
    return {
      code: error.code,
      issues: error.issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })),
    };
  }
  return internalErrorOf(error);
}
