import type { Range } from '../../decide/amount-range.js';
import type { FactValues } from '../../facts/types.js';
import { Decimal } from '../../money/decimal.js';
import type { TierAmountData } from '../../ruleset/schema.js';
import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import { amountFacts, amountParam, rangeParam, statutoryAt, tierAt, zeroBase } from './amounts.js';
import { tierParam } from './coverage.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';
import type { Collector, Visit } from './visit.js';
import { itemCitations, searchParam, witnessOf, witnessParam } from './witness.js';
import type { Witness } from './witness.js';

/** Two tiers to compare: `severe` is listed after `lighter`, so must not lie below it. */
interface Pair {
  readonly lighter: number;
  readonly severe: number;
  /** Decided without facts (two bands, two absolute ranges), or to be compared at each witness. */
  readonly structural: boolean;
  readonly below: boolean;
  /** By statutory alternative (then none): the facts both tiers' amounts depend on under it. */
  readonly bases: readonly (readonly string[])[];
}

interface Found {
  readonly pair: Pair;
  /** Found at a base amount of 0 (every multiple 0): replaced when a witness with amounts turns up. */
  readonly degenerate: boolean;
  readonly witness: Witness | undefined;
  readonly ranges: { readonly lighter: Range; readonly severe: Range } | undefined;
}

/**
 * Whether range `severe` lies below range `lighter`: neither bound higher, at least one lower.
 *
 * @example liesBelow({ min: 0.3, max: 0.7 }, { min: 0.7, max: 1 }) // true (as Decimals)
 */
export function liesBelow(severe: { min: Decimal; max: Decimal }, lighter: { min: Decimal; max: Decimal }): boolean {
  const min = severe.min.comparedTo(lighter.min);
  const max = severe.max.comparedTo(lighter.max);
  return min <= 0 && max <= 0 && (min < 0 || max < 0);
}

/**
 * `tier-order`: tiers are listed from lightest to most severe (spec §1), and a more severe
 * 裁量阶次 must not set a lower fine than a lighter one — 国办发〔2022〕27号 asks that tiers be
 * graded by the gravity of the circumstances (过罚相当, 行政处罚法 第五条). Two bands are
 * compared by their fractions and two absolute ranges by their amounts; anything else (a
 * multiple, or a band beside an absolute range) at the facts where the more severe tier applies,
 * with the statutory alternative that holds there.
 *
 * @param model - the item
 * @param say - writes the message in the lint's language
 * @returns a collector reporting each pair (lighter, more severe) in the wrong order
 * @example tierOrderCollector(model)
 */
