import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { caughtError, exampleRuleSet, foodCase, minimalRuleSet } from '../../../../test-support/builders.js';

const engine = createEngine([loadRuleSet(exampleRuleSet())]);

const fine = (decision: Decision) => decision.sanctions.find((sanction) => sanction.kind === 'fine');
const texts = (decision: Decision) => decision.citations.map((citation) => `${citation.role} ${citation.text}`);

describe('decide: tiers and ranges', () => {
  it('takes the fallback tier when no other holds (5万–10万, 一般 = 30%–70%)', () => {
    const decision = engine.decide(foodCase());
    expect(decision.outcome).toBe('penalty');
    expect(decision.tier).toEqual({ level: 'general', label: '一般' });
    expect(fine(decision)).toEqual({
      kind: 'fine',
      min: '65000',
      max: '85000',
      statutory: { min: '50000', max: '100000' },
    });
  });

  it('takes 从轻 when its conditions hold', () => {
    const decision = engine.decide(foodCase({ facts: { harm: 'none' } }));
    expect(decision.tier?.level).toBe('lighter');
    expect(fine(decision)).toMatchObject({ min: '50000', max: '65000' });
  });

  it('takes the most severe tier that holds, with its added sanction', () => {
    const decision = engine.decide(foodCase({ facts: { harm: 'serious', priorViolations: 2 } }));
    expect(decision.tier).toEqual({ level: 'severe', label: '情节严重' });
    expect(fine(decision)).toMatchObject({ min: '85000', max: '100000' });
    expect(decision.sanctions.map((sanction) => sanction.kind)).toEqual([
      'fine',
      'confiscate-illegal-income',
      'confiscate-illegal-goods',
      'confiscate-tools',
      'revoke-licence',
    ]);
  });

  it('computes multiples of goods value exactly and reports the multiples', () => {
    const decision = engine.decide(
      foodCase({ facts: { goodsValue: '12345.67', illegalIncome: '5000.5', priorViolations: 1, harm: 'none' } }),
    );
    expect(fine(decision)).toEqual({
      kind: 'fine',
      min: '209876',
      max: '246913',
      statutory: { min: '123457', max: '246913' },
      multiple: { of: 'goodsValue', base: '12345.67', min: '17', max: '20' },
    });
    expect(decision.sanctions[1]).toEqual({ kind: 'confiscate-illegal-income', amount: '5000.5' });
  });

  it('switches statutory range exactly at the threshold (一万元以上 includes 10000)', () => {
    expect(fine(engine.decide(foodCase({ facts: { goodsValue: '9999.99' } })))).toMatchObject({
      statutory: { min: '50000', max: '100000' },
    });
    expect(fine(engine.decide(foodCase({ facts: { goodsValue: '10000' } })))).toMatchObject({
      statutory: { min: '100000', max: '200000' },
      min: '130000',
      max: '170000',
    });
  });

  it('cites the violated provision, the penalty provision and the benchmark', () => {
    expect(texts(engine.decide(foodCase()))).toEqual([
      'violates 《中华人民共和国食品安全法》第三十四条第（四）项',
      'basis 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项',
      'benchmark 示例市监规〔2024〕1号 FS-124-1-3',
    ]);
  });
});

