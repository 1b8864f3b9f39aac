import fc from 'fast-check';
import type { Condition, FactCondition, Operator } from '../../src/conditions/types.js';
import type { FactDeclaration, FactScope, FactType, FactValue, FactValues } from '../../src/facts/types.js';
import { Decimal } from '../../src/money/decimal.js';

/**
 * Random fact declarations, condition trees and cases for the differential test against
 * json-rules-engine. Values come from small pools so that literals often equal, or sit next to,
 * the facts they are compared with: results come out mixed rather than almost always false.
 */

/** A generated fact value: money is kept as whole fen, to be given to each side in its form. */
export type Generated = number | boolean | string | { readonly cents: number };

export interface World {
  readonly declarations: Readonly<Record<string, FactDeclaration>>;
  /** Declared facts first (`f0`…), then the boolean circumstances (`c0`…) a case may leave absent. */
  readonly names: readonly string[];
  readonly circumstances: ReadonlySet<string>;
  readonly scope: FactScope;
}

export interface Scenario {
  readonly world: World;
  readonly condition: Condition;
  readonly cases: readonly Readonly<Record<string, Generated | undefined>>[];
}

export const MAX_DEPTH = 4;
// '3级' and '.5档' parse as numbers, so json-rules-engine orders them (as text): a quirk to reproduce.
const ENUM_POOL = ['none', 'minor', 'serious', '3级', '.5档'];
const DATE_POOL = ['1999-12-31', '2024-02-28', '2024-02-29', '2024-03-01', '2025-03-10', '2025-12-31', '2026-01-01'];
const NUMBER_POOL = [-1.5, -0, 0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1, 2.5, 1e-7, 123456.789, 1e21];
const ORDERING: readonly Operator[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const NUMERIC_TYPES: readonly FactType[] = ['money', 'integer', 'number'];

/**
 * Money stays within what a double holds exactly enough for comparisons to agree: at most two
 * decimal places and |x| < 1e12 (whole fen below 1e14 < 2^53). Beyond that cailiang compares
 * exactly and json-rules-engine, on floats, does not; the differential test shows one such case.
 */
const centsArb = fc
  .oneof(
    { weight: 2, arbitrary: fc.integer({ min: -300, max: 300 }) },
    // Amounts equal to the integer and number pools, so money meets them through { fact } as equals too.
    { weight: 2, arbitrary: fc.constantFrom(-300, -150, -100, 0, 10, 20, 30, 100, 200, 250, 300) },
    { weight: 1, arbitrary: fc.integer({ min: -(1e14 - 1), max: 1e14 - 1 }) },
  )
  .map((cents) => cents + 0);

const numberArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_POOL) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

const declarationArb: fc.Arbitrary<FactDeclaration> = fc.oneof(
  fc.constantFrom<FactType>('integer', 'number', 'boolean', 'money', 'date').map((type) => ({ type, label: type })),
  fc.subarray(ENUM_POOL, { minLength: 1 }).map((values) => ({ type: 'enum' as const, label: 'enum', values })),
);

const worldArb: fc.Arbitrary<World> = fc
  .record({
    facts: fc.array(declarationArb, { minLength: 1, maxLength: 6 }),
    circumstances: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ facts, circumstances }) => {
    const declarations: Record<string, FactDeclaration> = Object.create(null);
    facts.forEach((declaration, index) => {
      declarations[`f${index}`] = declaration;
    });
    const absentable = Array.from({ length: circumstances }, (_, index) => `c${index}`);
    for (const name of absentable) declarations[name] = { type: 'boolean', label: name };
    return {
      declarations,
      names: Object.keys(declarations),
      circumstances: new Set(absentable),
      scope: { lookup: (name: string) => declarations[name] },
    };
  });

/** `"12.30"` or `"12.3"` (or `"-0.05"`): the decimal text of an amount in fen. */
export function moneyText(cents: number, padded: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(cents) / 100);
  const fen = String(Math.abs(cents) % 100).padStart(2, '0');
  const text = `${sign}${whole}.${fen}`;
  return padded ? text : text.replace(/\.?0+$/, '');
}

/** A literal of the fact's type, in any form checkCondition accepts. */
function literalArb(declaration: FactDeclaration): fc.Arbitrary<unknown> {
  switch (declaration.type) {
    case 'money':
    case 'quantity':
      return centsArb.chain((cents) =>
        fc.constantFrom<unknown>(cents / 100, moneyText(cents, false), moneyText(cents, true)),
      );
    case 'integer':
      return fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, -2.5));
    case 'number':
      return numberArb;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(declaration.values ?? []));
    case 'date':
      return fc.constantFrom(...DATE_POOL);
  }
}

