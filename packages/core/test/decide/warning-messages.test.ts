import { describe, expect, it } from 'vitest';
import { warningList, warningMessage } from '../../src/decide/warning-messages.js';
import type { DecisionWarningCode, DecisionWarningParams } from '../../src/decide/warning-messages.js';

const tier = { level: 'heavier', label: '从重' };

/** One set of figures per code: the type makes a new code without a sample a compile error. */
const SAMPLES: { readonly [C in DecisionWarningCode]: DecisionWarningParams[C] } = {
  'concurrence-other-sanctions': { sanctions: [{ item: 'PQL-56', kind: 'revoke-licence' }] },
  'tier-range-clamped': { tier, min: '40000', max: '60000', unit: '元', statutoryMin: '10000', statutoryMax: '50000' },
  'conflicting-circumstances': { tier, min: '2250', max: '3000', band: 'lighter', bandMin: '500', bandMax: '1250' },
  'mitigation-band-missing': { citations: '《中华人民共和国行政处罚法》第三十二条第（二）项' },
  'penalty-law-not-compared': { law: '中华人民共和国行政处罚法（2017年修正）' },
  'limitation-not-checked': { article: '行政处罚法 第三十六条' },
  'persons-not-decided': { text: '对直接负责的主管人员处以罚款', fineText: '上一年度收入百分之五十以下' },
  'sanction-not-authorised': { tier, kind: 'suspend-business' },
  'special-rule-not-met': {
    rule: '首违不罚',
    ruleCitation: '《中华人民共和国行政处罚法》第三十三条第一款',
    cited: '《中华人民共和国食品安全法》第一百三十六条',
    conditions: '尽到进货查验义务',
  },
  'table-rule-top-tier': { rule: 'raise', label: '上调一个档次', steps: 1, tier, item: 'FS-124-1-3' },
  'acceptance-deemed': { received: '2026-02-12', accepted: '2026-03-02' },
  'not-yet-accepted': { notified: '2026-02-13' },
  'decision-late': { decision: '2026-04-01', last: '2026-03-12', kind: 'statutory' },
  'renewal-applied-late': { applied: '2026-05-20', applyBy: '2026-05-02', expires: '2026-06-01' },
  'guide-outside-decided-range': { kind: 'fine', recommended: '200', min: '0', max: '100' },
};
const CODES = Object.keys(SAMPLES) as DecisionWarningCode[];

describe('warningMessage', () => {
  it.each(CODES)('%s: Chinese by default, no English words of the library', (code) => {
    const message = warningMessage(code, SAMPLES[code] as never);
    expect(message).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(message).not.toMatch(/\b(tier|heavier|statutory|case gives|revoke-licence|suspend-business|promised)\b/);
  });

  it.each(CODES)('%s: English on request', (code) => {
    const english = warningMessage(code, SAMPLES[code] as never, 'en');
    expect(english).not.toBe(warningMessage(code, SAMPLES[code] as never));
    expect(english).toMatch(/\b(the|a|an|of|was|is|for|no)\b/);
  });

  it("names the tier by its label, the sanction by 第九条's words and the deadline by the law's", () => {
    expect(warningMessage('sanction-not-authorised', SAMPLES['sanction-not-authorised'])).toBe(
      '“从重”裁量阶次增加了“责令停产停业”，法定处罚种类（并处、可以并处）中没有该项处罚',
    );
    expect(warningMessage('decision-late', SAMPLES['decision-late'])).toBe(
      '2026-04-01作出的决定晚于法律允许的最后一日2026-03-12（法定期限）',
    );
  });
});

describe('warningList', () => {
  it('words each warning in its language, keeping the code', () => {
    const zh = warningList();
    const en = warningList('en');
    zh.add('not-yet-accepted', { notified: '2026-02-13' });
    en.add('not-yet-accepted', { notified: '2026-02-13' });
    expect(zh.items).toEqual([
      {
        code: 'not-yet-accepted',
        message: '已于2026-02-13告知补正；期限自受理之日起计算，案件未提供受理日期（dates.accepted）',
      },
    ]);
    expect(en.items[0]?.message).toBe(
      'corrections were asked for on 2026-02-13; the time limits run from the acceptance (dates.accepted), which the case does not give',
    );
  });
});
