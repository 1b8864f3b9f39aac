import { isDecimalType } from '../facts/types.js';
import type { FactScope, FactValues } from '../facts/types.js';
import type { Decimal } from '../money/decimal.js';
import { readMoney } from '../money/money.js';
import { conditionFacts } from './references.js';
import { ARRAY_FACT_OPERATORS, LIST_OPERATORS, OPERATOR_FUNCTIONS, isOperator } from './operators.js';
import { conditionKind, isFactReference } from './shape.js';
import { toTraceValue } from './trace-value.js';
import type { Condition, ConditionTrace, Operator } from './types.js';

/** A condition turned into closures, ready to be evaluated on many cases. */
export interface CompiledCondition {
  /** Fast path: no allocation beyond what's needed, short-circuits. */
  test(facts: FactValues): boolean;
  /** Evaluates EVERY node (as JRE does within one priority) and returns the full trace. */
  explain(facts: FactValues): { result: boolean; trace: ConditionTrace };
  /** Names of every fact and fact-reference the condition reads. */
  readonly facts: ReadonlySet<string>;
}

interface Node {
  test(facts: FactValues): boolean;
  explain(facts: FactValues): ConditionTrace;
}

/**
 * Compiles a condition once into closures that agree with json-rules-engine's `Engine.run`
 * (with `allowUndefinedFacts: true`) on every case: `all: []` and `any: []` both hold, `not`
 * negates, an absent fact is `undefined` to the operator. Money literals become Decimals here,
 * so evaluation never parses.
 *
 * Priorities are ignored: json-rules-engine uses them only to stop evaluating early, and with
 * pure operators the result is the same.
 *
 * The condition should have passed `checkCondition`. What cannot be compiled at all throws a
 * TypeError: a malformed node, a money literal that is not an amount (contains and doesNotContain
 * excepted: they are false on every scalar fact), an `in`/`notIn` value that
 * is not a list (json-rules-engine would search a string for a substring, or crash).
 *
 * @param condition - an all/any/not tree of `{ fact, operator, value }` leaves
 * @param scope - the declared facts, to know which are money
 * @returns the compiled condition
 * @example
 * const when = compileCondition({ all: [{ fact: 'goodsValue', operator: 'lessThan', value: 10000 }] }, scope);
 * when.test({ goodsValue: new Decimal('9999.99') }) // true
 */
export function compileCondition(condition: Condition, scope: FactScope): CompiledCondition {
  const root = compileNode(condition, scope, 'condition');
  let facts: ReadonlySet<string> | undefined;
  return {
    test: root.test,
    explain(values) {
      const trace = root.explain(values);
      return { result: trace.result, trace };
    },
    // Read on demand: lint and the engine ask for it once per distinct condition (the engine
    // shares conditions written alike), other callers never.
    get facts() {
      facts ??= new Set(conditionFacts(condition));
      return facts;
    },
  };
}

function compileNode(node: unknown, scope: FactScope, where: string): Node {
  const kind = conditionKind(node);
  const record = node as Record<string, unknown>;
  if (kind === 'all' || kind === 'any') {
    const list = record[kind];
    if (!Array.isArray(list)) throw new TypeError(`${where}.${kind} must be a list of conditions`);
    const children = list.map((child, index) => compileNode(child, scope, `${where}.${kind}[${index}]`));
    return kind === 'all' ? allNode(children) : anyNode(children);
  }
  if (kind === 'not') {
    if (Array.isArray(record['not'])) throw new TypeError(`${where}.not must be one condition, not a list`);
    return notNode(compileNode(record['not'], scope, `${where}.not`));
  }
  if (kind === 'fact') return leafNode(record, scope, where);
  throw new TypeError(`${where} is not a condition: expected an object with all, any, not or fact`);
}

function allNode(children: readonly Node[]): Node {
  return {
    test(facts) {
      for (const child of children) if (!child.test(facts)) return false;
      return true;
    },
    explain(facts) {
      const traces = children.map((child) => child.explain(facts));
      return { all: traces, result: traces.every((trace) => trace.result) };
    },
  };
}

/** `any: []` holds: json-rules-engine answers `true` for an empty list before looking at the operator. */
function anyNode(children: readonly Node[]): Node {
  return {
    test(facts) {
      if (children.length === 0) return true;
      for (const child of children) if (child.test(facts)) return true;
      return false;
    },
    explain(facts) {
      const traces = children.map((child) => child.explain(facts));
      return { any: traces, result: traces.length === 0 || traces.some((trace) => trace.result) };
    },
  };
}

