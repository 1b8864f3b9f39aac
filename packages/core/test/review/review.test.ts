import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { readImposed, review } from '../../src/review/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { decimalOf } from '../../src/money/decimal-memo.js';
import { reviewImposed } from '../../src/review/review.js';
import { exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

function engineWith(thresholds = true) {
  const data = exampleRuleSet();
  if (thresholds) data.policy.hearingThresholds = { individual: '2000', organization: '150000' };
  return createEngine([loadRuleSet(data)]);
}
const engine = engineWith();
/** The example case: tier 一般, statutory 50000–100000, tier 65000–85000, income 1200. */
const kase = foodCase();
const proper = (fine: string, extra: Record<string, unknown> = {}) => ({
  sanctions: [
    { kind: 'fine', amount: fine },
    { kind: 'confiscate-illegal-income', amount: '1200' },
    { kind: 'confiscate-illegal-goods' },
  ],
  hearingOffered: false,
  reasons: '',
  ...extra,
});
const codes = (result: ReturnType<typeof review>) => result.findings.map((finding) => finding.code);

describe('review', () => {
  it('passes a decision inside the tier with every mandatory sanction', () => {
    const result = review(engine, kase, proper('70000'));
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('pass');
  });

  it('fine-outside-tier: within the statute, outside the tier, is a warning asking for reasons', () => {
    const result = review(engine, kase, proper('90000'));
    expect(result.verdict).toBe('warn');
    expect(result.findings).toMatchObject([
      { code: 'fine-outside-tier', severity: 'warning', citations: [{ role: 'basis' }, { role: 'benchmark' }] },
    ]);
    expect(result.findings[0]?.message).toContain('处罚决定未说明理由');
    const english = review(engine, kase, proper('90000'), { language: 'en' });
    expect(english.findings[0]?.message).toContain('no reasons');
    expect(english.findings.map((finding) => finding.code)).toEqual(result.findings.map((finding) => finding.code));
  });

  it('fine-outside-statutory: above the maximum is an error', () => {
    expect(codes(review(engine, kase, proper('100001')))).toEqual(['fine-outside-statutory']);
    expect(codes(review(engine, kase, proper('100000')))).toEqual(['fine-outside-tier']);
  });

  it('reduced-without-ground: below the minimum without a mitigation ground', () => {
    expect(codes(review(engine, kase, proper('40000')))).toEqual(['reduced-without-ground']);
    const mitigated = foodCase({ circumstances: { coerced: true } });
    expect(codes(review(engine, mitigated, proper('40000')))).toEqual([]);
  });

  it('missing-mandatory-sanction: a 并处 confiscation omitted', () => {
    const result = review(engine, kase, { sanctions: [{ kind: 'fine', amount: '70000' }], hearingOffered: false });
    expect(codes(result)).toEqual(['missing-mandatory-sanction', 'missing-mandatory-sanction']);
    expect(result.findings[0]?.message).toContain('没收违法所得');
    const english = review(
      engine,
      kase,
      { sanctions: [{ kind: 'fine', amount: '70000' }], hearingOffered: false },
      { language: 'en' },
    );
    expect(english.findings[0]?.message).toContain('confiscate-illegal-income');
  });

  it('sanction-not-authorised and sanction-amount-differs', () => {
    const result = review(engine, kase, {
      sanctions: [
        { kind: 'fine', amount: '70000' },
        { kind: 'confiscate-illegal-income', amount: '1000' },
        { kind: 'confiscate-illegal-goods' },
        { kind: 'revoke-licence' },
      ],
      hearingOffered: true,
    });
    expect(codes(result)).toEqual(['sanction-amount-differs', 'sanction-not-authorised']);
  });

  it('penalty-despite-exemption: a mandatory no-penalty ground holds', () => {
    const minor = foodCase({ party: { kind: 'individual', age: 13 } });
    expect(codes(review(engine, minor, proper('70000', { hearingOffered: true })))).toEqual([
      'penalty-despite-exemption',
    ]);
    expect(review(engine, minor, { sanctions: [] }).verdict).toBe('pass');
  });

  it('exemption-not-considered: a discretionary exemption holds and no reasons are given', () => {
    const first = foodCase({ facts: { goodsValue: '800' }, circumstances: { correctedInTime: true } });
    expect(codes(review(engine, first, proper('70000')))).toEqual(['exemption-not-considered']);
    expect(
      codes(review(engine, first, proper('70000', { reasons: '当事人虽初次违法，但涉案食品已销售，不予免罚' }))),
    ).toEqual([]);
    expect(review(engine, first, { sanctions: [], reasons: '首违不罚：初次违法、危害轻微并及时改正' }).verdict).toBe(
      'pass',
    );
  });

  it('time-barred: a penalty after the limitation period', () => {
    const late = foodCase({ dates: { act: '2024-03-10', discovered: '2026-03-11' } });
    const result = review(engine, late, proper('70000'));
    expect(result.findings).toMatchObject([
      { code: 'time-barred', citations: [{ text: '《中华人民共和国行政处罚法》第三十六条第一款' }] },
    ]);
  });

  it('hearing-not-offered: 较大数额 by party kind, and the graver sanctions', () => {
    const person = foodCase({ party: { kind: 'individual' } });
    expect(review(engine, person, proper('70000')).findings).toMatchObject([
      { code: 'hearing-not-offered', citations: [{ text: '《中华人民共和国行政处罚法》第六十三条第一款第（一）项' }] },
    ]);
    expect(codes(review(engine, person, proper('70000', { hearingOffered: true })))).toEqual([]);
    const severe = foodCase({ facts: { harm: 'serious', priorViolations: 2 } });
    const revoked = { ...proper('90000'), sanctions: [...proper('90000').sanctions, { kind: 'revoke-licence' }] };
    expect(review(engine, severe, revoked).findings.map((f) => [f.code, f.citations.map((c) => c.text)])).toEqual([
      ['hearing-not-offered', ['《中华人民共和国行政处罚法》第六十三条第一款第（三）项']],
    ]);
  });

  it('hearing-threshold-unknown: without thresholds the amount cannot be judged', () => {
    expect(codes(review(engineWith(false), kase, proper('70000')))).toEqual(['hearing-threshold-unknown']);
  });

  it('decision-late: more than 90 days after opening', () => {
    const opened = foodCase({ dates: { act: '2025-03-10', discovered: '2025-03-15', opened: '2025-03-20' } });
    expect(codes(review(engine, opened, proper('70000', { dates: { decision: '2025-06-18' } })))).toEqual([]);
    expect(review(engine, opened, proper('70000', { dates: { decision: '2025-06-19' } })).findings).toMatchObject([
      { code: 'decision-late', citations: [{ text: '《中华人民共和国行政处罚法》第六十条' }] },
    ]);
  });

  it("decision-late: the case's own decision date counts, not only imposed.dates (第六十条)", () => {
    // 立案 2025-03-20; 「自行政处罚案件立案之日起九十日内」: days counted from the day after (民法典
    // 第二百零一条), so the 90th day is 2025-06-18, a Wednesday (a working day): 06-18 is in time, 06-19 late.
    const late = foodCase({
      dates: { act: '2025-03-10', discovered: '2025-03-15', opened: '2025-03-20', decision: '2025-06-19' },
    });
    expect(review(engine, late, proper('70000')).findings).toMatchObject([
      {
        code: 'decision-late',
        message: expect.stringContaining('2025-06-19'),
        citations: [{ text: '《中华人民共和国行政处罚法》第六十条' }],
      },
    ]);
    const inTime = foodCase({
      dates: { act: '2025-03-10', discovered: '2025-03-15', opened: '2025-03-20', decision: '2025-06-18' },
    });
    expect(codes(review(engine, inTime, proper('70000')))).toEqual([]);
    // The case's date is the one the engine decided with; the record's own copy does not hide it.
    expect(codes(review(engine, late, proper('70000', { dates: { decision: '2025-06-01' } })))).toEqual([
      'decision-late',
    ]);
    // No decision date anywhere: nothing to check.
    const undated = foodCase({ dates: { act: '2025-03-10', discovered: '2025-03-15', opened: '2025-03-20' } });
    expect(codes(review(engine, undated, proper('70000')))).toEqual([]);
  });

  it('double-fine: two fines for one act', () => {
    const twice = { ...proper('70000'), sanctions: [...proper('70000').sanctions, { kind: 'fine', amount: '1000' }] };
    expect(review(engine, kase, twice).findings).toMatchObject([
      { code: 'double-fine', citations: [{ text: '《中华人民共和国行政处罚法》第二十九条' }] },
    ]);
  });

  it('refuses a malformed imposed decision, naming the path', () => {
    expect(() => review(engine, kase, { sanctions: [{ kind: 'fine' }], hearing: true })).toThrow(
      'imposed.hearing: unknown key "hearing"; expected one of sanctions, persons, measures, hearingOffered, dates, reasons\nimposed.sanctions[0].amount: a fine states its amount',
    );
  });

  it('does not require a fine the statute only authorises (可以处…罚款)', () => {
    const data = exampleRuleSet();
    data.items[0].statutory.fine[0].optional = true;
    data.policy.hearingThresholds = { organization: '150000' };
    const optional = createEngine([loadRuleSet(data)]);
    const noFine = {
      sanctions: [{ kind: 'confiscate-illegal-income', amount: '1200' }, { kind: 'confiscate-illegal-goods' }],
      hearingOffered: false,
    };
    expect(codes(review(optional, kase, noFine))).toEqual([]);
    expect(codes(review(engine, kase, noFine))).toEqual(['missing-mandatory-sanction']);
  });
});

describe('readImposed and reviewImposed', () => {
  it('prints amounts as formatMoney does, whether or not they were already in that form', () => {
    const read = readImposed({
      sanctions: [
        { kind: 'fine', amount: '70000' },
        { kind: 'fine', amount: '70000.50' },
        { kind: 'fine', amount: 70000.25 },
        { kind: 'fine', amount: '-0' },
        { kind: 'fine', amount: '0.10' },
        { kind: 'fine', amount: '0.05' },
      ],
    });
    expect(read.sanctions.map((sanction) => sanction.amount)).toEqual([
      '70000',
      '70000.5',
      '70000.25',
      '0',
      '0.1',
      '0.05',
    ]);
    expect(() => readImposed({ sanctions: [{ kind: 'fine', amount: '070000' }] })).toThrow('expected a decimal amount');
  });

  it('reviewImposed, given what readImposed read, finds what review finds', () => {
    for (const fine of ['70000', '90000', '100001', '40000', '65000.00']) {
      expect(reviewImposed(engine, kase, readImposed(proper(fine)))).toEqual(review(engine, kase, proper(fine)));
    }
  });
});

describe('decimalOf', () => {
  it('gives the Decimal of a text, the same however many texts it has seen', () => {
    const texts = Array.from({ length: 10_000 }, (_, index) => `${index}.5`);
    for (const text of texts) expect(decimalOf(text).toFixed()).toBe(text);
    expect(decimalOf('65000').equals(new Decimal('65000'))).toBe(true);
    expect(decimalOf('65000')).toBe(decimalOf('65000'));
  });
});
