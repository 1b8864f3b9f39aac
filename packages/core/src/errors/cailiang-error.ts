/**
 * One error type for everything cailiang refuses: a bad rule set, a bad case, a case the rule
 * set cannot decide. Callers branch on `code` (stable) and show `issues` (one per problem).
 */

import type { IssueCode } from './issues.js';

/** Stable error codes. New codes may be added; existing ones never change meaning. */
export type ErrorCode =
  /** The text is not YAML/JSON, or not a rule set / case / fixture file at all. */
  | 'PARSE_ERROR'
  /** The rule set does not match the format (unknown keys, wrong types, bad references…). */
  | 'INVALID_RULE_SET'
  /** Two rule sets cannot be used together (duplicate items, overlapping versions…). */
  | 'INVALID_ENGINE'
  /** The case does not match the item it names (missing or undeclared facts, bad dates…). */
  | 'INVALID_CASE'
  /** What an officer imposed (for review) is malformed. */
  | 'INVALID_IMPOSED'
  /** The case names an item no loaded rule set has. */
  | 'UNKNOWN_ITEM'
  /** No rule set version is in force on the date the law says to use. */
  | 'NOT_IN_FORCE'
  /** The facts do not select exactly one statutory alternative. */
  | 'STATUTORY_RANGE_UNDETERMINED'
  /** The facts select no tier (and there is no fallback), or several under `unique`. */
  | 'TIER_UNDETERMINED'
  /** A computed range cannot be formed (a tier entirely outside the statutory range…). */
  | 'RANGE_UNDETERMINED'
  /** Holiday arrangements given to a calendar are malformed. */
  | 'INVALID_CALENDAR'
  /** A date the calendar has no data for. */
  | 'CALENDAR_OUT_OF_RANGE'
  /** A fixture file is malformed. */
  | 'INVALID_FIXTURES'
  /** A command-line usage error. */
  | 'USAGE'
  /** A file could not be read or written. */
  | 'IO_ERROR'
  /** A partial evaluation (evaluate --partial) is malformed or of another format version. */
  | 'INVALID_PARTIAL'
  /** Partial evaluations made under different rule sets or settings cannot be merged. */
  | 'PARTIAL_MISMATCH';

/** One problem: where it is (`items[0].tiers[2].fine.band`), and what is wrong there. */
export interface Issue {
  /** A short machine-readable kind of problem, e.g. `unknown_key`, `undeclared_fact` (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** Dotted path inside the document; `''` for the document itself. */
  readonly path: string;
  /** What is wrong and what was expected, in one sentence. */
  readonly message: string;
  /** The code of the rule-set item the problem is in (`FSL-124-1-3`), when it is inside one. */
  readonly item?: string;
  /** Where the problem is in the source text (1-based), when it was read from YAML or JSON text. */
  readonly line?: number;
  /** The column on {@link Issue.line} (1-based). */
  readonly column?: number;
}

export interface CailiangErrorOptions {
  /** The file (or other source name) the problem is in, shown before each path. */
  readonly source?: string;
  readonly cause?: unknown;
}

/**
 * The one error class cailiang throws for bad input or undecidable cases.
 *
 * @example
 * try { loadRuleSet(text) } catch (e) {
 *   if (e instanceof CailiangError) for (const i of e.issues) console.error(i.path, i.message)
 * }
 */
export class CailiangError extends Error {
  override readonly name = 'CailiangError';
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  readonly source: string | undefined;

  constructor(code: ErrorCode, issues: readonly Issue[], options: CailiangErrorOptions = {}) {
    if (issues.length === 0) throw new TypeError('CailiangError needs at least one issue');
    super(formatIssues(issues, options.source), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
    this.source = options.source;
  }

  /** The same error with every issue attributed to `source` (a file name). */
  withSource(source: string): CailiangError {
    return new CailiangError(this.code, this.issues, { source, cause: this.cause });
  }
}

/**
 * One line per issue, as the CLI prints them: `file:line:col  item  path  message` for an issue
 * whose place in the text or item is known (the fields an editor and a reviewer look for, in that
 * order, two spaces apart), `file: path: message` for the others.
 *
 * @example formatIssues([{ code: 'unknown_key', path: 'items[0].fien', message: 'unknown key "fien"', item: 'A-1', line: 9, column: 5 }], 'a.rules.yaml')
 * // 'a.rules.yaml:9:5  A-1  items[0].fien  unknown key "fien"'
 */
export function formatIssues(issues: readonly Issue[], source?: string): string {
  return issues.map((issue) => formatIssue(issue, source)).join('\n');
}

function formatIssue(issue: Issue, source: string | undefined): string {
  if (issue.line === undefined && issue.item === undefined) {
    const where = [source, issue.path].filter((part) => part !== undefined && part !== '').join(': ');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  }
  const place = issue.line === undefined ? source : `${source ?? ''}:${issue.line}:${issue.column ?? 1}`;
  return [place, issue.item, issue.path, issue.message].filter((part) => part !== undefined && part !== '').join('  ');
}

/** Throws a CailiangError with a single issue. */
export function fail(code: ErrorCode, issue: Issue): never {
  throw new CailiangError(code, [issue]);
}

/** `items[0].tiers[2].fine` from a path of keys and indices. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Joins a base path and a relative one: `joinPath('items[0]', 'when.all[1]')`. */
export function joinPath(base: string, rest: string): string {
  if (base === '') return rest;
  if (rest === '') return base;
  return rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`;
}