function notNode(child: Node): Node {
  return {
    test: (facts) => !child.test(facts),
    explain(facts) {
      const trace = child.explain(facts);
      return { not: trace, result: !trace.result };
    },
  };
}

function leafNode(leaf: Record<string, unknown>, scope: FactScope, where: string): Node {
  const fact = leaf['fact'];
  const operator = leaf['operator'];
  const value = leaf['value'];
  if (typeof fact !== 'string') throw new TypeError(`${where}.fact must be the name of a fact`);
  if (!isOperator(operator)) throw new TypeError(`${where}.operator ${JSON.stringify(operator)} is not an operator`);
  const evaluate = OPERATOR_FUNCTIONS[operator];
  if (isFactReference(value)) {
    const other = value.fact;
    if (typeof other !== 'string') throw new TypeError(`${where}.value.fact must be the name of a fact`);
    if (LIST_OPERATORS.has(operator))
      throw new TypeError(`${where}.value: "${operator}" needs a list, and a fact is never one`);
    return {
      test: (facts) => evaluate(facts[fact], facts[other]),
      explain(facts) {
        const factValue = facts[fact];
        const otherValue = facts[other];
        return {
          fact,
          operator,
          value: toTraceValue(otherValue),
          valueFact: other,
          factValue: toTraceValue(factValue),
          result: evaluate(factValue, otherValue),
        };
      },
    };
  }
  const operand = compileLiteral(value, operator, isDecimalType(scope.lookup(fact)?.type), `${where}.value`);
  const shown = toTraceValue(operand);
  // Every traced decision shows this one list: frozen, so a caller editing its decision's trace
  // cannot change what later decisions show.
  if (Array.isArray(shown)) Object.freeze(shown);
  // A leaf's trace depends only on the fact's value (the operators are pure, the literal fixed),
  // and a traced decision explains every leaf of every tier: the traces of the values leaves
  // mostly see — absent, yes/no, a choice, a count — are made once and shared frozen, as the
  // general-rule entries are. Up to SETTLED_VALUES values per leaf, so that a fact of free text
  // or of many numbers cannot grow it without bound; amounts are Decimals, new with every case.
  const settled = new Map<unknown, ConditionTrace>();
  const traceOf = (factValue: unknown): ConditionTrace => ({
    fact,
    operator,
    value: shown,
    factValue: toTraceValue(factValue),
    result: evaluate(factValue, operand),
  });
  return {
    test: (facts) => evaluate(facts[fact], operand),
    explain(facts) {
      const factValue = facts[fact];
      // Not -0: the map takes it for 0, and the trace would show the other's value.
      if ((typeof factValue === 'object' && factValue !== null) || Object.is(factValue, -0)) return traceOf(factValue);
      let trace = settled.get(factValue);
      if (trace === undefined) {
        trace = traceOf(factValue);
        if (settled.size < SETTLED_VALUES) settled.set(factValue, Object.freeze(trace));
      }
      return trace;
    },
  };
}

/** How many values' traces a leaf keeps (see leafNode): a choice's options, a count's usual values. */
const SETTLED_VALUES = 16;

/**
 * The literal as operators take it: money as Decimals, lists copied so later edits cannot leak
 * in. contains/doesNotContain keep a literal that is not an amount as written: on a scalar fact
 * json-rules-engine answers false whatever the value, so there is nothing to convert it for.
 */
function compileLiteral(value: unknown, operator: Operator, money: boolean, where: string): unknown {
  if (LIST_OPERATORS.has(operator)) {
    if (!Array.isArray(value)) throw new TypeError(`${where}: "${operator}" needs a list of values`);
    return value.map((entry, index) => (money ? amount(entry, `${where}[${index}]`) : entry));
  }
  if (!money) return value;
  if (ARRAY_FACT_OPERATORS.has(operator)) {
    const read = readMoney(value, { allowNegative: true });
    return read.ok ? read.value : value;
  }
  return amount(value, where);
}

function amount(value: unknown, where: string): Decimal {
  const read = readMoney(value, { allowNegative: true });
  if (!read.ok) throw new TypeError(`${where}: expected ${read.expected}, got ${JSON.stringify(value)}`);
  return read.value;
}
