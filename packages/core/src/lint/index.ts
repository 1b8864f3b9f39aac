export { lint, lintRuleSet } from './lint.js';
export type { LintSubject } from './lint.js';
export type { Finding, LintInput } from './types.js';
