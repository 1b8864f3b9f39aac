import type { Issue } from '../errors/cailiang-error.js';
import { isRecord } from '../errors/issues.js';
import { checkReferences } from './references.js';
import { ruleSetSchema } from './schema.js';

/**
 * The reference checks (undeclared facts, unknown laws and bands, missing citations…) of a rule
 * set the schema refused, run on every part they can still run on, so that one load reports
 * every problem rather than the next stage's only after the first is fixed.
 *
 * The checks need the rule set's declarations (laws, facts, policy, table rules): when the
 * schema refused one of them, no reference can be checked. An item the schema refused is left
 * out; the others are checked with their own indices. Either way a last issue (`not_checked`)
 * says what was not checked and why, so that a clean second load is not a surprise.
 *
 * @param data - the document as parsed
 * @param schemaIssues - what the schema (and the reserved-key walk) found, with document paths
 * @returns the reference issues of the parts that could be checked, then the `not_checked` note
 */
export function referenceIssuesDespite(data: unknown, schemaIssues: readonly Issue[]): Issue[] {
  const refused = new Set<number>();
  let declarationsRefused = false;
  for (const issue of schemaIssues) {
    const index = /^items\[(\d+)\]/.exec(issue.path)?.[1];
    if (index !== undefined) refused.add(Number(index));
    else declarationsRefused = true;
  }
  if (declarationsRefused || !isRecord(data) || !Array.isArray(data['items'])) {
    return [
      notChecked(
        'names and references (facts, laws, bands, citations) were not checked: they need the declarations above to be valid first',
      ),
    ];
  }
  const items: readonly unknown[] = data['items'];
  const kept = items.map((_, index) => index).filter((index) => !refused.has(index));
  const candidate = ruleSetSchema.safeParse({ ...data, items: kept.map((index) => items[index]) });
  const issues = candidate.success
    ? checkReferences(candidate.data, { itemIndex: (index) => kept[index] as number })
    : [];
  const skipped = [...refused].sort((a, b) => a - b).map((index) => `items[${index}]`);
  issues.push(
    notChecked(
      `names and references (facts, laws, bands, citations) were not checked in ${skipped.join(', ')}: fix the problems above first`,
    ),
  );
  return issues;
}

function notChecked(message: string): Issue {
  return { code: 'not_checked', path: '', message };
}
