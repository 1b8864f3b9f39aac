export { lint, lintRuleSet } from './lint.js';
export type { LintOptions, LintSubject } from './lint.js';
export { loadIssuesIn } from './load-issues-in.js';

export type { Finding, LintInput } from './types.js';
