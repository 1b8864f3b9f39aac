export { ISO_DATE_EXPECTED, isIsoDate } from './iso-date.js';
export type { IsoDate } from './iso-date.js';
