import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import type { TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { checkCondition, compileCondition } from '../../src/conditions/index.js';
import type { Condition, ConditionTrace, TraceValue } from '../../src/conditions/types.js';
import type { FactDeclaration, FactScope } from '../../src/facts/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { cailiangFacts, jreFacts, scenarioArb } from './condition-arbitraries.js';
import type { Scenario, World } from './condition-arbitraries.js';

/**
 * cailiang's compiled conditions against json-rules-engine 7.3.1, the reference evaluator of the
 * condition format: same overall result, and the same result on every leaf json-rules-engine
 * evaluated (priorities make it skip some).
 *
 * Money goes to json-rules-engine as JS numbers (and money literals written as strings as the
 * numbers they denote), so generated amounts keep to two decimal places and |x| < 1e12, where
 * floats compare as the decimals do. Beyond that cailiang is exact and json-rules-engine is not:
 * see 'departs from json-rules-engine only where floats are inexact'.
 */
const RUNS = Number(process.env['CAILIANG_PROPERTY_RUNS'] ?? 5000);
const SEED = 20250310;

/** A node of json-rules-engine's evaluated condition tree (`ruleResult.conditions`). */
interface JreNode {
  readonly all?: readonly JreNode[];
  readonly any?: readonly JreNode[];
  readonly not?: JreNode;
  readonly result?: boolean;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

async function runJre(
  condition: unknown,
  facts: Record<string, unknown>,
): Promise<{ result: boolean; conditions: JreNode }> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: condition as TopLevelCondition, event: { type: 'holds' } });
  const { results, failureResults } = await engine.run(facts);
  const ruleResult = results[0] ?? failureResults[0];
  if (ruleResult === undefined) throw new Error('json-rules-engine returned no rule result');
  return { result: ruleResult.result as boolean, conditions: ruleResult.conditions as unknown as JreNode };
}

/** The condition json-rules-engine is given: a deep copy, money literals as JS numbers. */
function jreCondition(node: Condition, world: World): unknown {
  if ('all' in node) return { ...node, all: node.all.map((child) => jreCondition(child, world)) };
  if ('any' in node) return { ...node, any: node.any.map((child) => jreCondition(child, world)) };
  if ('not' in node) return { ...node, not: jreCondition(node.not, world) };
  const value = node.value;
  const isReference = typeof value === 'object' && value !== null && 'fact' in value;
  if (world.declarations[node.fact]?.type !== 'money' || isReference) return { ...node, value: structuredClone(value) };
  return { ...node, value: Array.isArray(value) ? value.map(Number) : Number(value) };
}

/** A traced value as json-rules-engine would hold it: null as undefined, money text as a number. */
function asJre(value: TraceValue, fact: string | undefined, world: World): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map((entry) => asJre(entry, fact, world));
  return fact !== undefined && world.declarations[fact]?.type === 'money' && typeof value === 'string'
    ? Number(value)
    : value;
}

interface Tally {
  leaves: number;
  skipped: number;
}

function compareTrees(jre: JreNode, ours: ConditionTrace, world: World, tally: Tally): void {
  if (jre.result !== undefined) expect(ours.result).toBe(jre.result);
  if ('all' in ours || 'any' in ours) {
    const [ourChildren, jreChildren] = 'all' in ours ? [ours.all, jre.all] : [ours.any, jre.any];
    expect(jreChildren).toHaveLength(ourChildren.length);
    ourChildren.forEach((child, index) => {
      compareTrees((jreChildren as readonly JreNode[])[index] as JreNode, child, world, tally);
    });
  } else if ('not' in ours) {
    compareTrees(jre.not as JreNode, ours.not, world, tally);
  } else if (jre.result === undefined) {
    tally.skipped += 1;
  } else {
    tally.leaves += 1;
    expect(asJre(ours.factValue, ours.fact, world)).toEqual(jre.factResult);
    expect(asJre(ours.value, ours.valueFact ?? ours.fact, world)).toEqual(jre.valueResult);
  }
}

async function agreesWithJre({ world, condition, cases }: Scenario, tally: Tally, outcomes: boolean[]): Promise<void> {
  const compiled = compileCondition(condition, world.scope);
  const reference = jreCondition(condition, world);
  for (const values of cases) {
    const facts = cailiangFacts(values);
    const jre = await runJre(reference, jreFacts(values));
    const explained = compiled.explain(facts);
    expect(compiled.test(facts)).toBe(jre.result);
    expect(explained.result).toBe(jre.result);
    compareTrees(jre.conditions, explained.trace, world, tally);
    outcomes.push(jre.result);
  }
}

