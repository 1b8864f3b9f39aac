export { toChineseNumeral } from './chinese-numerals.js';
export { benchmarkCitation, formatCitation, formatProvision, resolveCitation } from './format.js';
export { GENERAL_LAWS, licensingLaw, penaltyLaw } from './general-laws.js';
export type { GeneralLawKey } from './general-laws.js';
export type { Citation, CitationRole, LawDeclaration, ResolvedCitation } from './types.js';
