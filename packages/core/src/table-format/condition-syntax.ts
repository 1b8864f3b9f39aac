import type { Condition } from '../conditions/types.js';
import { isFactNameReference } from '../conditions/shape.js';

/**
 * The condition mini-syntax of benchmark tables (条件表达式): a json-rules-engine condition
 * written the way a person types it in a spreadsheet cell, exact enough to round-trip.
 *
 * ```
 * goodsValue < 10000 且 harm in [none, minor]
 * priorViolations >= 1 或 harm = serious 或 childrenFood = true
 * harm = serious 且 (exceedanceMultiple >= 3 或 priorViolations >= 1)
 * 非 correctedInTime = true
 * 全部(goodsValue < 10000)          — an `all` of one condition (任一(…) for `any`)
 * ```
 *
 * - `A 且 B 且 C` is one `all`, `A 或 B` one `any` (`and`/`or` also work); mixing 且 and 或 needs
 *   parentheses. Parentheses only group: `(A 且 B) 且 C` is an `all` inside an `all`.
 * - `非 X` (`not X`) is `{ not: X }`.
 * - `全部(…)` / `任一(…)` (`all(…)`/`any(…)`) with comma-separated conditions write an `all`/`any`
 *   of any length, as the infix form cannot for zero or one condition.
 * - Operators: `=` `!=` `<` `<=` `>` `>=` (also `≠ ≤ ≥`), `in`, `notIn`, `contains`,
 *   `doesNotContain`, or any json-rules-engine operator name (`lessThan`…).
 * - Values: numbers (`10000`, `0.5`: JSON numbers), `"quoted text"` (JSON strings: `"10000"` is
 *   the text, not the number), bare words (`serious`, `revoke-licence`: text), `true`, `false`,
 *   `null`, lists `[none, minor]`, and `@fact` for another fact's value.
 * - A cell starting with `{` is a condition in JSON, for what the syntax cannot say (a `name` or
 *   `priority` on a condition).
 *
 * The full grammar is in docs/render-import.md.
 */

/** One problem in a condition text, at a 1-based character position. */
export interface ConditionSyntaxProblem {
  readonly character: number;
  readonly code: 'condition_syntax' | 'unknown_operator';
  readonly message: string;
}

export type ConditionParseResult =
  | { readonly ok: true; readonly condition: Condition }
  | { readonly ok: false; readonly problems: readonly ConditionSyntaxProblem[] };

/** Operators as the syntax writes them, and the json-rules-engine operator each stands for. */
const SYMBOL_OPERATORS: Readonly<Record<string, string>> = {
  '=': 'equal',
  '==': 'equal',
  '!=': 'notEqual',
  '≠': 'notEqual',
  '<>': 'notEqual',
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '≤': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
  '≥': 'greaterThanInclusive',
};

const WORD_OPERATORS: Readonly<Record<string, string>> = {
  in: 'in',
  notIn: 'notIn',
  contains: 'contains',
  doesNotContain: 'doesNotContain',
  equal: 'equal',
  notEqual: 'notEqual',
  lessThan: 'lessThan',
  lessThanInclusive: 'lessThanInclusive',
  greaterThan: 'greaterThan',
  greaterThanInclusive: 'greaterThanInclusive',
  属于: 'in',
  不属于: 'notIn',
  包含: 'contains',
  不包含: 'doesNotContain',
};

/** How the formatter writes each operator. */
const WRITTEN: Readonly<Record<string, string>> = {
  equal: '=',
  notEqual: '!=',
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
  in: 'in',
  notIn: 'notIn',
  contains: 'contains',
  doesNotContain: 'doesNotContain',
};

const OPERATOR_LIST = '= != < <= > >= in notIn contains doesNotContain';

const AND_WORDS = new Set(['且', 'and', 'AND']);
const OR_WORDS = new Set(['或', 'or', 'OR']);
const NOT_WORDS = new Set(['非', 'not', 'NOT']);
const ALL_WORDS = new Set(['全部', 'all']);
const ANY_WORDS = new Set(['任一', 'any']);
const LITERALS: Readonly<Record<string, unknown>> = { true: true, false: false, null: null };

