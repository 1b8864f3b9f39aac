export { toChineseAmount, toChineseMultiple, toChineseWhole } from './chinese-amount.js';
export { describeCondition, formatValue } from './condition-text.js';
export type { Language } from './condition-text.js';
export { explainDecision, reasoningText } from './reasoning.js';
export type { Reasoning } from './reasoning.js';
