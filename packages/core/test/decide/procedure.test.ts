import { describe, expect, it } from 'vitest';
import { createEngine, lateSurcharge, loadRuleSet } from '../../src/index.js';
import { exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

const engine = createEngine([loadRuleSet(exampleRuleSet())]);
const deadlines = (dates: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  engine.decide({ ...foodCase({ dates: { act: '2025-03-10', discovered: '2025-05-06', ...dates } }), ...extra })
    .deadlines;

describe('procedure clocks (行政处罚法)', () => {
  it('第六十条: the decision is due 90 days after the case was opened', () => {
    // 2025-05-06 + 90 days = 2025-08-04, a Monday.
    expect(deadlines({ opened: '2025-05-06' })).toMatchObject([
      { kind: 'decision-due', date: '2025-08-04', citations: [{ text: '《中华人民共和国行政处罚法》第六十条' }] },
    ]);
  });

  it('第六十条: a due date on a holiday moves to the next working day', () => {
    // 2025-07-03 + 90 days = 2025-10-01 (National Day, off until 10-08).
    expect(deadlines({ opened: '2025-07-03' })[0]).toMatchObject({ date: '2025-10-09' });
  });

  it('第六十四条: a hearing is requested within 5 working days of notice, skipping the holiday', () => {
    // Notice 2025-09-26 (Fri): 9-28 (a 调休 Sunday), 9-29, 9-30, then 10-01..10-08 off, 10-09, 10-10.
    expect(deadlines({ notified: '2025-09-26' })).toMatchObject([
      {
        kind: 'hearing-request',
        date: '2025-10-10',
        workingDays: 5,
        citations: [
          { text: '《中华人民共和国行政处罚法》第六十四条第（一）项' },
          { text: '《中华人民共和国行政处罚法》第八十五条' },
        ],
      },
    ]);
  });

  it('第六十七条: payment is due 15 days after service', () => {
    expect(deadlines({ decision: '2025-06-20', served: '2025-06-23' })).toMatchObject([
      { kind: 'payment', date: '2025-07-08', citations: [{ text: '《中华人民共和国行政处罚法》第六十七条第三款' }] },
    ]);
  });

  it('第七十二条: 3% of the fine per day late, exact', () => {
    const [payment] = deadlines(
      { decision: '2025-06-20', served: '2025-06-23' },
      { payment: { fine: '65000.5', paid: '2025-07-11' } },
    );
    expect(payment).toMatchObject({
      kind: 'payment',
      date: '2025-07-08',
      paid: '2025-07-11',
      lateDays: 3,
      surcharge: '5850.045',
    });
  });

  it('runs no hearing or payment clock when there is no penalty', () => {
    const decision = engine.decide(
      foodCase({
        party: { kind: 'individual', age: 12 },
        dates: { act: '2025-03-10', opened: '2025-05-06', notified: '2025-06-01', served: '2025-06-23' },
      }),
    );
    expect(decision.deadlines.map((d) => d.kind)).toEqual(['decision-due']);
  });

  it('refuses a payment without a service date, and dates out of order', () => {
    expect(() => deadlines({ decision: '2025-06-20' }, { payment: { fine: '1', paid: '2025-07-01' } })).toThrow(
      /dates.served: missing/,
    );
    expect(() => deadlines({ decision: '2025-06-20', served: '2025-06-19' })).toThrow(
      /cannot be served before it was made/,
    );
  });
});

describe('lateSurcharge', () => {
  it('is nothing when paid on time', () => {
    expect(lateSurcharge({ fine: '10000', paid: '2025-07-10' }, '2025-07-10', [])).toEqual({
      days: 0,
      excludedDays: 0,
      amount: '0',
    });
  });

  it('never exceeds the fine', () => {
    // 34 days × 3% = 102%.
    expect(lateSurcharge({ fine: '10000', paid: '2025-08-13' }, '2025-07-10', [])).toMatchObject({
      days: 34,
      amount: '10000',
    });
    expect(lateSurcharge({ fine: '10000', paid: '2025-08-12' }, '2025-07-10', [])).toMatchObject({
      days: 33,
      amount: '9900',
    });
  });

  it('does not count days under reconsideration or litigation (第七十三条第三款), nor other periods', () => {
    const excluded = [
      { from: '2025-07-15', to: '2025-07-24', reason: 'reconsideration' },
      { from: '2025-07-20', to: '2025-07-29', reason: 'litigation' },
      { from: '2025-08-01', to: '2025-08-05', reason: 'expert-review' },
    ];
    // 2025-07-11..2025-08-09 is 30 days late; 07-15..07-29 (15 days) are suspended.
    expect(lateSurcharge({ fine: '1000', paid: '2025-08-09' }, '2025-07-10', excluded)).toEqual({
      days: 15,
      excludedDays: 15,
      amount: '450',
    });
  });
});
