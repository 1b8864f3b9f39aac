import { sameDayYearsLater } from '../calendar/calendar-period.js';
import type { Citation } from '../citation/types.js';
import { penaltyLaw, penaltyLaw2017 } from '../citation/general-laws.js';
import type { CaseDates } from '../case/types.js';
import type { FactValues } from '../facts/types.js';

/** The outcome of the limitation rule (追责时效, 行政处罚法 第三十六条; 2017 text 第二十九条) for one case. */
export interface LimitationResult {
  /** 2, or (2021 text only) 5 where life/health or financial safety is involved with harmful consequences. */
  readonly years: 2 | 5;
  /** The day the period is counted from: the act, or the end of a continuing act (第二款). */
  readonly from: string;
  /** The last day on which discovery is still in time (inclusive). */
  readonly until: string;
  readonly discovered: string;
  readonly timeBarred: boolean;
  readonly citations: readonly Citation[];
}

/** The provisions a limitation result cites, shared by every result (penaltyLaw's are frozen). */
const FIRST_PARAGRAPH: readonly Citation[] = Object.freeze([penaltyLaw(36, 1)]);
const CONTINUING_ACT: readonly Citation[] = Object.freeze([...FIRST_PARAGRAPH, penaltyLaw(36, 2)]);
const FIRST_PARAGRAPH_2017: readonly Citation[] = Object.freeze([penaltyLaw2017(29, 1)]);
const CONTINUING_ACT_2017: readonly Citation[] = Object.freeze([...FIRST_PARAGRAPH_2017, penaltyLaw2017(29, 2)]);

/**
 * 第三十六条: 违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有
 * 危害后果的，上述期限延长至五年。 The period is counted from the day after the act (民法典
 * 第二百零一条), or after its end for a continuing act (第二款), and is not extended for holidays:
 * an act on 2023-01-10 must be discovered by 2025-01-10.
 *
 * Both circumstances of the five-year rule must be established: an absent one is not read as
 * true (nor as false — the two-year period then applies, the one the law sets by default).
 *
 * @returns the result, or undefined when the case gives no discovery date (nothing to check)
 * @example limitation({ act: '2023-01-10', discovered: '2025-01-11' }, facts) // { timeBarred: true, until: '2025-01-10', … }
 */
export function limitation(dates: CaseDates, facts: FactValues): LimitationResult | undefined {
  const extended = facts['lifeHealthOrFinancialSafety'] === true && facts['harmfulConsequence'] === true;
  return period(dates, extended ? 5 : 2, dates.actEnded === undefined ? FIRST_PARAGRAPH : CONTINUING_ACT);
}

/**
 * 2017 text 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚。法律另有规定的除外。前款规定的
 * 期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。 Two years
 * whatever the harm: the five years for life/health or financial safety came with the 2021 text
 * (第三十六条), and under 从旧兼从轻 a longer new period does not revive one that ran out.
 *
 * @returns the result, or undefined when the case gives no discovery date (nothing to check)
 * @example limitation2017({ act: '2018-06-01', discovered: '2022-06-01' }) // { years: 2, until: '2020-06-01', timeBarred: true, … }
 */
export function limitation2017(dates: CaseDates): LimitationResult | undefined {
  return period(dates, 2, dates.actEnded === undefined ? FIRST_PARAGRAPH_2017 : CONTINUING_ACT_2017);
}

function period(dates: CaseDates, years: 2 | 5, citations: readonly Citation[]): LimitationResult | undefined {
  if (dates.discovered === undefined || dates.act === undefined) return undefined;
  const from = dates.actEnded ?? dates.act;
  // The case's dates were checked when it was read: the unchecked form of addCalendarPeriod.
  const until = sameDayYearsLater(from, years);
  return { years, from, until, discovered: dates.discovered, timeBarred: dates.discovered > until, citations };
}
