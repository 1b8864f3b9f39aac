/** Which of json-rules-engine's four condition forms a node is. */
export type ConditionKind = 'any' | 'all' | 'not' | 'fact';

/**
 * The form of a condition node, decided as json-rules-engine decides it (`Condition.booleanOperator`):
 * `any` wins over `all`, which wins over `not`; a node with none of them is a leaf when it has `fact`.
 * The schema refuses nodes with several of these keys, but an evaluator that picked differently
 * from the reference on such a node would disagree with it silently.
 *
 * @param node - a condition node, possibly malformed
 * @returns the node's form, or undefined when it is not a condition at all
 * @example conditionKind({ any: [], all: [] }) // 'any'
 */
export function conditionKind(node: unknown): ConditionKind | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  if (hasOwn(node, 'any')) return 'any';
  if (hasOwn(node, 'all')) return 'all';
  if (hasOwn(node, 'not')) return 'not';
  if (hasOwn(node, 'fact')) return 'fact';
  return undefined;
}

/**
 * Whether a leaf's `value` names another fact, by json-rules-engine's own test
 * (`Almanac.getValue`): any non-null object with an own `fact` key. The name itself may still be
 * malformed; callers check that it is a string.
 *
 * @param value - a leaf's `value`
 * @returns true for `{ fact: 'illegalIncome' }`
 * @example isFactReference({ fact: 'illegalIncome' }) // true
 */
export function isFactReference(value: unknown): value is { readonly fact: unknown } {
  return typeof value === 'object' && value !== null && hasOwn(value, 'fact');
}

/** A `{ fact: "name" }` value that names another fact (as the condition text and importer read it). */
export function isFactNameReference(value: unknown): value is { readonly fact: string } {
  return isFactReference(value) && !Array.isArray(value) && typeof value.fact === 'string';
}

function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}
