import { isIsoDate, isoDateProblem } from '../calendar/iso-date.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { amountBeyondLimits } from '../limits/amount-limits.js';
import { checkInput } from '../limits/check-input.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import { formatMoney, readMoney } from '../money/money.js';
import { MEASURE_KINDS } from '../ruleset/measures.js';
import type { MeasureKind } from '../ruleset/measures.js';
import { SANCTION_KINDS } from '../ruleset/sanction-kinds.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import { describeValue, unknownKey } from '../errors/issues.js';

/** A sanction as the officer imposed it. */
export interface ImposedSanction {
  readonly kind: SanctionKind;
  /** The amount, for fines and confiscations (decimal string). */
  readonly amount?: string;
  /** Days, months or years, for sanctions with a range (行政拘留 7 日). */
  readonly quantity?: string;
}

/** 双罚制: what the officer imposed on one of the unit's responsible persons, by the name the case gives. */
export interface ImposedPerson {
  readonly name: string;
  readonly sanctions: readonly ImposedSanction[];
}

/** What the officer decided, as the review reads it. */
export interface Imposed {
  readonly sanctions: readonly ImposedSanction[];
  /** The persons' own sanctions (双罚制); absent when the record does not say, and then not reviewed. */
  readonly persons?: readonly ImposedPerson[];
  /**
   * The measures that are not penalties the officer ordered (责令改正, 责令限期拆除…); absent when
   * the record does not say, and then not reviewed.
   */
  readonly measures?: readonly { readonly kind: MeasureKind }[];
  /** Whether the party was told of the right to a hearing (第六十三条). */
  readonly hearingOffered?: boolean;
  readonly dates: { readonly opened?: string; readonly notified?: string; readonly decision?: string };
  /** The discretion reasons stated in the decision (裁量说理). */
  readonly reasons: string;
}

const KEYS = ['sanctions', 'persons', 'measures', 'hearingOffered', 'dates', 'reasons'];
const PERSON_KEYS = ['name', 'sanctions'];
const SANCTION_KEYS = ['kind', 'amount', 'quantity'];
const DATE_KEYS = ['opened', 'notified', 'decision'];

/**
 * An amount already in the form `formatMoney` prints — no sign, no leading or trailing zeros —
 * which reading and printing would give back unchanged. Officers' amounts almost always are, so
 * the common case skips building a Decimal only to print it again.
 */
const CANONICAL_AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/**
 * Reads what an officer imposed: `{ sanctions: [{ kind, amount? }], hearingOffered?, dates?,
 * reasons? }`, strictly — every problem reported with its path under `imposed`.
 *
 * @throws CailiangError INVALID_IMPOSED
 */
export function readImposed(input: unknown): Imposed {
  checkInput(input, 'INVALID_IMPOSED', { basePath: 'imposed' });
  const issues: Issue[] = [];
  const at = (path: string) => (path === '' ? 'imposed' : `imposed.${path}`);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CailiangError('INVALID_IMPOSED', [
      {
        code: 'invalid_type',
        path: 'imposed',
        message: `expected { sanctions, hearingOffered?, dates?, reasons? }, got ${describeValue(input)}`,
      },
    ]);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KEYS.includes(key)) issues.push(unknownKey(key, at(key), KEYS));
  const sanctions = readSanctions(record['sanctions'], at('sanctions'), issues) ?? [];
  const persons = readPersons(record['persons'], at('persons'), issues);
  const measures = readMeasures(record['measures'], at('measures'), issues);
  const hearingOffered = record['hearingOffered'];
  if (hearingOffered !== undefined && typeof hearingOffered !== 'boolean')
    issues.push({ code: 'invalid_type', path: at('hearingOffered'), message: 'expected true or false' });
  const dates: Record<string, string> = {};
  const rawDates = record['dates'];
  if (rawDates !== undefined) {
    if (typeof rawDates !== 'object' || rawDates === null || Array.isArray(rawDates)) {
      issues.push({ code: 'invalid_type', path: at('dates'), message: 'expected { opened?, notified?, decision? }' });
    } else {
      for (const [key, value] of Object.entries(rawDates)) {
        if (!DATE_KEYS.includes(key)) issues.push(unknownKey(key, at(`dates.${key}`), DATE_KEYS));
        else if (!isIsoDate(value))
          issues.push({ code: 'invalid_date', path: at(`dates.${key}`), message: dateProblem(value) });
        else dates[key] = value;
      }
    }
  }
  const reasons = record['reasons'];
  if (reasons !== undefined && typeof reasons !== 'string')
    issues.push({ code: 'invalid_type', path: at('reasons'), message: 'expected the reasons as text' });
  if (issues.length > 0) throw new CailiangError('INVALID_IMPOSED', issues);
  return {
    sanctions,
    ...(persons === undefined ? {} : { persons }),
    ...(measures === undefined ? {} : { measures }),
    ...(typeof hearingOffered === 'boolean' ? { hearingOffered } : {}),
    dates,
    reasons: typeof reasons === 'string' ? reasons : '',
  };
}

