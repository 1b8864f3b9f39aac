import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { statutoryText } from '../../src/render/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 (2), (3): measures that are not penalties, statutory choices, referrals. The test item
 * is shaped on 水污染防治法 第八十四条第一款 「…责令限期拆除，处十万元以上五十万元以下的罚款；逾期不拆除的，
 * 强制拆除，所需费用由违法者承担…」 and 第九十二条 「…对直接负责的主管人员和其他直接责任人员依法给予处分」.
 */
function item(format = 'cailiang.rule-set/v2', extra: Record<string, unknown> = {}) {
  return minimalRuleSet(
    {
      orders: [
        { kind: 'demolish-within-period' },
        { kind: 'forced-demolition', when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 2 }] } },
      ],
      referrals: [
        {
          action: 'recommend',
          authority: '任免机关或者监察机关',
          target: '直接负责的主管人员和其他直接责任人员',
          measure: '给予处分',
          basis: [{ law: 'L', article: 50, paragraph: 2 }],
        },
      ],
      statutory: { fine: [{ range: { min: '100000', max: '500000' } }] },
      tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }],
      ...extra,
    },
    { format },
  );
}
const kase = (count: number) => ({
  item: 'T-1',
  party: { kind: 'organization' },
  facts: { amount: '0', count },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});

describe('measures and referrals (format v2)', () => {
  it('are v2: a v1 document that uses them is refused, naming the tag to use', () => {
    expect(
      caughtError(() => loadRuleSet(item('cailiang.rule-set/v1')))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => issue.path),
    ).toEqual(['items[0].referrals', 'items[0].orders[0].kind', 'items[0].orders[1].kind']);
  });

  it('a choice member of the same kind needs its own words; a measure member is no sanction of this agency', () => {
    const withSanction = (sanction: Record<string, unknown>) =>
      item(undefined, {
        statutory: { fine: [{ range: { min: '100000', max: '500000' } }], with: [sanction] },
      });
    // 「责令停工整治或者停业整治」: both 责令停产停业, told apart only by their words.
    const same = { kind: 'suspend-business', text: '责令停工整治', alternatives: [{ kind: 'suspend-business' }] };
    const paths = caughtError(() => loadRuleSet(withSanction(same)))
      .issues.filter((issue) => issue.code !== 'not_checked')
      .map((issue) => issue.path);
    expect(paths).toEqual(['items[0].statutory.with[0].alternatives[0].text']);
    const worded = { ...same, alternatives: [{ kind: 'suspend-business', text: '停业整治' }] };
    expect(() => loadRuleSet(withSanction(worded))).not.toThrow();
    // 「责令拆除或者关闭」: the measure member is decided with its words, apart from the penalty kinds.
    const mixed = { kind: 'order-closure', alternatives: [{ measure: 'demolish' }] };
    const decision = createEngine([loadRuleSet(withSanction(mixed))]).decide(kase(1));
    expect(decision.sanctions[1]).toEqual({
      kind: 'order-closure',
      alternatives: [{ measure: 'demolish', text: '责令拆除' }],
    });
  });

  it('choiceText words the whole choice in the statute’s order, and is refused without alternatives', () => {
    const withSanction = (sanction: Record<string, unknown>) =>
      item(undefined, { statutory: { fine: [{ range: { min: '100000', max: '500000' } }], with: [sanction] } });
    // 水污染防治法 第九十一条第一款 「并报经有批准权的人民政府批准，责令拆除或者关闭」: 拆除 first, one 责令.
    const worded = {
      kind: 'order-closure',
      text: '责令关闭',
      alternatives: [{ measure: 'demolish', text: '责令拆除' }],
      choiceText: '责令拆除或者关闭',
    };
    const ruleSet = loadRuleSet(withSanction(worded));
    expect(createEngine([ruleSet]).decide(kase(1)).sanctions[1]).toMatchObject({ choiceText: '责令拆除或者关闭' });
    expect(statutoryText(ruleSet.items[0] as never, ruleSet)).toContain('责令限期拆除，责令拆除或者关闭，并处');
    const alone = { kind: 'order-closure', text: '责令关闭', choiceText: '责令拆除或者关闭' };
    expect(
      caughtError(() => loadRuleSet(withSanction(alone)))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => issue.path),
    ).toEqual(['items[0].statutory.with[0].choiceText']);
  });

  it('a measure of kind other states its label; a referral cites its basis', () => {
    const issues = caughtError(() =>
      loadRuleSet(
        item(undefined, {
          orders: [{ kind: 'other' }],
          referrals: [{ action: 'transfer', authority: 'x', measure: 'y' }],
        }),
      ),
    ).issues.map((issue) => issue.path);
    expect(issues).toEqual(expect.arrayContaining(['items[0].orders[0].label', 'items[0].referrals[0].basis']));
  });

  it('orders each measure on its condition, citing no 第二十八条 for what is not an order to correct', () => {
    const engine = createEngine([loadRuleSet(item())]);
    const now = engine.decide(kase(1));
    expect(now.orders.map((order) => order.label)).toEqual(['责令限期拆除']);
    expect(now.orders[0]?.citations).toEqual([]);
    expect(engine.decide(kase(2)).orders.map((order) => order.label)).toEqual(['责令限期拆除', '强制拆除']);
    expect(now.sanctions.map((sanction) => sanction.kind)).toEqual(['fine']);
    expect(now.referrals).toMatchObject([
      { action: 'recommend', authority: '任免机关或者监察机关', measure: '给予处分' },
    ]);
  });

  it('prints the referral as 建议, after the penalty', () => {
    const ruleSet = loadRuleSet(item());
    const text = statutoryText(ruleSet.items[0] as never, ruleSet);
    expect(text).toContain('建议任免机关或者监察机关依法对直接负责的主管人员和其他直接责任人员给予处分');
    expect(text).toContain('强制拆除');
  });
});

