import type { FactValues } from '../facts/types.js';
import type { IsoDate } from '../dates/iso-date.js';

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
}

/** A period that a statutory clock does not count (行政许可法 第四十五条: expert review…). */
export interface ExcludedPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly reason?: string;
}

/** A case after validation against the item it names: every value checked and normalised. */
export interface ValidatedCase {
  readonly item: string;
  readonly party?: Party;
  /** Declared facts and established general circumstances, by name (no prototype). */
  readonly facts: FactValues;
  readonly dates: CaseDates;
  readonly excludedPeriods: readonly ExcludedPeriod[];
}
