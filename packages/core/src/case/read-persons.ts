/**
 * 双罚制: the case's `persons` — the unit's 直接负责的主管人员和其他直接责任人员, each named and with
 * the facts the item's persons' sanction reads (their previous year's income from the unit). Read
 * only for an item that provides a sanction on persons; every problem is reported with its path.
 */
import type { Issue } from '../errors/cailiang-error.js';
import { describeValue, isRecord, unknownKey } from '../errors/issues.js';
import type { FactValue } from '../facts/types.js';
import { amountBeyondLimits } from '../limits/amount-limits.js';
import type { AmountLimits } from '../limits/amount-limits.js';
import { readMoney } from '../money/money.js';
import type { CasePerson } from './types.js';

const PERSON_KEYS = ['name', 'facts'] as const;

/** What the item's persons' sanction reads of each person: the money facts it multiplies, by name and label. */
export interface PersonFacts {
  readonly facts: ReadonlyMap<string, string>;
}

/**
 * Reads `case.persons` for an item.
 *
 * @param raw - the case's `persons` value (absent: no person is decided)
 * @param wanted - what each person must give; undefined when the item provides no sanction on persons
 * @param issues - receives each problem (not a list, a person without a name, a missing or bad fact…)
 * @returns the persons in the case's order, or undefined when the case gives none
 */
export function readPersons(
  raw: unknown,
  wanted: PersonFacts | undefined,
  limits: AmountLimits,
  issues: Issue[],
): CasePerson[] | undefined {
  if (raw === undefined) return undefined;
  if (wanted === undefined) {
    issues.push({
      code: 'unknown_key',
      path: 'persons',
      message: 'this item provides no sanction on the unit’s responsible persons (双罚制); remove persons',
    });
    return undefined;
  }
  if (!Array.isArray(raw)) {
    issues.push({
      code: 'invalid_type',
      path: 'persons',
      message: `expected a list of persons, got ${describeValue(raw)}`,
    });
    return undefined;
  }
  const persons: CasePerson[] = [];
  const names = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const path = `persons[${index}]`;
    if (!isRecord(entry)) {
      issues.push({ code: 'invalid_type', path, message: `expected { name, facts }, got ${describeValue(entry)}` });
      return;
    }
    for (const key of Object.keys(entry))
      if (!(PERSON_KEYS as readonly string[]).includes(key))
        issues.push(unknownKey(key, `${path}.${key}`, PERSON_KEYS));
    const name = entry['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      issues.push({
        code: 'invalid_value',
        path: `${path}.name`,
        message: 'expected the person’s name (or a case reference)',
      });
      return;
    }
    if (names.has(name)) {
      issues.push({ code: 'invalid_value', path: `${path}.name`, message: `"${name}" is listed twice` });
      return;
    }
    names.add(name);
    const facts = readPersonFacts(entry['facts'], wanted, `${path}.facts`, limits, issues);
    if (facts !== undefined) persons.push({ name, facts });
  });
  return persons;
}

function readPersonFacts(
  raw: unknown,
  wanted: PersonFacts,
  path: string,
  limits: AmountLimits,
  issues: Issue[],
): Readonly<Record<string, FactValue>> | undefined {
  const given = raw ?? {};
  if (!isRecord(given)) {
    issues.push({ code: 'invalid_type', path, message: `expected an object of facts, got ${describeValue(raw)}` });
    return undefined;
  }
  const facts: Record<string, FactValue> = Object.create(null);
  let ok = true;
  for (const name of Object.keys(given)) {
    if (!wanted.facts.has(name)) {
      issues.push({
        code: 'undeclared_fact',
        path: `${path}.${name}`,
        message: `unknown fact "${name}" of a person; the persons' sanction reads ${[...wanted.facts.keys()].join(', ')}`,
      });
      ok = false;
    }
  }
  for (const [name, label] of wanted.facts) {
    const value = given[name];
    if (value === undefined) {
      issues.push({
        code: 'missing_fact',
        path: `${path}.${name}`,
        message: `missing fact "${name}" (${label}) of this person`,
      });
      ok = false;
      continue;
    }
    const beyond = amountBeyondLimits(value, limits);
    const read = beyond === undefined ? readMoney(value) : undefined;
    if (read === undefined || !read.ok) {
      issues.push({
        code: beyond === undefined ? 'invalid_fact' : 'beyond_limit',
        path: `${path}.${name}`,
        message:
          beyond === undefined
            ? `${label}: expected ${read?.ok === false ? read.expected : 'an amount'}, got ${describeValue(value)}`
            : `${label}: ${describeValue(value)} has ${beyond}`,
      });
      ok = false;
      continue;
    }
    facts[name] = read.value;
  }
  return ok ? facts : undefined;
}
