export { lint, lintRuleSet } from './lint.js';
export type { Finding, LintInput } from './lint.js';
