export { DEFAULT_LIMITS, LIMIT_NAMES, resolveLimits } from './limits.js';
export type { Limits } from './limits.js';
export { checkInput } from './check-input.js';
export type { CheckInputOptions } from './check-input.js';
