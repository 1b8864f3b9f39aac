import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { warningList } from '../../src/decide/warning-messages.js';
import { statutoryFineRange, tierRange } from '../../src/decide/fine.js';
import { resolvePolicy } from '../../src/decide/policy.js';
import { statutoryAt, tierAt } from '../../src/lint/analysis/amounts.js';
import { modelBuilder } from '../../src/lint/analysis/model.js';
import { Decimal } from '../../src/money/decimal.js';
import type { StatutoryFineData } from '../../src/ruleset/schema.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';
import { when } from './support.js';

const shown = (range: { readonly min: Decimal; readonly max: Decimal | undefined } | undefined) =>
  range === undefined ? undefined : [range.min.toFixed(), range.max?.toFixed()];
const policy = resolvePolicy(loadRuleSet(minimalRuleSet()));
const multiple: StatutoryFineData = { multiple: { of: 'amount', min: '1', max: '5' } };
const fixed: StatutoryFineData = { range: { min: '10000', max: '50000' } };

describe('modelBuilder', () => {
  it('compiles a condition that two items write alike once, as decide does', () => {
    const data = minimalRuleSet();
    data.items.push({ ...data.items[0], code: 'T-2' });
    const build = modelBuilder(loadRuleSet(data));
    const [first, second] = [build(0), build(1)];
    expect(second.tiers[0]?.when).toBe(first.tiers[0]?.when);
    expect(second.tiers[2]?.when).toBe(first.tiers[2]?.when);
    expect(second.path).toBe('items[1]');
  });

  it('keeps the tiers in listed order with the fallback in its place, and only the mandatory exemptions', () => {
    const basis = [{ law: 'L', article: 51 }];
    const model = modelBuilder(
      loadRuleSet(
        minimalRuleSet({
          exemptions: [
            { id: 'first', mandatory: false, when: when('count', 'equal', 0), basis },
            { id: 'small', mandatory: true, when: when('amount', 'lessThan', 1000), basis },
          ],
        }),
      ),
    )(0);
    expect(model.tiers.map((tier) => [tier.index, tier.data.level, tier.when === undefined])).toEqual([
      [0, 'lighter', false],
      [1, 'general', true],
      [2, 'heavier', false],
    ]);
    expect(model.fallback).toBe(1);
    expect(model.exemptions).toHaveLength(1);
    expect(model.exemptions[0]?.test({ amount: new Decimal(999) })).toBe(true);
  });

  it('varies the facts in the order the gates and conditions read them, then the multiplied ones', () => {
    const data = minimalRuleSet(
      {
        statutory: {
          precondition: when('refused', 'equal', true),
          fine: [
            { when: when('amount', 'lessThan', 10000), range: { min: '10000', max: '50000' } },
            { when: when('amount', 'greaterThanInclusive', 10000), multiple: { of: 'income', min: '1', max: '5' } },
          ],
        },
      },
      {
        facts: {
          amount: { type: 'money', label: '货值金额' },
          income: { type: 'money', label: '违法所得' },
          count: { type: 'integer', min: 0, label: '次数' },
          refused: { type: 'boolean', label: '拒不改正' },
        },
      },
    );
    expect(modelBuilder(loadRuleSet(data))(0).domain.map((fact) => fact.name)).toEqual([
      'refused',
      'amount',
      'count',
      'income',
    ]);
  });
});

describe('statutoryAt', () => {
  it("is decide's statutory range where the base fact has an amount", () => {
    const facts = { amount: new Decimal('12345.67') };
    expect(statutoryAt(multiple, facts, policy)).toEqual(statutoryFineRange(multiple, facts, policy));
    expect(shown(statutoryAt(multiple, facts, policy))).toEqual(['12346', '61728']);
    expect(shown(statutoryAt(fixed, {}, policy))).toEqual(['10000', '50000']);
  });

  it('is undefined where the base fact has no amount (a witness need not give one)', () => {
    expect(statutoryAt(multiple, {}, policy)).toBeUndefined();
  });
});

describe('tierAt', () => {
  it("is decide's share of the statute for a band; undefined for a statute without maximum", () => {
    const facts = { amount: new Decimal(10000) };
    const statutory = statutoryFineRange(multiple, facts, policy);
    const decided = tierRange({ band: 'general' }, statutory, multiple, facts, policy, {
      level: 'general',
      label: '一般',
      warnings: warningList(),
      unit: '元',
    });
    expect(tierAt({ band: 'general' }, statutory, multiple, facts, policy)).toEqual(decided.range);
    expect(shown(tierAt({ band: 'general' }, statutory, multiple, facts, policy))).toEqual(['22000', '38000']);
    const open: StatutoryFineData = { range: { min: '10000' } };
    expect(tierAt({ band: 'general' }, statutoryFineRange(open, {}, policy), open, {}, policy)).toBeUndefined();
  });

  it('is the range the tier itself sets, where decide cuts it back to the statute', () => {
    const statutory = statutoryFineRange(fixed, {}, policy);
    const warnings = warningList();
    const cut = tierRange({ range: { min: '40000', max: '60000' } }, statutory, fixed, {}, policy, {
      level: 'heavier',
      label: '从重',
      warnings,
      unit: '元',
    });
    expect(shown(cut.range)).toEqual(['40000', '50000']);
    expect(warnings.items.map((warning) => warning.code)).toEqual(['tier-range-clamped']);
    expect(shown(tierAt({ range: { min: '40000', max: '60000' } }, statutory, fixed, {}, policy))).toEqual([
      '40000',
      '60000',
    ]);
    // 4–6 × 12000, of the statute's own base when the tier names none.
    expect(
      shown(tierAt({ multiple: { min: '4', max: '6' } }, undefined, multiple, { amount: new Decimal(12000) }, policy)),
    ).toEqual(['48000', '72000']);
    expect(tierAt({ multiple: { min: '4', max: '6' } }, undefined, multiple, {}, policy)).toBeUndefined();
  });
});
