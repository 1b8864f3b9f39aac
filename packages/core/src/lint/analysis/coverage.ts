import type { TierParam } from '../message-parts.js';
import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';
import type { Collector, Visit } from './visit.js';
import { itemCitations, searchParam, witnessOf, witnessParam } from './witness.js';
import type { Witness } from './witness.js';

/**
 * Whether the item's conditions say what the law is for every case:
 * - `statutory-none-holds` — facts for which no statutory alternative holds (decide would refuse
 *   the case: STATUTORY_RANGE_UNDETERMINED), e.g. 「不足一万元」 written as `lessThan 10000` and
 *   「一万元以上」 as `greaterThan 10000`, leaving 10000 itself out (民法典 第一千二百五十九条: 以上
 *   includes the number);
 * - `statutory-several-hold` — facts for which two alternatives hold (exactly one must, spec §1);
 * - `no-tier-holds` — facts no tier covers when the item has no fallback tier;
 * - `tiers-overlap` — under `policy.tierSelection: unique`, facts for which two tiers hold.
 *
 * @param model - the item
 * @param say - writes the message in the lint's language
 * @returns a collector reporting one finding per gap or pair, each with the first witness found
 * @example coverageCollector(model) // visit… then findings(report)
 */
export function coverageCollector(model: ItemModel, say: LintSay): Collector {
  const alternatives = model.statutory.length;
  const unique = model.policy.tierSelection === 'unique';
  let none: Witness | undefined;
  let noTier: Witness | undefined;
  const several = new Map<string, { a: number; b: number; witness: Witness }>();
  const overlaps = new Map<string, { a: number; b: number; witness: Witness }>();
  const conditioned = model.tiers.filter((tier) => tier.when !== undefined).map((tier) => tier.index);

  const pairs = (
    holds: readonly boolean[],
    indices: readonly number[],
    into: Map<string, { a: number; b: number; witness: Witness }>,
    facts: Visit['facts'],
  ) => {
    for (let i = 0; i < indices.length; i++) {
      const a = indices[i] as number;
      if (!holds[a]) continue;
      for (let j = i + 1; j < indices.length; j++) {
        const b = indices[j] as number;
        if (holds[b] && !into.has(`${a}/${b}`))
          into.set(`${a}/${b}`, { a, b, witness: witnessOf(facts, model.domain) });
      }
    }
  };
  const statutoryIndices = model.statutory.map((alternative) => alternative.index);

  return {
    visit(visit: Visit) {
      if (alternatives > 0) {
        let count = 0;
        for (const holds of visit.statutory) if (holds) count++;
        if (count === 0 && none === undefined) none = witnessOf(visit.facts, model.domain);
        if (count > 1) pairs(visit.statutory, statutoryIndices, several, visit.facts);
      }
      if (model.fallback === undefined && noTier === undefined && !visit.tiers.some(Boolean))
        noTier = witnessOf(visit.facts, model.domain);
      if (unique) pairs(visit.tiers, conditioned, overlaps, visit.facts);
    },
    findings(report: SearchReport): Finding[] {
      const search = searchParam(report);
      const { path, item } = model;
      const findings: Finding[] = [];
      if (none !== undefined) {
        findings.push({
          code: 'statutory-none-holds',
          severity: 'error',
          path: `${path}.statutory.fine`,
          message: say('statutory-none-holds', { item: item.code, witness: witnessParam(none, model), search }),
          citations: itemCitations(model, true),
          witness: none,
        });
      }
      for (const { a, b, witness } of several.values()) {
        findings.push({
          code: 'statutory-several-hold',
          severity: 'error',
          path: `${path}.statutory.fine[${b}]`,
          message: say('statutory-several-hold', {
            item: item.code,
            a,
            b,
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, true),
          witness,
        });
      }
      if (noTier !== undefined) {
        findings.push({
          code: 'no-tier-holds',
          severity: 'error',
          path: `${path}.tiers`,
          message: say('no-tier-holds', { item: item.code, witness: witnessParam(noTier, model), search }),
          citations: itemCitations(model, false),
          witness: noTier,
        });
      }
      for (const { a, b, witness } of overlaps.values()) {
        findings.push({
          code: 'tiers-overlap',
          severity: 'error',
          path: `${path}.tiers[${b}]`,
          message: say('tiers-overlap', {
            item: item.code,
            a: tierParam(model, a),
            b: tierParam(model, b),
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, false),
          witness,
        });
      }
      return findings;
    },
  };
}

/** A tier as messages name it: its level and its place in `tiers`. */
export function tierParam(model: ItemModel, index: number): TierParam {
  const data = model.tiers[index]?.data;
  return { level: data?.level ?? index, label: data?.label, index };
}
