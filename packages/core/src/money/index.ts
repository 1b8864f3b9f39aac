export { Decimal, ONE, ZERO } from './decimal.js';
export { formatMoney, isMoneyInput, readMoney } from './money.js';
export type { MoneyInputProblem, MoneyReadResult, ReadMoneyOptions } from './money.js';
export { DEFAULT_ROUNDING, ROUNDING_MODES, roundAmount } from './rounding.js';
export type { RoundingMode, RoundingPolicy } from './rounding.js';
