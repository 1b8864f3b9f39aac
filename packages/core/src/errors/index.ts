export { CailiangError, fail, formatIssues, formatPath, joinPath } from './cailiang-error.js';
export type { CailiangErrorOptions, ErrorCode, Issue } from './cailiang-error.js';
export { describeValue, expectedKeys, isIssueCode, isRecord, ISSUE_CODES, unknownKey } from './issues.js';
export type { IssueCode } from './issues.js';
