/**
 * The editions of 行政处罚法 whose general rules the engine applies, each with the dates it was in
 * force: which edition governs an act, and which one is in force when the decision is made.
 */
import type { CaseDates } from '../case/types.js';
import { penaltyLaw, penaltyLaw2017 } from '../citation/general-laws.js';
import type { Citation } from '../citation/types.js';
import type { FactValues } from '../facts/types.js';
import { GENERAL_RULES } from './grounds.js';
import type { GeneralRule } from './grounds.js';
import { GENERAL_RULES_2017 } from './grounds-2017.js';
import { limitation, limitation2017 } from './limitation.js';
import type { LimitationResult } from './limitation.js';

/** One edition of 行政处罚法: its general rules and its limitation rule. */
export interface PenaltyLawEdition {
  /** The text's own name, for traces: 中华人民共和国行政处罚法（2017年修正）. */
  readonly name: string;
  /** First day in force (inclusive); absent for the earliest edition the library holds. */
  readonly from?: string;
  /** Last day in force (inclusive); absent for the edition in force now. */
  readonly until?: string;
  /** The grounds of 不予处罚, 从轻或者减轻 and 可以不予处罚, in the order they are applied. */
  readonly rules: readonly GeneralRule[];
  /**
   * 责令改正: 行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。 (2021 第二十八条第一款;
   * 2017 第二十三条, the same sentence), cited with every order to correct.
   */
  readonly orderToCorrect: Citation;
  /** The provision its limitation rule cites, for the warning when no discovery date is given. */
  readonly limitationArticle: string;
  /** 追责时效 under this edition. */
  limitation(dates: CaseDates, facts: FactValues): LimitationResult | undefined;
}

/**
 * 中华人民共和国行政处罚法（2017年修正）. Its heading: 「本文本：2017年9月1日第二次修正后的文本，
 * 施行至2021年7月14日（2021年1月22日修订的文本自2021年7月15日起施行）」. The repository holds no
 * earlier text, so it governs every act up to 2021-07-14 (see docs/time.md).
 */
export const PENALTY_LAW_2017: PenaltyLawEdition = Object.freeze({
  name: '中华人民共和国行政处罚法（2017年修正）',
  until: '2021-07-14',
  rules: GENERAL_RULES_2017,
  orderToCorrect: penaltyLaw2017(23),
  limitationArticle: '行政处罚法（2017年修正）第二十九条',
  limitation: (dates: CaseDates) => limitation2017(dates),
});

/** 中华人民共和国行政处罚法, revised 2021-01-22, in force from 2021-07-15 (第八十六条). */
export const PENALTY_LAW_2021: PenaltyLawEdition = Object.freeze({
  name: '中华人民共和国行政处罚法',
  from: '2021-07-15',
  rules: GENERAL_RULES,
  orderToCorrect: penaltyLaw(28, 1),
  limitationArticle: '行政处罚法 第三十六条',
  limitation,
});

/** Every edition, oldest first: the periods adjoin, so exactly one is in force on any date. */
export const PENALTY_LAW_EDITIONS: readonly PenaltyLawEdition[] = Object.freeze([PENALTY_LAW_2017, PENALTY_LAW_2021]);

/**
 * The edition of 行政处罚法 in force on a date (ISO).
 *
 * @example penaltyLawInForce('2021-07-14') // PENALTY_LAW_2017
 */
export function penaltyLawInForce(date: string): PenaltyLawEdition {
  // A loop, not find(), over a plain copy of the frozen list (V8 walks a frozen array at about half
  // the speed): every penalty decision asks this once or twice.
  for (let index = 0; index < EDITIONS.length; index++) {
    const edition = EDITIONS[index] as PenaltyLawEdition;
    if ((edition.from === undefined || edition.from <= date) && (edition.until === undefined || date <= edition.until))
      return edition;
  }
  return PENALTY_LAW_2021;
}

/** {@link PENALTY_LAW_EDITIONS} as the decide path walks it: never handed out nor changed. */
const EDITIONS: readonly PenaltyLawEdition[] = [...PENALTY_LAW_EDITIONS];
