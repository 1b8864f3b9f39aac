import type { RuleSet } from '../ruleset/load.js';

/** What the evaluation knows of an item before any record: its name, kind and tiers. */
export interface CatalogueItem {
  readonly code: string;
  readonly name: string;
  readonly ruleSet: string;
  readonly kind: 'penalty' | 'licensing';
  /** Tier levels (as text) and labels: the latest version's order, then levels only older versions had. */
  readonly tiers: readonly { readonly level: string; readonly label: string }[];
}

/**
 * Every item of the rule sets, once per code, in the order the rule sets list them. An item in
 * several versions of a rule set is one item: its name and tiers are the latest version's, with
 * the tiers an older version had and the latest dropped added at the end (a case decided under
 * the older version may still reach them).
 *
 * @param ruleSets - the engine's rule sets
 * @returns the items, by code, in rule-set order
 */
export function itemCatalogue(ruleSets: readonly RuleSet[]): Map<string, CatalogueItem> {
  const latestFirst = [...ruleSets].sort((a, b) =>
    a.effective.from > b.effective.from ? -1 : a.effective.from < b.effective.from ? 1 : 0,
  );
  const entries = new Map<
    string,
    {
      code: string;
      name: string;
      ruleSet: string;
      kind: 'penalty' | 'licensing';
      tiers: { level: string; label: string }[];
    }
  >();
  for (const ruleSet of latestFirst) {
    for (const item of ruleSet.items) {
      let entry = entries.get(item.code);
      if (entry === undefined) {
        entry = { code: item.code, name: item.name, ruleSet: ruleSet.id, kind: item.kind, tiers: [] };
        entries.set(item.code, entry);
      }
      if (item.kind !== 'penalty') continue;
      for (const tier of item.tiers) {
        const level = String(tier.level);
        if (!entry.tiers.some((known) => known.level === level)) entry.tiers.push({ level, label: tier.label });
      }
    }
  }
  // Listed as the rule sets list them, so the report follows the benchmark's own table.
  const ordered = new Map<string, CatalogueItem>();
  for (const ruleSet of ruleSets) {
    for (const item of ruleSet.items) {
      const entry = entries.get(item.code);
      if (entry !== undefined && !ordered.has(item.code)) ordered.set(item.code, entry);
    }
  }
  return ordered;
}
