/**
 * @gorules/zen-engine on the same tiers, where it is installed: it is not a dependency of the
 * workspace, since its engine is a native binary (it installs from npm, as a platform package).
 * Each item becomes one decision table with the `first` hit policy: a row per tier with a
 * condition, the most severe first, each row's one cell the tier's condition as a zen expression,
 * and a last row without condition for the fallback tier. Money goes in as numbers, which zen
 * reads as decimals.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Condition, PenaltyItemData, RuleSet } from '@cailiang/core';
import { cailiangTiers } from './workload.js';
import type { PreparedCase, Workload } from './workload.js';

/** The part of zen-engine's API the bench uses. */
interface ZenModule {
  ZenEngine: new () => { createDecision(content: object): ZenDecision };
}
interface ZenDecision {
  evaluate(context: object): Promise<{ result: { tier?: string | number } }>;
}

export interface ZenContender {
  /** Why zen is or is not in the comparison, for the report. */
  readonly note: string;
  /** Selects every case's tier, one evaluation after the other; undefined when zen is left out. */
  readonly tiers?: (cases: readonly PreparedCase[]) => Promise<(string | number)[]>;
}

const ZEN = '@gorules/zen-engine';

/** Loads zen-engine, builds one decision per item, and checks it selects cailiang's tiers. */
export async function loadZen(workload: Workload): Promise<ZenContender> {
  let zen: ZenModule;
  let version: string;
  try {
    // A CommonJS package around a native addon: required, and found from here like any dependency.
    const require = createRequire(import.meta.url);
    zen = require(ZEN) as ZenModule;
    version = (
      JSON.parse(readFileSync(join(dirname(require.resolve(ZEN)), 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return {
      note: `${ZEN} is not installed here, so it was left out (it installs from npm with its native binary: \`pnpm add -Dw ${ZEN}\`)`,
    };
  }
  const engine = new zen.ZenEngine();
  const decisions = new Map<string, ZenDecision>();
  for (const { item } of workload.cases) {
    if (!decisions.has(item.item.code))
      decisions.set(item.item.code, engine.createDecision(tierTable(item.ruleSet, item.item)));
  }
  const tiers = async (cases: readonly PreparedCase[]) => {
    const levels: (string | number)[] = [];
    for (const kase of cases) {
      const { result } = await (decisions.get(kase.item.item.code) as ZenDecision).evaluate(kase.jreFacts);
      levels.push(result.tier as string | number);
    }
    return levels;
  };
  const ours = cailiangTiers(workload.cases);
  const theirs = await tiers(workload.cases);
  const differ = ours.filter((level, index) => level !== theirs[index]).length;
  if (differ > 0)
    return {
      note: `${ZEN} ${version} selected another tier than cailiang in ${differ} of ${ours.length} cases, so it was left out of the timings`,
    };
  return {
    note: `${ZEN} ${version}: one decision table per item (hit policy first), results checked identical to cailiang's`,
    tiers,
  };
}

/** The decision graph of one item: input → tier table → output. */
function tierTable(ruleSet: RuleSet, item: PenaltyItemData): object {
  const rows = item.tiers
    .map((tier, index) => ({ tier, index }))
    .filter(({ tier }) => tier.when !== undefined)
    .reverse()
    .map(({ tier, index }) => ({
      _id: `t${index}`,
      when: expression(tier.when as Condition, ruleSet),
      tier: JSON.stringify(tier.level),
    }));
  const fallback = item.tiers.find((tier) => tier.when === undefined);
  if (fallback !== undefined) rows.push({ _id: 'fallback', when: '', tier: JSON.stringify(fallback.level) });
  const position = { x: 0, y: 0 };
  return {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'request', position },
      {
        id: 'tiers',
        type: 'decisionTableNode',
        name: 'tiers',
        position,
        content: {
          hitPolicy: 'first',
          inputs: [{ id: 'when', name: 'when', field: '' }],
          outputs: [{ id: 'tier', name: 'tier', field: 'tier' }],
          rules: rows,
        },
      },
      { id: 'response', type: 'outputNode', name: 'response', position },
    ],
    edges: [
      { id: 'in', sourceId: 'request', targetId: 'tiers', type: 'edge' },
      { id: 'out', sourceId: 'tiers', targetId: 'response', type: 'edge' },
    ],
  };
}

/**
 * A condition as a zen expression, with json-rules-engine's meaning: an absent fact is null, which
 * no ordering holds for; `any: []` and `all: []` hold.
 *
 * @throws RangeError for contains / doesNotContain, which the library's rule sets do not use
 */
function expression(node: Condition, ruleSet: RuleSet): string {
  if ('all' in node)
    return node.all.length === 0 ? 'true' : `(${node.all.map((child) => expression(child, ruleSet)).join(' and ')})`;
  if ('any' in node)
    return node.any.length === 0 ? 'true' : `(${node.any.map((child) => expression(child, ruleSet)).join(' or ')})`;
  if ('not' in node) return `(not ${expression(node.not, ruleSet)})`;
  const money = (ruleSet.facts as Record<string, { type: string }>)[node.fact]?.type === 'money';
  const literal = (value: unknown) => (money ? String(Number(value)) : JSON.stringify(value));
  const value = node.value;
  const operand =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { fact: string }).fact
      : Array.isArray(value)
        ? `[${value.map(literal).join(', ')}]`
        : literal(value);
  const ordered = (op: string) => `(${node.fact} != null and ${node.fact} ${op} ${operand})`;
  switch (node.operator) {
    case 'equal':
      return `(${node.fact} == ${operand})`;
    case 'notEqual':
      return `(${node.fact} != ${operand})`;
    case 'lessThan':
      return ordered('<');
    case 'lessThanInclusive':
      return ordered('<=');
    case 'greaterThan':
      return ordered('>');
    case 'greaterThanInclusive':
      return ordered('>=');
    case 'in':
      return `(${node.fact} in ${operand})`;
    case 'notIn':
      return `(not (${node.fact} in ${operand}))`;
    default:
      throw new RangeError(`${node.operator} has no zen expression here`);
  }
}
