import { describe, expect, it } from 'vitest';
import { generalRuleCitation, penaltyLaw, penaltyLaw2017 } from '../../src/citation/general-laws.js';
import { PENALTY_LAW_2017, PENALTY_LAW_2021, penaltyLawInForce } from '../../src/general-rules/editions.js';
import { limitation2017 } from '../../src/general-rules/limitation.js';

describe('penaltyLawInForce', () => {
  // 2017 text heading: 施行至2021年7月14日; 2021 text 第八十六条: 本法自2021年7月15日起施行。
  it('gives the 2017 text up to 2021-07-14 and the 2021 text from 2021-07-15', () => {
    expect(penaltyLawInForce('2016-01-01')).toBe(PENALTY_LAW_2017);
    expect(penaltyLawInForce('2021-07-14')).toBe(PENALTY_LAW_2017);
    expect(penaltyLawInForce('2021-07-15')).toBe(PENALTY_LAW_2021);
    expect(penaltyLawInForce('2026-12-06')).toBe(PENALTY_LAW_2021);
  });

  it('has no 2021-only ground in the 2017 rules', () => {
    const cited = PENALTY_LAW_2017.rules.map((rule) => generalRuleCitation(rule.citation).text);
    expect(cited.every((text) => text.startsWith('《中华人民共和国行政处罚法》（2017年修正）'))).toBe(true);
    expect(PENALTY_LAW_2017.rules.some((rule) => rule.effect === 'exemption-offered')).toBe(false);
  });
});

describe('generalRuleCitation', () => {
  it('names the 2017 edition after the title, as the text heads itself', () => {
    expect(generalRuleCitation(penaltyLaw2017(27, 1, 2))).toMatchObject({
      text: '《中华人民共和国行政处罚法》（2017年修正）第二十七条第一款第（二）项',
      title: '中华人民共和国行政处罚法',
      edition: '2017-09-01',
    });
  });

  it('keeps the 2021 text named by title alone', () => {
    expect(generalRuleCitation(penaltyLaw(36, 1)).text).toBe('《中华人民共和国行政处罚法》第三十六条第一款');
  });
});

describe('limitation2017', () => {
  // 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚。 No five years: that came in 2021 (第三十六条).
  it('counts two years whatever the harm', () => {
    const result = limitation2017({ act: '2018-06-01', discovered: '2022-06-01' });
    expect(result).toMatchObject({ years: 2, from: '2018-06-01', until: '2020-06-01', timeBarred: true });
  });

  it('counts from the end of a continuing act and cites 第二款', () => {
    const result = limitation2017({ act: '2019-01-01', actEnded: '2019-03-31', discovered: '2021-03-31' });
    expect(result?.timeBarred).toBe(false);
    expect(result?.citations.map((c) => generalRuleCitation(c).text)).toEqual([
      '《中华人民共和国行政处罚法》（2017年修正）第二十九条第一款',
      '《中华人民共和国行政处罚法》（2017年修正）第二十九条第二款',
    ]);
  });

  it('is not checked without a discovery date', () => {
    expect(limitation2017({ act: '2019-01-01' })).toBeUndefined();
  });
});
