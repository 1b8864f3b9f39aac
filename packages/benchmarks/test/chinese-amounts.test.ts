import { describe, expect, it } from 'vitest';
import { describePhrase, findAmountPhrases, parseChineseNumber } from './support/chinese-amounts.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', '1'],
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['一百', '100'],
    ['一百零五', '105'],
    ['一百一十', '110'],
    ['一百二十六', '126'],
    ['一千', '1000'],
    ['一千零五十', '1050'],
    ['一千五百', '1500'],
    ['二千', '2000'],
    ['两万', '20000'],
    ['五万', '50000'],
    ['十万', '100000'],
    ['十五万', '150000'],
    ['五十万', '500000'],
    ['一百万', '1000000'],
    ['一千五百万', '15000000'],
    ['五万五千', '55000'],
    ['一亿二千万', '120000000'],
    ['一点五', '1.5'],
    ['零', '0'],
    ['5', '5'],
    ['10', '10'],
    ['1万', '10000'],
    ['20万', '200000'],
  ])('%s → %s', (text, expected) => {
    expect(parseChineseNumber(text).toFixed()).toBe(expected);
  });

  it.each(['', '二二', '十百', '百', '万', '万万', '一万万', '五千万亿', '一点', 'abc', '五十元'])(
    'refuses %j',
    (text) => {
      expect(() => parseChineseNumber(text)).toThrow(/not a Chinese numeral/);
    },
  );
});

describe('findAmountPhrases', () => {
  const one = (text: string) => {
    const phrases = findAmountPhrases(text);
    expect(phrases).toHaveLength(1);
    return phrases[0]!;
  };

  it.each([
    ['并处五万元以上十万元以下罚款', 'fine', '50000–100000 yuan'],
    ['并处货值金额十倍以上二十倍以下罚款', 'fine', '10–20 times'],
    ['处五千元以下罚款', 'fine', '–5000 yuan'],
    ['处二千元以上的罚款', 'fine', '2000– yuan'],
    ['处一万元以上五万元以下的罚款', 'fine', '10000–50000 yuan'],
    ['处十万元罚款', 'fine', '100000–100000 yuan'],
    ['处五日以上十日以下拘留', 'detention', '5–10 day'],
    ['处违法所得一倍以上三倍以下的罚款', 'fine', '1–3 times'],
    ['处违法收入百分之五十以下的罚款', 'fine', '–0.5 times'],
    ['处建设项目总投资额百分之一以上百分之五以下的罚款', 'fine', '0.01–0.05 times'],
    ['处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款', 'fine', '0.5–3 times'],
    ['处货值金额等值以上三倍以下的罚款', 'fine', '1–3 times'],
    ['并处5万元以上20万元以下罚款', 'fine', '50000–200000 yuan'],
    ['处五万以上十万元以下罚款', 'fine', '50000–100000 yuan'],
    ['货值金额不足一万元的，', 'threshold', '–<10000 yuan'],
    ['货值金额一万元以上的，', 'threshold', '10000– yuan'],
    ['违法所得超过五万元的，', 'threshold', '>50000– yuan'],
  ])('%s', (text, role, described) => {
    const phrase = one(text);
    expect(phrase.role).toBe(role);
    expect(describePhrase(phrase)).toBe(described);
  });

  it('names the base of a multiple', () => {
    expect(one('并处货值金额十倍以上二十倍以下罚款').base).toBe('货值金额');
    expect(one('处违法所得一倍以上三倍以下的罚款').base).toBe('违法所得');
  });

  it('reads a whole penalty sentence in order, ignoring article numbers', () => {
    const text =
      '违法生产经营的食品货值金额不足一万元的，并处十万元以上十五万元以下罚款；货值金额一万元以上的，并处货值金额十五倍以上三十倍以下罚款；' +
      '情节严重的，吊销许可证，并可以由公安机关对其直接负责的主管人员和其他直接责任人员处五日以上十五日以下拘留。依照本法第一百二十三条第一款规定';
    expect(findAmountPhrases(text).map((p) => `${p.role} ${describePhrase(p)}`)).toEqual([
      'threshold –<10000 yuan',
      'fine 100000–150000 yuan',
      'threshold 10000– yuan',
      'fine 15–30 times',
      'detention 5–15 day',
    ]);
  });
});
