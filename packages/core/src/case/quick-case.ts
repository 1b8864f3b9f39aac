/**
 * A case of the usual shape read in one pass (issue #21). `decide` used to walk every case twice
 * before reading it — the document-limits walk (`checkInput`) and the dates (`validateDates`) —
 * then read it again for the version chosen (`validateCase`). A case whose shape is the usual
 * one — the keys `item`, `party`, `facts`, `circumstances` and `dates` only, plain objects one
 * level deep holding plain values — is here proved within the limits as it is read: every value
 * and character `checkDocument` would count is counted on the way.
 *
 * The rule that keeps every error as it was: these readers never decide an error. On anything
 * unusual or wrong (a key they do not read, a nested value, a fact that does not read, a limit
 * exceeded) they answer `undefined`, and the engine reads the case the full way, which words the
 * problem exactly as before. A yes is given only where the full way finds nothing and returns the
 * same validated case, key for key (test/case/quick-case.test.ts compares the two on generated
 * cases and limits).
 */
import { isIsoDate } from '../calendar/iso-date.js';
import type { FactValue } from '../facts/types.js';
import { isCircumstance } from '../general-rules/circumstances.js';
import { factBeyondLimits } from '../limits/amount-limits.js';
import type { Limits } from '../limits/limits.js';
import { isRecord } from '../errors/issues.js';
import { CIRCUMSTANCE_READERS, DATE_KEYS, DATE_ORDER, MAX_AGE } from './case-keys.js';
import type { FactReader } from './read-fact.js';
import type { CaseDates, Party, ValidatedCase } from './types.js';

/** A case's parts that do not depend on the version of the item, read and counted once. */
export interface CaseShape {
  readonly item: string;
  readonly party: Party | undefined;
  readonly facts: Readonly<Record<string, unknown>> | undefined;
  readonly circumstances: Readonly<Record<string, unknown>> | undefined;
  readonly dates: CaseDates;
  /** Values counted so far, as `checkDocument` counts them (the facts and circumstances not yet). */
  readonly nodes: number;
  /** Characters of keys and strings counted so far. */
  readonly characters: number;
}

/**
 * A rule set's declared facts, in declaration order, for reading cases of any of its items. A
 * case gives its facts in that order nearly always (forms list them so, `CaseInput` types them
 * so): each is then found by comparing its name with the next one expected, the name lookup kept
 * for the others. Shared by the items of the rule set, so it stays warm across their cases.
 */
export interface FactTable {
  readonly names: readonly string[];
  readonly readers: readonly FactReader[];
  /** Each name's position in `names`. */
  readonly positions: ReadonlyMap<string, number>;
}

/** What reading a case for one item version needs, worked out when the item is compiled. */
export interface QuickCasePlan {
  readonly table: FactTable;
  /** By position in the table: whether the item needs the fact (a circumstance never counts). */
  readonly required: readonly boolean[];
  /** How many of the item's required facts a case must give. */
  readonly requiredCount: number;
}

/** An object without properties: its `for…in` yields only what someone added to Object.prototype. */
const NOTHING: object = Object.freeze({});

/**
 * The table of a rule set's facts.
 *
 * @param readers - the rule set's fact readers, by name, in declaration order (`factReaders`)
 * @returns the table every item of the rule set reads its cases with
 * @example factTable(factReaders(ruleSet.facts)).names // ['goodsValue', 'illegalIncome', …]
 */
export function factTable(readers: ReadonlyMap<string, FactReader>): FactTable {
  const names = [...readers.keys()];
  return {
    names,
    readers: [...readers.values()],
    positions: new Map(names.map((name, position) => [name, position])),
  };
}

/**
 * The plan for one item version: its rule set's fact table and the facts it requires.
 *
 * @param table - the rule set's facts ({@link factTable})
 * @param required - the facts the item reads, which a case must give
 * @returns the plan {@link readQuickCase} reads a case with
 * @example quickCasePlan(table, compiled.required)
 */
