export { diffRuleSets, formatDiffMarkdown } from './diff.js';
export type { RuleSetDiff } from './diff.js';
export { fixtureImpact } from './impact.js';
export type { CaseImpact, CaseOutcome, ImpactCase } from './impact.js';
export { structuralChanges } from './structure.js';
export type { Change } from './structure.js';
