import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { explainDecision } from '../../src/explain/index.js';
import { renderMarkdown } from '../../src/render/index.js';
import { exampleRuleSet } from '../../../../test-support/builders.js';

// Dates counted by hand on the 2025 arrangement (国办发明电〔2024〕12号): Sun 09-28 and Sat 10-11
// worked (调休), 10-01..10-08 off. From Fri 2025-09-26: 09-28 1, 09-29 2, 09-30 3, 10-09 4, 10-10 5,
// 10-11 6, 10-13 7 … 10-30 20, 11-13 30, 12-04 45, 12-25 60.

/** The example set's licensing item LIC-FS-35 with its time limit changed by `change`. */
function engineWith(change: (timeLimit: Record<string, any>) => void = () => {}) {
  const data = exampleRuleSet();
  change(data.items[1].timeLimit);
  return createEngine([loadRuleSet(data)]);
}

const clocks = (decision: Decision) => decision.deadlines.map((d) => [d.kind, d.date, d.workingDays]);
const deemedOf = (decision: Decision) => (decision.outcome === 'licensing' ? decision.deemed : undefined);

describe('licensing clocks of 行政许可法', () => {
  it('第四十二条第二款: 45 working days, +15 approved by 本级人民政府负责人', () => {
    const decision = engineWith((limit) => {
      limit.statutory = { workingDays: 45, extension: 15, handling: 'joint' };
    }).decide({ item: 'LIC-FS-35', dates: { accepted: '2025-09-26' } });
    expect(clocks(decision)).toEqual([
      ['promised', '2025-10-16', 10],
      ['statutory', '2025-12-04', 45],
      ['statutory-extended', '2025-12-25', 60],
    ]);
    expect(decision.deadlines[2]?.requires).toEqual(['经本级人民政府负责人批准', '将延长期限的理由告知申请人']);
    expect(decision.deadlines[1]?.citations?.map((c) => c.text)).toContain(
      '《中华人民共和国行政许可法》第四十二条第二款',
    );
  });

  it('第四十二条第一款: the extension shows 本行政机关负责人批准 and the notice to the applicant', () => {
    const decision = engineWith().decide({ item: 'LIC-FS-35', dates: { accepted: '2025-09-26' } });
    expect(decision.deadlines[2]).toMatchObject({
      kind: 'statutory-extended',
      requires: ['经本行政机关负责人批准', '将延长期限的理由告知申请人'],
    });
    expect(decision.deadlines[1]?.requires).toBeUndefined();
  });

  it('第四十三条: a lower agency reviews within 20 working days of its acceptance', () => {
    const decision = engineWith((limit) => {
      limit.lowerReview = { workingDays: 20 };
    }).decide({ item: 'LIC-FS-35', dates: { accepted: '2025-09-26' } });
    expect(decision.deadlines.find((d) => d.kind === 'lower-review')).toMatchObject({
      date: '2025-10-30',
      workingDays: 20,
      citations: [
        { text: '《中华人民共和国行政许可法》第四十三条' },
        { text: '《中华人民共和国行政许可法》第八十二条' },
      ],
    });
  });

  it('第三十二条: corrections asked for in time and no acceptance yet — only the notice clock runs', () => {
    const decision = engineWith().decide({
      item: 'LIC-FS-35',
      dates: { received: '2025-09-26', correctionNotified: '2025-09-29' },
    });
    expect(clocks(decision)).toEqual([['correction-notice', '2025-10-10', 5]]);
    expect(deemedOf(decision)).toBeUndefined();
    expect(decision.warnings.map((w) => w.code)).toEqual(['not-yet-accepted']);
  });

  it('第三十二条: accepted within the five days — the clocks run from that acceptance, nothing deemed', () => {
    // from Tue 09-30: 10-09 1, 10-10 2, 10-11 3, 10-13 4 … 10-21 10
    const decision = engineWith().decide({
      item: 'LIC-FS-35',
      dates: { received: '2025-09-26', accepted: '2025-09-30' },
    });
    expect(deemedOf(decision)).toBeUndefined();
    expect(decision.deadlines[1]).toMatchObject({ kind: 'promised', date: '2025-10-21' });
  });

  it('第三十二条: nothing asked, acceptance given late — deemed accepted on receipt, with a warning', () => {
    const decision = engineWith().decide({
      item: 'LIC-FS-35',
      dates: { received: '2025-09-26', accepted: '2025-10-20' },
    });
    expect(deemedOf(decision)).toMatchObject([{ kind: 'accepted', date: '2025-09-26' }]);
    expect(decision.deadlines.find((d) => d.kind === 'statutory')?.date).toBe('2025-10-30');
    expect(decision.warnings.map((w) => w.code)).toEqual(['acceptance-deemed']);
  });

  it('第四十四条 and a late decision: the licence within 10 working days; a decision past the limit is flagged', () => {
    // decided Fri 11-14, after 11-13 (30): 11-17 1 … 11-28 10
    const decision = engineWith().decide({
      item: 'LIC-FS-35',
      dates: { accepted: '2025-09-26', decision: '2025-11-14' },
    });
    expect(decision.deadlines.at(-1)).toMatchObject({ kind: 'certificate', date: '2025-11-28', workingDays: 10 });
    expect(decision.warnings.map((w) => w.code)).toEqual(['decision-late']);
  });

  it('第五十条: decided before expiry — no renewal is deemed; applied in time — no warning', () => {
    // expires 2025-12-31 → apply by 12-01 (30 days remain, 12-02..12-31)
    const decision = engineWith().decide({
      item: 'LIC-FS-35',
      dates: { accepted: '2025-11-28', expires: '2025-12-31', decision: '2025-12-10' },
    });
    expect(decision.deadlines.filter((d) => d.kind.startsWith('renewal')).map((d) => [d.kind, d.date])).toEqual([
      ['renewal-application', '2025-12-01'],
      ['renewal-decision', '2025-12-31'],
    ]);
    expect(deemedOf(decision)).toBeUndefined();
    expect(decision.warnings).toEqual([]);
  });

  it('refuses a licensing case with neither acceptance nor receipt, naming both', () => {
    expect(() => engineWith().decide({ item: 'LIC-FS-35', dates: { decision: '2025-10-01' } })).toThrow(
      /dates.accepted: missing; a licensing case gives the date of the acceptance \(受理之日\) or of the receipt/,
    );
  });

  it('refuses an acceptance before the receipt', () => {
    expect(() =>
      engineWith().decide({ item: 'LIC-FS-35', dates: { received: '2025-09-26', accepted: '2025-09-25' } }),
    ).toThrow(/dates.accepted: the application cannot be accepted before its materials were received/);
  });
});

