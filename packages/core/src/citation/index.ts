export { toChineseNumeral } from './chinese-numerals.js';
export { benchmarkCitation, formatCitation, formatProvision, resolveCitation } from './format.js';
export { GENERAL_LAWS, licensingLaw, penaltyLaw } from './general-laws.js';
export type { GeneralLawKey } from './general-laws.js';
export type {
  BenchmarkCitation,
  Citation,
  CitationRole,
  LawDeclaration,
  ProvisionCitation,
  ResolvedCitation,
} from './types.js';
