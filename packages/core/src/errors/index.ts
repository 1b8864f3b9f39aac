export { CailiangError, fail, formatIssues, formatPath, joinPath } from './cailiang-error.js';
export type { CailiangErrorOptions, ErrorCode, Issue } from './cailiang-error.js';