/** Words the formatter never writes bare, so a value is never read as something else. */
const RESERVED = new Set([
  ...AND_WORDS,
  ...OR_WORDS,
  ...NOT_WORDS,
  ...ALL_WORDS,
  ...ANY_WORDS,
  ...Object.keys(LITERALS),
  ...Object.keys(WORD_OPERATORS),
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A bare word: letters (any script), digits, `_`, `-`, `.`; not starting with a digit, `-` or `.`. */
const BARE_WORD = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const CONNECTIVE_CHARS = /[且或非]/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

type TokenKind =
  | 'word'
  | 'number'
  | 'string'
  | 'op'
  | 'ref'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | 'and'
  | 'or'
  | 'not'
  | 'end';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 1-based character position. */
  readonly at: number;
  readonly value?: unknown;
}

class SyntaxProblem extends Error {
  constructor(
    readonly character: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a condition written in the mini-syntax.
 *
 * @param text - the cell text
 * @returns the condition, or every problem found with its character position
 * @example parseConditionExpression('goodsValue < 10000 且 harm in [none, minor]')
 * // { ok: true, condition: { all: [ { fact: 'goodsValue', operator: 'lessThan', value: 10000 }, … ] } }
 */
export function parseConditionExpression(text: string): ConditionParseResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseJsonCondition(text);
  const problems: ConditionSyntaxProblem[] = [];
  try {
    const parser = new Parser(tokenize(text), problems);
    const condition = parser.parseTop();
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, condition };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    problems.push({ character: error.character, code: 'condition_syntax', message: error.message });
    return { ok: false, problems };
  }
}

/**
 * Writes a condition in the mini-syntax; {@link parseConditionExpression} reads it back to the
 * same condition. What the syntax cannot express (a `name` or `priority` key, a value that is an
 * object) is written as JSON.
 *
 * @example formatConditionExpression({ any: [{ fact: 'harm', operator: 'equal', value: 'serious' }, { fact: 'priorViolations', operator: 'greaterThanInclusive', value: 1 }] })
 * // 'harm = serious 或 priorViolations >= 1'
 */
export function formatConditionExpression(condition: Condition): string {
  if (!expressible(condition)) return JSON.stringify(condition);
  return format(condition, true);
}

function format(condition: Condition, top: boolean): string {
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const children = isAll ? condition.all : (condition as { any: readonly Condition[] }).any;
    if (children.length < 2)
      return `${isAll ? '全部' : '任一'}(${children.map((child) => format(child, true)).join(', ')})`;
    const text = children.map((child) => format(child, false)).join(isAll ? ' 且 ' : ' 或 ');
    return top ? text : `(${text})`;
  }
  if ('not' in condition) return `非 ${format(condition.not, false)}`;
  return `${condition.fact} ${WRITTEN[condition.operator] ?? condition.operator} ${formatValue(condition.value)}`;
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'string')
    return BARE_WORD.test(value) && !CONNECTIVE_CHARS.test(value) && !RESERVED.has(value)
      ? value
      : JSON.stringify(value);
  if (isFactNameReference(value)) return `@${value.fact}`;
  return JSON.stringify(value);
}

/** True when the syntax can write the condition exactly. */
function expressible(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return false;
  const keys = Object.keys(condition);
  const record = condition as Record<string, unknown>;
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) {
    const children = record[keys[0]];
    return Array.isArray(children) && children.every(expressible);
  }
  if (keys.length === 1 && keys[0] === 'not') return expressible(record['not']);
  const leafKeys = ['fact', 'operator', 'value'];
  if (keys.length !== 3 || !leafKeys.every((key) => keys.includes(key))) return false;
  const fact = record['fact'];
  const operator = record['operator'];
  return (
    typeof fact === 'string' &&
    IDENTIFIER.test(fact) &&
    !RESERVED.has(fact) &&
    typeof operator === 'string' &&
    WRITTEN[operator] !== undefined &&
    expressibleValue(record['value'])
  );
}

function expressibleValue(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value) && Object.is(Number(JSON.stringify(value)), value);
  if (Array.isArray(value)) return value.every(expressibleValue);
  return isFactNameReference(value) && Object.keys(value).length === 1 && IDENTIFIER.test(value.fact);
}

