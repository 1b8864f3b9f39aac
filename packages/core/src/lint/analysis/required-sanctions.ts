import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';
import type { Collector, Visit } from './visit.js';
import { tierParam } from './coverage.js';
import { itemCitations, searchParam, witnessOf, witnessParam } from './witness.js';
import type { Witness } from './witness.js';

/**
 * Sanctions the statute requires that the benchmark would leave out of a decision. A benchmark
 * refines the statute's penalty; it may not drop a penalty the statute imposes (并处, or 处…罚款
 * without 可以): 行政处罚法 第三十四条, 国办发〔2022〕27号 (不得超出法定的行政处罚种类、幅度).
 * - `tier-without-fine` — the tier decide selects has no `fine`, while the statutory alternative
 *   that holds is mandatory (not `optional`) and, for a v2 item, its `fineCondition` (拒不改正的，
 *   处…罚款) holds: the decision would impose no fine where the statute requires one;
 * - `conditional-sanction-not-imposed` — a mandatory sanction of `statutory.also` with its own
 *   `when` (拒不改正的，责令停业整顿) holds, and the tier selected does not `add` it: decide imposes
 *   an `also` sanction only when the tier adds it. (`with` sanctions are imposed by decide
 *   itself whenever their `when` holds, so they cannot be left out.)
 *
 * @param model - the item
 * @param say - writes the message in the lint's language
 * @returns a collector reporting one finding per tier (and sanction), with the first witness found
 * @example requiredSanctionsCollector(model) // visit… then findings(report)
 */
export function requiredSanctionsCollector(model: ItemModel, say: LintSay): Collector {
  const withoutFine = new Map<number, Witness>();
  const notImposed = new Map<string, { sanction: number; tier: number; witness: Witness }>();
  const selection = model.policy.tierSelection;
  const mandatoryAlso = model.conditionalSanctions
    .map((sanction, index) => ({ sanction, index }))
    .filter(({ sanction }) => sanction.path.startsWith('statutory.also') && sanction.spec.optional !== true);

  return {
    visit(visit: Visit) {
      const tier = selectedTier(visit.tiers, selection);
      if (tier === undefined) return;
      const data = model.tiers[tier]?.data;
      if (data === undefined) return;
      if (data.fine === undefined && !withoutFine.has(tier) && fineRequired(model, visit)) {
        withoutFine.set(tier, witnessOf(visit.facts, model.domain));
      }
      for (const { sanction, index } of mandatoryAlso) {
        const key = `${index}/${tier}`;
        if (notImposed.has(key)) continue;
        if ((data.add ?? []).some((added) => added.kind === sanction.spec.kind)) continue;
        if (sanction.when.test(visit.facts))
          notImposed.set(key, { sanction: index, tier, witness: witnessOf(visit.facts, model.domain) });
      }
    },
    findings(report: SearchReport): Finding[] {
      const search = searchParam(report);
      const { path, item } = model;
      const findings: Finding[] = [];
      for (const [tier, witness] of withoutFine) {
        findings.push({
          code: 'tier-without-fine',
          severity: 'error',
          path: `${path}.tiers[${tier}]`,
          message: say('tier-without-fine', {
            item: item.code,
            tier: tierParam(model, tier),
            fineCondition: model.fineCondition !== undefined,
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, true),
          witness,
        });
      }
      for (const { sanction, tier, witness } of notImposed.values()) {
        const conditional = model.conditionalSanctions[sanction];
        if (conditional === undefined) continue;
        findings.push({
          code: 'conditional-sanction-not-imposed',
          severity: 'error',
          path: `${path}.tiers[${tier}]`,
          message: say('conditional-sanction-not-imposed', {
            item: item.code,
            at: conditional.path,
            kind: conditional.spec.kind,
            text: conditional.spec.text,
            tier: tierParam(model, tier),
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, true),
          witness,
        });
      }
      return findings;
    },
  };
}

/** Whether the statute requires a fine for these facts: a mandatory alternative holds and the fine condition, if any. */
function fineRequired(model: ItemModel, visit: Visit): boolean {
  if (model.statutory.length === 0) return false;
  const holding = visit.statutory.findIndex(Boolean);
  if (holding < 0) return false;
  if (model.statutory[holding]?.data.optional === true) return false;
  return model.fineCondition === undefined || model.fineCondition.test(visit.facts);
}

/**
 * The tier decide selects (spec §1): under `most-severe` the last holding, under `first` the
 * first, under `unique` the only one (several holding is `tiers-overlap`'s finding, not this one's).
 */
function selectedTier(tiers: readonly boolean[], selection: string): number | undefined {
  let first: number | undefined;
  let last: number | undefined;
  let count = 0;
  tiers.forEach((holds, index) => {
    if (!holds) return;
    first ??= index;
    last = index;
    count++;
  });
  if (selection === 'first') return first;
  if (selection === 'unique') return count === 1 ? first : undefined;
  return last;
}
