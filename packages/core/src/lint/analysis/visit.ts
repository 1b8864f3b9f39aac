import type { FactValues } from '../../facts/types.js';
import type { Finding } from '../types.js';
import type { SearchReport } from './search.js';

/** What the analysis learnt about one combination of facts for which a penalty applies. */
export interface Visit {
  /** The facts (reused between visits: copy with `witnessOf` to keep them). */
  readonly facts: FactValues;
  /** By statutory alternative: whether its `when` holds (no `when`: always). */
  readonly statutory: readonly boolean[];
  /**
   * By tier index: whether the tier applies — its `when` holds, or, for the fallback, no other
   * tier's does (the fallback is chosen only then, spec §1).
   */
  readonly tiers: readonly boolean[];
}

/** One check family: sees every visit, then reports. */
export interface Collector {
  visit(visit: Visit): void;
  /** The findings, once the search is over; `report` says whether it was exhaustive. */
  findings(report: SearchReport): Finding[];
}
