import { joinPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { OPERATORS } from '../conditions/types.js';
import { isRecord, unknownKey } from '../errors/issues.js';

const LEAF_KEYS = ['fact', 'operator', 'value', 'name', 'priority'];
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
  const issues: Issue[] = [];
  checkNode(value, path, depth, issues);
  return issues;
}

/**
 * One node, its problems appended to `issues` in the order they are reported. A catalogue has
 * tens of thousands of conditions, so the node's keys are classified in one pass, and the lists
 * and messages that describe a problem are built only when there is one.
 */
function checkNode(value: unknown, path: string, depth: number, issues: Issue[]): void {
  if (depth > MAX_DEPTH) {
    issues.push({ code: 'too_deep', path, message: `conditions may nest at most ${MAX_DEPTH} levels` });
    return;
  }
  if (!isRecord(value)) {
    issues.push({ code: 'invalid_type', path, message: 'expected a condition: an object with all, any, not or fact' });
    return;
  }
  const keys = Object.keys(value);
  const seen = classifyKeys(keys);
  const before = issues.length;
  if (seen.refused & REFUSED.path) issues.push(refusedFeature('path', joinPath(path, 'path')));
  if (seen.refused & REFUSED.params) issues.push(refusedFeature('params', joinPath(path, 'params')));
  if (seen.refused & REFUSED.condition) issues.push(refusedFeature('condition', joinPath(path, 'condition')));
  const kinds = (seen.all ? 1 : 0) + (seen.any ? 1 : 0) + (seen.not ? 1 : 0) + (seen.fact ? 1 : 0);
  if (kinds !== 1) {
    if (issues.length > before) return;
    const found = [
      ...(seen.all ? ['all'] : []),
      ...(seen.any ? ['any'] : []),
      ...(seen.not ? ['not'] : []),
      ...(seen.fact ? ['fact'] : []),
    ];
    issues.push({
      code: 'invalid_condition',
      path,
      message:
        kinds === 0
          ? 'expected a condition: an object with exactly one of all, any, not or fact'
          : `a condition has exactly one of all, any, not or fact; found ${found.join(', ')}`,
    });
    return;
  }
  const isLeaf = seen.fact;
  const branch: 'all' | 'any' | 'not' | undefined = seen.all ? 'all' : seen.any ? 'any' : seen.not ? 'not' : undefined;
  if (seen.other || (!isLeaf && seen.leafOnly)) {
    const allowed = isLeaf ? LEAF_KEYS : [branch as string, 'name', 'priority'];
    for (const key of keys) {
      if (!allowed.includes(key) && !REFUSED_KEYS.includes(key)) {
        issues.push(unknownKey(key, joinPath(path, key), allowed));
      }
    }
  }
  if (value['name'] !== undefined && typeof value['name'] !== 'string') {
    issues.push({ code: 'invalid_type', path: joinPath(path, 'name'), message: 'expected a string' });
  }
  if (value['priority'] !== undefined && !(Number.isInteger(value['priority']) && (value['priority'] as number) >= 1)) {
    issues.push({
      code: 'invalid_type',
      path: joinPath(path, 'priority'),
      message: 'expected a whole number of 1 or more',
    });
  }
  if (branch === undefined) {
    checkLeaf(value, path, issues);
    return;
  }
  const child = value[branch];
  if (branch === 'not') {
    checkNode(child, joinPath(path, 'not'), depth + 1, issues);
    return;
  }
  const at = joinPath(path, branch);
  if (!Array.isArray(child)) {
    issues.push({ code: 'invalid_type', path: at, message: `expected a list of conditions` });
    return;
  }
  for (let index = 0; index < child.length; index++) checkNode(child[index], `${at}[${index}]`, depth + 1, issues);
}

const REFUSED_KEYS = ['path', 'params', 'condition'];
const REFUSED = { path: 1, params: 2, condition: 4 } as const;

/** What a node's keys are: its kind (all, any, not, fact), refused features, leaf keys, others. */
interface SeenKeys {
  all: boolean;
  any: boolean;
  not: boolean;
  fact: boolean;
  /** `operator` or `value`: only a leaf has them. */
  leafOnly: boolean;
  /** A bit per refused feature (json-rules-engine's path, params, condition). */
  refused: number;
  /** A key no condition has. */
  other: boolean;
}

function classifyKeys(keys: readonly string[]): SeenKeys {
  const seen: SeenKeys = { all: false, any: false, not: false, fact: false, leafOnly: false, refused: 0, other: false };
  for (const key of keys) {
    switch (key) {
      case 'all':
      case 'any':
      case 'not':
      case 'fact':
        seen[key] = true;
        break;
      case 'operator':
      case 'value':
        seen.leafOnly = true;
        break;
      case 'path':
      case 'params':
      case 'condition':
        seen.refused |= REFUSED[key];
        break;
      case 'name':
      case 'priority':
        break;
      default:
        seen.other = true;
    }
  }
  return seen;
}

function checkLeaf(value: Record<string, unknown>, path: string, issues: Issue[]): void {
  if (typeof value['fact'] !== 'string' || value['fact'] === '') {
    issues.push({ code: 'invalid_type', path: joinPath(path, 'fact'), message: 'expected the name of a fact' });
  }
  const operator = value['operator'];
  if (operator === undefined) {
    issues.push({
      code: 'missing_key',
      path: joinPath(path, 'operator'),
      message: `missing operator; expected one of ${OPERATORS.join(', ')}`,
    });
  } else if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
    issues.push({
      code: 'unknown_operator',
      path: joinPath(path, 'operator'),
      message: `unknown operator ${JSON.stringify(operator)}; expected one of ${OPERATORS.join(', ')}`,
    });
  }
  if (!('value' in value)) {
    issues.push({
      code: 'missing_key',
      path: joinPath(path, 'value'),
      message: 'missing value to compare the fact with',
    });
  }
}

function refusedFeature(key: 'path' | 'params' | 'condition', path: string): Issue {
  const why = {
    path: 'facts are declared scalars, so there is no object to select a path in',
    params: 'facts are given by the case, not computed by functions',
    condition: 'named shared conditions are not supported; write the condition where it is used',
  }[key];
  return { code: 'unsupported_feature', path, message: `"${key}" is not supported: ${why}` };
}
