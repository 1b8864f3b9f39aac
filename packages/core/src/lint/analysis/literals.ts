import { ARRAY_FACT_OPERATORS, LIST_OPERATORS, isOperator } from '../../conditions/operators.js';
import { conditionKind, isFactReference } from '../../conditions/shape.js';

/** What an item's conditions compare each fact with. */
export interface ConditionLiterals {
  /** Literal values each fact is compared with (list entries of in/notIn included), as written. */
  readonly literals: Map<string, unknown[]>;
  /** Facts compared with each other (`{ fact: a, operator, value: { fact: b } }`). */
  readonly links: [string, string][];
}

/**
 * Collects the literals of conditions, per fact: the thresholds the condition analysis tries
 * values around. `contains`/`doesNotContain` are skipped: on the scalar facts of a rule set they
 * are always false (json-rules-engine applies them to lists only), whatever the literal.
 *
 * @param conditions - condition trees (undefined entries are skipped)
 * @returns the literals per fact and the fact-to-fact comparisons
 * @example collectLiterals([{ all: [{ fact: 'goodsValue', operator: 'lessThan', value: 10000 }] }]).literals.get('goodsValue') // [10000]
 */
export function collectLiterals(conditions: readonly unknown[]): ConditionLiterals {
  const found: ConditionLiterals = { literals: new Map(), links: [] };
  for (const condition of conditions) if (condition !== undefined) visit(condition, found);
  return found;
}

function visit(node: unknown, found: ConditionLiterals): void {
  const kind = conditionKind(node);
  if (kind === undefined) return;
  const record = node as Record<string, unknown>;
  if (kind !== 'fact') {
    const children = record[kind];
    if (Array.isArray(children)) for (const child of children) visit(child, found);
    else visit(children, found);
    return;
  }
  const fact = record['fact'];
  const operator = record['operator'];
  const value = record['value'];
  if (typeof fact !== 'string' || !isOperator(operator) || ARRAY_FACT_OPERATORS.has(operator)) return;
  if (isFactReference(value)) {
    if (typeof value.fact === 'string') found.links.push([fact, value.fact]);
    return;
  }
  const list = found.literals.get(fact) ?? [];
  if (LIST_OPERATORS.has(operator) && Array.isArray(value)) list.push(...value);
  else list.push(value);
  found.literals.set(fact, list);
}