/**
 * 「警告或者罚款」: the test law's item is shaped on the common wording 「…给予警告或者处五百元以下罚款」 (the
 * choice between a warning and a fine): one of them, never both, and either lawful.
 */
describe('a choice with the fine (「警告或者罚款」, format v2)', () => {
  const data = minimalRuleSet(
    {
      statutory: { fine: [{ range: { min: '0', max: '500' }, alternatives: [{ kind: 'warning' }] }] },
      tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }],
    },
    { format: 'cailiang.rule-set/v2' },
  );
  const ruleSet = loadRuleSet(data);
  const engine = createEngine([ruleSet]);
  const facts = kase(0);

  it('is refused in a v1 document', () => {
    expect(
      caughtError(() => loadRuleSet({ ...data, format: 'cailiang.rule-set/v1' }))
        .issues.filter((i) => i.code !== 'not_checked')
        .map((i) => i.path),
    ).toEqual(['items[0].statutory.fine[0].alternatives']);
  });

  it('decides the fine as one member of the choice, and prints 给予警告或者处…罚款', () => {
    // By hand: 0–500, 一般 band 0.3–0.7 → 150–350.
    expect(engine.decide(facts).sanctions).toEqual([
      {
        kind: 'fine',
        min: '150',
        max: '350',
        statutory: { min: '0', max: '500' },
        alternatives: [{ kind: 'warning' }],
      },
    ]);
    expect(statutoryText(ruleSet.items[0] as never, ruleSet)).toBe('给予警告或者处五百元以下罚款');
  });

  it('review accepts the warning alone or the fine alone, and refuses both', async () => {
    const { review } = await import('../../src/review/index.js');
    const codes = (sanctions: unknown[]) =>
      review(engine, facts, { sanctions, hearingOffered: false, reasons: '' })
        .findings.map((finding) => finding.code)
        // The test rule set sets no 较大数额; that finding is not what this test is about.
        .filter((code) => code !== 'hearing-threshold-unknown');
    expect(codes([{ kind: 'warning' }])).toEqual([]);
    expect(codes([{ kind: 'fine', amount: '200' }])).toEqual([]);
    expect(codes([{ kind: 'warning' }, { kind: 'fine', amount: '200' }])).toContain('alternatives-cumulated');
    expect(codes([])).toContain('missing-mandatory-sanction');
  });
});
