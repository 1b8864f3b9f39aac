import { isIsoDate, isoDateProblem } from '../calendar/iso-date.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { FactDeclaration, FactValue } from '../facts/types.js';
import { CIRCUMSTANCES, isCircumstance } from '../general-rules/circumstances.js';
import { amountBeyondLimits, factBeyondLimits } from '../limits/amount-limits.js';
import type { AmountLimits } from '../limits/amount-limits.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import { makeFactReader } from './read-fact.js';
import { readPersons } from './read-persons.js';
import type { PersonFacts } from './read-persons.js';
import type { FactReader } from './read-fact.js';
import { formatMoney, readMoney } from '../money/money.js';
import type { CaseDates, ExcludedPeriod, Party, Payment, ValidatedCase } from './types.js';
import { describeValue, isRecord, unknownKey } from '../errors/issues.js';
import {
  CASE_KEYS,
  CIRCUMSTANCE_READERS,
  DATE_KEYS,
  DATE_ORDER,
  MAX_AGE,
  PARTY_KEYS,
  PAYMENT_KEYS,
  PERIOD_KEYS,
} from './case-keys.js';

/**
 * Reads the item code a case names, before anything else is known about it.
 *
 * @throws CailiangError INVALID_CASE when the case is not an object or names no item
 */
export function caseItemCode(input: unknown): string {
  if (!isRecord(input))
    throw invalid([{ code: 'invalid_type', path: '', message: `expected a case object, got ${describeValue(input)}` }]);
  const item = input['item'];
  if (typeof item !== 'string' || item === '') {
    throw invalid([
      {
        code: item === undefined ? 'missing_key' : 'invalid_type',
        path: 'item',
        message: 'expected the code of the item the case is about (e.g. "FS-124-1-3")',
      },
    ]);
  }
  return item;
}

/** What a case must satisfy for one item of one rule set. */
export interface CaseRequirements {
  readonly facts: Readonly<Record<string, FactDeclaration>>;
  /** Facts the item's conditions and amounts read: they must be present. */
  readonly required: ReadonlySet<string>;
  readonly kind: 'penalty' | 'licensing';
  /** Accept facts the rule set does not declare (default false: they are an error). */
  readonly allowUnknownFacts?: boolean;
  /** The digits an amount or number may have (default `DEFAULT_LIMITS`), checked before it is read. */
  readonly limits?: AmountLimits;
  /** The case's dates as {@link validateDates} returned them for this `kind`: not read again. */
  readonly dates?: CaseDates;
  /** The readers of `facts`, made once when the rule set was compiled ({@link factReaders}); made anew when absent. */
  readonly readers?: FactReaders;
  /** 双罚制: what each of `case.persons` gives; absent when the item has no sanction on persons. */
  readonly persons?: PersonFacts;
}

/** A reader for each declared fact, by name. */
export type FactReaders = ReadonlyMap<string, FactReader>;

/**
 * The readers of a rule set's facts: made once per rule set (the engine does so when it compiles
 * one), so that a case only checks values against bounds already read.
 */
export function factReaders(facts: Readonly<Record<string, FactDeclaration>>): FactReaders {
  return new Map(Object.keys(facts).map((name) => [name, makeFactReader(facts[name] as FactDeclaration)]));
}

/**
 * Validates a case against the item it names (spec §2): every fact the item reads present and of
 * its declared type, no undeclared facts, known circumstances with valid values, real calendar
 * dates in a possible order. Every problem is reported, each with its path.
 *
 * @throws CailiangError INVALID_CASE listing each problem
 */
export function validateCase(input: Record<string, unknown>, requirements: CaseRequirements): ValidatedCase {
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) issues.push(unknownKey(key, key, CASE_KEYS));
  }
  const facts: Record<string, FactValue | undefined> = Object.create(null);
  readFacts(input['facts'], requirements, facts, issues);
  readCircumstances(input['circumstances'], facts, issues);
  const party = readParty(input['party'], issues);
  const dates = requirements.dates ?? readDates(input['dates'], requirements.kind, issues);
  const excludedPeriods = readExcludedPeriods(input['excludedPeriods'], issues);
  const payment = readPayment(input['payment'], dates, requirements.limits ?? DEFAULT_LIMITS, issues);
  const persons = readPersons(input['persons'], requirements.persons, requirements.limits ?? DEFAULT_LIMITS, issues);
  if (issues.length > 0) throw invalid(issues);
  // Keys in a fixed order, leaving out what the case does not give.
  const item = input['item'] as string;
  const validated: ValidatedCase =
    party === undefined
      ? payment === undefined
        ? { item, facts, dates, excludedPeriods }
        : { item, facts, dates, excludedPeriods, payment }
      : payment === undefined
        ? { item, party, facts, dates, excludedPeriods }
        : { item, party, facts, dates, excludedPeriods, payment };
  return persons === undefined ? validated : { ...validated, persons };
}

/**
 * Validates only a case's dates: the engine reads them first, to choose the version in force,
 * before the rest of the case can be checked against that version.
 *
 * @throws CailiangError INVALID_CASE naming each bad date
 */