describe('licensing explained and rendered', () => {
  it('the reasoning names each clock, its provisions, what an extension requires and what is deemed', () => {
    const { zh, en } = explainDecision(engineWith(), {
      item: 'LIC-FS-35',
      dates: { received: '2025-09-26', expires: '2025-10-31', decision: '2025-11-03' },
    });
    expect(zh).toContain('自收到申请材料之日（2025-09-26）起即为受理');
    expect(zh).toContain('视为准予延续');
    expect(zh).toContain('延长后的法定办结期限（30个工作日）为2025-11-13');
    expect(zh).toContain('须经本行政机关负责人批准，并将延长期限的理由告知申请人');
    expect(en).toContain('the renewal is deemed granted');
  });

  it('a licensing-only rule set renders no empty penalty table, and states who approves the extension', () => {
    const data = exampleRuleSet();
    data.items = [data.items[1]];
    data.items[0].timeLimit.lowerReview = { workingDays: 20 };
    const text = renderMarkdown(loadRuleSet(data));
    expect(text).not.toContain('## 行政处罚裁量基准');
    expect(text).toContain('## 行政许可事项');
    expect(text).toContain(
      '二十个工作日；经本行政机关负责人批准，可以延长十个工作日，并应当将延长期限的理由告知申请人；下级行政机关二十个工作日内审查完毕',
    );
  });
});