export function quickCasePlan(table: FactTable, required: ReadonlySet<string>): QuickCasePlan {
  const flags = table.names.map((name) => required.has(name) && !isCircumstance(name));
  let requiredCount = 0;
  // A required name that is no declared fact can never be given here: the count is then never met,
  // and every case of the item is read the full way, which reports it.
  for (const name of required) if (!isCircumstance(name)) requiredCount++;
  return { table, required: flags, requiredCount };
}

/**
 * The parts of a penalty case that do not depend on the item's version, when its shape is the
 * usual one: the item code, the party, the dates (valid, in a possible order, the act given) and
 * the raw facts and circumstances, with the values and characters counted so far.
 *
 * @param input - the case as given to `decide`
 * @param limits - the limits the case is held to (`maxNesting` must allow the objects one level down)
 * @returns the shape, or `undefined` for a case to read the full way (unusual, or wrong somewhere)
 * @example readCaseShape({ item: 'FS-124-1-3', facts: { goodsValue: '8000' }, dates: { act: '2025-03-10' } }, DEFAULT_LIMITS)
 */
export function readCaseShape(input: unknown, limits: Limits): CaseShape | undefined {
  // `for…in` below stands for Object.keys only when no enumerable key was added to Object.prototype.
  for (const _ in NOTHING) return undefined;
  if (limits.maxNesting < 2 || !isRecord(input)) return undefined;
  let item: string | undefined;
  let party: Party | undefined;
  let facts: Record<string, unknown> | undefined;
  let circumstances: Record<string, unknown> | undefined;
  let dates: CaseDates | undefined;
  let seen = 0;
  let nodes = 1;
  let characters = 0;
  for (const key in input) {
    const value = input[key];
    characters += key.length;
    nodes++;
    switch (key) {
      case 'item':
        if (typeof value !== 'string' || value === '') return undefined;
        item = value;
        characters += value.length;
        seen |= ITEM;
        break;
      case 'facts':
        if (value !== undefined) {
          if (!isRecord(value)) return undefined;
          facts = value;
        }
        seen |= FACTS;
        break;
      case 'circumstances':
        if (value !== undefined) {
          if (!isRecord(value)) return undefined;
          circumstances = value;
        }
        seen |= CIRCUMSTANCES;
        break;
      case 'party': {
        if (value !== undefined) {
          if (!isRecord(value)) return undefined;
          for (const partyKey in value) {
            // The two PARTY_KEYS of case-keys.ts, compared directly.
            if (partyKey !== 'kind' && partyKey !== 'age') return undefined;
            const given = value[partyKey];
            characters += partyKey.length;
            nodes++;
            if (typeof given === 'string') characters += given.length;
            else if (typeof given === 'object' && given !== null) return undefined;
          }
          party = readParty(value);
          if (party === undefined) return undefined;
        }
        seen |= PARTY;
        break;
      }
      case 'dates': {
        if (!isRecord(value)) return undefined;
        const read: Record<string, string> = {};
        for (const dateKey in value) {
          const date = value[dateKey];
          if (!isDateKey(dateKey) || !isIsoDate(date)) return undefined;
          characters += dateKey.length + 10;
          nodes++;
          read[dateKey] = date;
        }
        if (read['act'] === undefined || !inOrder(read)) return undefined;
        dates = read;
        seen |= DATES;
        break;
      }
      default:
        return undefined;
    }
  }
  // The full reader reads these by name, enumerable or not: one that was not enumerated must be absent.
  if (
    (seen & ALL) !== ALL &&
    (((seen & PARTY) === 0 && input['party'] !== undefined) ||
      ((seen & FACTS) === 0 && input['facts'] !== undefined) ||
      ((seen & CIRCUMSTANCES) === 0 && input['circumstances'] !== undefined))
  )
    return undefined;
  if (item === undefined || dates === undefined) return undefined;
  return { item, party, facts, circumstances, dates, nodes, characters };
}

const ITEM = 1;
const FACTS = 2;
const CIRCUMSTANCES = 4;
const PARTY = 8;
const DATES = 16;
const ALL = ITEM | FACTS | CIRCUMSTANCES | PARTY | DATES;

