import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, syntheticRecords } from '../../src/evaluate/index.js';
import { evaluationEngine, record } from '../../../../test-support/evaluation.js';

const engine = evaluationEngine();

describe('Evaluator.merge', () => {
  it('gives the figures one evaluator gives, however the records are split', () => {
    const records = [...syntheticRecords(engine, { count: 400, seed: 11, errorShare: 0.05 })];
    const whole = evaluate(engine, records);
    for (const parts of [2, 3, 7]) {
      const evaluators = Array.from({ length: parts }, () => createEvaluator(engine));
      // Round-robin, as worker threads take chunks, numbering records as a single pass would.
      records.forEach((entry, index) => {
        evaluators[index % parts]?.add(entry, index + 1);
      });
      const [first, ...rest] = evaluators;
      for (const other of rest) first?.merge(structuredClone(other.state()));
      expect(first?.result()).toEqual(whole);
    }
  });

  it('refuses counts for items it does not know', () => {
    const other = createEvaluator(engine).state();
    const foreign = { ...other, items: [{ ...(other.items[0] as (typeof other.items)[number]), code: 'X-1' }] };
    expect(() => createEvaluator(engine).merge(foreign)).toThrow(
      'merge: item "X-1" is not in this evaluator\'s rule sets',
    );
  });

  it('keeps the lowest-numbered error samples', () => {
    const one = createEvaluator(engine, { errorSamples: 2 });
    const two = createEvaluator(engine, { errorSamples: 2 });
    one.add('bad', 5);
    one.add('bad', 9);
    two.add('bad', 2);
    two.add(record('25000'), 3);
    one.merge(two.state());
    expect(one.result().errors.samples.map((sample) => sample.record)).toEqual([2, 5]);
    expect(one.result().records).toEqual({ total: 4, decided: 1, errors: 3, synthetic: 0 });
  });
});
