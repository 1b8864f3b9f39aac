/**
 * Review of 双罚制: what the officer imposed on the unit's responsible persons, each against the range
 * the decision gives that person (大气污染防治法 第一百二十二条第一款 「对直接负责的主管人员和其他直接
 * 责任人员可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款」). A person the case does not name,
 * or a sanction the statute does not put on the persons, is named for what it is; a fine required on
 * them (处, not 可以处) and left out is flagged. Only when the record lists persons: a record without
 * `persons` says nothing of them.
 */
import type { Decision, FineSanction, PersonDecision } from '../decide/decision.js';
import { decimalOf } from '../money/decimal-memo.js';
import type { ReviewFinding } from './findings.js';
import type { Imposed } from './imposed.js';
import type { Say } from './messages.js';

/**
 * The findings on the persons' sanctions.
 *
 * @param decision - the benchmark's decision (its `persons`, decided from the case's `persons`)
 * @param imposed - what the officer imposed, with `persons` when the record lists them
 * @param say - writes each message in the review's language
 * @returns the findings, each citing the 款 that provides the persons' sanction where there is one
 */
export function checkPersons(decision: Decision, imposed: Imposed, say: Say): ReviewFinding[] {
  if (imposed.persons === undefined) return [];
  const decided = decision.outcome === 'penalty' ? (decision.persons ?? []) : [];
  const findings: ReviewFinding[] = [];
  for (const own of imposed.persons) {
    const person = decided.find((candidate) => candidate.name === own.name);
    if (person === undefined) {
      findings.push({
        code: 'person-not-decided',
        severity: 'error',
        message: say('person-not-decided', { person: own.name }),
        citations: decision.citations.filter((citation) => citation.role === 'basis'),
      });
      continue;
    }
    const fine = person.sanctions[0];
    for (const sanction of own.sanctions) {
      if (sanction.kind !== 'fine' || fine === undefined) {
        findings.push({
          code: 'person-sanction-not-provided',
          severity: 'error',
          message: say('person-sanction-not-provided', { person: own.name, kind: sanction.kind }),
          citations: person.citations,
        });
      } else if (sanction.amount !== undefined && !within(sanction.amount, fine)) {
        findings.push({
          code: 'person-fine-outside-range',
          severity: 'error',
          message: say('person-fine-outside-range', {
            person: own.name,
            imposedAmount: sanction.amount,
            range: { min: fine.min, max: fine.max },
          }),
          citations: person.citations,
        });
      }
    }
  }
  for (const person of decided) findings.push(...missingRequired(person, imposed, say));
  return findings;
}

/** A fine the statute requires on a person (处…罚款, not 可以) that the record leaves out. */
function missingRequired(person: PersonDecision, imposed: Imposed, say: Say): ReviewFinding[] {
  const fine = person.sanctions[0];
  if (fine === undefined || fine.optional === true) return [];
  const own = imposed.persons?.find((candidate) => candidate.name === person.name);
  if (own?.sanctions.some((sanction) => sanction.kind === 'fine') === true) return [];
  return [
    {
      code: 'missing-person-fine',
      severity: 'error',
      message: say('missing-person-fine', { person: person.name, range: { min: fine.min, max: fine.max } }),
      citations: person.citations,
    },
  ];
}

function within(amount: string, fine: FineSanction): boolean {
  const value = decimalOf(amount);
  return value.greaterThanOrEqualTo(decimalOf(fine.min)) && value.lessThanOrEqualTo(decimalOf(fine.max));
}