/**
 * The case for one version of a penalty item, read from its shape: each fact by its declared
 * reader, then the established circumstances, the whole counted against the limits as it is read.
 *
 * @param shape - the case's shape ({@link readCaseShape})
 * @param plan - the version's plan ({@link quickCasePlan})
 * @param allowUnknownFacts - the engine's option: undeclared facts are passed over
 * @param limits - the limits the case is held to
 * @returns the validated case `validateCase` returns for it, or `undefined` for a case to read the full way
 * @example readQuickCase(shape, plan, false, DEFAULT_LIMITS)?.facts.goodsValue // Decimal 8000
 */
export function readQuickCase(
  shape: CaseShape,
  plan: QuickCasePlan,
  allowUnknownFacts: boolean,
  limits: Limits,
): ValidatedCase | undefined {
  let { nodes, characters } = shape;
  const facts: Record<string, FactValue | undefined> = Object.create(null);
  const given = shape.facts;
  let required = 0;
  if (given !== undefined) {
    const { names, readers, positions } = plan.table;
    let next = 0;
    for (const name in given) {
      const value = given[name];
      nodes++;
      characters += name.length;
      if (typeof value === 'string') characters += value.length;
      else if (typeof value === 'object' && value !== null) return undefined;
      if (isReserved(name)) return undefined;
      const position = names[next] === name ? next : positions.get(name);
      if (position === undefined) {
        // Passed over only where the full reader passes over it too.
        if (!allowUnknownFacts || isCircumstance(name)) return undefined;
        continue;
      }
      next = position + 1;
      const reader = readers[position] as FactReader;
      if (factBeyondLimits(value, reader.type, limits) !== undefined) return undefined;
      const read = reader.read(value);
      if (read === undefined) return undefined;
      facts[name] = read;
      if (plan.required[position] === true) required++;
      // A case far beyond the limits stops at the first fact past them, as the limits walk does.
      if (nodes > limits.maxNodes || characters > limits.maxCharacters) return undefined;
    }
  }
  if (required !== plan.requiredCount) return undefined;
  const circumstances = shape.circumstances;
  if (circumstances !== undefined) {
    for (const name in circumstances) {
      const value = circumstances[name];
      nodes++;
      characters += name.length;
      if (typeof value === 'string') characters += value.length;
      const reader = CIRCUMSTANCE_READERS.get(name);
      if (reader === undefined) return undefined;
      // null is how a form says "not established"; it is the same as leaving the key out.
      if (value === null) continue;
      const read = reader.read(value);
      if (read === undefined) return undefined;
      facts[name] = read;
    }
  }
  if (nodes > limits.maxNodes || characters > limits.maxCharacters) return undefined;
  // Keys in validateCase's order, leaving out what the case does not give.
  const { item, party, dates } = shape;
  return party === undefined
    ? { item, facts, dates, excludedPeriods: [] }
    : { item, party, facts, dates, excludedPeriods: [] };
}

/** `readParty` of parse-case.ts for a party it accepts; `undefined` where it reports a problem. */
function readParty(raw: Record<string, unknown>): Party | undefined {
  const kind = raw['kind'];
  if (kind !== 'individual' && kind !== 'organization') return undefined;
  const age = raw['age'];
  if (age === undefined) return { kind };
  if (!(Number.isInteger(age) && (age as number) >= 0 && (age as number) <= MAX_AGE) || kind === 'organization')
    return undefined;
  return { kind, age: age as number };
}

/** DATE_KEYS as a set: every case has several dates, and the list stays the one source. */
const DATE_KEY_SET: ReadonlySet<string> = new Set(DATE_KEYS);

function isDateKey(key: string): boolean {
  return DATE_KEY_SET.has(key);
}

/** Whether the dates keep DATE_ORDER (no later date before its earlier one). */
function inOrder(dates: Readonly<Record<string, string>>): boolean {
  for (const [earlier, later] of DATE_ORDER) {
    const a = dates[earlier];
    const b = dates[later];
    if (a !== undefined && b !== undefined && b < a) return false;
  }
  return true;
}

/** RESERVED_KEYS of limits/document-walk.ts: `checkDocument` refuses a case with one anywhere. */
function isReserved(key: string): boolean {
  const { length } = key;
  return (length === 9 && (key === '__proto__' || key === 'prototype')) || (length === 11 && key === 'constructor');
}