describe('decide: general rules (行政处罚法)', () => {
  it('第三十条: under 14, no penalty', () => {
    const decision = engine.decide(foodCase({ party: { kind: 'individual', age: 13 } }));
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.sanctions).toEqual([]);
    expect(decision.tier).toBeNull();
    expect(decision.exemption).toMatchObject({
      id: 'APL-30-under-14',
      mandatory: true,
      citations: [{ text: '《中华人民共和国行政处罚法》第三十条' }],
    });
  });

  it('第三十条: 14 to 17, mitigation is mandatory and narrows the fine', () => {
    const decision = engine.decide(foodCase({ party: { kind: 'individual', age: 17 } }));
    expect(fine(decision)).toMatchObject({ min: '50000', max: '65000' });
    expect(decision.adjustments).toEqual([
      {
        kind: 'mitigation',
        ground: 'APL-30-minor',
        mandatory: true,
        range: { min: '50000', max: '65000' },
        reduced: { min: '0', max: '50000' },
        citations: [expect.objectContaining({ role: 'general-rule', text: '《中华人民共和国行政处罚法》第三十条' })],
      },
    ]);
  });

  it('第三十条: 18 is an adult', () => {
    expect(engine.decide(foodCase({ party: { kind: 'individual', age: 18 } })).adjustments).toEqual([]);
  });

  it('第三十一条: limited capacity offers mitigation without imposing it', () => {
    const decision = engine.decide(foodCase({ circumstances: { capacity: 'limited' } }));
    expect(fine(decision)).toMatchObject({ min: '65000', max: '85000' });
    expect(decision.adjustments).toMatchObject([
      { ground: 'APL-31-limited-capacity', mandatory: false, range: { min: '50000', max: '65000' } },
    ]);
    expect(texts(decision)).not.toContain('general-rule 《中华人民共和国行政处罚法》第三十一条');
  });

  it('第三十一条: no capacity, no penalty', () => {
    expect(engine.decide(foodCase({ circumstances: { capacity: 'none' } })).exemption?.id).toBe('APL-31-no-capacity');
  });

  it('第三十三条第二款: no fault proven, no penalty', () => {
    const decision = engine.decide(foodCase({ circumstances: { noFault: true } }));
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.exemption?.citations[0]?.text).toBe('《中华人民共和国行政处罚法》第三十三条第二款');
  });

  it('第三十三条第一款: an absent circumstance is never read as false', () => {
    const decision = engine.decide(foodCase({ circumstances: { minorViolation: true, correctedInTime: true } }));
    expect(decision.outcome).toBe('penalty');
  });

  it('第三十三条第一款: first violation with minor harm, corrected, is offered an exemption', () => {
    const decision = engine.decide(
      foodCase({ circumstances: { firstViolation: true, minorHarm: true, correctedInTime: true } }),
    );
    expect(decision.outcome).toBe('penalty');
    expect(decision.exemption).toMatchObject({ id: 'APL-33-1-first-violation', mandatory: false });
  });

  it('第三十二条 with an aggravated tier: narrows to the band and warns of the conflict', () => {
    const decision = engine.decide(foodCase({ facts: { harm: 'serious' }, circumstances: { eliminatedHarm: true } }));
    expect(decision.tier?.level).toBe('heavier');
    expect(fine(decision)).toMatchObject({ min: '50000', max: '65000' });
    expect(decision.warnings.map((warning) => warning.code)).toEqual(['conflicting-circumstances']);
    expect(texts(decision)).toContain('general-rule 《中华人民共和国行政处罚法》第三十二条第（一）项');
  });

  it('mandatory no-penalty grounds come before mitigation', () => {
    const decision = engine.decide(
      foodCase({ party: { kind: 'individual', age: 12 }, circumstances: { coerced: true } }),
    );
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.adjustments).toEqual([]);
  });
});

describe('decide: errors', () => {
  it('names an unknown item', () => {
    const error = caughtError(() => engine.decide({ ...foodCase(), item: 'FS-999' }));
    expect(error.code).toBe('UNKNOWN_ITEM');
    expect(error.issues[0]?.message).toMatch(
      /no loaded rule set has item "FS-999"; known items: FS-124-1-3, LIC-FS-35/,
    );
  });

  it('names the act date a rule set does not cover', () => {
    const error = caughtError(() => engine.decide(foodCase({ dates: { act: '2024-02-29' } })));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues[0]).toMatchObject({ path: 'dates.act' });
    expect(error.issues[0]?.message).toContain('2024-02-29');
  });

  it('names every missing and invalid fact', () => {
    const input = foodCase({ facts: { priorViolations: '1', harm: 'awful', extra: 1 } });
    delete (input.facts as Record<string, unknown>)['goodsValue'];
    const error = caughtError(() => engine.decide(input));
    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toMatchInlineSnapshot(`
      [
        "facts.priorViolations: expected a whole number (两年内同类违法次数), got "1"",
        "facts.harm: expected one of none, minor, serious (危害后果), got "awful"",
        "facts.extra: unknown fact "extra"; the rule set declares goodsValue, illegalIncome, priorViolations, harm, childrenFood",
        "facts.goodsValue: missing fact "goodsValue" (货值金额), which this item needs",
      ]
    `);
  });

  it('refuses an impossible date and dates out of order', () => {
    const error = caughtError(() =>
      engine.decide(foodCase({ dates: { act: '2025-03-10', discovered: '2025-02-30', decision: '2025-03-01' } })),
    );
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toMatchInlineSnapshot(`
      [
        "dates.discovered: February 2025 has 28 days: "2025-02-30" is no date",
        "dates.decision: the decision cannot come before the act (act 2025-03-10, decision 2025-03-01)",
      ]
    `);
  });

  it('refuses a circumstance given as a fact, and unknown circumstances', () => {
    const error = caughtError(() =>
      engine.decide(foodCase({ facts: { coerced: true }, circumstances: { coereced: true } })),
    );
    expect(error.issues.map((issue) => issue.code)).toEqual(['misplaced_circumstance', 'unknown_circumstance']);
  });
});

