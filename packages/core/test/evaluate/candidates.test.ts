import { describe, expect, it } from 'vitest';
import { evaluate, revisionCandidates } from '../../src/evaluate/index.js';
import type { EvaluationThresholds, FineSummary, ItemEvaluation, TierEvaluation } from '../../src/evaluate/index.js';
import { evaluationEngine, record, times } from '../../../../test-support/evaluation.js';

const thresholds: EvaluationThresholds = {
  minSample: 10,
  deviationShare: '0.25',
  maximumWithin: '0.01',
  clusterShare: '0.5',
  dominantShare: '0.9',
  exemptionUseShare: '0.1',
};

function fines(positions: Partial<FineSummary['positions']> = {}): FineSummary {
  const all = { below: 0, mitigated: 0, lower: 0, middle: 0, upper: 0, above: 0, ...positions };
  const count = Object.values(all).reduce((sum, n) => sum + n, 0);
  return {
    count,
    positions: all,
    total: '0',
    min: null,
    max: null,
    deviations: all.below + all.above,
    deviationRate: null,
  };
}

function tier(
  level: string,
  label: string,
  cases: number,
  positions: Partial<FineSummary['positions']> = {},
): TierEvaluation {
  return { level, label, cases, share: null, fines: fines(positions) };
}

/** An item's evaluation with only what the candidates read filled in. */
function itemEvaluation(code: string, parts: Partial<ItemEvaluation> = {}): ItemEvaluation {
  const tiers = parts.tiers ?? [];
  return {
    code,
    name: `${code} 名称`,
    ruleSet: 'test',
    kind: 'penalty',
    cases: tiers.reduce((sum, entry) => sum + entry.cases, 0),
    errors: {},
    outcomes: {},
    verdicts: { pass: 0, warn: 0, fail: 0 },
    findings: {},
    tiers,
    tiersNeverReached: [],
    fines: fines(),
    withoutFine: 0,
    deviation: {
      count: 0,
      rate: null,
      above: 0,
      below: 0,
      withoutReasons: 0,
      topReasons: [],
      reasonsExact: true,
      reasonsError: 0,
    },
    maximum: { compared: 0, atMaximum: 0, share: null, cluster: false },
    exemptions: [],
    mitigations: [],
    ...parts,
  };
}

describe('revisionCandidates', () => {
  it("ranks by weight × share, then by cases, then in the rule sets' order", () => {
    const items = [
      itemEvaluation('A-1', {
        tiers: [tier('general', '一般', 80, { middle: 31, above: 49 }), tier('heavier', '从重', 20, { middle: 20 })],
      }),
      itemEvaluation('B-1', {
        tiers: [tier('general', '一般', 40, { middle: 10, below: 30 })],
        maximum: { compared: 40, atMaximum: 0, share: '0', cluster: false },
      }),
      itemEvaluation('C-1', {
        tiers: [tier('general', '一般', 12, { middle: 12 })],
        maximum: { compared: 12, atMaximum: 9, share: '0.75', cluster: true },
      }),
      itemEvaluation('D-1', {
        tiers: [
          tier('lighter', '从轻', 0),
          tier('general', '一般', 95, { middle: 95 }),
          tier('heavier', '从重', 5, { middle: 5 }),
        ],
      }),
      itemEvaluation('E-1'),
    ];
    const candidates = revisionCandidates(items, 1000, thresholds);
    expect(candidates.map((c) => [c.rank, c.kind, c.item, c.tier ?? '', c.score, c.evidence])).toEqual([
      [
        1,
        'below-range',
        'B-1',
        'general',
        '0.7500',
        'tier 一般 of B-1: 75% of fines imposed below its range without a mitigation ground (30 of 40)',
      ],
      [
        2,
        'cluster-at-maximum',
        'C-1',
        '',
        '0.7500',
        'C-1: 75% of fines within 1% of the statutory maximum (9 of 12); 国发〔2024〕5号 warns against automatic top fines',
      ],
      [
        3,
        'above-range',
        'A-1',
        'general',
        '0.6125',
        'tier 一般 of A-1: 61% of fines imposed above its range (49 of 80)',
      ],
      [
        4,
        'dominant-tier',
        'D-1',
        'general',
        '0.5700',
        'D-1: tier 一般 holds 95% of penalty decisions (95 of 100); the tiers barely tell cases apart',
      ],
      [5, 'tier-never-reached', 'D-1', 'lighter', '0.5000', 'tier 从轻 of D-1: never reached in 100 penalty decisions'],
      [6, 'item-never-used', 'E-1', '', '0.2000', 'E-1 E-1 名称: no decision among 1,000 records'],
    ]);
  });

  it('needs minSample fines before a share counts, and counts a share at its threshold', () => {
    const few = itemEvaluation('A-1', { tiers: [tier('general', '一般', 9, { above: 9 })] });
    expect(revisionCandidates([few], 9, thresholds)).toEqual([]);
    const edge = itemEvaluation('A-1', { tiers: [tier('general', '一般', 12, { above: 3, middle: 9 })] });
    expect(revisionCandidates([edge], 12, thresholds).map((c) => [c.kind, c.count, c.of, c.score])).toEqual([
      ['above-range', 3, 12, '0.2500'],
    ]);
    const under = itemEvaluation('A-1', { tiers: [tier('general', '一般', 13, { above: 3, middle: 10 })] });
    expect(revisionCandidates([under], 13, thresholds)).toEqual([]);
  });

  it('names rule gaps from a single record', () => {
    const gap = itemEvaluation('A-1', {
      tiers: [tier('general', '一般', 3, { middle: 3 })],
      errors: { TIER_UNDETERMINED: 1, INVALID_CASE: 4 },
    });
    expect(revisionCandidates([gap], 3, thresholds)).toEqual([
      {
        rank: 1,
        kind: 'undecidable',
        item: 'A-1',
        count: 1,
        of: 8,
        score: '0.1000',
        evidence:
          'A-1: 1 of 8 records could not be decided (TIER_UNDETERMINED 1); the benchmark sets no tier or range for these facts',
      },
    ]);
  });

  it('flags a discretionary exemption rarely used, never a mandatory one', () => {
    const item = itemEvaluation('A-1', {
      cases: 40,
      exemptions: [
        { id: 'first-violation', mandatory: false, offered: 40, used: 2, usedShare: '0.0500' },
        { id: 'APL-30-under-14', mandatory: true, offered: 40, used: 0, usedShare: '0' },
      ],
    });
    expect(revisionCandidates([item], 40, thresholds).map((c) => [c.kind, c.ground, c.score, c.evidence])).toEqual([
      [
        'exemption-unused',
        'first-violation',
        '0.4750',
        'exemption first-violation of A-1: offered in 40 cases, used in 2 (5%)',
      ],
    ]);
  });

  it('does not call an item unused before minSample records were decided', () => {
    expect(revisionCandidates([itemEvaluation('E-1')], 9, thresholds)).toEqual([]);
  });

  it('comes out of evaluate, over real decisions', () => {
    const engine = evaluationEngine();
    const records = [...times(8, () => record('35000')), ...times(4, () => record('25000'))];
    const { candidates } = evaluate(engine, records);
    expect(candidates.map((c) => c.evidence)).toEqual([
      'tier 一般 of T-1: 67% of fines imposed above its range (8 of 12)',
      'T-1: tier 一般 holds 100% of penalty decisions (12 of 12); the tiers barely tell cases apart',
      'tier 从轻 of T-1: never reached in 12 penalty decisions',
      'tier 从重 of T-1: never reached in 12 penalty decisions',
      'T-2 从未适用的违法行为: no decision among 12 records',
    ]);
  });
});
