export { review } from './review.js';
export type { ReviewResult } from './review.js';
export { verdictOf } from './findings.js';
export type { ReviewFinding, ReviewFindingCode, ReviewVerdict } from './findings.js';
export { readImposed } from './imposed.js';
export type { Imposed, ImposedPerson, ImposedSanction } from './imposed.js';
export type { ReviewOptions } from './review.js';
export { reviewMessage } from './messages.js';
export type { ReviewMessageParams } from './messages.js';
