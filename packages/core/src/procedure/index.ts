export { procedureDeadlines } from './clocks.js';
export type { ProcedureInput } from './clocks.js';
export { lateSurcharge } from './surcharge.js';
export type { LateSurcharge } from './surcharge.js';