function valueArb(declaration: FactDeclaration): fc.Arbitrary<Generated> {
  switch (declaration.type) {
    case 'money':
      return centsArb.map((cents) => ({ cents }));
    case 'integer':
      return fc.integer({ min: -3, max: 3 });
    default:
      return literalArb(declaration) as fc.Arbitrary<Generated>;
  }
}

function comparable(a: FactType, b: FactType): boolean {
  return a === b || (NUMERIC_TYPES.includes(a) && NUMERIC_TYPES.includes(b));
}

const priorityArb = fc.integer({ min: 1, max: 3 });

function leafArb(world: World, fact: string, quirks: boolean): fc.Arbitrary<FactCondition> {
  const declaration = world.declarations[fact] as FactDeclaration;
  const literal = literalArb(declaration);
  const references = world.names.filter((name) =>
    comparable(declaration.type, (world.declarations[name] as FactDeclaration).type),
  );
  const reference = fc.constantFrom(...references).map((name) => ({ fact: name }));
  const leaf = (operators: readonly Operator[], value: fc.Arbitrary<unknown>) =>
    fc.record(
      { fact: fc.constant(fact), operator: fc.constantFrom(...operators), value, priority: priorityArb },
      { requiredKeys: ['fact', 'operator', 'value'] },
    );
  const ordered = declaration.type !== 'boolean' && declaration.type !== 'enum';
  const scalar = leaf(
    ordered ? ['equal', 'notEqual', ...ORDERING] : ['equal', 'notEqual'],
    fc.oneof({ weight: 3, arbitrary: literal }, { weight: 1, arbitrary: reference }),
  );
  const list = leaf(['in', 'notIn'], fc.array(literal, { maxLength: 4 }));
  if (!quirks) return fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: list });
  // Operators checkCondition refuses but json-rules-engine answers (always false, mostly).
  const anything = fc.oneof(
    literal,
    fc.array(literal, { maxLength: 3 }),
    fc.constantFrom(...world.names).map((name) => ({ fact: name })),
  );
  const refused = ordered
    ? leaf(['contains', 'doesNotContain'], anything)
    : fc.oneof(leaf(['contains', 'doesNotContain'], anything), leaf(ORDERING, fc.oneof(literal, reference)));
  return fc.oneof(scalar, list, refused);
}

function conditionArb(world: World, depth: number, quirks: boolean): fc.Arbitrary<Condition> {
  const leaf = fc.constantFrom(...world.names).chain((fact) => leafArb(world, fact, quirks));
  if (depth >= MAX_DEPTH) return leaf;
  const child = conditionArb(world, depth + 1, quirks);
  const children = fc.array(child, { maxLength: 4 });
  const branch: fc.Arbitrary<Condition> = fc.oneof(
    fc.record({ all: children, priority: priorityArb }, { requiredKeys: ['all'] }),
    fc.record({ any: children, priority: priorityArb }, { requiredKeys: ['any'] }),
    fc.record({ not: child, priority: priorityArb }, { requiredKeys: ['not'] }),
  );
  // json-rules-engine wants all, any or not at the root.
  return depth === 1 ? branch : fc.oneof({ weight: 1, arbitrary: leaf }, { weight: 1, arbitrary: branch });
}

function caseArb(world: World): fc.Arbitrary<Record<string, Generated | undefined>> {
  const model: Record<string, fc.Arbitrary<Generated | undefined>> = {};
  for (const name of world.names) {
    const value = valueArb(world.declarations[name] as FactDeclaration);
    model[name] = world.circumstances.has(name) ? fc.option(value, { nil: undefined }) : value;
  }
  return fc.record(model);
}

/**
 * A world, one condition tree over it and one to four cases.
 *
 * @param quirks - also generate leaves checkCondition refuses (contains on scalars, ordering on booleans and enums)
 */
export function scenarioArb(quirks: boolean): fc.Arbitrary<Scenario> {
  return worldArb.chain((world) =>
    fc.record({
      world: fc.constant(world),
      condition: conditionArb(world, 1, quirks),
      cases: fc.array(caseArb(world), { minLength: 1, maxLength: 4 }),
    }),
  );
}

/** The case as cailiang takes it: money as Decimal, absent circumstances left out. */
export function cailiangFacts(values: Readonly<Record<string, Generated | undefined>>): FactValues {
  const facts: Record<string, FactValue> = Object.create(null);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    facts[name] = typeof value === 'object' ? new Decimal(moneyText(value.cents, false)) : value;
  }
  return facts;
}

/** The case as json-rules-engine takes it: money as a JS number, absent circumstances left out. */
export function jreFacts(values: Readonly<Record<string, Generated | undefined>>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    facts[name] = typeof value === 'object' ? value.cents / 100 : value;
  }
  return facts;
}
