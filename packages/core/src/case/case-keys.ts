/**
 * What a case may hold (spec §2): its keys, the keys of its parts, the order its dates must keep,
 * and the readers of the general circumstances. Shared by the full reader (parse-case.ts), which
 * words every problem, and the one-pass reader of usual cases (quick-case.ts), which must accept
 * exactly what the full reader accepts.
 */
import type { FactDeclaration } from '../facts/types.js';
import { CIRCUMSTANCES } from '../general-rules/circumstances.js';
import { makeFactReader } from './read-fact.js';
import type { FactReader } from './read-fact.js';

/** The keys a case may have. */
export const CASE_KEYS = [
  'item',
  'party',
  'facts',
  'circumstances',
  'dates',
  'excludedPeriods',
  'payment',
  'persons',
] as const;
/** The keys of `payment`, `party`, `dates` and of each of `excludedPeriods`. */
export const PAYMENT_KEYS = ['fine', 'paid'] as const;
export const PARTY_KEYS = ['kind', 'age'] as const;
export const DATE_KEYS = [
  'act',
  'actEnded',
  'discovered',
  'decision',
  'accepted',
  'received',
  'correctionNotified',
  'expires',
  'opened',
  'notified',
  'served',
] as const;
export const PERIOD_KEYS = ['from', 'to', 'reason'] as const;

/** Dates that must not come before others: [earlier, later, why]. */
export const DATE_ORDER: readonly (readonly [string, string, string])[] = [
  ['act', 'actEnded', 'the act cannot end before it began'],
  ['act', 'discovered', 'the act cannot be discovered before it happened'],
  ['act', 'decision', 'the decision cannot come before the act'],
  ['discovered', 'decision', 'the decision cannot come before the act was discovered'],
  ['opened', 'decision', 'the decision cannot come before the case was opened'],
  ['notified', 'decision', 'the decision cannot come before the party was notified'],
  ['decision', 'served', 'the decision cannot be served before it was made'],
  ['received', 'accepted', 'the application cannot be accepted before its materials were received'],
  ['received', 'correctionNotified', 'corrections cannot be asked for before the materials were received'],
  ['accepted', 'decision', 'the licensing decision cannot come before the application was accepted'],
  ['received', 'decision', 'the licensing decision cannot come before the application was received'],
];

/** The highest age accepted; anything above is a typo, not a party. */
export const MAX_AGE = 150;

/** The general circumstances' readers: the same for every case. */
export const CIRCUMSTANCE_READERS: ReadonlyMap<string, FactReader> = new Map(
  Object.entries(CIRCUMSTANCES).map(([name, declaration]) => [name, makeFactReader(declaration as FactDeclaration)]),
);
