/**
 * The vocabulary of problems: every issue code cailiang reports, and the few builders that word
 * the common problems one way wherever they are found — an unknown key, a value of the wrong kind.
 */
import type { Issue } from './cailiang-error.js';

/**
 * Every `Issue.code` cailiang reports, grouped by what is wrong. Stable: a code keeps its meaning;
 * new codes may be added.
 */
export const ISSUE_CODES = [
  // Shape of a document (rule set, case, fixture, imposed decision, calendar, batch line)
  'unknown_key',
  'unexpected_key',
  'missing_key',
  'missing',
  'missing_value',
  'invalid_type',
  'invalid_value',
  'invalid_json',
  'invalid_path',
  'too_deep',
  'too_large',
  'line_too_long',
  // Input limits (limits/): a document, an item's conditions or an amount beyond what is allowed
  'too_many_nodes',
  'too_many_characters',
  'too_many_conditions',
  'beyond_limit',
  'unknown_limit',
  'invalid_limit',
  'blank_line',
  'empty',
  'encoding',
  'syntax',
  'unsupported_feature',
  // Bounds and formats zod checks (passed through under zod's own code)
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'invalid_element',
  'invalid_union',
  'invalid_key',
  // Names and references inside a rule set
  'invalid_name',
  'reserved_name',
  'duplicate_name',
  'duplicate_code',
  'duplicate_id',
  'duplicate_level',
  'unknown_law',
  'unknown_band',
  'unknown_sanction',
  'unknown_operator',
  'undeclared_fact',
  'invalid_fact',
  'invalid_condition',
  'condition_syntax',
  'operator_type_mismatch',
  'invalid_range',
  'unbounded_range',
  'no_statutory_fine',
  'several_fallbacks',
  'missing_tiers',
  'unexpected_tiers',
  // Checks that could not run because of the problems reported before them (said, not silent)
  'not_checked',
  // Engines and versions
  'no_rule_sets',
  'duplicate_item',
  'duplicate_version',
  'version_overlap',
  // Cases
  'unknown_item',
  'invalid_case',
  'missing_fact',
  'unknown_circumstance',
  'invalid_circumstance',
  'misplaced_circumstance',
  'invalid_date',
  'date_order',
  'not_in_force',
  // Cases a rule set cannot decide
  'statutory_none_holds',
  'statutory_several_hold',
  'no_tier_holds',
  'tiers_overlap',
  'tier_outside_statutory',
  // Calendars
  'invalid_year',
  'missing_year',
  'duplicate_year',
  'date_outside_year',
  'overlapping_days',
  'calendar_out_of_range',
  // Workbooks and tables (import)
  'missing_sheet',
  'unknown_sheet',
  'duplicate_sheet',
  'missing_header',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'duplicate_row',
  'missing_row',
  'inconsistent_cell',
  'conflicting_path',
  'scattered_item',
  'csv_syntax',
  'xlsx',
  // Files, workers and the command line
  'usage',
  'unreadable',
  'unwritable',
  'write_failed',
  'missing_dependency',
  'resume_mismatch',
  'worker_init',
  'worker_failed',
  // Partial evaluations
  'partial_format',
  'partial_mismatch',
  // Not the input's fault: a bug in cailiang
  'internal',
] as const;

/** The kind of one problem: one of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** True for a string that is an issue code (a hand-written zod check carries one in its params). */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}

/**
 * True for an object as JSON and YAML produce it — not null, not an array, not a class instance
 * (a Date or a Map where a document has an object is a mistake, not a value the format knows).
 *
 * @example isRecord({ a: 1 }) // true
 * @example isRecord([1]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A value as a message shows it after "got": strings quoted (long ones cut at 40 characters),
 * numbers and booleans as written, and a word for the rest.
 *
 * @example describeValue('abc') // '"abc"'
 * @example describeValue([1, 2]) // 'a list'
 * @example describeValue(undefined) // 'nothing'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * The issue for a key a document does not have, worded one way everywhere:
 * `unknown key "fien"; expected one of level, label, when, fine`.
 *
 * @param path - where the key is, the key included (`items[0].tiers[2].fien`)
 * @param allowed - the keys that may stand there (omit where they are too many to list)
 */
export function unknownKey(key: string, path: string, allowed?: readonly string[]): Issue {
  return {
    code: 'unknown_key',
    path,
    message: allowed === undefined ? `unknown key "${key}"` : `unknown key "${key}"; ${expectedKeys(allowed)}`,
  };
}

/**
 * What an unknown key's message says was expected, for a validator that words its own issues
 * (zod): `expected one of level, label, when, fine`.
 */
export function expectedKeys(allowed: readonly string[]): string {
  return `expected one of ${allowed.join(', ')}`;
}
