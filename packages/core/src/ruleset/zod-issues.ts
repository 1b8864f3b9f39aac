import type { z } from 'zod';
import { formatPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { describeValue, isIssueCode, unknownKey } from '../errors/issues.js';
import { allowedKeysAt } from './allowed-keys.js';

/**
 * zod's issues as cailiang reports them: one per problem, each with the full path and a
 * sentence a benchmark author can act on (`items[0].tiers[2]: unknown key "fien"`).
 *
 * @param input - the document zod checked, to tell a missing value from one of the wrong kind
 *   and to show it (zod's issues do not carry the value)
 * @param schema - the schema it was checked with, so that an unknown key's message lists the
 *   keys that may stand there
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  basePath: readonly PropertyKey[] = [],
  input?: unknown,
  schema?: z.ZodType,
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const allowed = schema === undefined ? undefined : allowedKeysAt(schema, path, input);
          out.push(unknownKey(key, formatPath([...path, key]), allowed));
        }
        break;
      case 'invalid_key':
        // A record key that fails its schema (a fact named "1st"): say why, at the key's path.
        for (const inner of issue.issues) {
          out.push({ code: 'invalid_name', path: formatPath(path), message: inner.message });
        }
        break;
      case 'invalid_union':
        out.push(...unionIssues(issue, path, input, schema));
        break;
      case 'invalid_type': {
        const value = input === undefined ? issue.input : valueAt(input, path);
        const missing = value === undefined && (input !== undefined || /received undefined/.test(issue.message));
        out.push({
          code: missing ? 'missing_key' : 'invalid_type',
          path: formatPath(path),
          message: missing
            ? `missing; expected ${expectedName(issue.expected)}`
            : value === undefined
              ? issue.message
              : `expected ${expectedName(issue.expected)}, got ${describeValue(value)}`,
        });
        break;
      }
      case 'custom':
        // Hand-written checks carry their own code (unknown_operator…) in params.
        out.push({
          code: isIssueCode(issue.params?.['code']) ? issue.params['code'] : 'invalid_value',
          path: formatPath(path),
          message: issue.message,
        });
        break;
      default:
        out.push({ code: issue.code, path: formatPath(path), message: issue.message });
    }
  }
  return dedupe(out);
}

/** For a discriminated union, report the branch the data chose; otherwise zod's own message. */
function unionIssues(
  issue: z.core.$ZodIssueInvalidUnion,
  path: PropertyKey[],
  input: unknown,
  schema: z.ZodType | undefined,
): Issue[] {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  if (branches.length === 1) return fromZodIssues(branches[0] ?? [], path, input, schema);
  return [{ code: 'invalid_value', path: formatPath(path), message: issue.message }];
}

/** The value at a path of the checked document (undefined where the path leads nowhere). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function expectedName(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'record') return 'an object';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
