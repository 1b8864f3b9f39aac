export { CailiangError, fail, formatIssues, formatPath, joinPath } from './cailiang-error.js';
export type { CailiangErrorOptions, ErrorCode, Issue } from './cailiang-error.js';
export { isIssueCode, ISSUE_CODES } from './issues.js';
export type { IssueCode } from './issues.js';
