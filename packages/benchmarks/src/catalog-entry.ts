/** One shipped rule set, described without loading it. */
export interface CatalogEntry {
  /** The file name without `.rules.yaml`: `food-safety` (the raw file is `@cailiang/benchmarks/rules/<slug>.rules.yaml`). */
  readonly slug: string;
  /** The name of its export: the camelCase of the slug, `foodSafety`. */
  readonly exportName: string;
  /** The rule set's `id` and `version`. */
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /**
   * Where the rule set comes from (`provenance.source`): `published`, an agency's own table
   * (发布机关的裁量基准), or `statute-derived`, cailiang's proposal derived from the statute.
   */
  readonly source: 'published' | 'statute-derived' | 'example';
  /** How many items (penalty and licensing) it encodes. */
  readonly items: number;
}
