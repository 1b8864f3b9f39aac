import { describe, expect, it } from 'vitest';
import { formatCitation, formatProvision, toChineseNumeral } from '../src/citation/index.js';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [34, '三十四'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [115, '一百一十五'],
    [124, '一百二十四'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [1259, '一千二百五十九'],
    [1260, '一千二百六十'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
  });
});

describe('formatCitation', () => {
  const FSL = { title: '中华人民共和国食品安全法', edition: '2021-04-29' };

  it('formats article, paragraph and item in the official style', () => {
    expect(formatCitation({ law: 'FSL', article: 124, paragraph: 1, item: 3 }, FSL)).toBe(
      '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项',
    );
  });

  it('formats an item without a paragraph', () => {
    expect(formatCitation({ law: 'FSL', article: 34, item: 4 }, FSL)).toBe(
      '《中华人民共和国食品安全法》第三十四条第（四）项',
    );
  });

  it('writes 目 in Arabic numerals', () => {
    expect(formatProvision({ article: 110, paragraph: 2, item: 1, subitem: 3 })).toBe(
      '第一百一十条第二款第（一）项第3目',
    );
  });
});