export function tierOrderCollector(model: ItemModel, say: LintSay): Collector {
  const pairs: Pair[] = [];
  model.tiers.forEach((severe) => {
    model.tiers.slice(0, severe.index).forEach((lighter) => {
      const a = lighter.data.fine;
      const b = severe.data.fine;
      if (a === undefined || b === undefined) return;
      const fixed = structuralOrder(a, b, model);
      // One entry per alternative, and a last one for facts where none holds.
      const bases = [...model.statutory.map((alternative) => alternative.data), undefined].map((alternative) => [
        ...new Set([...amountFacts(a, alternative), ...amountFacts(b, alternative)]),
      ]);
      pairs.push({
        lighter: lighter.index,
        severe: severe.index,
        structural: fixed !== undefined,
        below: fixed === true,
        bases,
      });
    });
  });
  const found = new Map<Pair, Found>();
  const seen = new Map<Pair, Set<string>>();

  const rangesAt = (pair: Pair, visit: Visit) => {
    const alternative = model.statutory.find((candidate) => visit.statutory[candidate.index])?.data;
    const statutory = alternative === undefined ? undefined : statutoryAt(alternative, visit.facts, model.policy);
    const lighter = amountAt(model, pair.lighter, statutory, alternative, visit.facts);
    const severe = amountAt(model, pair.severe, statutory, alternative, visit.facts);
    return lighter === undefined || severe === undefined ? undefined : { lighter, severe };
  };

  return {
    visit(visit: Visit) {
      for (const pair of pairs) {
        const earlier = found.get(pair);
        if ((earlier !== undefined && !earlier.degenerate) || !visit.tiers[pair.severe]) continue;
        const holding = model.statutory.findIndex((alternative) => visit.statutory[alternative.index]);
        const bases = pair.bases[holding < 0 ? pair.bases.length - 1 : holding] ?? [];
        const degenerate = zeroBase(visit.facts, bases);
        if (earlier !== undefined && degenerate) continue;
        if (pair.structural) {
          if (pair.below)
            found.set(pair, {
              pair,
              degenerate,
              witness: witnessOf(visit.facts, model.domain),
              ranges: rangesAt(pair, visit),
            });
          continue;
        }
        if (visit.statutory.filter(Boolean).length > 1) continue;
        const key = [holding, ...bases.map((name) => String(visit.facts[name]))].join('|');
        const done = seen.get(pair) ?? new Set<string>();
        seen.set(pair, done);
        if (done.has(key)) continue;
        done.add(key);
        const ranges = rangesAt(pair, visit);
        if (ranges !== undefined && liesBelow(ranges.severe, ranges.lighter))
          found.set(pair, { pair, degenerate, witness: witnessOf(visit.facts, model.domain), ranges });
      }
    },
    findings(report: SearchReport): Finding[] {
      const search = searchParam(report);
      // A structural inversion is a finding even where the search never saw the severe tier apply.
      for (const pair of pairs)
        if (pair.structural && pair.below && !found.has(pair))
          found.set(pair, { pair, degenerate: true, witness: undefined, ranges: undefined });
      return [...found.values()].map(({ pair, witness, ranges }) => {
        const lighter = model.tiers[pair.lighter]?.data;
        const severe = model.tiers[pair.severe]?.data;
        const finding: Finding = {
          code: 'tier-order',
          severity: 'error',
          path: `${model.path}.tiers[${pair.severe}]`,
          message: say('tier-order', {
            item: model.item.code,
            severe: tierParam(model, pair.severe),
            lighter: tierParam(model, pair.lighter),
            severeFine: amountParam(severe?.fine, model),
            lighterFine: amountParam(lighter?.fine, model),
            ranges:
              ranges === undefined
                ? undefined
                : { severe: rangeParam(ranges.severe), lighter: rangeParam(ranges.lighter) },
            witness: witness === undefined ? undefined : witnessParam(witness, model),
            search: pair.structural ? undefined : search,
          }),
          citations: itemCitations(model, false),
        };
        return witness === undefined ? finding : { ...finding, witness };
      });
    },
  };
}

/** Two bands by their fractions, two absolute ranges by their amounts; undefined when facts are needed. */
function structuralOrder(lighter: TierAmountData, severe: TierAmountData, model: ItemModel): boolean | undefined {
  if (lighter.band !== undefined && severe.band !== undefined) {
    const a = model.policy.bands.get(lighter.band);
    const b = model.policy.bands.get(severe.band);
    if (a === undefined || b === undefined) return false;
    return liesBelow({ min: b.from, max: b.to }, { min: a.from, max: a.to });
  }
  if (lighter.range !== undefined && severe.range !== undefined) {
    const range = (r: { min: string; max: string }) => ({ min: new Decimal(r.min), max: new Decimal(r.max) });
    return liesBelow(range(severe.range), range(lighter.range));
  }
  return undefined;
}

function amountAt(
  model: ItemModel,
  tier: number,
  statutory: ReturnType<typeof statutoryAt>,
  alternative: Parameters<typeof tierAt>[2],
  facts: FactValues,
): Range | undefined {
  const fine = model.tiers[tier]?.data.fine;
  return fine === undefined ? undefined : tierAt(fine, statutory, alternative, facts, model.policy);
}
