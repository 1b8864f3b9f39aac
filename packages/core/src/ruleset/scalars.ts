import * as z from 'zod';
import { calendarDateProblem, ISO_DATE_EXPECTED, isIsoDate } from '../calendar/iso-date.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney, readMoney } from '../money/money.js';
import { withJsonSchema } from './json-schema-overrides.js';
import { describeValue } from '../errors/issues.js';

/** Names that must never become keys of a plain object (prototype pollution). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A fact or law key: letters, digits and `_`, not starting with a digit, never `__proto__`. */
export const identifier = withJsonSchema(
  z.string().superRefine((value, ctx) => {
    if (!IDENTIFIER.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a name: use letters, digits and _ (not starting with a digit)`,
      });
    } else if (RESERVED_NAMES.has(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is reserved and cannot be used as a name` });
    }
  }),
  { type: 'string', pattern: IDENTIFIER.source, not: { enum: [...RESERVED_NAMES] } },
);

export const nonEmptyText = z.string().trim().min(1, 'expected non-empty text');

/** An ISO calendar date; `2025-02-30` is refused. */
export const isoDate = withJsonSchema(
  z.string().superRefine((value, context) => {
    if (isIsoDate(value)) return;
    context.addIssue({ code: 'custom', message: calendarDateProblem(value) ?? `expected ${ISO_DATE_EXPECTED}` });
  }),
  { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
);

/**
 * The common form of an amount in a rule set, a non-negative decimal string, which readMoney
 * accepts as it is: recognised without making a Decimal, which a large catalogue would make by
 * the hundred thousand. test/ruleset/scalars.test.ts checks that this agrees with readMoney.
 */
const PLAIN_AMOUNT = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * An amount of money in a rule set: a decimal string (`"50000"`), or a number whose text is
 * exact. Normalised to its decimal text, so the YAML and JSON forms of one rule set are equal.
 */
export const moneyText = withJsonSchema(
  z.unknown().transform((value, ctx) => {
    if (typeof value === 'string' && PLAIN_AMOUNT.test(value)) return value;
    const read = readMoney(value);
    if (!read.ok) {
      ctx.addIssue({ code: 'custom', message: `expected ${read.expected}, got ${describeValue(value)}` });
      return z.NEVER;
    }
    return typeof value === 'string' ? value : formatMoney(read.value);
  }),
  {
    anyOf: [
      { type: 'string', pattern: '^(0|[1-9]\\d*)(\\.\\d+)?$' },
      { type: 'number', minimum: 0 },
    ],
  },
);

/** A multiple (倍数) or other non-negative decimal factor, in the same forms as money. */
export const factorText = moneyText;

/** A fraction of a range, from 0 to 1 inclusive (`"0.3"`). */
export const fractionText = withJsonSchema(
  z.unknown().transform((value, ctx) => {
    const read = readMoney(value);
    if (!read.ok || read.value.greaterThan(1)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a fraction from "0" to "1" such as "0.3", got ${describeValue(value)}`,
      });
      return z.NEVER;
    }
    return typeof value === 'string' ? value : formatMoney(read.value);
  }),
  {
    anyOf: [
      { type: 'string', pattern: '^(0|1|0\\.\\d+|1\\.0+)$' },
      { type: 'number', minimum: 0, maximum: 1 },
    ],
  },
);

/** A bound on a fact: a decimal (for money and numbers) or a date, checked against the fact's type later. */
export const boundValue = withJsonSchema(
  z.union([z.string(), z.number()], { error: 'expected a number, a decimal string or an ISO date' }),
  { type: ['string', 'number'] },
);

/** Compares two decimal texts already validated. */
export function decimalLessOrEqual(a: string, b: string): boolean {
  return new Decimal(a).lessThanOrEqualTo(new Decimal(b));
}
