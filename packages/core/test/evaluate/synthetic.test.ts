import { describe, expect, it } from 'vitest';
import { foodSafety, productQuality } from '@cailiang/benchmarks';
import { createEngine } from '../../src/index.js';
import { evaluate, syntheticRecords } from '../../src/evaluate/index.js';
import { Random } from '../../src/evaluate/synthetic/random.js';
import { evaluationEngine } from '../../../../test-support/evaluation.js';

const engine = createEngine([foodSafety, productQuality], { trace: false });

describe('syntheticRecords', () => {
  it('gives the same records for the same seed, and other records for another', () => {
    const a = [...syntheticRecords(engine, { count: 200, seed: 42 })];
    const b = [...syntheticRecords(engine, { count: 200, seed: 42 })];
    const c = [...syntheticRecords(engine, { count: 200, seed: 43 })];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('pins the first record of a seed, so that a change to the generator is seen', () => {
    const [first] = syntheticRecords(evaluationEngine(), { count: 1, seed: 1 });
    expect(first).toMatchInlineSnapshot(`
      {
        "case": {
          "dates": {
            "act": "2025-08-31",
            "decision": "2025-12-02",
            "discovered": "2025-09-07",
            "opened": "2025-09-14",
          },
          "facts": {
            "count": 0,
          },
          "item": "T-2",
          "party": {
            "kind": "organization",
          },
        },
        "imposed": {
          "hearingOffered": true,
          "reasons": "案发后未采取任何整改措施",
          "sanctions": [
            {
              "amount": "40000",
              "kind": "fine",
            },
          ],
        },
        "synthetic": true,
      }
    `);
  });

  it('marks every record synthetic, in the shape batch review reads', () => {
    for (const entry of syntheticRecords(engine, { count: 50, seed: 1 })) {
      expect(Object.keys(entry)).toEqual(['case', 'imposed', 'synthetic']);
      expect(entry.synthetic).toBe(true);
    }
  });

  it("looks like an agency's decisions: mostly decided, mostly inside the tier, some deviations with reasons, exemptions used", () => {
    const evaluation = evaluate(engine, syntheticRecords(engine, { count: 3000, seed: 5 }));
    const { records } = evaluation;
    expect(records.synthetic).toBe(3000);
    expect(records.errors / records.total).toBeLessThan(0.01);
    let fines = 0;
    let inside = 0;
    let deviations = 0;
    let reasons = 0;
    let offered = 0;
    let used = 0;
    for (const item of evaluation.items) {
      fines += item.fines.count;
      inside += item.fines.positions.lower + item.fines.positions.middle + item.fines.positions.upper;
      deviations += item.deviation.count;
      reasons += item.deviation.topReasons.reduce((sum, reason) => sum + reason.count, 0);
      for (const exemption of item.exemptions.filter((entry) => !entry.mandatory)) {
        offered += exemption.offered;
        used += exemption.used;
      }
    }
    expect(inside / fines).toBeGreaterThan(0.7);
    expect(deviations / fines).toBeGreaterThan(0.02);
    expect(reasons).toBeGreaterThan(deviations / 2);
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(offered);
    // Some items are never used, some tiers never reached: a benchmark in real use.
    expect(evaluation.itemsNeverUsed.length).toBeGreaterThan(0);
    expect(evaluation.candidates.length).toBeGreaterThan(0);
  });

  it('breaks a share of records on purpose, for error counting, and none when asked', () => {
    const broken = evaluate(engine, syntheticRecords(engine, { count: 300, seed: 3, errorShare: 1 }));
    expect(broken.records.decided).toBe(0);
    expect(Object.keys(broken.errors.byCode).sort()).toEqual(['INVALID_CASE', 'INVALID_IMPOSED', 'UNKNOWN_ITEM']);
    const clean = evaluate(engine, syntheticRecords(engine, { count: 300, seed: 3, errorShare: 0 }));
    expect(clean.records.errors).toBe(0);
  });

  it('refuses a count, seed or error share that is not one', () => {
    expect(() => [...syntheticRecords(engine, { count: -1, seed: 1 })]).toThrow(
      'count: expected a whole number of records, got -1',
    );
    expect(() => [...syntheticRecords(engine, { count: 1, seed: 1.5 })]).toThrow(
      'seed: expected a whole number, got 1.5',
    );
    expect(() => [...syntheticRecords(engine, { count: 1, seed: 1, errorShare: 2 })]).toThrow(
      'errorShare: expected a share from 0 to 1, got 2',
    );
  });
});

describe('Random', () => {
  it('is the same sequence for a seed on every run and platform', () => {
    const random = new Random(1);
    expect(Array.from({ length: 3 }, () => random.int(0, 999))).toMatchInlineSnapshot(`
      [
        425,
        790,
        691,
      ]
    `);
  });

  it('draws by cumulative weights, never an index of weight 0', () => {
    const random = new Random(9);
    const seen = new Set(Array.from({ length: 2000 }, () => random.weighted([1, 1, 3, 4])));
    expect([...seen].sort()).toEqual([0, 2, 3]);
  });
});
