import { calendarDateProblem } from '../calendar/iso-date.js';
import { joinPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { IssueCode } from '../errors/issues.js';
import type { FactDeclaration, FactScope } from '../facts/types.js';
import { ARRAY_FACT_OPERATORS, LIST_OPERATORS, NUMERIC_OPERATORS, isOperator } from './operators.js';
import { conditionKind, isFactReference } from './shape.js';
import { OPERATORS } from './types.js';
import type { Condition, Operator } from './types.js';
import { comparableDescription, comparableTypes, literalExpectation, show } from './value-types.js';

/**
 * Checks what a structurally valid condition means: every fact it names is declared, every
 * literal fits its fact's type, and no operator is one json-rules-engine would silently answer
 * `false` for (lessThan on a boolean, contains on any scalar fact). Never throws: anything odd
 * becomes an issue.
 *
 * @param condition - the condition, already checked for structure
 * @param scope - the declared facts and general circumstances
 * @param path - where the condition is, e.g. `items[0].tiers[1].when`
 * @returns the issues found, empty when the condition is sound
 * @example
 * checkCondition({ fact: 'goodsValu', operator: 'lessThan', value: 1 }, scope, 'when')
 * // [{ code: 'undeclared_fact', path: 'when.fact', message: 'unknown fact "goodsValu": …' }]
 */
export function checkCondition(condition: Condition, scope: FactScope, path: string): Issue[] {
  const issues: Issue[] = [];
  visit(condition, scope, path, issues);
  return issues;
}

function visit(node: unknown, scope: FactScope, path: string, issues: Issue[]): void {
  const kind = conditionKind(node);
  if (kind === undefined) {
    issues.push(
      issue('invalid_condition', path, `expected a condition: an object with all, any, not or fact, got ${show(node)}`),
    );
    return;
  }
  const record = node as Record<string, unknown>;
  if (kind === 'fact') {
    checkLeaf(record, scope, path, issues);
    return;
  }
  const at = joinPath(path, kind);
  const child = record[kind];
  if (kind === 'not') {
    if (Array.isArray(child)) issues.push(issue('invalid_condition', at, '"not" takes one condition, not a list'));
    else visit(child, scope, at, issues);
    return;
  }
  if (!Array.isArray(child)) {
    issues.push(issue('invalid_condition', at, `"${kind}" takes a list of conditions, got ${show(child)}`));
    return;
  }
  child.forEach((entry, index) => {
    visit(entry, scope, joinPath(at, `[${index}]`), issues);
  });
}

function checkLeaf(leaf: Record<string, unknown>, scope: FactScope, path: string, issues: Issue[]): void {
  const fact = leaf['fact'];
  const operator = leaf['operator'];
  const value = leaf['value'];
  const declaration = lookupFact(fact, scope, joinPath(path, 'fact'), issues);
  if (!isOperator(operator)) {
    const message = `unknown operator ${show(operator)}; expected one of ${OPERATORS.join(', ')}`;
    issues.push(issue('invalid_condition', joinPath(path, 'operator'), message));
    return;
  }
  const valuePath = joinPath(path, 'value');
  if (!('value' in leaf) || value === undefined) {
    issues.push(issue('invalid_value', valuePath, 'missing value to compare the fact with'));
    return;
  }
  const reference = isFactReference(value);
  const other = reference ? lookupFact(value.fact, scope, joinPath(valuePath, 'fact'), issues) : undefined;
  if (declaration === undefined || typeof fact !== 'string') return;
  const mismatch = operatorMismatch(operator, fact, declaration);
  if (mismatch !== undefined) {
    issues.push(issue('operator_type_mismatch', joinPath(path, 'operator'), mismatch));
    return;
  }
  if (reference) {
    if (LIST_OPERATORS.has(operator)) {
      const message = `"${operator}" needs a list of values, got a reference to the fact ${show(value.fact)} (a fact is never a list)`;
      issues.push(issue('invalid_value', valuePath, message));
    } else if (other !== undefined && !comparableTypes(declaration.type, other.type)) {
      const message = `the ${other.type} fact ${show(value.fact)} cannot be compared with the ${declaration.type} fact "${fact}"; expected ${comparableDescription(declaration.type)}`;
      issues.push(issue('invalid_value', joinPath(valuePath, 'fact'), message));
    }
    return;
  }
  if (!LIST_OPERATORS.has(operator)) {
    checkLiteral(value, fact, declaration, valuePath, issues);
  } else if (!Array.isArray(value)) {
    issues.push(issue('invalid_value', valuePath, `"${operator}" needs a list of values, got ${show(value)}`));
  } else {
    value.forEach((entry, index) => {
      checkLiteral(entry, fact, declaration, joinPath(valuePath, `[${index}]`), issues);
    });
  }
}

/** The declaration of the fact `name`, or undefined after reporting why there is none. */
function lookupFact(name: unknown, scope: FactScope, path: string, issues: Issue[]): FactDeclaration | undefined {
  if (typeof name !== 'string' || name === '') {
    issues.push(issue('invalid_value', path, `expected the name of a fact, got ${show(name)}`));
    return undefined;
  }
  const declaration = scope.lookup(name);
  if (declaration === undefined) {
    issues.push(
      issue(
        'undeclared_fact',
        path,
        `unknown fact "${name}": it is neither a declared fact nor a general circumstance`,
      ),
    );
  }
  return declaration;
}

/**
 * Why `operator` cannot apply to the fact, if it cannot. json-rules-engine does not refuse these:
 * it answers `false` (or, for enum values that happen to start with digits, compares text), so
 * a benchmark using one would silently never select its tier.
 */
function operatorMismatch(operator: Operator, fact: string, declaration: FactDeclaration): string | undefined {
  const { type } = declaration;
  if (ARRAY_FACT_OPERATORS.has(operator)) {
    const instead = operator === 'contains' ? 'in' : 'notIn';
    return `operator "${operator}" is always false for the ${type} fact "${fact}": json-rules-engine applies it only to facts that are lists; use ${instead}`;
  }
  if (!NUMERIC_OPERATORS.has(operator)) return undefined;
  if (type === 'boolean') {
    return `operator "${operator}" is always false for the boolean fact "${fact}": json-rules-engine orders only values that read as numbers; use equal or notEqual`;
  }
  if (type === 'enum') {
    return `operator "${operator}" cannot order the enum fact "${fact}": json-rules-engine orders only values that read as numbers, and enum values are names; use equal, notEqual, in or notIn`;
  }
  return undefined;
}

function checkLiteral(value: unknown, fact: string, declaration: FactDeclaration, path: string, issues: Issue[]): void {
  const offCalendar = declaration.type === 'date' ? calendarDateProblem(value) : undefined;
  if (offCalendar !== undefined) {
    issues.push(issue('invalid_value', path, `${offCalendar} (compared with the date fact "${fact}")`));
    return;
  }
  const expected = literalExpectation(value, declaration);
  if (expected !== undefined) {
    issues.push(
      issue(
        'invalid_value',
        path,
        `expected ${expected} for the ${declaration.type} fact "${fact}", got ${show(value)}`,
      ),
    );
  }
}

function issue(code: IssueCode, path: string, message: string): Issue {
  return { code, path, message };
}
