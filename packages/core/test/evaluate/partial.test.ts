import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foodSafety, productQuality } from '@cailiang/benchmarks';
import { CailiangError, createEngine } from '../../src/index.js';
import {
  createEvaluator,
  evaluate,
  evaluationCsv,
  evaluationHtml,
  evaluationJson,
  evaluationOfPartial,
  mergePartials,
  PARTIAL_FORMAT,
  partialJson,
  syntheticRecords,
} from '../../src/evaluate/index.js';
import type { EvaluationPartial } from '../../src/evaluate/index.js';
import { evaluationEngine, record } from '../../../../test-support/evaluation.js';

const engine = createEngine([foodSafety, productQuality], { trace: false });
const source = { name: 'city.ndjson' };
// Errors on purpose (5%), so that error counts and samples are merged too; few samples kept, so
// that which samples survive a merge is tested.
const corpus = [
  ...syntheticRecords(engine, { count: 300, seed: 5, errorShare: 0.05 }),
  'not a record',
  { case: {}, imposed: {} },
];
const options = { source, errorSamples: 7 };
const whole = evaluate(engine, corpus, options);

/** A partial as it travels: written to a file and read back. */
const travelled = (partial: EvaluationPartial): unknown => JSON.parse(partialJson(partial));

/** The partials of `parts` evaluators, record k going to part `assignment[k]`, numbered as in the corpus. */
function partials(assignment: readonly number[], parts: number): unknown[] {
  const evaluators = Array.from({ length: parts }, () => createEvaluator(engine, options));
  corpus.forEach((entry, index) => {
    evaluators[(assignment[index] ?? 0) % parts]?.add(entry, index + 1);
  });
  return evaluators.map((evaluator) => travelled(evaluator.partial()));
}

/** Merges by a random tree: picks 2–3 of the pieces left, in a random order, until one remains. */
function mergeInRandomTree(pieces: unknown[], choices: readonly number[]): unknown {
  const left = [...pieces];
  let turn = 0;
  const pick = () => choices[turn++ % choices.length] ?? 0;
  if (left.length === 1) return travelled(mergePartials(left));
  while (left.length > 1) {
    const size = Math.min(left.length, 2 + (pick() % 2));
    const group: unknown[] = [];
    for (let i = 0; i < size; i++) group.push(...left.splice(pick() % left.length, 1));
    left.push(travelled(mergePartials(group)));
  }
  return left[0];
}

