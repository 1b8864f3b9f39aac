import type { ResolvedCitation } from '../citation/types.js';

/** One problem a legality review (法制审核) found in a decision. */
export interface ReviewFinding {
  readonly code: ReviewFindingCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The provisions that make it a problem. */
  readonly citations: readonly ResolvedCitation[];
}

export type ReviewFindingCode =
  /** Within the statutory range but outside the benchmark tier: reasons are required. */
  | 'fine-outside-tier'
  /**
   * v2 指导基准: within the tier, but outside the range the guiding amount and the departures that
   * hold permit (同类、同车型违法行为处罚应当基本一致): no ground the table gives supports the amount.
   */
  | 'departs-from-guide'
  /** Outside the statutory range (法定幅度). */
  | 'fine-outside-statutory'
  /** Below the statutory minimum with no ground for 减轻. */
  | 'reduced-without-ground'
  /** A 并处 sanction the benchmark requires is not imposed. */
  | 'missing-mandatory-sanction'
  /** Two members of one statutory choice (责令停业、关闭) imposed together. */
  | 'alternatives-cumulated'
  /** A measure that is not a penalty (责令改正, 责令限期拆除…) the statute requires is not ordered. */
  | 'missing-mandatory-measure'
  /** A measure the statute does not provide for this case. */
  | 'measure-not-provided'
  /** A sanction neither the statute nor the tier authorises here. */
  | 'sanction-not-authorised'
  /** A confiscation whose amount differs from the fact it takes (违法所得…). */
  | 'sanction-amount-differs'
  /** A penalty although a mandatory no-penalty ground holds (不予处罚). */
  | 'penalty-despite-exemption'
  /** A discretionary exemption holds (可以不予处罚) and the reasons do not address it. */
  | 'exemption-not-considered'
  /** Exempted under a special rule that keeps a sanction even then (但应当依法没收…), which was not imposed. */
  | 'retained-sanction-missing'
  /** A penalty for an act discovered after the limitation period (第三十六条). */
  | 'time-barred'
  /** A penalty although the statute's precondition (逾期不改正…) is not met. */
  | 'precondition-not-met'
  /** A penalty of this agency on an item whose statute only refers the case to another authority (移送). */
  | 'referred-item-penalised'
  /** 第六十三条: the party was not told of the right to a hearing. */
  | 'hearing-not-offered'
  /** 较大数额 is not set in the rule set, so the hearing right could not be checked. */
  | 'hearing-threshold-unknown'
  /** 第六十条: decided more than 90 days after the case was opened. */
  | 'decision-late'
  /** 第二十九条: two fines for one act. */
  | 'double-fine'
  /** 双罚制: a sanction on a person the decision does not decide (not named in the case, or no persons' sanction here). */
  | 'person-not-decided'
  /** 双罚制: a person's fine outside the range the statute gives that person. */
  | 'person-fine-outside-range'
  /** 双罚制: a sanction on a person of a kind the statute does not put on the persons. */
  | 'person-sanction-not-provided'
  /** 双罚制: a fine the statute requires on a person (处, not 可以处) is not imposed. */
  | 'missing-person-fine';

/** The verdict of a review: fail on any error, warn on any warning, else pass. */
export type ReviewVerdict = 'pass' | 'warn' | 'fail';

export function verdictOf(findings: readonly ReviewFinding[]): ReviewVerdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'fail';
  return findings.length > 0 ? 'warn' : 'pass';
}
