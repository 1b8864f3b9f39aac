export { caseItemCode, factReaders, validateCase, validateDates } from './parse-case.js';
export type { CaseRequirements, FactReaders } from './parse-case.js';
export { readFact } from './read-fact.js';
export type { FactReadResult } from './read-fact.js';
export type { CaseDates, ExcludedPeriod, Party, Payment, ValidatedCase } from './types.js';
export type { CaseInput, CircumstancesInput, FactInput } from './case-input.js';