describe('mergePartials', () => {
  it('gives, for any split into 1–5 parts merged in any order and grouping, the report one run gives, byte for byte', () => {
    const json = evaluationJson(whole);
    const csv = evaluationCsv(whole);
    const html = evaluationHtml(whole);
    const wholePartial = partialJson(createEvaluator(engine, options).partial());
    expect(wholePartial).toContain(PARTIAL_FORMAT);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(), { minLength: corpus.length, maxLength: corpus.length }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        (parts, assignment, choices) => {
          const merged = mergeInRandomTree(partials(assignment, parts), choices);
          const evaluation = evaluationOfPartial(merged);
          expect(evaluationJson(evaluation)).toBe(json);
          expect(evaluationCsv(evaluation)).toBe(csv);
          expect(evaluationHtml(evaluation)).toBe(html);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('gives the same partial, byte for byte, whatever the grouping', () => {
    const evaluator = createEvaluator(engine, options);
    corpus.forEach((entry, index) => {
      evaluator.add(entry, index + 1);
    });
    const single = partialJson(evaluator.partial());
    const [a, b, c] = partials(
      corpus.map((_, index) => index * 7),
      3,
    );
    expect(partialJson(mergePartials([mergePartials([a, b]), c]))).toBe(single);
    expect(partialJson(mergePartials([c, mergePartials([b, a])]))).toBe(single);
    expect(partialJson(mergePartials([b, c, a]))).toBe(single);
  });

  it('names every source of the merged records', () => {
    const one = createEvaluator(engine, { source: { name: 'district-2.ndjson' } });
    const two = createEvaluator(engine, { source: { name: 'district-1.ndjson' } });
    one.add(corpus[0]);
    two.add(corpus[1]);
    const merged = mergePartials([travelled(one.partial()), travelled(two.partial()), travelled(one.partial())]);
    expect(merged.sources).toEqual([{ name: 'district-1.ndjson' }, { name: 'district-2.ndjson' }]);
    expect(evaluationOfPartial(merged).source).toEqual({ name: 'district-1.ndjson + district-2.ndjson' });
    expect(evaluationOfPartial(merged).records.total).toBe(3);
  });

  it('refuses partials made under other rule sets, naming both', () => {
    const food = createEvaluator(engine).partial();
    const other = createEvaluator(evaluationEngine()).partial();
    expect(() => mergePartials([food, other], ['a.json', 'b.json'])).toThrowError(CailiangError);
    try {
      mergePartials([food, other], ['a.json', 'b.json']);
    } catch (error) {
      const failure = error as CailiangError;
      expect(failure.code).toBe('PARTIAL_MISMATCH');
      expect(failure.source).toBe('b.json');
      expect(failure.issues[0]?.path).toBe('ruleSets');
      expect(failure.issues[0]?.message).toMatch(
        /^made under other rule sets than a\.json: .+ here, .+ there; only partials of the same rule sets add up$/,
      );
    }
  });

  it('refuses partials made with other thresholds', () => {
    const strict = createEvaluator(engine, { minSample: 5 }).partial();
    const loose = createEvaluator(engine).partial();
    expect(() => mergePartials([strict, loose])).toThrowError(
      expect.objectContaining({ code: 'PARTIAL_MISMATCH', issues: [expect.objectContaining({ path: 'settings' })] }),
    );
  });

  it('refuses another format version, and malformed counts, naming the field', () => {
    const partial = travelled(createEvaluator(evaluationEngine()).partial()) as Record<string, unknown>;
    expect(() => mergePartials([{ ...partial, format: 'cailiang.evaluation-partial/v2' }], ['old.json'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PARTIAL',
        source: 'old.json',
        issues: [expect.objectContaining({ code: 'partial_format', path: 'format' })],
      }),
    );
    expect(() => mergePartials([{ evaluation: 1 }])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PARTIAL',
        issues: [expect.objectContaining({ code: 'partial_format' })],
      }),
    );
    const counts = partial['counts'] as Record<string, unknown>;
    expect(() => mergePartials([{ ...partial, counts: { ...counts, total: 1.5 } }])).toThrowError(
      expect.objectContaining({ code: 'INVALID_PARTIAL', issues: [expect.objectContaining({ path: 'counts.total' })] }),
    );
    expect(() => mergePartials([{ ...partial, counts: { ...counts, decided: 3 } }])).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'counts.decided', message: '3 decided of 0 records' })],
      }),
    );
    const items = counts['items'] as Record<string, unknown>[];
    const fines = {
      count: 0,
      positions: { below: 0, mitigated: 0, lower: 0, middle: 0, upper: 0, above: 0 },
      total: '1e5',
      min: null,
      max: null,
    };
    const badTier = { ...items[0], tiers: [['1', { label: '从轻', cases: 0, fines }]] };
    expect(() =>
      mergePartials([{ ...partial, counts: { ...counts, items: [badTier, ...items.slice(1)] } }]),
    ).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'counts.items[0].tiers[0][1].fines.total' })],
      }),
    );
  });

  it('keeps an undecided record of one part next to a decided record of another', () => {
    const testEngine = evaluationEngine();
    const one = createEvaluator(testEngine);
    const two = createEvaluator(testEngine);
    one.add(record('25000'), 1);
    two.add('bad', 2);
    const evaluation = evaluationOfPartial(mergePartials([one.partial(), two.partial()]));
    expect(evaluation).toEqual(evaluate(testEngine, [record('25000'), 'bad']));
  });
});