describe('compileCondition against json-rules-engine', () => {
  it('agrees on every result and every evaluated leaf for conditions checkCondition accepts', async () => {
    const tally: Tally = { leaves: 0, skipped: 0 };
    const outcomes: boolean[] = [];
    await fc.assert(
      fc.asyncProperty(scenarioArb(false), async (scenario) => {
        expect(checkCondition(scenario.condition, scenario.world.scope, 'when')).toEqual([]);
        await agreesWithJre(scenario, tally, outcomes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generators are tuned so that results are mixed and priorities make JRE skip leaves.
    const holding = outcomes.filter(Boolean).length;
    expect(holding).toBeGreaterThan(outcomes.length * 0.2);
    expect(outcomes.length - holding).toBeGreaterThan(outcomes.length * 0.2);
    expect(tally.leaves).toBeGreaterThan(RUNS * 3);
    expect(tally.skipped).toBeGreaterThan(0);
  });

  it('agrees on the operators checkCondition refuses as type mismatches', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(true), async (scenario) => {
        const issues = checkCondition(scenario.condition, scenario.world.scope, 'when');
        expect(issues.filter((issue) => issue.code !== 'operator_type_mismatch')).toEqual([]);
        await agreesWithJre(scenario, { leaves: 0, skipped: 0 }, []);
      }),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

const EXAMPLE_FACTS: Readonly<Record<string, FactDeclaration>> = {
  goodsValue: { type: 'money', label: '货值金额' },
  firstViolation: { type: 'boolean', label: '初次违法' },
  harm: { type: 'enum', label: '危害后果', values: ['minor', '3级', '4级'] },
  actDate: { type: 'date', label: '违法行为发生日' },
};
const exampleScope: FactScope = { lookup: (name) => EXAMPLE_FACTS[name] };

/** Both evaluators on one condition: [json-rules-engine, cailiang]. */
async function both(
  condition: Condition,
  ours: Record<string, unknown>,
  theirs: Record<string, unknown> = ours,
): Promise<[boolean, boolean]> {
  const jre = await runJre(condition, theirs);
  const facts = Object.assign(Object.create(null), ours);
  return [jre.result, compileCondition(condition, exampleScope).test(facts)];
}

describe('json-rules-engine quirks cailiang reproduces', () => {
  it('holds for an empty any as well as an empty all', async () => {
    expect(await both({ any: [] }, {})).toEqual([true, true]);
    expect(await both({ all: [] }, {})).toEqual([true, true]);
    expect(await both({ all: [{ any: [] }, { not: { all: [] } }] }, {})).toEqual([false, false]);
  });

  it('treats an absent circumstance as undefined, so it is neither true nor false', async () => {
    const absent = (operator: 'equal' | 'notEqual', value: boolean) =>
      both({ all: [{ fact: 'firstViolation', operator, value }] }, {});
    expect(await absent('equal', true)).toEqual([false, false]);
    expect(await absent('equal', false)).toEqual([false, false]);
    expect(await absent('notEqual', true)).toEqual([true, true]);
    expect(await both({ all: [{ fact: 'firstViolation', operator: 'notIn', value: [true, false] }] }, {})).toEqual([
      true,
      true,
    ]);
    expect(
      await both({ all: [{ fact: 'firstViolation', operator: 'equal', value: { fact: 'coerced' } }] }, {}),
    ).toEqual([true, true]);
  });

  it('orders ISO dates as text, and text that starts with digits too', async () => {
    expect(
      await both({ all: [{ fact: 'actDate', operator: 'lessThan', value: '2025-03-01' }] }, { actDate: '2025-02-28' }),
    ).toEqual([true, true]);
    expect(await both({ all: [{ fact: 'harm', operator: 'lessThan', value: '4级' }] }, { harm: '3级' })).toEqual([
      true,
      true,
    ]);
    expect(await both({ all: [{ fact: 'harm', operator: 'lessThan', value: 'serious' }] }, { harm: 'minor' })).toEqual([
      false,
      false,
    ]);
  });

  it('answers false for contains on a scalar and for ordering booleans', async () => {
    expect(await both({ all: [{ fact: 'harm', operator: 'contains', value: 'min' }] }, { harm: 'minor' })).toEqual([
      false,
      false,
    ]);
    expect(await both({ all: [{ fact: 'harm', operator: 'doesNotContain', value: 'x' }] }, { harm: 'minor' })).toEqual([
      false,
      false,
    ]);
    expect(
      await both({ all: [{ fact: 'firstViolation', operator: 'lessThan', value: true }] }, { firstViolation: false }),
    ).toEqual([false, false]);
  });
});

describe('departs from json-rules-engine only where floats are inexact', () => {
  it('tells apart amounts that are the same double', async () => {
    const condition: Condition = {
      all: [{ fact: 'goodsValue', operator: 'greaterThan', value: '100000000000000000' }],
    };
    const [jre, cailiang] = await both(
      condition,
      { goodsValue: new Decimal('100000000000000000.01') },
      // biome-ignore lint/correctness/noPrecisionLoss: the double's rounding is what the comparison shows
      { goodsValue: 100000000000000000.01 },
    );
    expect(jre).toBe(false);
    expect(cailiang).toBe(true);
  });

  it('reads a money literal written as text as the amount it denotes', async () => {
    const condition: Condition = { all: [{ fact: 'goodsValue', operator: 'equal', value: '0.30' }] };
    const [jre, cailiang] = await both(condition, { goodsValue: new Decimal('0.3') }, { goodsValue: 0.3 });
    expect(jre).toBe(false);
    expect(cailiang).toBe(true);
  });
});
