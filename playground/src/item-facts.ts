import { CIRCUMSTANCE_NAMES, conditionFacts } from '@cailiang/core';
import type { CircumstanceName, Condition, FactDeclaration, RuleSet } from '@cailiang/core';

export type Item = RuleSet['items'][number];

/** The facts an item reads, split into the rule set's declared facts and general circumstances. */
export interface ItemFacts {
  /** Declared facts the item's conditions and amounts read, in the order the rule set declares them. */
  readonly declared: readonly (readonly [string, FactDeclaration])[];
  /** General circumstances (行政处罚法) the item's own conditions name. */
  readonly circumstancesRead: ReadonlySet<CircumstanceName>;
}

const CONDITION_KEYS = new Set(['when', 'precondition', 'fineCondition']);

/**
 * Every fact an item reads: the facts in its conditions (`when`, `precondition`, `fineCondition`),
 * the facts its amounts are taken from (`of`), and for a penalty item the facts of the table's own
 * rules (v2 `tableRules`) and of its departures from a guiding amount (v2 `guidance`), which apply to
 * every penalty item. The form asks for these and no others, so a case built
 * from it never carries an undeclared or irrelevant fact.
 */
export function itemFacts(ruleSet: RuleSet, item: Item): ItemFacts {
  const names = new Set<string>();
  walk(item, names);
  if (item.kind === 'penalty') {
    walk(ruleSet.tableRules ?? [], names);
    // v2 guidance: the departures from a guiding amount (指导基准) are read for every penalty item too.
    walk(ruleSet.guidance?.departures ?? [], names);
  }
  const facts = ruleSet.facts as Readonly<Record<string, FactDeclaration>>;
  const declared = Object.entries(facts).filter(([name]) => names.has(name));
  const circumstancesRead = new Set(
    CIRCUMSTANCE_NAMES.filter((name) => names.has(name) && !Object.hasOwn(facts, name)),
  );
  return { declared, circumstancesRead };
}

function walk(node: unknown, names: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, names);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (CONDITION_KEYS.has(key) && typeof value === 'object' && value !== null) {
      for (const fact of conditionFacts(value as Condition)) names.add(fact);
    } else if (key === 'of' && typeof value === 'string') {
      names.add(value);
    } else {
      walk(value, names);
    }
  }
}
