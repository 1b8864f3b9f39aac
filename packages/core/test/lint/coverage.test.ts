import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { cleanRuleSet, decideWitness, twoAlternatives, when, withCode } from './support.js';

describe('lint: statutory alternatives over the fact domains', () => {
  it('statutory-none-holds: 「一万元以上」 written as greaterThan leaves 10000 itself out', () => {
    const data = cleanRuleSet(twoAlternatives(when('amount', 'lessThan', 10000), when('amount', 'greaterThan', 10000)));
    const findings = lint(data);
    expect(findings).toMatchObject([
      {
        code: 'statutory-none-holds',
        severity: 'error',
        path: 'items[0].statutory.fine',
        witness: { amount: '10000', count: 0 },
      },
    ]);
    expect(findings[0]?.citations?.map((c) => c.text)).toEqual([
      '《中华人民共和国测试法》第五十条第一款',
      '测试规〔2025〕1号 T-1',
    ]);
    // The witness is a case decide cannot determine a range for.
    expect(decideWitness(data, findings[0]?.witness)).toBe('STATUTORY_RANGE_UNDETERMINED');
  });

  it('statutory-several-hold: two alternatives share 9999–9999.99', () => {
    const data = cleanRuleSet(
      twoAlternatives(when('amount', 'lessThan', 10000), when('amount', 'greaterThanInclusive', 9999)),
    );
    const findings = lint(data, { language: 'en' });
    expect(findings).toMatchObject([
      {
        code: 'statutory-several-hold',
        severity: 'error',
        path: 'items[0].statutory.fine[1]',
        witness: { amount: '9999', count: 0 },
      },
    ]);
    expect(findings[0]?.message).toContain('statutory.fine[0] and statutory.fine[1]');
    expect(decideWitness(data, findings[0]?.witness)).toBe('STATUTORY_RANGE_UNDETERMINED');
  });

  it('finds a gap one fen wide (money thresholds with decimals)', () => {
    const data = cleanRuleSet(
      twoAlternatives(when('amount', 'lessThanInclusive', '9999.98'), when('amount', 'greaterThanInclusive', 10000)),
    );
    expect(withCode(lint(data), 'statutory-none-holds')[0]?.witness).toEqual({ amount: '9999.99', count: 0 });
  });

  it('finds a gap on a date fact (one day)', () => {
    const data = cleanRuleSet(
      twoAlternatives(when('since', 'lessThan', '2025-01-01'), when('since', 'greaterThan', '2025-01-01')),
      {
        facts: {
          amount: { type: 'money', label: '违法所得' },
          count: { type: 'integer', min: 0, label: '次数' },
          since: { type: 'date', label: '开始日期' },
        },
      },
    );
    expect(withCode(lint(data), 'statutory-none-holds')[0]?.witness).toMatchObject({ since: '2025-01-01' });
  });

  it('treats an absent general circumstance as a value of its own (neither true nor false)', () => {
    const data = cleanRuleSet(
      twoAlternatives(when('eliminatedHarm', 'equal', true), when('eliminatedHarm', 'equal', false)),
    );
    const [finding] = withCode(lint(data, { language: 'en' }), 'statutory-none-holds');
    expect(finding?.witness).not.toHaveProperty('eliminatedHarm');
    expect(finding?.message).toContain('eliminatedHarm absent');
  });

  it('finds a gap between two facts compared with each other', () => {
    const data = cleanRuleSet(
      twoAlternatives(
        when('amount', 'lessThan', { fact: 'income' }),
        when('amount', 'greaterThan', { fact: 'income' }),
      ),
      {
        facts: {
          amount: { type: 'money', label: '货值金额' },
          income: { type: 'money', label: '违法所得' },
          count: { type: 'integer', min: 0, label: '次数' },
        },
      },
    );
    expect(withCode(lint(data), 'statutory-none-holds')[0]?.witness).toMatchObject({ amount: '0', income: '0' });
  });

  it('skips cases decide ends before the range: a mandatory exemption covers the gap', () => {
    const data = cleanRuleSet({
      statutory: {
        fine: [{ when: when('amount', 'greaterThanInclusive', 1000), range: { min: '10000', max: '50000' } }],
      },
      exemptions: [
        { id: 'small', mandatory: true, when: when('amount', 'lessThan', 1000), basis: [{ law: 'L', article: 51 }] },
      ],
    });
    expect(lint(data)).toEqual([]);
    data.items[0].exemptions[0].mandatory = false; // offered, never imposed: the gap is real again
    expect(withCode(lint(data), 'statutory-none-holds')[0]?.witness).toEqual({ amount: '0', count: 0 });
  });

  it('reports neither for alternatives that partition the domain', () => {
    expect(lint(cleanRuleSet())).toEqual([]);
  });
});

describe('lint: tiers over the fact domains', () => {
  it('no-tier-holds: without a fallback, count 2 falls between "equal 1" and "greaterThan 2"', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[1].when = when('count', 'equal', 1);
    data.items[0].tiers[2].when = when('count', 'greaterThan', 2);
    const findings = lint(data);
    expect(findings).toMatchObject([
      { code: 'no-tier-holds', severity: 'error', path: 'items[0].tiers', witness: { amount: '0', count: 2 } },
    ]);
    expect(decideWitness(data, findings[0]?.witness)).toBe('TIER_UNDETERMINED');
  });

  it('no-tier-holds is not reported when the tiers cover every count', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[1].when = when('count', 'equal', 1);
    expect(lint(data)).toEqual([]);
  });

  it('tiers-overlap: under tierSelection unique, "count ≥ 1" and "count ≥ 2" both hold at 2', () => {
    const data = cleanRuleSet({}, {});
    data.policy.tierSelection = 'unique';
    data.items[0].tiers[1].when = when('count', 'greaterThanInclusive', 1);
    const findings = lint(data, { language: 'en' });
    expect(findings).toMatchObject([
      { code: 'tiers-overlap', severity: 'error', path: 'items[0].tiers[2]', witness: { amount: '0', count: 2 } },
    ]);
    expect(findings[0]?.message).toContain('"general" (tiers[1]) and "heavier" (tiers[2])');
    expect(decideWitness(data, findings[0]?.witness)).toBe('TIER_UNDETERMINED');
  });

  it('tiers-overlap is not reported for most-severe (overlap is how it picks), nor for disjoint tiers under unique', () => {
    const overlapping = cleanRuleSet();
    overlapping.items[0].tiers[1].when = when('count', 'greaterThanInclusive', 1);
    expect(lint(overlapping)).toEqual([]);
    const disjoint = cleanRuleSet();
    disjoint.policy.tierSelection = 'unique';
    disjoint.items[0].tiers[1].when = when('count', 'equal', 1);
    expect(lint(disjoint)).toEqual([]);
  });
});
