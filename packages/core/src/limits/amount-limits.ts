import type { Limits } from './limits.js';

/** The limits an amount or a number of a case is held to. */
export type AmountLimits = Pick<Limits, 'maxAmountDigits' | 'maxAmountDecimals'>;

/**
 * Why an amount of money is beyond what a legal amount can be, or `undefined` when it is within
 * the limits (or is not a decimal text at all: the money reader says what is wrong with that).
 * Read from the text's length and the place of its point, before any Decimal is made: a case
 * whose 货值金额 is thirty million digits would otherwise be multiplied, at a cost of minutes
 * and gigabytes, into a fine of ten times itself.
 *
 * @param input - the raw value, `"12345.67"` or `12345.67`
 * @returns the problem in words, naming the limit, or `undefined`
 * @example amountBeyondLimits('1000000000000000', DEFAULT_LIMITS) // 'more than 15 digits before the point (limit maxAmountDigits)'
 */
export function amountBeyondLimits(input: unknown, limits: AmountLimits): string | undefined {
  if (typeof input === 'number') {
    // A number's shortest text is how the money reader takes it; with an exponent it is refused there.
    const text = String(input);
    return /e/i.test(text) ? numberBeyondLimits(input, limits) : amountBeyondLimits(text, limits);
  }
  if (typeof input !== 'string') return undefined;
  const unsigned = input.startsWith('-') ? 1 : 0;
  const point = input.indexOf('.');
  const integerDigits = (point < 0 ? input.length : point) - unsigned;
  if (integerDigits > limits.maxAmountDigits)
    return `${integerDigits} digits before the point; at most ${limits.maxAmountDigits} are read (limit maxAmountDigits)`;
  const decimals = point < 0 ? 0 : input.length - point - 1;
  if (decimals > limits.maxAmountDecimals)
    return `${decimals} digits after the point; at most ${limits.maxAmountDecimals} are read (limit maxAmountDecimals)`;
  return undefined;
}

/**
 * Why a number (an integer or number fact, or an amount written as a number) is beyond the
 * limits: its magnitude must stay below 10^maxAmountDigits. Its decimals are not bounded
 * separately: a double carries at most 17 significant digits, so it cannot grow the cost of
 * exact arithmetic the way a long decimal text can.
 *
 * @example numberBeyondLimits(1e20, DEFAULT_LIMITS) // 'a magnitude of 10^15 or more (limit maxAmountDigits)'
 */
export function numberBeyondLimits(input: number, limits: AmountLimits): string | undefined {
  if (!Number.isFinite(input) || Math.abs(input) < 10 ** limits.maxAmountDigits) return undefined;
  return `a magnitude of 10^${limits.maxAmountDigits} or more (limit maxAmountDigits)`;
}

/**
 * Why a fact's value is beyond the limits for its declared type: money as an amount, integers
 * and numbers by magnitude; other types (dates, enums, booleans) are bounded by what they accept.
 *
 * @example factBeyondLimits('1e400', 'number', DEFAULT_LIMITS) // undefined: not a number, the reader says so
 */
export function factBeyondLimits(input: unknown, type: string | undefined, limits: AmountLimits): string | undefined {
  // A quantity is read like an amount (exact decimal text), so the same digit limits hold.
  if (type === 'money' || type === 'quantity') return amountBeyondLimits(input, limits);
  if ((type === 'integer' || type === 'number') && typeof input === 'number') return numberBeyondLimits(input, limits);
  return undefined;
}