/** A list of sanctions `[{ kind, amount?, quantity? }]`, each checked; undefined when it is not a list. */
function readSanctions(raw: unknown, listPath: string, issues: Issue[]): ImposedSanction[] | undefined {
  const sanctions: ImposedSanction[] = [];
  if (!Array.isArray(raw)) {
    issues.push({
      code: 'invalid_type',
      path: listPath,
      message: 'expected a list of sanctions (empty when none was imposed)',
    });
    return undefined;
  }
  raw.forEach((value: unknown, index: number) => {
    const path = `${listPath}[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ code: 'invalid_type', path, message: `expected { kind, amount? }, got ${describeValue(value)}` });
      return;
    }
    const entry = value as Record<string, unknown>;
    for (const key of Object.keys(entry))
      if (!SANCTION_KEYS.includes(key)) issues.push(unknownKey(key, `${path}.${key}`, SANCTION_KEYS));
    const kind = entry['kind'];
    if (typeof kind !== 'string' || !(SANCTION_KINDS as readonly string[]).includes(kind)) {
      issues.push({
        code: 'invalid_value',
        path: `${path}.kind`,
        message: `expected a sanction kind (${SANCTION_KINDS.join(', ')}), got ${describeValue(kind)}`,
      });
      return;
    }
    const sanction: { kind: SanctionKind; amount?: string; quantity?: string } = { kind: kind as SanctionKind };
    for (const key of ['amount', 'quantity'] as const) {
      if (entry[key] === undefined) continue;
      const beyond = amountBeyondLimits(entry[key], DEFAULT_LIMITS);
      if (beyond !== undefined) {
        issues.push({
          code: 'beyond_limit',
          path: `${path}.${key}`,
          message: `${describeValue(entry[key])} has ${beyond}`,
        });
        continue;
      }
      if (isCanonicalAmount(entry[key])) {
        sanction[key] = entry[key];
        continue;
      }
      const read = readMoney(entry[key]);
      if (read.ok) sanction[key] = formatMoney(read.value);
      else
        issues.push({
          code: 'invalid_value',
          path: `${path}.${key}`,
          message: `expected ${read.expected}, got ${describeValue(entry[key])}`,
        });
    }
    if (kind === 'fine' && sanction.amount === undefined && entry['amount'] === undefined) {
      issues.push({ code: 'missing_key', path: `${path}.amount`, message: 'a fine states its amount' });
    }
    sanctions.push(sanction);
  });
  return sanctions;
}

/** `persons: [{ name, sanctions }]` (双罚制), each with the name the case gives; undefined when absent. */
function readPersons(raw: unknown, path: string, issues: Issue[]): ImposedPerson[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path, message: 'expected a list of persons ({ name, sanctions })' });
    return undefined;
  }
  const persons: ImposedPerson[] = [];
  raw.forEach((entry: unknown, index: number) => {
    const at = `${path}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push({
        code: 'invalid_type',
        path: at,
        message: `expected { name, sanctions }, got ${describeValue(entry)}`,
      });
      return;
    }
    const person = entry as Record<string, unknown>;
    for (const key of Object.keys(person))
      if (!PERSON_KEYS.includes(key)) issues.push(unknownKey(key, `${at}.${key}`, PERSON_KEYS));
    const name = person['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      issues.push({
        code: 'invalid_value',
        path: `${at}.name`,
        message: `expected the person's name as the case gives it, got ${describeValue(name)}`,
      });
    }
    const sanctions = readSanctions(person['sanctions'], `${at}.sanctions`, issues);
    if (typeof name === 'string' && sanctions !== undefined) persons.push({ name, sanctions });
  });
  return persons;
}

/** `measures: [{ kind }]`, each kind one of MEASURE_KINDS; undefined when absent. */
function readMeasures(raw: unknown, path: string, issues: Issue[]): { kind: MeasureKind }[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path, message: 'expected a list of measures ({ kind })' });
    return undefined;
  }
  const measures: { kind: MeasureKind }[] = [];
  raw.forEach((entry: unknown, index: number) => {
    const at = `${path}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push({ code: 'invalid_type', path: at, message: `expected { kind }, got ${describeValue(entry)}` });
      return;
    }
    for (const key of Object.keys(entry)) if (key !== 'kind') issues.push(unknownKey(key, `${at}.${key}`, ['kind']));
    const kind = (entry as Record<string, unknown>)['kind'];
    if (typeof kind !== 'string' || !(MEASURE_KINDS as readonly string[]).includes(kind)) {
      issues.push({
        code: 'invalid_value',
        path: `${at}.kind`,
        message: `expected a measure kind (${MEASURE_KINDS.join(', ')}), got ${describeValue(kind)}`,
      });
      return;
    }
    measures.push({ kind: kind as MeasureKind });
  });
  return measures;
}

function isCanonicalAmount(value: unknown): value is string {
  return typeof value === 'string' && CANONICAL_AMOUNT.test(value);
}

/** Why a value is not a date (`isoDateProblem`), for a value already known not to be one. */
function dateProblem(value: unknown): string {
  return isoDateProblem(value, describeValue(value)) as string;
}
