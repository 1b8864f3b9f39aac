import type { Evaluation } from '../types.js';

/**
 * The evaluation as the JSON report: the evaluation object itself, indented, with a final
 * newline. Amounts and shares are already decimal strings, so nothing is lost to floats.
 *
 * @param evaluation - from `evaluate`
 * @returns the JSON text
 * @example writeFileSync('evaluation.json', evaluationJson(evaluation));
 */
export function evaluationJson(evaluation: Evaluation): string {
  return `${JSON.stringify(evaluation, null, 2)}\n`;
}
