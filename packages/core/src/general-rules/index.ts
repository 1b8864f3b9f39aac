export { CIRCUMSTANCE_NAMES, CIRCUMSTANCES, isCircumstance } from './circumstances.js';
export type { CircumstanceName } from './circumstances.js';
export { evaluateGeneralRules, GENERAL_RULES } from './grounds.js';
export { limitation } from './limitation.js';
export type { LimitationResult } from './limitation.js';
export type { GeneralRule, GroundEffect, GroundResult } from './grounds.js';
