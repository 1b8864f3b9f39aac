import type { Decimal } from '../money/decimal.js';

/** The types a declared fact may have (rule set `facts.*.type`). */
export type FactType = 'money' | 'quantity' | 'integer' | 'number' | 'boolean' | 'enum' | 'date';

export const FACT_TYPES: readonly FactType[] = ['money', 'quantity', 'integer', 'number', 'boolean', 'enum', 'date'];

/**
 * The types whose values are exact Decimals: amounts of money, and quantities the statute prices
 * per unit (占地面积 in 平方米, 设施 in 处) — never a JS float, since they are multiplied into a fine.
 */
export function isDecimalType(type: FactType | undefined): boolean {
  return type === 'money' || type === 'quantity';
}

/** A fact as the rule set declares it: `goodsValue: { type: money, label: 货值金额 }`. */
export interface FactDeclaration {
  readonly type: FactType;
  /** The Chinese label shown to officers and in rendered tables. */
  readonly label: string;
  /** For `enum`: the allowed values. */
  readonly values?: readonly string[];
  /** For `enum`: Chinese labels of the values (`serious: 严重`). */
  readonly valueLabels?: Readonly<Record<string, string>>;
  /** Inclusive bounds for money, integer, number (decimal strings or numbers) and date (ISO). */
  readonly min?: string | number;
  readonly max?: string | number;
  /**
   * For `quantity`: the unit the statute counts in (平方米, 处, 辆, 吨), printed with the value
   * (12.5平方米) and with a per-unit rate (每平方米一千元).
   */
  readonly unit?: string;
  /** For `quantity`: counted in whole units (3处), so 2.5 is refused; absent or false: measured (12.5平方米). */
  readonly countable?: boolean;
  readonly description?: string;
}

/**
 * A fact value after the case is validated: money and quantity as Decimal, integer and number as JS numbers,
 * booleans, enum values and ISO dates (`YYYY-MM-DD`) as strings.
 */
export type FactValue = Decimal | number | boolean | string;

/**
 * The facts of one case, keyed by name, in an object without prototype. A general circumstance
 * that is not established is absent (`undefined`): never read as `false`.
 */
export type FactValues = Readonly<Record<string, FactValue | undefined>>;

/** What a condition may refer to: declared facts and the general circumstances of §3. */
export interface FactScope {
  /** The declaration of a fact or circumstance, or undefined when the name is not known. */
  lookup(name: string): FactDeclaration | undefined;
}