export function validateDates(input: Record<string, unknown>, kind: CaseRequirements['kind']): CaseDates {
  const issues: Issue[] = [];
  const dates = readDates(input['dates'], kind, issues);
  if (issues.length > 0) throw invalid(issues);
  return dates;
}

function readFacts(
  raw: unknown,
  requirements: CaseRequirements,
  into: Record<string, FactValue | undefined>,
  issues: Issue[],
): void {
  if (raw !== undefined && !isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: 'facts',
      message: `expected an object of facts, got ${describeValue(raw)}`,
    });
    return;
  }
  const given = raw ?? {};
  const declared = requirements.readers ?? factReaders(requirements.facts);
  const limits = requirements.limits ?? DEFAULT_LIMITS;
  for (const name of Object.keys(given)) {
    const value = given[name];
    const reader = declared.get(name);
    if (reader === undefined) {
      if (isCircumstance(name)) {
        issues.push({
          code: 'misplaced_circumstance',
          path: `facts.${name}`,
          message: `"${name}" is a general circumstance; give it under circumstances`,
        });
      } else if (requirements.allowUnknownFacts !== true) {
        issues.push({
          code: 'undeclared_fact',
          path: factPath(name),
          message: `unknown fact "${name}"; the rule set declares ${Object.keys(requirements.facts).join(', ') || 'no facts'}`,
        });
      }
      continue;
    }
    const beyond = factBeyondLimits(value, reader.type, limits);
    if (beyond !== undefined) {
      issues.push({
        code: 'beyond_limit',
        path: factPath(name),
        message: `${requirements.facts[name]?.label ?? name}: ${describeValue(value)} has ${beyond}`,
      });
      continue;
    }
    const read = reader.read(value);
    if (read !== undefined) into[name] = read;
    else issues.push({ code: 'invalid_fact', path: factPath(name), message: reader.problem(value) });
  }
  for (const name of requirements.required) {
    // Given first: nearly every required fact is, and that test is the cheaper one.
    if (Object.hasOwn(given, name) || isCircumstance(name)) continue;
    const label = requirements.facts[name]?.label;
    issues.push({
      code: 'missing_fact',
      path: factPath(name),
      message: `missing fact "${name}"${label === undefined ? '' : ` (${label})`}, which this item needs`,
    });
  }
}

function readCircumstances(raw: unknown, into: Record<string, FactValue | undefined>, issues: Issue[]): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: 'circumstances',
      message: `expected an object of circumstances, got ${describeValue(raw)}`,
    });
    return;
  }
  for (const name of Object.keys(raw)) {
    const value = raw[name];
    const reader = CIRCUMSTANCE_READERS.get(name);
    if (reader === undefined) {
      issues.push({
        code: 'unknown_circumstance',
        path: `circumstances.${name}`,
        message: `unknown circumstance "${name}"; known: ${Object.keys(CIRCUMSTANCES).join(', ')}`,
      });
      continue;
    }
    // null is how a form says "not established"; it is the same as leaving the key out.
    if (value === null) continue;
    const read = reader.read(value);
    if (read !== undefined) into[name] = read;
    else issues.push({ code: 'invalid_circumstance', path: `circumstances.${name}`, message: reader.problem(value) });
  }
}

function readParty(raw: unknown, issues: Issue[]): Party | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid_type', path: 'party', message: `expected { kind, age? }, got ${describeValue(raw)}` });
    return undefined;
  }
  for (const key of Object.keys(raw))
    if (!(PARTY_KEYS as readonly string[]).includes(key)) issues.push(unknownKey(key, `party.${key}`, PARTY_KEYS));
  const kind = raw['kind'];
  if (kind !== 'individual' && kind !== 'organization') {
    issues.push({
      code: kind === undefined ? 'missing_key' : 'invalid_value',
      path: 'party.kind',
      message: `expected individual or organization, got ${describeValue(kind)}`,
    });
  }
  const age = raw['age'];
  if (age !== undefined && !(Number.isInteger(age) && (age as number) >= 0 && (age as number) <= MAX_AGE)) {
    issues.push({
      code: 'invalid_value',
      path: 'party.age',
      message: `expected an age in whole years from 0 to ${MAX_AGE}, got ${describeValue(age)}`,
    });
  }
  if (age !== undefined && kind === 'organization') {
    issues.push({ code: 'invalid_value', path: 'party.age', message: 'an organization has no age' });
  }
  return { kind: kind as Party['kind'], ...(typeof age === 'number' ? { age } : {}) };
}

