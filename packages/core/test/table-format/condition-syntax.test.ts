import { describe, expect, it } from 'vitest';
import { formatConditionExpression, parseConditionExpression } from '../../src/table-format/condition-syntax.js';
import type { Condition } from '../../src/index.js';

const parse = (text: string) => {
  const result = parseConditionExpression(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.character}: ${p.message}`).join('\n'));
  return result.condition;
};

const problems = (text: string) => {
  const result = parseConditionExpression(text);
  if (result.ok) throw new Error(`expected problems, parsed ${JSON.stringify(result.condition)}`);
  return result.problems.map((problem) => `${problem.character}: ${problem.message}`);
};

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

describe('parseConditionExpression', () => {
  it('reads a comparison with each operator', () => {
    expect(parse('goodsValue < 10000')).toEqual(leaf('goodsValue', 'lessThan', 10000));
    expect(parse('goodsValue <= 10000')).toEqual(leaf('goodsValue', 'lessThanInclusive', 10000));
    expect(parse('goodsValue ≤ 10000')).toEqual(leaf('goodsValue', 'lessThanInclusive', 10000));
    expect(parse('priorViolations >= 1')).toEqual(leaf('priorViolations', 'greaterThanInclusive', 1));
    expect(parse('priorViolations > 1')).toEqual(leaf('priorViolations', 'greaterThan', 1));
    expect(parse('harm = serious')).toEqual(leaf('harm', 'equal', 'serious'));
    expect(parse('harm != serious')).toEqual(leaf('harm', 'notEqual', 'serious'));
    expect(parse('harm in [none, minor]')).toEqual(leaf('harm', 'in', ['none', 'minor']));
    expect(parse('harm notIn []')).toEqual(leaf('harm', 'notIn', []));
    expect(parse('tags contains food')).toEqual(leaf('tags', 'contains', 'food'));
    expect(parse('goodsValue lessThanInclusive 5')).toEqual(leaf('goodsValue', 'lessThanInclusive', 5));
  });

  it('keeps the type of each value: numbers, "text", words, booleans, null, fact references', () => {
    expect(parse('goodsValue < "10000"')).toEqual(leaf('goodsValue', 'lessThan', '10000'));
    expect(parse('exceedance >= 0.5')).toEqual(leaf('exceedance', 'greaterThanInclusive', 0.5));
    expect(parse('delta > -3')).toEqual(leaf('delta', 'greaterThan', -3));
    expect(parse('childrenFood = true')).toEqual(leaf('childrenFood', 'equal', true));
    expect(parse('childrenFood = false')).toEqual(leaf('childrenFood', 'equal', false));
    expect(parse('note = null')).toEqual(leaf('note', 'equal', null));
    expect(parse('level = 严重')).toEqual(leaf('level', 'equal', '严重'));
    expect(parse('kind = revoke-licence')).toEqual(leaf('kind', 'equal', 'revoke-licence'));
    expect(parse('illegalIncome > @goodsValue')).toEqual(leaf('illegalIncome', 'greaterThan', { fact: 'goodsValue' }));
    expect(parse('label = "且 or, [x]"')).toEqual(leaf('label', 'equal', '且 or, [x]'));
    expect(parse('label = “全角引号”')).toEqual(leaf('label', 'equal', '全角引号'));
  });

  it('joins with 且 into one all and with 或 into one any; parentheses only group', () => {
    expect(parse('goodsValue < 10000 且 harm in [none, minor]')).toEqual({
      all: [leaf('goodsValue', 'lessThan', 10000), leaf('harm', 'in', ['none', 'minor'])],
    });
    expect(parse('a = 1 或 b = 2 或 c = 3')).toEqual({
      any: [leaf('a', 'equal', 1), leaf('b', 'equal', 2), leaf('c', 'equal', 3)],
    });
    expect(parse('a = 1 and b = 2')).toEqual({ all: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] });
    expect(parse('harm = serious 且 (x >= 3 或 y >= 1)')).toEqual({
      all: [
        leaf('harm', 'equal', 'serious'),
        { any: [leaf('x', 'greaterThanInclusive', 3), leaf('y', 'greaterThanInclusive', 1)] },
      ],
    });
    expect(parse('(a = 1 且 b = 2) 且 c = 3')).toEqual({
      all: [{ all: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] }, leaf('c', 'equal', 3)],
    });
    expect(parse('((a = 1))')).toEqual(leaf('a', 'equal', 1));
    expect(parse('a=1且b=2')).toEqual({ all: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] });
    expect(parse('（a = 1 或 b = 2）且 c = 3')).toEqual({
      all: [{ any: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] }, leaf('c', 'equal', 3)],
    });
  });

  it('reads 非, and 全部(…)/任一(…) for groups of any length', () => {
    expect(parse('非 correctedInTime = true')).toEqual({ not: leaf('correctedInTime', 'equal', true) });
    expect(parse('非 (a = 1 或 b = 2)')).toEqual({ not: { any: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] } });
    expect(parse('全部(goodsValue < 10000)')).toEqual({ all: [leaf('goodsValue', 'lessThan', 10000)] });
    expect(parse('任一(a = 1)')).toEqual({ any: [leaf('a', 'equal', 1)] });
    expect(parse('全部()')).toEqual({ all: [] });
    expect(parse('all(a = 1, b = 2 或 c = 3)')).toEqual({
      all: [leaf('a', 'equal', 1), { any: [leaf('b', 'equal', 2), leaf('c', 'equal', 3)] }],
    });
  });

  it('reads JSON for what the syntax cannot say', () => {
    expect(parse('{"all":[{"fact":"a","operator":"equal","value":1,"name":"first"}]}')).toEqual({
      all: [{ fact: 'a', operator: 'equal', value: 1, name: 'first' }],
    });
  });

  it('reports an unknown operator at its character, and goes on', () => {
    expect(problems('goodsValue => 10000')).toEqual([
      '12: unknown operator "=>"; expected one of = != < <= > >= in notIn contains doesNotContain',
    ]);
    expect(problems('a => 1 且 b =< 2')).toEqual([
      '3: unknown operator "=>"; expected one of = != < <= > >= in notIn contains doesNotContain',
      '12: unknown operator "=<"; expected one of = != < <= > >= in notIn contains doesNotContain',
    ]);
    expect(problems('a like 1')).toEqual([
      '3: unknown operator "like"; expected one of = != < <= > >= in notIn contains doesNotContain',
    ]);
  });

  it('reports syntax errors with their position', () => {
    expect(problems('')).toEqual([
      '1: empty condition: leave the cell empty for none, or write one such as goodsValue < 10000',
    ]);
    expect(problems('a = 1 且 b = 2 或 c = 3')).toEqual([
      '15: "或" after "且" without parentheses: write (A 且 B) 或 C or A 且 (B 或 C)',
    ]);
    expect(problems('(a = 1 且 b = 2')).toEqual(['15: expected a closing ")", found the end of the text']);
    expect(problems('a = 1 b = 2')).toEqual([
      '7: unexpected "b" after a complete condition; join conditions with 且 or 或',
    ]);
    expect(problems('a in [x, y')).toEqual([
      '11: expected a closing "]" or a "," before the next value, found the end of the text',
    ]);
    expect(problems('a = "open')).toEqual(['5: unterminated "quoted text": add the closing "']);
    expect(problems('a =')).toEqual([
      '4: expected a value (a number, "text", a word, [a list] or @fact), found the end of the text',
    ]);
    expect(problems('货值金额 < 1')).toEqual([
      '1: "货值金额" is not a fact name: fact names are letters, digits and _ (goodsValue)',
    ]);
    expect(problems('a = 2nd')).toEqual([
      '5: "2nd" starts like a number; write text that starts with a digit in quotes: "2nd"',
    ]);
    expect(problems('a = 01')).toEqual(['5: "01" is not a number as JSON writes it (no leading zeros)']);
    expect(problems('且 a = 1')).toEqual(['1: expected a condition such as goodsValue < 10000, found "且"']);
    expect(problems('{"all": [}')).toEqual([
      expect.stringMatching(/^\d+: a condition starting with "\{" is JSON, and this is not valid JSON/),
    ]);
  });
});

describe('formatConditionExpression', () => {
  const cases: [string, Condition, string][] = [
    ['a leaf', leaf('goodsValue', 'lessThan', 10000) as Condition, 'goodsValue < 10000'],
    ['an all of one', { all: [leaf('goodsValue', 'lessThan', 10000)] } as Condition, '全部(goodsValue < 10000)'],
    ['an empty any', { any: [] }, '任一()'],
    [
      'nested groups',
      {
        all: [
          leaf('harm', 'equal', 'serious'),
          { any: [leaf('x', 'greaterThanInclusive', 3), leaf('y', 'greaterThanInclusive', 1)] },
        ],
      } as Condition,
      'harm = serious 且 (x >= 3 或 y >= 1)',
    ],
    [
      'an all inside an all',
      { all: [{ all: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] }, leaf('c', 'equal', 3)] } as Condition,
      '(a = 1 且 b = 2) 且 c = 3',
    ],
    ['not', { not: { any: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] } } as Condition, '非 (a = 1 或 b = 2)'],
    ['text that looks like a number', leaf('goodsValue', 'lessThan', '10000') as Condition, 'goodsValue < "10000"'],
    [
      'text with a connective or keyword',
      leaf('label', 'in', ['非法', 'true', 'in', 'a b']) as Condition,
      'label in ["非法", "true", "in", "a b"]',
    ],
    [
      'a fact reference',
      leaf('illegalIncome', 'greaterThan', { fact: 'goodsValue' }) as Condition,
      'illegalIncome > @goodsValue',
    ],
    [
      'a name, in JSON',
      { all: [{ fact: 'a', operator: 'equal', value: 1, name: 'n' }] } as Condition,
      '{"all":[{"fact":"a","operator":"equal","value":1,"name":"n"}]}',
    ],
    [
      'an object value, in JSON',
      leaf('a', 'equal', { x: 1 }) as Condition,
      '{"fact":"a","operator":"equal","value":{"x":1}}',
    ],
  ];
  for (const [what, condition, text] of cases) {
    it(`writes ${what}, and reads it back`, () => {
      expect(formatConditionExpression(condition)).toBe(text);
      expect(parse(text)).toEqual(condition);
    });
  }
});
