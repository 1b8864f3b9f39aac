import { conditionKind, isFactReference } from './shape.js';
import type { Condition } from './types.js';

/**
 * Every fact a condition reads — leaf facts and `{ fact }` values — each once, in the order
 * first met reading the condition top to bottom. Malformed nodes are skipped, not reported
 * (that is checkCondition's job), so this is safe on unchecked input.
 *
 * @param condition - an all/any/not tree
 * @returns the fact names
 * @example
 * conditionFacts({ all: [{ fact: 'fine', operator: 'lessThan', value: { fact: 'illegalIncome' } },
 *                        { fact: 'isFirstOffence', operator: 'equal', value: true }] })
 * // ['fine', 'illegalIncome', 'isFirstOffence']
 */
export function conditionFacts(condition: Condition): string[] {
  const names = new Set<string>();
  collect(condition, names);
  return [...names];
}

function collect(node: unknown, names: Set<string>): void {
  const kind = conditionKind(node);
  if (kind === undefined) return;
  const record = node as Record<string, unknown>;
  if (kind === 'fact') {
    if (typeof record['fact'] === 'string') names.add(record['fact']);
    const value = record['value'];
    if (isFactReference(value) && typeof value.fact === 'string') names.add(value.fact);
    return;
  }
  const children = record[kind];
  if (Array.isArray(children)) for (const child of children) collect(child, names);
  else collect(children, names);
}
