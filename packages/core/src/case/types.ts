import type { FactValue, FactValues } from '../facts/types.js';
import type { IsoDate } from '../calendar/iso-date.js';

/** 当事人: an individual (公民) or an organization (法人或者其他组织). */
export interface Party {
  readonly kind: 'individual' | 'organization';
  /** Age in whole years at the time of the act (第三十条). */
  readonly age?: number;
}

/** The dates a case may give (spec §2). */
export interface CaseDates {
  /** The act (违法行为发生之日). */
  readonly act?: IsoDate;
  /** The end of a continuing act (违法行为有连续或者继续状态的, 从行为终了之日起计算). */
  readonly actEnded?: IsoDate;
  readonly discovered?: IsoDate;
  readonly decision?: IsoDate;
  /** Licensing: the day the application was accepted (受理). */
  readonly accepted?: IsoDate;
  /** Licensing: the day the agency received the application materials (收到申请材料), for 行政许可法 第三十二条. */
  readonly received?: IsoDate;
  /** Licensing: the day the agency told the applicant, once, everything to correct (一次告知补正), 第三十二条第一款第（四）项. */
  readonly correctionNotified?: IsoDate;
  /** Licensing renewal: the last day of the licence's validity (有效期届满), for 第五十条. */
  readonly expires?: IsoDate;
  /** The day the penalty case was opened (立案), for 第六十条. */
  readonly opened?: IsoDate;
  /** The day the party was told of the intended penalty and its rights (告知), for 第六十四条. */
  readonly notified?: IsoDate;
  /** The day the decision was served (送达), for 第六十七条. */
  readonly served?: IsoDate;
}

/** A fine as imposed and paid, for the late-payment surcharge (第七十二条). */
export interface Payment {
  /** The fine imposed, as a decimal string. */
  readonly fine: string;
  /** The day it was paid. */
  readonly paid: IsoDate;
}

/**
 * A period that a statutory clock does not count: for licensing, hearings, testing, expert review
 * and the like (行政许可法 第四十五条); for the late-payment surcharge, administrative
 * reconsideration or litigation (`reason: reconsideration | litigation`, 行政处罚法 第七十三条第三款).
 */
export interface ExcludedPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly reason?: string;
}

/**
 * 双罚制: one of the unit's 直接负责的主管人员和其他直接责任人员, with the facts the item's persons'
 * sanction reads (their previous year's income from the unit).
 */
export interface CasePerson {
  readonly name: string;
  readonly facts: Readonly<Record<string, FactValue>>;
}

/** A case after validation against the item it names: every value checked and normalised. */
export interface ValidatedCase {
  readonly item: string;
  readonly party?: Party;
  /** Declared facts and established general circumstances, by name (no prototype). */
  readonly facts: FactValues;
  readonly dates: CaseDates;
  readonly excludedPeriods: readonly ExcludedPeriod[];
  readonly payment?: Payment;
  /** 双罚制: the persons the case names, for an item with a sanction on them. */
  readonly persons?: readonly CasePerson[];
}
