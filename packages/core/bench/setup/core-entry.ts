/**
 * What the workloads import as `@cailiang/core`: the public entry, plus the internals a workload
 * times or builds on by itself (compiling one condition, validating one case, an item's data
 * type), which the package does not export.
 */
export * from '../../src/index.js';
export { compileCondition } from '../../src/conditions/index.js';
export type { CompiledCondition } from '../../src/conditions/index.js';
export { validateCase } from '../../src/case/index.js';
export type { PenaltyItemData } from '../../src/ruleset/index.js';
