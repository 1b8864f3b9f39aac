import type { Range, StatutoryRange } from '../../decide/amount-range.js';
import type { FactValues } from '../../facts/types.js';
import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import { amountFacts, amountParam, rangeParam, statutoryAt, tierAt } from './amounts.js';
import { tierParam } from './coverage.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';
import type { Collector, Visit } from './visit.js';
import { itemCitations, searchParam, witnessOf, witnessParam } from './witness.js';
import type { Witness } from './witness.js';
import { zeroBase } from './amounts.js';

/** A tier's range that leaves an alternative's statutory range, at the facts that show it. */
interface Exceeding {
  readonly tier: number;
  readonly alternative: number;
  readonly range: Range;
  readonly statutory: StatutoryRange;
  readonly witness: Witness;
  /** Found at a base amount of 0, where every multiple is 0: kept only until a better witness turns up. */
  readonly degenerate: boolean;
}

/**
 * `tier-exceeds-statutory`: a tier's fine must stay inside the statutory range of every statutory
 * alternative it can meet — 国办发〔2022〕27号: 行政裁量权基准…严格限定在法定幅度内; 行政处罚法
 * 第三十四条. A band is a share of the statutory range and always lies inside it (bands are
 * fractions from 0 to 1), so only tiers with an absolute `range` or a `multiple` are checked,
 * against each alternative on the facts where the tier and the alternative both hold. A
 * multiple statute's range moves with its base fact, so the check runs at each candidate amount
 * (the search tries the amounts where the two ranges cross).
 *
 * @param model - the item
 * @param say - writes the message in the lint's language
 * @returns a collector reporting one finding per tier and alternative, with the amounts and the witness
 * @example tierExceedsCollector(model)
 */
export function tierExceedsCollector(model: ItemModel, say: LintSay): Collector {
  const pairs = model.tiers.flatMap((tier) => {
    const fine = tier.data.fine;
    // A computed amount has its own check (computed-exceeds-statutory), over its terms' extremes.
    if (fine === undefined || fine.band !== undefined || fine.computed !== undefined) return [];
    return model.statutory.map((alternative) => ({
      tier: tier.index,
      alternative: alternative.index,
      bases: amountFacts(fine, alternative.data),
    }));
  });
  const found = new Map<string, Exceeding>();
  /** Per pair, results already computed by the values of the base facts. */
  const seen = new Map<string, Set<string>>();

  const check = (tierIndex: number, alternativeIndex: number, bases: readonly string[], facts: FactValues): void => {
    const key = `${tierIndex}/${alternativeIndex}`;
    const earlier = found.get(key);
    if (earlier !== undefined && !earlier.degenerate) return;
    const values = bases.map((name) => String(facts[name])).join('|');
    const done = seen.get(key) ?? new Set<string>();
    seen.set(key, done);
    if (done.has(values)) return;
    done.add(values);
    const alternative = model.statutory[alternativeIndex]?.data;
    const fine = model.tiers[tierIndex]?.data.fine;
    if (alternative === undefined || fine === undefined) return;
    const statutory = statutoryAt(alternative, facts, model.policy);
    const range = statutory === undefined ? undefined : tierAt(fine, statutory, alternative, facts, model.policy);
    if (statutory === undefined || range === undefined) return;
    const below = range.min.lessThan(statutory.min);
    const above = statutory.max !== undefined && range.max.greaterThan(statutory.max);
    const degenerate = zeroBase(facts, bases);
    if ((below || above) && (earlier === undefined || !degenerate)) {
      found.set(key, {
        tier: tierIndex,
        alternative: alternativeIndex,
        range,
        statutory,
        witness: witnessOf(facts, model.domain),
        degenerate,
      });
    }
  };

  return {
    visit(visit: Visit) {
      for (const pair of pairs) {
        if (visit.tiers[pair.tier] && visit.statutory[pair.alternative])
          check(pair.tier, pair.alternative, pair.bases, visit.facts);
      }
    },
    findings(report: SearchReport): Finding[] {
      const search = searchParam(report);
      return [...found.values()].map(({ tier, alternative, range, statutory, witness }) => {
        const data = model.tiers[tier]?.data;
        return {
          code: 'tier-exceeds-statutory',
          severity: 'error' as const,
          path: `${model.path}.tiers[${tier}]`,
          message: say('tier-exceeds-statutory', {
            item: model.item.code,
            tier: tierParam(model, tier),
            stated: amountParam(data?.fine, model, model.statutory[alternative]?.data),
            range: rangeParam(range),
            alternative,
            statutory: rangeParam(statutory),
            side: range.min.lessThan(statutory.min) ? 'below' : 'above',
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, true),
          witness,
        };
      });
    },
  };
}
