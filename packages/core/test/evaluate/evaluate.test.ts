import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate } from '../../src/evaluate/index.js';
import type { Evaluation, ItemEvaluation } from '../../src/evaluate/index.js';
import { evaluationEngine, record, times } from '../../../../test-support/evaluation.js';

const engine = evaluationEngine();

/**
 * The hand-made corpus every figure below is pinned on (T-1: tiers 从轻 10,000–19,000,
 * 一般 19,000–31,000 with thirds ending at 23,000 and 27,000, 从重 31,000–40,000; statutory
 * 10,000–40,000, so "at the maximum" is 39,600–40,000).
 */
const corpus: unknown[] = [
  // 一般: the edges of each third, then deviations above (two with the same reason, one
  // without any) and one below.
  record('19000'),
  record('22999'),
  record('23000'),
  record('27000'),
  record('27001'),
  record('31000'),
  record('31001', { reasons: '涉案数量大' }),
  record('39600', { reasons: ' 涉案数量大\n' }),
  record('40000'),
  record('18999', { reasons: '积极配合' }),
  record(undefined),
  // 从重: just under the band at the maximum, and at it.
  record('39599', { count: 2 }),
  record('40000', { count: 2 }),
  // 从轻, where the 首违不罚 exemption holds: used once, not used once.
  record(undefined, { count: 0, amount: '50', reasons: '首违不罚' }),
  record('15000', { count: 0, amount: '50' }),
  // Mitigation: 应当 (coerced) down to 减轻; 可以 (limited capacity) used, and not used.
  record('9000', { circumstances: { coerced: true } }),
  record('12000', { circumstances: { capacity: 'limited' } }),
  record('25000', { circumstances: { capacity: 'limited' } }),
  // Records that cannot be decided.
  'not a record',
  record('20000', { item: 'T-9' }),
  { ...record('20000'), case: { item: 'T-1', facts: { amount: '5000' }, dates: { act: '2025-03-10' } } },
  record(undefined, { sanctions: [{ kind: 'fine', amount: '1,000' }] }),
];

function item(evaluation: Evaluation, code = 'T-1'): ItemEvaluation {
  return evaluation.items.find((entry) => entry.code === code) as ItemEvaluation;
}

