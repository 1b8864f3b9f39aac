/**
 * Review of statutory choices and of what is not a penalty: a sanction offered as one of
 * alternatives (责令停业、关闭) is satisfied by any one of them and breached by two; a measure the
 * statute requires (责令改正, 责令限期拆除…) is flagged when the officer lists measures without it;
 * a referral to another authority (移送公安机关 拘留) is never a missing penalty, and imposing its
 * measure as this agency's own is named for what it is.
 */
import type { ResolvedCitation } from '../citation/types.js';
import type { Decision, Order, Sanction } from '../decide/decision.js';
import { Decimal } from '../money/decimal.js';
import { measureText, referralText } from '../render/measure-text.js';
import type { ReviewFinding } from './findings.js';
import type { Say } from './messages.js';
import type { Imposed } from './imposed.js';

/**
 * The kinds that satisfy a decided sanction: its own and its alternatives'.
 *
 * @param sanction - a sanction of the decision
 * @returns the kinds any one of which the officer may impose for it
 */
export function kindsOf(sanction: Sanction): readonly string[] {
  if (sanction.alternatives === undefined) return [sanction.kind];
  return [
    sanction.kind,
    ...sanction.alternatives.flatMap((alternative) => ('kind' in alternative ? [alternative.kind] : [])),
  ];
}

/**
 * The measures that satisfy a decided sanction instead of it: the measure members of its choice
 * (责令拆除或者关闭 — ordering 拆除 is the lawful other member, not a missing 关闭).
 *
 * @param sanction - a sanction of the decision
 * @returns the measure kinds any one of which stands for it
 */
export function measuresOf(sanction: Sanction): readonly string[] {
  if (sanction.kind === 'fine' || sanction.alternatives === undefined) return [];
  return sanction.alternatives.flatMap((alternative) => ('measure' in alternative ? [alternative.measure] : []));
}

/**
 * Whether what the officer imposed satisfies a decided sanction: it, a sanction of its choice, or a
 * measure member. A sanction counted in units imposed as 0 (拘留 0 日) does not: it imposes nothing,
 * and a required detention is only satisfied by a detention (the decided range starts at 1 unit).
 */
export function satisfied(sanction: Sanction, imposed: Imposed): boolean {
  const kinds = kindsOf(sanction);
  const measures = measuresOf(sanction);
  return (
    imposed.sanctions.some((own) => kinds.includes(own.kind) && !noneOf(sanction, own)) ||
    (imposed.measures ?? []).some((own) => measures.includes(own.kind))
  );
}

/** Whether an imposed sanction of the decided one's own ranged kind is 0 units (quantity, or amount when only that is given). */
function noneOf(sanction: Sanction, own: Imposed['sanctions'][number]): boolean {
  if (sanction.kind === 'fine' || sanction.range === undefined || own.kind !== sanction.kind) return false;
  const value = own.quantity ?? own.amount;
  return value !== undefined && new Decimal(value).isZero();
}

/**
 * Two members of one statutory choice imposed together (责令停业 and 责令关闭): the statute allows one.
 *
 * @param decision - the benchmark's decision
 * @param imposed - what the officer imposed
 * @param basis - the provisions to cite
 */
export function cumulatedAlternatives(
  decision: Decision,
  imposed: Imposed,
  basis: readonly ResolvedCitation[],
  say: Say,
): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const sanction of decision.sanctions) {
    if (sanction.alternatives === undefined) continue;
    const kinds = kindsOf(sanction);
    const measures = measuresOf(sanction);
    const chosen = [
      ...imposed.sanctions.filter((own) => kinds.includes(own.kind)),
      ...(imposed.measures ?? []).filter((own) => measures.includes(own.kind)),
    ];
    if (chosen.length > 1) {
      findings.push({
        code: 'alternatives-cumulated',
        severity: 'error',
        message: say('alternatives-cumulated', {
          text: chosen.map((own) => own.kind).join('、'),
          choice: [...kinds, ...measures].join('、'),
        }),
        citations: basis,
      });
    }
  }
  return findings;
}

/**
 * The measures the officer listed against those the decision requires (only when the officer
 * lists measures: a record without `measures` says nothing of them).
 *
 * @param decision - the benchmark's decision
 * @param imposed - what the officer imposed
 */
export function checkMeasures(decision: Decision, imposed: Imposed, say: Say): ReviewFinding[] {
  if (imposed.measures === undefined) return [];
  const listed = imposed.measures;
  const findings: ReviewFinding[] = [];
  for (const order of decision.orders) {
    if (order.optional === true || order.authority !== undefined) continue;
    const kinds = [order.kind, ...(order.alternatives ?? []).map((alternative) => alternative.kind)];
    if (!listed.some((own) => kinds.includes(own.kind))) {
      findings.push({
        code: 'missing-mandatory-measure',
        severity: 'error',
        message: say('missing-mandatory-measure', { text: measureText(order) }),
        citations: order.citations,
      });
    }
  }
  // A measure that is one member of a sanction's choice (责令拆除或者关闭) is provided by that sanction.
  const chosenInstead = decision.sanctions.flatMap(measuresOf);
  for (const own of listed) {
    if (
      !chosenInstead.includes(own.kind) &&
      !decision.orders.some(
        (order: Order) => order.kind === own.kind || order.alternatives?.some((a) => a.kind === own.kind),
      )
    ) {
      findings.push({
        code: 'measure-not-provided',
        severity: 'error',
        message: say('measure-not-provided', { kind: own.kind }),
        citations: decision.citations.filter((citation) => citation.role === 'basis'),
      });
    }
  }
  return findings;
}

/**
 * Why an imposed sanction the decision does not authorise may be wrong in kind: the decision
 * refers that measure to another authority.
 *
 * @param decision - the benchmark's decision
 * @returns the referrals as the decision prints them (joined with ；), or '' when there are none
 */
export function referralNote(decision: Decision): string {
  const referrals = decision.referrals ?? [];
  if (referrals.length === 0) return '';
  return referrals.map(referralText).join('；');
}
