import { Decimal, ONE, ZERO } from '../money/decimal.js';
import { formatCount } from '../internal/display-text.js';
import { atLeast, percent } from './share.js';
import type { CandidateKind, EvaluationThresholds, ItemEvaluation, RevisionCandidate } from './types.js';

/**
 * How much each kind of evidence weighs in the ranking (score = weight × strength, strength a
 * share from 0 to 1). Fines piled at the maximum and fines outside the tiers weigh most: they
 * are what 国发〔2024〕5号 and the legality review ask about. A benchmark that cannot decide
 * real cases comes next; tiers that do not differentiate, grounds not used and items not used
 * point at a rule worth a look rather than at a wrong one.
 */
export const CANDIDATE_WEIGHTS: Readonly<Record<CandidateKind, string>> = {
  'cluster-at-maximum': '1',
  'above-range': '1',
  'below-range': '1',
  undecidable: '0.8',
  'dominant-tier': '0.6',
  'tier-never-reached': '0.5',
  'exemption-unused': '0.5',
  'item-never-used': '0.2',
};

/** Error codes that mean the benchmark itself has a gap for the case (no tier, no range). */
export const RULE_GAP_CODES: readonly string[] = [
  'TIER_UNDETERMINED',
  'STATUTORY_RANGE_UNDETERMINED',
  'RANGE_UNDETERMINED',
];

type Draft = Omit<RevisionCandidate, 'rank' | 'score'> & { readonly strength: Decimal };

/**
 * The revision candidates (立改废释) the figures support, strongest first, each with its evidence
 * as a sentence. A share counts only over at least `minSample` cases, so that three fines do not
 * condemn a tier; a rule gap counts from one case. Ties go to the larger number of cases, then
 * to the rule sets' own order.
 *
 * @param items - the items' evaluations, in rule-set order
 * @param decided - records decided in all
 * @param thresholds - the evaluation's thresholds
 * @returns the ranked candidates
 * @example revisionCandidates(evaluation.items, evaluation.records.decided, evaluation.thresholds)[0]?.evidence
 */
export function revisionCandidates(
  items: readonly ItemEvaluation[],
  decided: number,
  thresholds: EvaluationThresholds,
): RevisionCandidate[] {
  const drafts: Draft[] = [];
  for (const item of items) drafts.push(...itemCandidates(item, decided, thresholds));
  // Array sort is stable: equal scores and counts keep the rule sets' order.
  return drafts
    .map((draft) => ({
      draft,
      score: draft.strength.times(CANDIDATE_WEIGHTS[draft.kind]).toDecimalPlaces(4, Decimal.ROUND_HALF_UP),
    }))
    .sort((a, b) => b.score.comparedTo(a.score) || b.draft.count - a.draft.count)
    .map(({ draft, score }, index) => {
      const { strength: _strength, ...rest } = draft;
      return { rank: index + 1, ...rest, score: score.toFixed(4) };
    });
}

function itemCandidates(item: ItemEvaluation, decided: number, thresholds: EvaluationThresholds): Draft[] {
  const { minSample } = thresholds;
  const out: Draft[] = [];
  const add = (
    kind: CandidateKind,
    n: number,
    of: number,
    evidence: string,
    extra: { tier?: string; ground?: string; strength?: Decimal } = {},
  ) => {
    const { strength = ratio(n, of), ...where } = extra;
    out.push({ kind, item: item.code, ...where, count: n, of, strength, evidence });
  };

  if (item.maximum.cluster) {
    const { atMaximum, compared } = item.maximum;
    const within = new Decimal(thresholds.maximumWithin).times(100).toFixed();
    add(
      'cluster-at-maximum',
      atMaximum,
      compared,
      `${item.code}: ${percent(atMaximum, compared)} of fines within ${within}% of the statutory maximum (${ofText(atMaximum, compared)}); 国发〔2024〕5号 warns against automatic top fines`,
    );
  }
  for (const tier of item.tiers) {
    const fines = tier.fines.count;
    if (fines < minSample) continue;
    for (const side of ['above', 'below'] as const) {
      const n = tier.fines.positions[side];
      if (n === 0 || !atLeast(n, fines, thresholds.deviationShare)) continue;
      const how = side === 'above' ? 'above its range' : 'below its range without a mitigation ground';
      add(
        `${side}-range`,
        n,
        fines,
        `tier ${tier.label} of ${item.code}: ${percent(n, fines)} of fines imposed ${how} (${ofText(n, fines)})`,
        { tier: tier.level },
      );
    }
  }
  const gaps = RULE_GAP_CODES.map((code) => [code, item.errors[code] ?? 0] as const).filter(([, n]) => n > 0);
  const errors = Object.values(item.errors).reduce((sum, n) => sum + n, 0);
  if (gaps.length > 0) {
    const n = gaps.reduce((sum, [, k]) => sum + k, 0);
    const of = item.cases + errors;
    const codes = gaps.map(([code, k]) => `${code} ${formatCount(k)}`).join(', ');
    add(
      'undecidable',
      n,
      of,
      `${item.code}: ${ofText(n, of)} records could not be decided (${codes}); the benchmark sets no tier or range for these facts`,
    );
  }
  const penaltyCases = item.tiers.reduce((sum, tier) => sum + tier.cases, 0);
  if (penaltyCases >= minSample && item.tiers.length > 1) {
    const top = item.tiers.reduce((best, tier) => (tier.cases > best.cases ? tier : best));
    if (atLeast(top.cases, penaltyCases, thresholds.dominantShare)) {
      add(
        'dominant-tier',
        top.cases,
        penaltyCases,
        `${item.code}: tier ${top.label} holds ${percent(top.cases, penaltyCases)} of penalty decisions (${ofText(top.cases, penaltyCases)}); the tiers barely tell cases apart`,
        { tier: top.level },
      );
    }
    for (const tier of item.tiers) {
      if (tier.cases > 0) continue;
      add(
        'tier-never-reached',
        0,
        penaltyCases,
        `tier ${tier.label} of ${item.code}: never reached in ${formatCount(penaltyCases)} penalty decisions`,
        { tier: tier.level, strength: ONE },
      );
    }
  }
  for (const ground of item.exemptions) {
    // Only a discretionary exemption (可以不予) is the officer's to use; a mandatory one is the law's.
    if (
      ground.mandatory !== false ||
      ground.offered < minSample ||
      atLeast(ground.used, ground.offered, thresholds.exemptionUseShare)
    )
      continue;
    const evidence = `exemption ${ground.id} of ${item.code}: offered in ${formatCount(ground.offered)} cases, used in ${formatCount(ground.used)} (${percent(ground.used, ground.offered)})`;
    add('exemption-unused', ground.used, ground.offered, evidence, {
      ground: ground.id,
      strength: ONE.minus(ratio(ground.used, ground.offered)),
    });
  }
  if (item.cases === 0 && errors === 0 && decided >= minSample) {
    add('item-never-used', 0, decided, `${item.code} ${item.name}: no decision among ${formatCount(decided)} records`, {
      strength: ONE,
    });
  }
  return out;
}

function ratio(part: number, of: number): Decimal {
  return of === 0 ? ZERO : new Decimal(part).dividedBy(of);
}

function ofText(part: number, of: number): string {
  return `${formatCount(part)} of ${formatCount(of)}`;
}