function readDates(raw: unknown, kind: CaseRequirements['kind'], issues: Issue[]): CaseDates {
  if (!isRecord(raw)) {
    const needed = kind === 'penalty' ? 'act' : 'accepted';
    issues.push({
      code: raw === undefined ? 'missing_key' : 'invalid_type',
      path: 'dates',
      message: `expected the case's dates, at least ${needed}`,
    });
    return {};
  }
  const dates: Record<string, string> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!(DATE_KEYS as readonly string[]).includes(key)) {
      issues.push(unknownKey(key, `dates.${key}`, DATE_KEYS));
    } else if (!isIsoDate(value)) {
      issues.push({ code: 'invalid_date', path: `dates.${key}`, message: dateProblem(value) });
    } else {
      dates[key] = value;
    }
  }
  // A licensing case may give the receipt of the materials instead of the acceptance: under
  // 行政许可法 第三十二条第一款第（四）项 the application may be accepted (受理) by operation of law.
  const required = kind === 'penalty' ? 'act' : 'accepted';
  if (raw[required] === undefined && !(kind === 'licensing' && raw['received'] !== undefined))
    issues.push({
      code: 'missing_key',
      path: `dates.${required}`,
      message: `missing; a ${kind} case gives the date of the ${required === 'act' ? 'act (违法行为发生之日)' : 'acceptance (受理之日) or of the receipt of the materials (received, 收到申请材料之日)'}`,
    });
  for (const [earlier, later, message] of DATE_ORDER) {
    const a = dates[earlier];
    const b = dates[later];
    if (a !== undefined && b !== undefined && b < a)
      issues.push({
        code: 'date_order',
        path: `dates.${later}`,
        message: `${message} (${earlier} ${a}, ${later} ${b})`,
      });
  }
  return dates;
}

function readPayment(raw: unknown, dates: CaseDates, limits: AmountLimits, issues: Issue[]): Payment | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    issues.push({
      code: 'invalid_type',
      path: 'payment',
      message: `expected { fine, paid }, got ${describeValue(raw)}`,
    });
    return undefined;
  }
  for (const key of Object.keys(raw))
    if (!(PAYMENT_KEYS as readonly string[]).includes(key))
      issues.push(unknownKey(key, `payment.${key}`, PAYMENT_KEYS));
  const beyond = amountBeyondLimits(raw['fine'], limits);
  if (beyond !== undefined)
    issues.push({
      code: 'beyond_limit',
      path: 'payment.fine',
      message: `the fine paid: ${describeValue(raw['fine'])} has ${beyond}`,
    });
  const fine = beyond === undefined ? readMoney(raw['fine']) : { ok: false as const, expected: '' };
  if (!fine.ok && beyond === undefined)
    issues.push({
      code: 'invalid_value',
      path: 'payment.fine',
      message: `expected ${fine.expected} (the fine imposed), got ${describeValue(raw['fine'])}`,
    });
  const paid = raw['paid'];
  if (!isIsoDate(paid)) issues.push({ code: 'invalid_date', path: 'payment.paid', message: dateProblem(paid) });
  if (dates.served === undefined) {
    issues.push({
      code: 'missing_key',
      path: 'dates.served',
      message: 'missing; the late-payment surcharge counts from the day the decision was served',
    });
  } else if (isIsoDate(paid) && paid < dates.served) {
    issues.push({
      code: 'date_order',
      path: 'payment.paid',
      message: `the fine cannot be paid (${paid}) before the decision was served (${dates.served})`,
    });
  }
  if (!fine.ok || !isIsoDate(paid)) return undefined;
  return { fine: formatMoney(fine.value), paid };
}

function readExcludedPeriods(raw: unknown, issues: Issue[]): ExcludedPeriod[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({
      code: 'invalid_type',
      path: 'excludedPeriods',
      message: `expected a list of { from, to, reason? }, got ${describeValue(raw)}`,
    });
    return [];
  }
  const periods: ExcludedPeriod[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `excludedPeriods[${index}]`;
    if (!isRecord(entry)) {
      issues.push({
        code: 'invalid_type',
        path,
        message: `expected { from, to, reason? }, got ${describeValue(entry)}`,
      });
      return;
    }
    for (const key of Object.keys(entry))
      if (!(PERIOD_KEYS as readonly string[]).includes(key))
        issues.push(unknownKey(key, `${path}.${key}`, PERIOD_KEYS));
    const { from, to, reason } = entry;
    if (!isIsoDate(from)) issues.push({ code: 'invalid_date', path: `${path}.from`, message: dateProblem(from) });
    if (!isIsoDate(to)) issues.push({ code: 'invalid_date', path: `${path}.to`, message: dateProblem(to) });
    if (reason !== undefined && typeof reason !== 'string')
      issues.push({ code: 'invalid_type', path: `${path}.reason`, message: 'expected text' });
    if (isIsoDate(from) && isIsoDate(to)) {
      if (to < from)
        issues.push({
          code: 'date_order',
          path: `${path}.to`,
          message: `the period ends (${to}) before it starts (${from})`,
        });
      else periods.push({ from, to, ...(typeof reason === 'string' ? { reason } : {}) });
    }
  });
  return periods;
}

function factPath(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `facts.${name}` : `facts[${JSON.stringify(name)}]`;
}

function invalid(issues: Issue[]): CailiangError {
  return new CailiangError('INVALID_CASE', issues);
}

/** Why a value is not a date (`isoDateProblem`), for a value already known not to be one. */
function dateProblem(value: unknown): string {
  return isoDateProblem(value, describeValue(value)) as string;
}
