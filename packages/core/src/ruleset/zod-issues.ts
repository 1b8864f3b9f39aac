import type { z } from 'zod';
import { formatPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { isIssueCode, unknownKey } from '../errors/issues.js';

/**
 * zod's issues as cailiang reports them: one per problem, each with the full path and a
 * sentence a benchmark author can act on (`items[0].tiers[2]: unknown key "fien"`).
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], basePath: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push(unknownKey(key, formatPath([...path, key])));
        }
        break;
      case 'invalid_key':
        // A record key that fails its schema (a fact named "1st"): say why, at the key's path.
        for (const inner of issue.issues) {
          out.push({ code: 'invalid_name', path: formatPath(path), message: inner.message });
        }
        break;
      case 'invalid_union':
        out.push(...unionIssues(issue, path));
        break;
      case 'invalid_type':
        out.push({
          code: issue.input === undefined ? 'missing_key' : 'invalid_type',
          path: formatPath(path),
          message: issue.input === undefined ? `missing; expected ${expectedName(issue.expected)}` : issue.message,
        });
        break;
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
function unionIssues(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[]): Issue[] {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  if (branches.length === 1) return fromZodIssues(branches[0] ?? [], path);
  return [{ code: 'invalid_value', path: formatPath(path), message: issue.message }];
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
