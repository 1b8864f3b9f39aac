import { describe, expect, it } from 'vitest';
import { createEngine, explainDecision, loadRuleSet } from '../../src/index.js';
import { review } from '../../src/review/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * v2 移送 only: an item whose statute gives this agency no sanction of its own. Shaped on 食品安全法
 * 第一百二十三条第三款 「违法使用剧毒、高毒农药的，除依照有关法律、法规规定给予处罚外，可以由公安机关依照第一款
 * 规定给予拘留」: `statutory` is empty and the referral to 公安机关 is the whole decision.
 */
const referral = {
  action: 'transfer',
  authority: '公安机关',
  measure: '拘留',
  range: { min: 5, max: 15 },
  unit: 'day',
  optional: true,
  basis: [{ law: 'L', article: 123, paragraph: 3 }],
};
function item(extra: Record<string, unknown> = {}) {
  return minimalRuleSet(
    { statutory: {}, referrals: [referral], tiers: [{ level: 'referred', label: '移送' }], ...extra },
    { format: 'cailiang.rule-set/v2' },
  );
}
const kase = {
  item: 'T-1',
  party: { kind: 'individual' },
  facts: { amount: '0', count: 0 },
  dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
};

describe('an item with no sanction of its own (outcome referred)', () => {
  it('is decided as its referral: no tier, no sanction, the referral with its basis', () => {
    const decision = createEngine([loadRuleSet(item())]).decide(kase);
    expect(decision.outcome).toBe('referred');
    expect(decision.tier).toBeNull();
    expect(decision.sanctions).toEqual([]);
    expect(decision.referrals).toMatchObject([
      { action: 'transfer', authority: '公安机关', measure: '拘留', range: { min: 5, max: 15 }, optional: true },
    ]);
  });

  it('explains that this agency imposes nothing and refers the case', () => {
    const engine = createEngine([loadRuleSet(item())]);
    const text = explainDecision(engine, kase).zh;
    expect(text).toContain('未规定由本机关给予的行政处罚，本机关不予处罚，依法移送');
    expect(text).toContain('可以移送公安机关');
  });

  it('review flags any penalty of this agency on such an item', () => {
    const engine = createEngine([loadRuleSet(item())]);
    const imposed = { sanctions: [{ kind: 'fine', amount: '1000' }], reasons: '' };
    expect(review(engine, kase, imposed).findings.map((finding) => finding.code)).toContain('referred-item-penalised');
    expect(review(engine, kase, { sanctions: [], reasons: '' }).findings.map((finding) => finding.code)).not.toContain(
      'referred-item-penalised',
    );
  });

  it('is refused, naming the field, without a referral or with a sanction set elsewhere', () => {
    const paths = (extra: Record<string, unknown>) =>
      caughtError(() => loadRuleSet(item(extra)))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => issue.path);
    expect(paths({ referrals: undefined })).toEqual(['items[0].statutory']);
    expect(paths({ tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }] })).toEqual([
      'items[0].tiers[0].fine',
    ]);
    expect(paths({ statutory: { fineCondition: { all: [{ fact: 'count', operator: 'equal', value: 1 }] } } })).toEqual([
      'items[0].statutory.fineCondition',
    ]);
  });
});