describe('decide: output', () => {
  it('gives byte-identical JSON for the same inputs', () => {
    const again = createEngine([loadRuleSet(exampleRuleSet())]);
    expect(JSON.stringify(again.decide(foodCase()))).toBe(JSON.stringify(engine.decide(foodCase())));
  });

  it('keeps the keys in the order of the spec', () => {
    expect(Object.keys(engine.decide(foodCase()))).toEqual([
      'outcome',
      'ruleSet',
      'item',
      'tier',
      'sanctions',
      'orders',
      'adjustments',
      'exemption',
      'citations',
      'deadlines',
      'trace',
      'warnings',
    ]);
  });

  it('traces every condition with the value it saw', () => {
    const decision = engine.decide(foodCase());
    const tiers = decision.trace.filter((entry) => entry.step === 'tier');
    expect(tiers.map((entry) => [entry.level, entry.result, entry.selected])).toEqual([
      ['lighter', false, false],
      ['heavier', false, false],
      ['severe', false, false],
      ['general', true, true],
    ]);
    expect(decision.trace.find((entry) => entry.step === 'statutory')).toMatchObject({
      alternative: 0,
      result: true,
      condition: {
        all: [{ fact: 'goodsValue', operator: 'lessThan', value: '10000', factValue: '8000', result: true }],
        result: true,
      },
    });
  });

  it('leaves the trace out when asked', () => {
    const quiet = createEngine([loadRuleSet(exampleRuleSet())], { trace: false });
    expect(quiet.decide(foodCase()).trace).toEqual([]);
    expect(fine(quiet.decide(foodCase()))).toEqual(fine(engine.decide(foodCase())));
  });
});

