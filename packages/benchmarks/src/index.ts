/**
 * @cailiang/benchmarks — the discretion benchmarks (裁量基准) that ship with cailiang, loaded
 * and validated with `@cailiang/core`:
 *
 * - one export per rule set, named by the camelCase of its file (`rules/food-safety.rules.yaml`
 *   → `foodSafety`), typed `RuleSet`: validated by `loadRuleSet` when the package was built and
 *   deep-frozen, so importing validates nothing; `createEngine` validates it again on first use;
 * - `benchmarks`: the same rule sets, by slug (`benchmarks['food-safety']`);
 * - `catalog`: slug, export name, id, version, title and item count of each, without loading any;
 * - types only: a case typed for each rule set (`FoodSafetyCase`: its item codes, its declared facts
 *   and their enum values), for forms that should fail to compile rather than at run time.
 *
 * The raw YAML ships too, as `@cailiang/benchmarks/rules/<slug>.rules.yaml`. The rule sets here
 * are the library's own derivations from the statutes unless their `provenance` says otherwise;
 * see each one's `issuer`, `document` and `provenance`. Browser-safe.
 *
 * @example
 * import { createEngine } from '@cailiang/core';
 * import { foodSafety } from '@cailiang/benchmarks';
 * const engine = createEngine([foodSafety]);
 */
export * from './generated/rule-sets.js';
export { catalog } from './generated/catalog.js';
export type * from './generated/cases.js';
export type { CatalogEntry } from './catalog-entry.js';
