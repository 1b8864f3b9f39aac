import type { Condition, FactCondition } from '../conditions/types.js';
import { isFactNameReference } from '../conditions/shape.js';
import type { FactDeclaration, FactScope } from '../facts/types.js';
import { toChineseAmount } from './chinese-amount.js';
import { countComparison, enumLabel, negatedLabel, numberComparison, referenceComparison } from './zh-prose.js';

/** The language of a rendering: Chinese for documents, English for readers of the library. */
export type Language = 'zh' | 'en';

const ZH_MONEY: Record<string, (label: string, amount: string) => string> = {
  lessThan: (label, amount) => `${label}不足${amount}`,
  lessThanInclusive: (label, amount) => `${label}${amount}以下`,
  greaterThan: (label, amount) => `${label}超过${amount}`,
  greaterThanInclusive: (label, amount) => `${label}${amount}以上`,
  equal: (label, amount) => `${label}为${amount}`,
  notEqual: (label, amount) => `${label}不为${amount}`,
};

const SYMBOLS: Record<string, string> = {
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  equal: '=',
  notEqual: '≠',
};

/**
 * A condition as a sentence an officer reads in the published table, built from the facts'
 * labels: 「货值金额不足一万元」 (以上/以下 include the amount, 不足/超过 exclude it — 民法典
 * 第一千二百五十九条), 「两年内因同类违法行为受到行政处罚一次以上」, 「无…的情形」, 「未造成水污染」,
 * 「危害后果为严重」; never JSON nor symbols in Chinese (English keeps the symbols: ≥ 1).
 *
 * @param condition - the condition tree
 * @param scope - where the facts' labels come from (declared facts and general circumstances)
 * @param language - zh (default) or en
 * @example describeCondition({ all: [{ fact: 'goodsValue', operator: 'lessThan', value: 10000 }] }, scope) // '货值金额不足一万元'
 */
export function describeCondition(condition: Condition, scope: FactScope, language: Language = 'zh'): string {
  if ('all' in condition)
    return join(
      condition.all.map((child) => nested(child, scope, language)),
      language === 'zh' ? '，且' : ' and ',
    );
  if ('any' in condition)
    return join(
      condition.any.map((child) => nested(child, scope, language)),
      language === 'zh' ? '，或者' : ' or ',
    );
  if ('not' in condition)
    return language === 'zh'
      ? `不属于（${describeCondition(condition.not, scope, language)}）`
      : `not (${describeCondition(condition.not, scope, language)})`;
  return describeLeaf(condition, scope, language);
}

function nested(child: Condition, scope: FactScope, language: Language): string {
  const text = describeCondition(child, scope, language);
  const composite = ('all' in child && child.all.length > 1) || ('any' in child && child.any.length > 1);
  return composite ? (language === 'zh' ? `（${text}）` : `(${text})`) : text;
}

function join(parts: string[], separator: string): string {
  return parts.length === 0 ? '' : parts.join(separator);
}

/**
 * A fact as a reader sees it, in either language: its declared label (「货值金额」), the way the
 * decision and the published table name it. The format has no English label, so English text
 * names the fact by its Chinese label too — never by the id (`goodsValue`), which is the rule
 * set's internal name. Only an undeclared name (no label) is printed as it is.
 *
 * @param name - the fact's id
 * @param fact - its declaration, if known
 * @returns the label to print
 * @example factLabel('goodsValue', { type: 'money', label: '货值金额' }) // '货值金额'
 */
export function factLabel(name: string, fact: FactDeclaration | undefined): string {
  return fact?.label ?? name;
}

function describeLeaf(condition: FactCondition, scope: FactScope, language: Language): string {
  const fact = scope.lookup(condition.fact);
  const label = factLabel(condition.fact, fact);
  const value = condition.value;
  if (isFactNameReference(value)) {
    const other = scope.lookup(value.fact);
    const otherLabel = factLabel(value.fact, other);
    const words = language === 'zh' ? referenceComparison(label, condition.operator, otherLabel) : undefined;
    if (words !== undefined) return words;
    return `${label} ${SYMBOLS[condition.operator] ?? condition.operator} ${otherLabel}`;
  }
  switch (fact?.type) {
    case 'money':
      if (language === 'zh' && ZH_MONEY[condition.operator] !== undefined) {
        return (ZH_MONEY[condition.operator] as (l: string, a: string) => string)(
          label,
          toChineseAmount(String(value)),
        );
      }
      return `${label} ${SYMBOLS[condition.operator] ?? condition.operator} ${formatValue(value, fact, language)}`;
    case 'boolean':
      if (condition.operator === 'equal' || condition.operator === 'notEqual') {
        const holds = (condition.operator === 'equal') === (value === true);
        if (language === 'zh') return holds ? label : negatedLabel(label);
        return holds ? label : `not ${label}`;
      }
      break;
    case 'enum': {
      const named = language === 'zh' ? enumLabel(fact) : label;
      if (condition.operator === 'in' || condition.operator === 'notIn') {
        const values = (value as unknown[]).map((entry) => formatValue(entry, fact, language));
        if (language === 'zh') return `${named}${condition.operator === 'in' ? '为' : '不为'}${values.join('或')}`;
        return `${label} ${condition.operator === 'in' ? 'is' : 'is not'} ${values.join(' or ')}`;
      }
      if (condition.operator === 'equal' || condition.operator === 'notEqual') {
        if (language === 'zh')
          return `${named}${condition.operator === 'equal' ? '为' : '不为'}${formatValue(value, fact, language)}`;
        return `${label} ${condition.operator === 'equal' ? 'is' : 'is not'} ${formatValue(value, fact, language)}`;
      }
      break;
    }
    case 'integer': {
      const words = language === 'zh' ? countComparison(label, condition.operator, value) : undefined;
      if (words !== undefined) return words;
      break;
    }
    default:
      break;
  }
  if (condition.operator === 'in' || condition.operator === 'notIn') {
    const values = (value as unknown[])
      .map((entry) => formatValue(entry, fact, language))
      .join(language === 'zh' ? '、' : ', ');
    if (language === 'zh') return `${label}${condition.operator === 'in' ? '为' : '不为'}${values}之一`;
    return `${label} ${condition.operator === 'in' ? 'is one of' : 'is none of'} ${values}`;
  }
  const words =
    language === 'zh'
      ? numberComparison(fact, label, condition.operator, formatValue(value, fact, language))
      : undefined;
  return words ?? `${label} ${SYMBOLS[condition.operator] ?? condition.operator} ${formatValue(value, fact, language)}`;
}

/** A value as the table shows it: enum values by their Chinese label, amounts in yuan, quantities in their unit (12.5平方米). */
export function formatValue(value: unknown, fact: FactDeclaration | undefined, language: Language = 'zh'): string {
  if (fact?.type === 'enum' && typeof value === 'string')
    return language === 'zh' ? (fact.valueLabels?.[value] ?? value) : value;
  if (fact?.type === 'boolean') return language === 'zh' ? (value === true ? '是' : '否') : String(value);
  if (fact?.type === 'money') return language === 'zh' ? toChineseAmount(String(value)) : `${String(value)} yuan`;
  if (fact?.type === 'quantity') return `${String(value)}${language === 'zh' ? '' : ' '}${fact.unit ?? ''}`;
  return String(value);
}
