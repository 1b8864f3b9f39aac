import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { cleanRuleSet, withCode } from './support.js';

describe('lint: tier-exceeds-statutory', () => {
  it('an absolute range above the statutory maximum (fixed statutory range)', () => {
    const data = minimalRuleSet(
      { statutory: { fine: [{ range: { min: '10000', max: '50000' } }] } },
      { facts: { count: { type: 'integer', min: 0, label: '次数' } } },
    );
    data.items[0].tiers[2].fine = { range: { min: '40000', max: '60000' } };
    const findings = lint(data, { language: 'en' });
    expect(findings).toMatchObject([
      { code: 'tier-exceeds-statutory', severity: 'error', path: 'items[0].tiers[2]', witness: { count: 2 } },
    ]);
    expect(findings[0]?.message).toContain('sets 40000–60000 元');
    expect(findings[0]?.message).toContain(
      'statutory.fine[0] allows 10000–50000 元: above the statutory maximum 50000',
    );
    expect(findings[0]?.citations?.map((c) => c.role)).toEqual(['basis', 'benchmark']);
  });

  it('says it in Chinese by default, naming the fact by its label and the tier by its level', () => {
    const data = minimalRuleSet(
      { statutory: { fine: [{ range: { min: '10000', max: '50000' } }] } },
      { facts: { count: { type: 'integer', min: 0, label: '次数' } } },
    );
    data.items[0].tiers[2].fine = { range: { min: '40000', max: '60000' } };
    const [finding] = lint(data);
    const tier = `“${String(data.items[0].tiers[2].label)}”阶次`;
    expect(finding?.message).toContain(`次数为2时，${data.items[0].code}的${tier}（罚款40000元至60000元）`);
    expect(finding?.message).toContain(`而法定罚款幅度为10000元至50000元：${tier}的罚款上限高于法定最高额50000元`);
    expect(finding?.message).not.toMatch(/count|tier|statutory/);
  });

  it('a multiple tier, against each alternative it can meet, at the amounts where it leaves it', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[2].fine = { multiple: { of: 'amount', min: '4', max: '6' } };
    const findings = withCode(lint(data, { language: 'en' }), 'tier-exceeds-statutory');
    expect(findings).toMatchObject([
      // 4–6 × 1250 = 5000–7500 against the fixed 10000–50000 below 10000 (a base of 0 is passed over)
      { path: 'items[0].tiers[2]', witness: { amount: '1250', count: 2 } },
      // 4–6 × 10000 = 40000–60000 against 1–5 × 10000 = 10000–50000 from 10000
      { path: 'items[0].tiers[2]', witness: { amount: '10000', count: 2 } },
    ]);
    expect(findings[0]?.message).toContain(
      'sets 5000–7500 元 for amount 1250, count 2, where statutory.fine[0] allows 10000–50000 元: below the statutory minimum 10000',
    );
    expect(findings[1]?.message).toContain('statutory.fine[1] allows 10000–50000 元');
  });

  it('an absolute tier under a multiple statute: the statutory range moves with the base fact', () => {
    const data = minimalRuleSet({ statutory: { fine: [{ multiple: { of: 'amount', min: '2', max: '5' } }] } });
    data.items[0].tiers[1].fine = { range: { min: '10000', max: '20000' } };
    const [finding] = withCode(lint(data, { language: 'en' }), 'tier-exceeds-statutory');
    // Inside only while 4000 ≤ amount ≤ 5000; at 2000 the statute allows 4000–10000.
    expect(finding).toMatchObject({ path: 'items[0].tiers[1]', witness: { count: 1, amount: '2000' } });
    expect(finding?.message).toContain('statutory.fine[0] allows 4000–10000 元');
  });

  it('is not reported for bands, nor for absolute ranges and multiples inside every alternative they meet', () => {
    expect(lint(cleanRuleSet())).toEqual([]);
    const inside = cleanRuleSet();
    // Heavier only from 10000 on (with the multiple statute): 4–5 × amount lies in 1–5 × amount.
    inside.items[0].tiers[2].when = {
      all: [
        { fact: 'count', operator: 'greaterThanInclusive', value: 2 },
        { fact: 'amount', operator: 'greaterThanInclusive', value: 10000 },
      ],
    };
    inside.items[0].tiers[2].fine = { multiple: { of: 'amount', min: '4', max: '5' } };
    inside.items[0].tiers[0].fine = { range: { min: '10000', max: '20000' } };
    inside.items[0].tiers[0].when = {
      all: [
        { fact: 'count', operator: 'equal', value: 0 },
        { fact: 'amount', operator: 'lessThan', value: 10000 },
      ],
    };
    expect(withCode(lint(inside), 'tier-exceeds-statutory')).toEqual([]);
  });
});

describe('lint: tier-order', () => {
  it('bands in reverse order, by their fractions', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[0].fine = { band: 'heavier' };
    data.items[0].tiers[2].fine = { band: 'lighter' };
    const findings = lint(data, { language: 'en' });
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['tier-order', 'items[0].tiers[1]'], // general [0.3, 0.7] below lighter's [0.7, 1]
      ['tier-order', 'items[0].tiers[2]'], // heavier [0, 0.3] below lighter's [0.7, 1]
      ['tier-order', 'items[0].tiers[2]'], // and below general's [0.3, 0.7]
    ]);
    expect(findings[0]?.message).toContain(
      'band "general" [0.3, 0.7] of the statutory range against band "heavier" [0.7, 1]',
    );
    expect(findings[0]?.witness).toEqual({ amount: '0', count: 1 });
  });

  it('absolute ranges by their amounts', () => {
    const data = minimalRuleSet({}, { facts: { count: { type: 'integer', min: 0, label: '次数' } } });
    data.items[0].tiers[0].fine = { range: { min: '30000', max: '40000' } };
    data.items[0].tiers[1].fine = { range: { min: '10000', max: '20000' } };
    data.items[0].tiers[2].fine = { range: { min: '40000', max: '50000' } };
    expect(lint(data)).toMatchObject([
      { code: 'tier-order', severity: 'error', path: 'items[0].tiers[1]', witness: { count: 1 } },
    ]);
  });

  it('a multiple beside bands, at the amounts where the more severe tier applies', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[2].fine = { multiple: { of: 'amount', min: '4', max: '6' } };
    const findings = withCode(lint(data, { language: 'en' }), 'tier-order');
    // At 1250, 4–6 × amount = 5000–7500 lies below lighter's 10000–22000 of 10000–50000.
    expect(findings[0]).toMatchObject({ path: 'items[0].tiers[2]', witness: { amount: '1250', count: 2 } });
    expect(findings[0]?.message).toContain('5000–7500 元 against 10000–22000 元');
  });

  it('is not reported for ascending tiers, nor for a more severe tier sharing the band of the one before', () => {
    expect(lint(cleanRuleSet())).toEqual([]);
    const shared = cleanRuleSet();
    shared.items[0].tiers.push({
      level: 'severe',
      label: '情节严重',
      when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 3 }] },
      fine: { band: 'heavier' },
    });
    expect(lint(shared)).toEqual([]);
  });
});