describe('decide: shapes beyond the example', () => {
  const minimalCase = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    item: 'T-1',
    facts,
    dates: { act: '2025-06-01', discovered: '2025-06-02' },
    ...extra,
  });

  it('tierSelection first: the first tier that holds', () => {
    const data = minimalRuleSet();
    data.policy.tierSelection = 'first';
    data.items[0].tiers[2].when = { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 0 }] };
    const decision = createEngine([data]).decide(minimalCase({ amount: '0', count: 0 }));
    expect(decision.tier?.level).toBe('lighter');
  });

  it('tierSelection unique: two tiers holding is an error naming both', () => {
    const data = minimalRuleSet();
    data.policy.tierSelection = 'unique';
    data.items[0].tiers[2].when = { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 0 }] };
    const error = caughtError(() => createEngine([data]).decide(minimalCase({ amount: '0', count: 0 })));
    expect(error.code).toBe('TIER_UNDETERMINED');
    expect(error.issues[0]?.message).toContain('"lighter", "heavier"');
  });

  it('tierSelection unique: the overlap is named alike with the trace and without', () => {
    // The traced path names the tiers from the explanations it kept, the untraced one by testing
    // again: the same tiers, in the same order, in the same words.
    const data = minimalRuleSet();
    data.policy.tierSelection = 'unique';
    data.items[0].tiers[2].when = { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 0 }] };
    const kase = minimalCase({ amount: '0', count: 0 });
    const traced = caughtError(() => createEngine([data], { trace: true }).decide(kase));
    const untraced = caughtError(() => createEngine([data], { trace: false }).decide(kase));
    expect(untraced.code).toBe('TIER_UNDETERMINED');
    expect(untraced.issues).toEqual(traced.issues);
    expect(traced.issues[0]?.message).toMatch(/^tiers "lighter", "heavier" of T-1 all hold/);
  });

  it('no tier holding and no fallback is an error', () => {
    const data = minimalRuleSet();
    data.items[0].tiers.splice(1, 1);
    const error = caughtError(() => createEngine([data]).decide(minimalCase({ amount: '0', count: 1 })));
    expect(error.code).toBe('TIER_UNDETERMINED');
    // Each tier's failed test, with the value the fact had: the officer sees which fact missed.
    expect(error.issues[0]?.message).toContain(
      'Facts that missed: tier "lighter" (从轻): count equal 0 — was 1 | tier "heavier" (从重): count greaterThanInclusive 2 — was 1',
    );
  });

  it('absolute tier ranges outside the statute are cut back, with a warning', () => {
    const data = minimalRuleSet();
    data.items[0].tiers[1].fine = { range: { min: '40000', max: '60000' } };
    const decision = createEngine([data]).decide(minimalCase({ amount: '0', count: 1 }));
    expect(fine(decision)).toMatchObject({ min: '40000', max: '50000' });
    expect(decision.warnings[0]?.code).toBe('tier-range-clamped');
  });

  it('a tier range wholly outside the statute is an error', () => {
    const data = minimalRuleSet();
    data.items[0].tiers[1].fine = { range: { min: '60000', max: '70000' } };
    expect(caughtError(() => createEngine([data]).decide(minimalCase({ amount: '0', count: 1 }))).code).toBe(
      'RANGE_UNDETERMINED',
    );
  });

  it('tiers by multiples of a fact (违法所得一倍以上三倍以下)', () => {
    const data = minimalRuleSet({
      statutory: { fine: [{ multiple: { of: 'amount', min: '1', max: '5' } }] },
      tiers: [{ level: 'general', label: '一般', fine: { multiple: { min: '2', max: '3' } } }],
    });
    const decision = createEngine([data]).decide(minimalCase({ amount: '1000.4', count: 0 }));
    expect(fine(decision)).toEqual({
      kind: 'fine',
      min: '2001',
      max: '3001',
      // 1000.4 × 1 = 1000.4: half-up gives 1000, below the statute, so the minimum is rounded up.
      statutory: { min: '1001', max: '5002' },
      multiple: { of: 'amount', base: '1000.4', min: '2', max: '3' },
    });
  });

  it('ranged sanctions (行政拘留 days) follow the tier band, in whole days', () => {
    const data = minimalRuleSet({
      statutory: {
        fine: [{ range: { min: '10000', max: '50000' } }],
        with: [{ kind: 'detention', range: { min: '5', max: '10' }, unit: 'day' }],
      },
    });
    const decision = createEngine([data]).decide(minimalCase({ amount: '0', count: 1 }));
    expect(decision.sanctions[1]).toEqual({
      kind: 'detention',
      range: { min: '7', max: '9' },
      unit: 'day',
      statutory: { min: '5', max: '10' },
    });
  });

  it('no statutory alternative holding is an error naming the facts', () => {
    const data = minimalRuleSet({
      statutory: {
        fine: [
          {
            when: { all: [{ fact: 'amount', operator: 'lessThan', value: 100 }] },
            range: { min: '10000', max: '50000' },
          },
        ],
      },
    });
    const error = caughtError(() => createEngine([data]).decide(minimalCase({ amount: '500', count: 1 })));
    expect(error.code).toBe('STATUTORY_RANGE_UNDETERMINED');
    expect(error.issues[0]?.message).toContain('amount 500');
  });

  it('an item exemption with mandatory: true is a no-penalty ground', () => {
    const data = minimalRuleSet({
      exemptions: [
        {
          id: 'small',
          mandatory: true,
          when: { all: [{ fact: 'amount', operator: 'lessThan', value: 100 }] },
          basis: [{ law: 'L', article: 60 }],
        },
      ],
    });
    const decision = createEngine([data]).decide(minimalCase({ amount: '50', count: 0 }));
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.exemption).toMatchObject({
      id: 'small',
      mandatory: true,
      citations: [{ text: '《中华人民共和国测试法》第六十条' }],
    });
  });

  it('mitigation without a policy band warns instead of guessing', () => {
    const data = minimalRuleSet();
    delete data.policy.mitigation;
    const decision = createEngine([data]).decide(
      minimalCase({ amount: '0', count: 1 }, { circumstances: { coerced: true } }),
    );
    expect(fine(decision)).toMatchObject({ min: '22000', max: '38000' });
    expect(decision.warnings.map((warning) => warning.code)).toEqual(['mitigation-band-missing']);
  });

  it('rounds computed bounds by the policy, never amounts from facts', () => {
    const data = minimalRuleSet({
      statutory: {
        fine: [{ multiple: { of: 'amount', min: '1', max: '5' } }],
        with: [{ kind: 'confiscate-illegal-income', of: 'amount' }],
      },
    });
    data.policy.rounding = { scale: 2, mode: 'down' };
    const decision = createEngine([data]).decide(minimalCase({ amount: '333.333', count: 0 }));
    // Mode `down` rounds 1666.665 to 1666.66, but would round the minimum 333.333 to 333.33, below
    // the statute: a minimum is never rounded outside the law, whatever the mode (issue #17 point 6).
    expect(fine(decision)).toMatchObject({ statutory: { min: '333.34', max: '1666.66' } });
    expect(decision.sanctions[1]).toEqual({ kind: 'confiscate-illegal-income', amount: '333.333' });
  });
});

