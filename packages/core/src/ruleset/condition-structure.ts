import { joinPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { OPERATORS } from '../conditions/types.js';

const LEAF_KEYS = ['fact', 'operator', 'value', 'name', 'priority'];
const BRANCH_KEYS = ['all', 'any', 'not'];
const MAX_DEPTH = 32;

/**
 * Checks that `value` is a condition tree in json-rules-engine's format: `{ all: [...] }`,
 * `{ any: [...] }`, `{ not: {...} }` or a leaf `{ fact, operator, value }`. Written by hand rather
 * than as a zod union so that each problem is reported where it is
 * (`when.all[1].operator: unknown operator "lessThen"`), not as "invalid input" at the root.
 *
 * json-rules-engine features that have no meaning over declared scalar facts are refused with a
 * reason: `path` (facts are not objects), `params` (facts are not functions), and named
 * `condition` references (a rule set keeps every condition where it is used).
 *
 * @returns the problems found; empty when the structure is valid
 */
export function checkConditionStructure(value: unknown, path: string, depth = 0): Issue[] {
  if (depth > MAX_DEPTH) {
    return [{ code: 'too_deep', path, message: `conditions may nest at most ${MAX_DEPTH} levels` }];
  }
  if (!isPlainObject(value)) {
    return [{ code: 'invalid_type', path, message: 'expected a condition: an object with all, any, not or fact' }];
  }
  const issues: Issue[] = [];
  const keys = Object.keys(value);
  for (const refused of ['path', 'params', 'condition'] as const) {
    if (keys.includes(refused)) issues.push(refusedFeature(refused, joinPath(path, refused)));
  }
  const branches = BRANCH_KEYS.filter((key) => keys.includes(key));
  const isLeaf = keys.includes('fact');
  if (branches.length + (isLeaf ? 1 : 0) !== 1) {
    if (issues.length > 0) return issues;
    return [
      {
        code: 'invalid_condition',
        path,
        message:
          branches.length + (isLeaf ? 1 : 0) === 0
            ? 'expected a condition: an object with exactly one of all, any, not or fact'
            : `a condition has exactly one of all, any, not or fact; found ${[...branches, ...(isLeaf ? ['fact'] : [])].join(', ')}`,
      },
    ];
  }
  const allowed = isLeaf ? LEAF_KEYS : [branches[0] as string, 'name', 'priority'];
  for (const key of keys) {
    if (!allowed.includes(key) && !['path', 'params', 'condition'].includes(key)) {
      issues.push({ code: 'unknown_key', path: joinPath(path, key), message: `unknown key "${key}"; expected one of ${allowed.join(', ')}` });
    }
  }
  if (value['name'] !== undefined && typeof value['name'] !== 'string') {
    issues.push({ code: 'invalid_type', path: joinPath(path, 'name'), message: 'expected a string' });
  }
  if (value['priority'] !== undefined && !(Number.isInteger(value['priority']) && (value['priority'] as number) >= 1)) {
    issues.push({ code: 'invalid_type', path: joinPath(path, 'priority'), message: 'expected a whole number of 1 or more' });
  }
  if (isLeaf) return [...issues, ...checkLeaf(value, path)];
  const branch = branches[0] as 'all' | 'any' | 'not';
  const child = value[branch];
  if (branch === 'not') return [...issues, ...checkConditionStructure(child, joinPath(path, 'not'), depth + 1)];
  if (!Array.isArray(child)) {
    return [...issues, { code: 'invalid_type', path: joinPath(path, branch), message: `expected a list of conditions` }];
  }
  child.forEach((entry, index) => {
    issues.push(...checkConditionStructure(entry, `${joinPath(path, branch)}[${index}]`, depth + 1));
  });
  return issues;
}

function checkLeaf(value: Record<string, unknown>, path: string): Issue[] {
  const issues: Issue[] = [];
  if (typeof value['fact'] !== 'string' || value['fact'] === '') {
    issues.push({ code: 'invalid_type', path: joinPath(path, 'fact'), message: 'expected the name of a fact' });
  }
  const operator = value['operator'];
  if (operator === undefined) {
    issues.push({ code: 'missing_key', path: joinPath(path, 'operator'), message: `missing operator; expected one of ${OPERATORS.join(', ')}` });
  } else if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
    issues.push({
      code: 'unknown_operator',
      path: joinPath(path, 'operator'),
      message: `unknown operator ${JSON.stringify(operator)}; expected one of ${OPERATORS.join(', ')}`,
    });
  }
  if (!('value' in value)) {
    issues.push({ code: 'missing_key', path: joinPath(path, 'value'), message: 'missing value to compare the fact with' });
  }
  return issues;
}

function refusedFeature(key: 'path' | 'params' | 'condition', path: string): Issue {
  const why = {
    path: 'facts are declared scalars, so there is no object to select a path in',
    params: 'facts are given by the case, not computed by functions',
    condition: 'named shared conditions are not supported; write the condition where it is used',
  }[key];
  return { code: 'unsupported_feature', path, message: `"${key}" is not supported: ${why}` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
