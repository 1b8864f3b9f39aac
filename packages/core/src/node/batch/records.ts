import { CailiangError, joinPath } from '../../errors/cailiang-error.js';
import type { Issue } from '../../errors/cailiang-error.js';

/**
 * Codes of error records that are not `CailiangError` codes: a bug (an exception that is not a
 * CailiangError) and a line whose worker died twice. Both make the run exit 3.
 */
export const INTERNAL_ERROR = 'INTERNAL_ERROR';
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
    return { code: error.code, issues: error.issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })) };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: INTERNAL_ERROR, issues: [{ code: 'internal', path: '', message: `internal error (a bug in cailiang, please report it): ${message}` }] };
}