describe('decide: orders to correct and conditional sanctions', () => {
  const refused = { refused: { type: 'boolean', label: '逾期不改正' } };
  const base = () => {
    const data = minimalRuleSet({
      orders: [{ kind: 'correct-within-period', basis: [{ law: 'L', article: 50 }] }],
      statutory: {
        precondition: { all: [{ fact: 'refused', operator: 'equal', value: true }] },
        fine: [{ range: { min: '10000', max: '50000' } }],
        with: [
          { kind: 'suspend-business', when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 3 }] } },
        ],
      },
    });
    data.facts = { ...data.facts, ...refused };
    return createEngine([data]);
  };
  const kase = (facts: Record<string, unknown>) => ({
    item: 'T-1',
    facts: { amount: '0', ...facts },
    dates: { act: '2025-06-01' },
  });

  it('orders correction only, when the precondition (逾期不改正) is not met', () => {
    const decision = base().decide(kase({ count: 0, refused: false }));
    expect(decision.outcome).toBe('correction-ordered');
    expect(decision.sanctions).toEqual([]);
    expect(decision.orders).toMatchObject([{ kind: 'correct-within-period', label: '责令限期改正' }]);
    expect(decision.citations.map((citation) => citation.text)).toContain(
      '《中华人民共和国行政处罚法》第二十八条第一款',
    );
  });

  it('penalises with the order when it is met, and imposes a conditional sanction only when it holds', () => {
    const once = base().decide(kase({ count: 1, refused: true }));
    expect(once.outcome).toBe('penalty');
    expect(once.orders).toHaveLength(1);
    expect(once.sanctions.map((sanction) => sanction.kind)).toEqual(['fine']);
    const often = base().decide(kase({ count: 3, refused: true }));
    expect(often.sanctions.map((sanction) => sanction.kind)).toEqual(['fine', 'suspend-business']);
    expect(often.trace.filter((entry) => entry.step === 'sanction')).toMatchObject([
      { kind: 'suspend-business', result: true },
    ]);
  });
});

