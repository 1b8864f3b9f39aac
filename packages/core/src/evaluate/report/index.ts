export { evaluationJson } from './json.js';
export { CSV_COLUMNS, evaluationCsv } from './csv.js';
export { evaluationHtml } from './html.js';
export type { EvaluationHtmlOptions } from './html.js';
export { candidateEvidence } from './words.js';