describe('evaluate', () => {
  const evaluation = evaluate(engine, corpus);
  const t1 = item(evaluation);

  it('counts records: decided, errors by code, never silently dropped', () => {
    expect(evaluation.records).toEqual({ total: 22, decided: 18, errors: 4, synthetic: 0 });
    expect(evaluation.errors.byCode).toEqual({ INVALID_CASE: 1, INVALID_IMPOSED: 1, PARSE_ERROR: 1, UNKNOWN_ITEM: 1 });
    expect(evaluation.errors.samples).toEqual([
      { record: 19, code: 'PARSE_ERROR', path: '', message: 'expected { "case": …, "imposed": … }' },
      {
        record: 20,
        code: 'UNKNOWN_ITEM',
        path: 'case.item',
        message: expect.stringContaining('no loaded rule set has item "T-9"'),
      },
      {
        record: 21,
        code: 'INVALID_CASE',
        path: 'case.facts.count',
        message: expect.stringContaining('missing fact "count"'),
      },
      {
        record: 22,
        code: 'INVALID_IMPOSED',
        path: 'imposed.sanctions[0].amount',
        message: 'expected a decimal amount such as "12345.67", got "1,000"',
      },
    ]);
    // An error is the item's when the case names a known item.
    expect(t1.errors).toEqual({ INVALID_CASE: 1, INVALID_IMPOSED: 1 });
  });

  it("counts cases per tier and each tier's share of penalty decisions", () => {
    expect(t1.cases).toBe(18);
    expect(t1.outcomes).toEqual({ penalty: 18 });
    expect(t1.tiers.map((tier) => [tier.level, tier.label, tier.cases, tier.share])).toEqual([
      ['lighter', '从轻', 2, '0.1111'],
      ['general', '一般', 14, '0.7778'],
      ['heavier', '从重', 2, '0.1111'],
    ]);
    expect(t1.tiersNeverReached).toEqual([]);
  });

  it('places each fine against its range: thirds with their edges, mitigated, below, above', () => {
    const general = t1.tiers[1]?.fines;
    expect(general?.positions).toEqual({ below: 1, mitigated: 2, lower: 2, middle: 3, upper: 2, above: 3 });
    expect(t1.tiers[0]?.fines.positions).toEqual({ below: 0, mitigated: 0, lower: 0, middle: 1, upper: 0, above: 0 });
    expect(t1.tiers[2]?.fines.positions).toEqual({ below: 0, mitigated: 0, lower: 0, middle: 0, upper: 2, above: 0 });
    expect(t1.fines.positions).toEqual({ below: 1, mitigated: 2, lower: 2, middle: 4, upper: 4, above: 3 });
  });

  it('sums fines exactly, as decimal strings', () => {
    expect(t1.tiers.map((tier) => [tier.fines.count, tier.fines.total, tier.fines.min, tier.fines.max])).toEqual([
      [1, '15000', '15000', '15000'],
      [13, '325600', '9000', '40000'],
      [2, '79599', '39599', '40000'],
    ]);
    expect(t1.fines).toMatchObject({
      count: 16,
      total: '420199',
      min: '9000',
      max: '40000',
      deviations: 4,
      deviationRate: '0.2500',
    });
    expect(t1.withoutFine).toBe(2);
  });

  it('measures deviation and counts the reasons given, white space aside', () => {
    expect(t1.deviation).toEqual({
      count: 4,
      rate: '0.2500',
      above: 3,
      below: 1,
      withoutReasons: 1,
      topReasons: [
        { reason: '涉案数量大', count: 2 },
        { reason: '积极配合', count: 1 },
      ],
      reasonsExact: true,
      reasonsError: 0,
    });
    expect(t1.tiers[1]?.fines.deviationRate).toBe('0.3077');
  });

  it('counts exemptions and mitigations offered versus used', () => {
    expect(t1.exemptions).toEqual([
      { id: 'first-violation', mandatory: false, offered: 2, used: 1, usedShare: '0.5000' },
    ]);
    expect(t1.mitigations).toEqual([
      { id: 'APL-31-limited-capacity', mandatory: false, offered: 2, used: 1, usedShare: '0.5000', reduced: 0 },
      { id: 'APL-32-2-coerced', mandatory: true, offered: 1, used: 1, usedShare: '1.0000', reduced: 1 },
    ]);
  });

  it('counts fines at the statutory maximum (within 1%, not above)', () => {
    expect(t1.maximum).toEqual({ compared: 16, atMaximum: 3, share: '0.1875', cluster: false });
  });

  it('carries the legality review: verdicts and findings per decision', () => {
    expect(t1.findings).toEqual({
      'exemption-not-considered': 1,
      'fine-outside-tier': 5,
      'missing-mandatory-sanction': 1,
    });
    expect(t1.verdicts).toEqual({ pass: 11, warn: 6, fail: 1 });
  });

  it('lists items never used, and no figures for them', () => {
    expect(evaluation.itemsNeverUsed).toEqual(['T-2']);
    expect(item(evaluation, 'T-2')).toMatchObject({
      cases: 0,
      tiersNeverReached: [],
      fines: { count: 0, total: '0', min: null, max: null, deviationRate: null },
    });
    expect(item(evaluation, 'T-2').tiers.map((tier) => tier.share)).toEqual([null, null, null]);
  });

  it('lists the tiers a used item never reached', () => {
    const only = item(evaluate(engine, [record('25000'), record('26000')]));
    expect(only.tiersNeverReached).toEqual(['lighter', 'heavier']);
  });

  it('says which records are synthetic', () => {
    const mixed = evaluate(engine, [record('25000', { synthetic: true }), record('26000')]);
    expect(mixed.records.synthetic).toBe(1);
    expect(evaluate(engine, [{ ...record('25000'), synthetic: 'yes' }]).errors.samples[0]?.message).toBe(
      '"synthetic" is true or false',
    );
  });

  it('refuses records with other keys, and numbers records from 1 unless told', () => {
    const evaluator = createEvaluator(engine);
    evaluator.add({ ...record('25000'), extra: 1 }, 7);
    evaluator.add([]);
    evaluator.addError('PARSE_ERROR', 'not JSON', 9);
    expect(evaluator.count).toBe(3);
    expect(evaluator.result().errors.samples.map((sample) => [sample.record, sample.message])).toEqual([
      [2, 'expected { "case": …, "imposed": … }'],
      [7, 'unknown key "extra"; expected one of case, imposed, synthetic'],
      [9, 'not JSON'],
    ]);
  });

  it('keeps the lowest-numbered error samples, whatever order the records come in', () => {
    const evaluator = createEvaluator(engine, { errorSamples: 2 });
    for (const number of [9, 4, 7, 2]) evaluator.addError('PARSE_ERROR', 'not JSON', number);
    expect(evaluator.result().errors.samples.map((sample) => sample.record)).toEqual([2, 4]);
  });

  it('keeps only the first error samples, but counts every error', () => {
    const result = evaluate(
      engine,
      times(30, () => 'bad'),
      { errorSamples: 5 },
    );
    expect(result.records.errors).toBe(30);
    expect(result.errors.samples.map((sample) => sample.record)).toEqual([1, 2, 3, 4, 5]);
  });

  it('states its thresholds and refuses invalid ones', () => {
    expect(evaluation.thresholds).toEqual({
      minSample: 10,
      deviationShare: '0.25',
      maximumWithin: '0.01',
      clusterShare: '0.5',
      dominantShare: '0.9',
      exemptionUseShare: '0.1',
    });
    expect(() => evaluate(engine, [], { clusterShare: '1.5' })).toThrow(
      'clusterShare: expected a share from "0" to "1" as a decimal string, got "1.5"',
    );
    expect(() => evaluate(engine, [], { minSample: 0 })).toThrow(
      'minSample: expected a whole number of at least 1, got 0',
    );
  });

  it('returns JSON-ready data with the format tag, the rule sets and the source', () => {
    const withSource = evaluate(engine, [], { source: { name: 'records.ndjson' } });
    expect(withSource.format).toBe('cailiang.evaluation/v1');
    expect(withSource.source).toEqual({ name: 'records.ndjson' });
    expect(withSource.ruleSets).toEqual([
      { id: 'test.minimal', version: '1', title: '测试基准', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });
});
