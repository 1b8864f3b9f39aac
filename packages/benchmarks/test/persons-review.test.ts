import { describe, expect, it } from 'vitest';
import { createEngine } from '@cailiang/core';
import { review } from '@cailiang/core/review';
import { benchmarks } from '@cailiang/benchmarks';

/**
 * 双罚制 in review, on the shipped AIR-122-1. 大气污染防治法 第一百二十二条第一款: 「…对直接负责的主管人员和
 * 其他直接责任人员可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款」. By hand: 张某 240000 × 百分之五十 =
 * 120000; 李某 85001.15 × 百分之五十 = 42500.575, a maximum rounded down to 42500 (never above the law). The unit
 * (较大事故, loss 1000000, 从轻): 1000000–2000000.
 */
const engine = createEngine([benchmarks['air-pollution']]);
const kase = {
  item: 'AIR-122-1',
  party: { kind: 'organization' },
  facts: { accidentLevel: 'large', directLoss: '1000000', priorViolations: 0, harm: 'none' },
  persons: [
    { name: '张某', facts: { priorYearIncome: '240000' } },
    { name: '李某', facts: { priorYearIncome: '85001.15' } },
  ],
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};
const record = (persons?: unknown) => ({
  sanctions: [{ kind: 'fine', amount: '1500000' }],
  ...(persons === undefined ? {} : { persons }),
  hearingOffered: true,
  reasons: '从轻：首次违法，未造成危害后果',
});
const personFindings = (persons?: unknown) =>
  review(engine, kase, record(persons)).findings.filter((finding) => finding.code.startsWith('person'));

describe('review of the persons’ fines (双罚制)', () => {
  it('passes fines within each person’s own range, and none at all (可以: authorised, not required)', () => {
    expect(
      personFindings([
        { name: '张某', sanctions: [{ kind: 'fine', amount: '120000' }] },
        { name: '李某', sanctions: [{ kind: 'fine', amount: '42500' }] },
      ]),
    ).toEqual([]);
    expect(personFindings([])).toEqual([]);
    expect(personFindings()).toEqual([]);
  });

  it('flags a fine above the person’s 百分之五十, naming the person and the range, citing 第一款', () => {
    const [finding, ...rest] = personFindings([{ name: '李某', sanctions: [{ kind: 'fine', amount: '42501' }] }]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'person-fine-outside-range', severity: 'error' });
    expect(finding?.message).toBe('对李某罚款42501元，超出法律对其规定的幅度（0元至42500元）');
    expect(finding?.citations.map((citation) => citation.text)).toEqual([
      '《中华人民共和国大气污染防治法》第一百二十二条第一款',
    ]);
  });

  it('flags a person the case does not name, and a kind the statute does not put on the persons', () => {
    expect(
      personFindings([{ name: '王某', sanctions: [{ kind: 'fine', amount: '1000' }] }]).map((f) => f.code),
    ).toEqual(['person-not-decided']);
    const detained = personFindings([{ name: '张某', sanctions: [{ kind: 'detention', quantity: '5' }] }]);
    expect(detained.map((finding) => finding.code)).toEqual(['person-sanction-not-provided']);
    expect(detained[0]?.message).toBe('对张某给予了行政拘留，但法律对直接责任人员规定的处罚不包括该种类');
  });

  it('refuses a malformed persons list with the path of each problem', () => {
    expect(() => review(engine, kase, record([{ sanctions: [{ kind: 'fine', amount: 'x' }] }]))).toThrow(
      expect.objectContaining({
        code: 'INVALID_IMPOSED',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'imposed.persons[0].name' }),
          expect.objectContaining({ path: 'imposed.persons[0].sanctions[0].amount' }),
        ]),
      }),
    );
  });
});
