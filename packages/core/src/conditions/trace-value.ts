import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { TraceValue } from './types.js';

/**
 * A value as a trace shows it: money as its decimal text, an absent fact as `null`, lists as
 * lists. Anything else a malformed condition may carry is shown as its JSON text, so a trace is
 * always plain JSON.
 *
 * @param value - a fact value, a compiled literal, or a list of them
 * @returns the JSON form for the trace
 * @example toTraceValue(new Decimal('10000.50')) // '10000.5'
 */
export function toTraceValue(value: unknown): TraceValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Decimal.isDecimal(value)) return moneyText(value);
  if (Array.isArray(value)) return value.map(toTraceValue);
  return JSON.stringify(value) ?? String(value);
}

/**
 * Texts of the amounts traces have shown. A traced case shows its money facts once for every
 * condition that reads them (each tier, each alternative), and a literal once per evaluation:
 * each Decimal is formatted once. Decimals are immutable, so the text cannot go stale.
 */
const shownAmounts = new WeakMap<Decimal, string>();

function moneyText(value: Decimal): string {
  let text = shownAmounts.get(value);
  if (text === undefined) {
    text = formatMoney(value);
    shownAmounts.set(value, text);
  }
  return text;
}