describe('decide: shapes the benchmark library needed', () => {
  const kase = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    item: 'T-1',
    facts,
    dates: { act: '2025-06-01', discovered: '2025-06-02' },
    ...extra,
  });

  it("an item's own mitigation ground (产品质量法 第五十五条) narrows like 第三十二条", () => {
    const data = minimalRuleSet({
      mitigations: [
        {
          id: 'PQL-55',
          mandatory: false,
          when: { all: [{ fact: 'amount', operator: 'lessThan', value: 100 }] },
          basis: [{ law: 'L', article: 55 }],
        },
      ],
    });
    const offered = createEngine([data]).decide(kase({ amount: '0', count: 1 }));
    expect(fine(offered)).toMatchObject({ min: '22000', max: '38000' });
    expect(offered.adjustments).toMatchObject([
      {
        ground: 'PQL-55',
        mandatory: false,
        range: { min: '10000', max: '22000' },
        citations: [{ text: '《中华人民共和国测试法》第五十五条' }],
      },
    ]);
    data.items[0].mitigations[0].mandatory = true;
    expect(fine(createEngine([data]).decide(kase({ amount: '0', count: 1 })))).toMatchObject({
      min: '10000',
      max: '22000',
    });
  });

  it('a fine the statute only authorises (可以处…罚款) is marked optional', () => {
    const data = minimalRuleSet({ statutory: { fine: [{ range: { min: '0', max: '500' }, optional: true }] } });
    expect(fine(createEngine([data]).decide(kase({ amount: '0', count: 1 })))).toMatchObject({
      min: '150',
      max: '350',
      optional: true,
    });
  });

  it('an order given only under a condition (情节严重的，责令停止生产、销售)', () => {
    const data = minimalRuleSet({
      orders: [
        { kind: 'correct' },
        {
          kind: 'correct',
          label: '责令停止生产、销售',
          when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 2 }] },
        },
      ],
    });
    const engine = createEngine([data]);
    expect(engine.decide(kase({ amount: '0', count: 1 })).orders.map((order) => order.label)).toEqual(['责令改正']);
    expect(engine.decide(kase({ amount: '0', count: 2 })).orders.map((order) => order.label)).toEqual([
      '责令改正',
      '责令停止生产、销售',
    ]);
  });

  it('a fact only one alternative multiplies is needed only when that alternative applies', () => {
    const data = minimalRuleSet({
      statutory: {
        fine: [
          {
            when: { all: [{ fact: 'feeKnown', operator: 'equal', value: true }] },
            multiple: { of: 'fee', min: '3', max: '5' },
          },
          {
            when: { all: [{ fact: 'feeKnown', operator: 'equal', value: false }] },
            range: { min: '200000', max: '1000000' },
          },
        ],
      },
    });
    data.facts.fee = { type: 'money', label: '广告费用' };
    data.facts.feeKnown = { type: 'boolean', label: '广告费用可以计算' };
    const engine = createEngine([data]);
    expect(fine(engine.decide(kase({ amount: '0', count: 1, feeKnown: false })))).toMatchObject({
      statutory: { min: '200000', max: '1000000' },
    });
    expect(() => engine.decide(kase({ amount: '0', count: 1, feeKnown: true }))).toThrow(
      'facts.fee: missing fact "fee" (广告费用), which the statutory range that applies (statutory.fine[0]) needs',
    );
  });

  it('mitigation on the fallback tier is no conflict; on a tier its conditions selected it is', () => {
    const engine = createEngine([minimalRuleSet()]);
    expect(engine.decide(kase({ amount: '0', count: 1 }, { circumstances: { coerced: true } })).warnings).toEqual([]);
    expect(
      engine.decide(kase({ amount: '0', count: 2 }, { circumstances: { coerced: true } })).warnings.map((w) => w.code),
    ).toEqual(['conflicting-circumstances']);
  });

  it('mitigation narrows the multiples with the amounts', () => {
    const data = minimalRuleSet({ statutory: { fine: [{ multiple: { of: 'amount', min: '10', max: '20' } }] } });
    const decision = createEngine([data]).decide(
      kase({ amount: '1000', count: 2 }, { circumstances: { coerced: true } }),
    );
    expect(fine(decision)).toMatchObject({ min: '10000', max: '13000', multiple: { min: '10', max: '13' } });
  });

  it("a tier sets one ranged sanction's amount by kind", () => {
    const data = minimalRuleSet({
      statutory: {
        fine: [{ range: { min: '10000', max: '50000' } }],
        with: [{ kind: 'restrict-practice', range: { min: '1', max: '5' }, unit: 'year' }],
      },
    });
    data.items[0].tiers[1].sanctions = { 'restrict-practice': { range: { min: '2', max: '3' } } };
    expect(createEngine([data]).decide(kase({ amount: '0', count: 1 })).sanctions[1]).toEqual({
      kind: 'restrict-practice',
      range: { min: '2', max: '3' },
      unit: 'year',
      statutory: { min: '1', max: '5' },
    });
  });
});
