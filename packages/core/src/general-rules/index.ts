export { CIRCUMSTANCE_NAMES, CIRCUMSTANCES, isCircumstance } from './circumstances.js';
export type { CircumstanceName } from './circumstances.js';
export { evaluateGeneralRules, GENERAL_RULES } from './grounds.js';
export type { GeneralRule, GroundEffect, GroundResult } from './grounds.js';
