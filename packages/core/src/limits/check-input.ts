import { CailiangError, joinPath } from '../errors/cailiang-error.js';
import type { ErrorCode, Issue } from '../errors/cailiang-error.js';
import { checkDocument } from './document-walk.js';
import { DEFAULT_LIMITS } from './limits.js';
import { withinLimits } from './within-limits.js';
import type { Limits } from './limits.js';

export interface CheckInputOptions {
  readonly limits?: Limits;
  /** The file the input came from, named in the error. */
  readonly source?: string;
  /** Where the input sits in what the caller reads (`imposed`, `arrangements`), before each path. */
  readonly basePath?: string;
}

/**
 * Refuses an input (a case, a fixture file, holiday arrangements, an imposed decision) that is
 * beyond the document limits or has a `__proto__`, `constructor` or `prototype` key anywhere,
 * before any of it is read: such a key is dropped by the first copy of the object, so what was
 * written would silently not be what is read.
 *
 * @param invalidCode - the error code of the kind of input, for the reserved keys
 * @throws CailiangError PARSE_ERROR naming the limit exceeded and where, or `invalidCode` with
 *   each reserved key's path
 * @example checkInput(kase, 'INVALID_CASE')
 */
export function checkInput(data: unknown, invalidCode: ErrorCode, options: CheckInputOptions = {}): void {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Nearly every input passes: a yes/no walk first, and the walk that words the problem only on a no.
  if (withinLimits(data, limits)) return;
  const check = checkDocument(data, limits);
  const source = options.source === undefined ? {} : { source: options.source };
  const at = (issue: Issue): Issue =>
    options.basePath === undefined ? issue : { ...issue, path: joinPath(options.basePath, issue.path) };
  if (check.exceeded !== undefined) throw new CailiangError('PARSE_ERROR', [at(check.exceeded)], source);
  if (check.reserved.length > 0) throw new CailiangError(invalidCode, check.reserved.map(at), source);
}
