export { DEFAULT_LIMITS, LIMIT_NAMES } from './limits.js';
export type { Limits } from './limits.js';
