export { FACT_TYPES } from './types.js';
export type { FactDeclaration, FactScope, FactType, FactValue, FactValues } from './types.js';