function parseJsonCondition(text: string): ConditionParseResult {
  try {
    return { ok: true, condition: JSON.parse(text) as Condition };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    return {
      ok: false,
      problems: [
        {
          character: position === null ? 1 : Number(position[1]) + 1,
          code: 'condition_syntax',
          message: `a condition starting with "{" is JSON, and this is not valid JSON: ${message}`,
        },
      ],
    };
  }
}

const FULL_WIDTH: Readonly<Record<string, string>> = { '（': '(', '）': ')', '，': ',', '［': '[', '］': ']' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    const at = index + 1;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const punctuation = FULL_WIDTH[char] ?? char;
    if ('()[],'.includes(punctuation)) {
      tokens.push({ kind: punctuation as TokenKind, text: char, at });
      index += 1;
      continue;
    }
    if (char === '且' || char === '或' || char === '非') {
      tokens.push({ kind: char === '且' ? 'and' : char === '或' ? 'or' : 'not', text: char, at });
      index += 1;
      continue;
    }
    if (/[=<>!≠≤≥]/.test(char)) {
      const match = /^[=<>!≠≤≥]+/.exec(text.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'op', text: match[0], at });
      index += match[0].length;
      continue;
    }
    if (char === '"') {
      const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(index));
      if (match === null) throw new SyntaxProblem(at, 'unterminated "quoted text": add the closing "');
      let value: unknown;
      try {
        value = JSON.parse(match[0]);
      } catch {
        throw new SyntaxProblem(
          at,
          `invalid escape in ${match[0]}: quoted text follows JSON (\\" for a quote, \\\\ for a backslash)`,
        );
      }
      tokens.push({ kind: 'string', text: match[0], at, value });
      index += match[0].length;
      continue;
    }
    if (char === '“') {
      const end = text.indexOf('”', index + 1);
      if (end < 0) throw new SyntaxProblem(at, 'unterminated “quoted text”: add the closing ”');
      tokens.push({ kind: 'string', text: text.slice(index, end + 1), at, value: text.slice(index + 1, end) });
      index = end + 1;
      continue;
    }
    if (/[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index));
      if (match === null) throw new SyntaxProblem(at, `unexpected "${char}"`);
      const following = text[index + match[0].length];
      if (following !== undefined && /[\p{L}_]/u.test(following) && !CONNECTIVE_CHARS.test(following)) {
        const word = /^[\p{L}\p{N}_.-]+/u.exec(text.slice(index).split(/[且或非]/)[0] ?? '') as RegExpExecArray;
        throw new SyntaxProblem(
          at,
          `"${word[0]}" starts like a number; write text that starts with a digit in quotes: "${word[0]}"`,
        );
      }
      if (!NUMBER.test(match[0]))
        throw new SyntaxProblem(at, `"${match[0]}" is not a number as JSON writes it (no leading zeros)`);
      tokens.push({ kind: 'number', text: match[0], at, value: Number(match[0]) });
      index += match[0].length;
      continue;
    }
    if (char === '@') {
      const match = /^@([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(index));
      if (match === null) throw new SyntaxProblem(at, '"@" names another fact: @goodsValue');
      tokens.push({ kind: 'ref', text: match[0], at, value: { fact: match[1] } });
      index += match[0].length;
      continue;
    }
    const word = /^[\p{L}_][\p{L}\p{N}_.-]*/u.exec(text.slice(index).split(/[且或非]/)[0] ?? '');
    if (word === null) throw new SyntaxProblem(at, `unexpected "${char}"`);
    const kind: TokenKind = AND_WORDS.has(word[0])
      ? 'and'
      : OR_WORDS.has(word[0])
        ? 'or'
        : NOT_WORDS.has(word[0])
          ? 'not'
          : 'word';
    tokens.push({ kind, text: word[0], at });
    index += word[0].length;
  }
  tokens.push({ kind: 'end', text: '', at: text.length + 1 });
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly problems: ConditionSyntaxProblem[],
  ) {}

  parseTop(): Condition {
    if (this.peek().kind === 'end')
      throw new SyntaxProblem(
        this.peek().at,
        'empty condition: leave the cell empty for none, or write one such as goodsValue < 10000',
      );
    const condition = this.parseChain();
    const next = this.peek();
    if (next.kind !== 'end')
      throw new SyntaxProblem(
        next.at,
        `unexpected ${describe(next)} after a complete condition; join conditions with 且 or 或`,
      );
    return condition;
  }

  private parseChain(): Condition {
    const first = this.parseUnary();
    const connective = this.peek();
    if (connective.kind !== 'and' && connective.kind !== 'or') return first;
    const children = [first];
    while (this.peek().kind === connective.kind) {
      this.next();
      children.push(this.parseUnary());
    }
    const other = this.peek();
    if (other.kind === 'and' || other.kind === 'or') {
      throw new SyntaxProblem(
        other.at,
        `"${other.text}" after "${connective.text}" without parentheses: write (A ${connective.text} B) ${other.text} C or A ${connective.text} (B ${other.text} C)`,
      );
    }
    return connective.kind === 'and' ? { all: children } : { any: children };
  }

  private parseUnary(): Condition {
    const token = this.peek();
    if (token.kind === 'not') {
      this.next();
      return { not: this.parseUnary() };
    }
    if (token.kind === '(') {
      this.next();
      const inner = this.parseChain();
      this.expect(')', 'a closing ")"');
      return inner;
    }
    if (
      token.kind === 'word' &&
      (ALL_WORDS.has(token.text) || ANY_WORDS.has(token.text)) &&
      this.peek(1).kind === '('
    ) {
      this.next();
      this.next();
      const children: Condition[] = [];
      if (this.peek().kind !== ')') {
        children.push(this.parseChain());
        while (this.peek().kind === ',') {
          this.next();
          children.push(this.parseChain());
        }
      }
      this.expect(')', `a closing ")" of ${token.text}(…)`);
      return ALL_WORDS.has(token.text) ? { all: children } : { any: children };
    }
    if (token.kind === 'word') return this.parseComparison();
    throw new SyntaxProblem(token.at, `expected a condition such as goodsValue < 10000, found ${describe(token)}`);
  }

  private parseComparison(): Condition {
    const fact = this.next();
    if (!IDENTIFIER.test(fact.text)) {
      throw new SyntaxProblem(
        fact.at,
        `"${fact.text}" is not a fact name: fact names are letters, digits and _ (goodsValue)`,
      );
    }
    const operatorToken = this.next();
    let operator: string | undefined;
    if (operatorToken.kind === 'op') operator = SYMBOL_OPERATORS[operatorToken.text];
    else if (operatorToken.kind === 'word') operator = WORD_OPERATORS[operatorToken.text];
    else
      throw new SyntaxProblem(
        operatorToken.at,
        `expected an operator (${OPERATOR_LIST}) after "${fact.text}", found ${describe(operatorToken)}`,
      );
    if (operator === undefined) {
      this.problems.push({
        character: operatorToken.at,
        code: 'unknown_operator',
        message: `unknown operator "${operatorToken.text}"; expected one of ${OPERATOR_LIST}`,
      });
      operator = 'equal';
    }
    return { fact: fact.text, operator: operator as 'equal', value: this.parseValue() };
  }

  private parseValue(): unknown {
    const token = this.next();
    switch (token.kind) {
      case 'number':
      case 'string':
      case 'ref':
        return token.value;
      case 'word':
        return Object.hasOwn(LITERALS, token.text) ? LITERALS[token.text] : token.text;
      case '[': {
        const values: unknown[] = [];
        if (this.peek().kind === ']') {
          this.next();
          return values;
        }
        values.push(this.parseValue());
        while (this.peek().kind === ',') {
          this.next();
          values.push(this.parseValue());
        }
        this.expect(']', 'a closing "]" or a "," before the next value');
        return values;
      }
      default:
        throw new SyntaxProblem(
          token.at,
          `expected a value (a number, "text", a word, [a list] or @fact), found ${describe(token)}`,
        );
    }
  }

  private expect(kind: TokenKind, what: string): void {
    const token = this.next();
    if (token.kind !== kind) throw new SyntaxProblem(token.at, `expected ${what}, found ${describe(token)}`);
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (this.position < this.tokens.length - 1) this.position += 1;
    return token;
  }
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the text' : `"${token.text}"`;
}
