/**
 * @cailiang/core — discretion benchmarks (裁量基准) as machine-checked rule sets.
 * Browser-safe: nothing here touches files, processes or the network (see `@cailiang/core/node`).
 *
 * Where things are: a fine is computed in `decide/fine.ts`; tiers are chosen in
 * `decide/select.ts`; the general rules of the Administrative Penalty Law are in
 * `general-rules/grounds.ts`; the rule-set format is `ruleset/schema.ts`.
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './citation/index.js';
export * from './facts/index.js';
export * from './conditions/index.js';
export * from './ruleset/index.js';
export * from './case/index.js';
export * from './general-rules/index.js';
export * from './calendar/index.js';
export * from './procedure/index.js';
export * from './decide/index.js';
export * from './lint/index.js';
export * from './review/index.js';
export * from './explain/index.js';
export * from './diff/index.js';
export * from './render/index.js';
export * from './table-format/index.js';
export * from './import/index.js';
export * from './evaluate/index.js';
export * from './fixtures/index.js';
