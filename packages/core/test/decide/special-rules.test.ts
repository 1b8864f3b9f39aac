import { describe, expect, it } from 'vitest';
import { CailiangError, createEngine, explainDecision, loadRuleSet } from '../../src/index.js';
import { review } from '../../src/review/index.js';
import { exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

/**
 * 行政处罚法 第三十三条第二款 「…不予行政处罚。法律、行政法规另有规定的，从其规定。」 displaced by
 * 食品安全法 第一百三十六条 「…可以免予处罚，但应当依法没收其不符合食品安全标准的食品」, declared on
 * the example item as a v2 `overrides` entry.
 */
function withOverride(change: (override: Record<string, any>) => void = () => {}) {
  const data = exampleRuleSet();
  data.format = 'cailiang.rule-set/v2';
  Object.assign(data.facts, {
    foodOperator: { type: 'boolean', label: '食品经营者' },
    purchaseChecked: { type: 'boolean', label: '履行了进货查验等义务' },
    sourceExplained: { type: 'boolean', label: '能如实说明其进货来源' },
  });
  const override: Record<string, any> = {
    id: 'FSL-136',
    label: '履行了进货查验等义务…能如实说明其进货来源',
    rule: 'APL-33-2-no-fault',
    scope: { all: [{ fact: 'foodOperator', operator: 'equal', value: true }] },
    when: {
      all: [
        { fact: 'purchaseChecked', operator: 'equal', value: true },
        { fact: 'sourceExplained', operator: 'equal', value: true },
      ],
    },
    effect: 'exemption-offered',
    retain: [{ kind: 'confiscate-illegal-goods', text: '没收其不符合食品安全标准的食品' }],
    basis: [{ law: 'FSL', article: 136 }],
  };
  change(override);
  data.items[0].overrides = [override];
  return data;
}

const engine = createEngine([loadRuleSet(withOverride())]);
const operator = { foodOperator: true, purchaseChecked: true, sourceExplained: true };
const noFault = { noFault: true };

describe('a special rule displacing a general one (overrides, 从其规定)', () => {
  it('no fault, within the scope and its conditions met: a penalty the agency may forgo, the confiscation retained, both articles cited', () => {
    const decision = engine.decide(foodCase({ facts: operator, circumstances: noFault }));
    expect(decision.outcome).toBe('penalty');
    expect(decision.exemption).toEqual({
      id: 'FSL-136',
      mandatory: false,
      citations: [
        expect.objectContaining({ role: 'general-rule', text: '《中华人民共和国行政处罚法》第三十三条第二款' }),
        expect.objectContaining({ role: 'general-rule', text: '《中华人民共和国食品安全法》第一百三十六条' }),
      ],
      retained: [{ kind: 'confiscate-illegal-goods', text: '没收其不符合食品安全标准的食品' }],
    });
    expect(decision.trace.find((entry) => entry.step === 'override')).toMatchObject({
      id: 'FSL-136',
      rule: 'APL-33-2-no-fault',
      displaced: true,
      result: true,
    });
    expect(decision.warnings).toEqual([]);
  });

  it('without the override the same case is 不予处罚 under 第三十三条第二款, nothing confiscated', () => {
    const plain = createEngine([loadRuleSet(exampleRuleSet())]);
    const decision = plain.decide(foodCase({ circumstances: noFault }));
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.sanctions).toEqual([]);
  });

  it('within the scope but its conditions not met: the general rule is still set aside, no exemption, a warning', () => {
    const decision = engine.decide(
      foodCase({ facts: { ...operator, purchaseChecked: false }, circumstances: noFault }),
    );
    expect(decision.outcome).toBe('penalty');
    expect(decision.exemption).toBeNull();
    expect(decision.warnings).toEqual([
      {
        code: 'special-rule-not-met',
        message: expect.stringContaining('对本事项让位于《中华人民共和国食品安全法》第一百三十六条'),
      },
    ]);
    const english = createEngine([loadRuleSet(withOverride())], { language: 'en' }).decide(
      foodCase({ facts: { ...operator, purchaseChecked: false }, circumstances: noFault }),
    );
    expect(english.warnings[0]?.message).toContain('yields to 《中华人民共和国食品安全法》第一百三十六条');
    expect({ ...english, warnings: [] }).toEqual({ ...decision, warnings: [] });
  });

  it('outside the scope (not a 食品经营者): the general rule applies, 不予处罚', () => {
    const decision = engine.decide(foodCase({ facts: { foodOperator: false }, circumstances: noFault }));
    expect(decision.outcome).toBe('no-penalty');
    expect(decision.exemption?.id).toBe('APL-33-2-no-fault');
  });

  it('the general rule not holding: nothing displaced, no step, the special facts not needed', () => {
    const decision = engine.decide(foodCase());
    expect(decision.outcome).toBe('penalty');
    expect(decision.exemption).toBeNull();
    expect(decision.trace.some((entry) => entry.step === 'override')).toBe(false);
  });

  it('refuses a case where the general rule holds and the scope is not established, naming the fact', () => {
    expect(() => engine.decide(foodCase({ circumstances: noFault }))).toThrow(CailiangError);
    try {
      engine.decide(foodCase({ circumstances: noFault }));
    } catch (error) {
      expect((error as CailiangError).issues).toMatchObject([{ code: 'missing_fact', path: 'facts.foodOperator' }]);
    }
    // Within the scope, the special rule's own conditions must be given too.
    expect(() => engine.decide(foodCase({ facts: { foodOperator: true }, circumstances: noFault }))).toThrow(
      /purchaseChecked/,
    );
  });

  it('the reasoning names the general rule, the special rule and what stays', () => {
    const { zh, en } = explainDecision(engine, foodCase({ facts: operator, circumstances: noFault }));
    expect(zh).toContain(
      '《中华人民共和国行政处罚法》第三十三条第二款规定“法律、行政法规另有规定的，从其规定”；当事人符合《中华人民共和国食品安全法》第一百三十六条规定的情形，依照其规定可以免予处罚，但应当没收其不符合食品安全标准的食品',
    );
    expect(en).toContain('yields to a special rule of law');
  });

  it('review: exempting with only the retained confiscation passes; exempting without it fails', () => {
    const kase = foodCase({ facts: operator, circumstances: noFault });
    const reasons = '当事人履行了进货查验义务，如实说明进货来源，依据食品安全法第一百三十六条免予处罚';
    const kept = review(engine, kase, {
      sanctions: [{ kind: 'confiscate-illegal-goods' }],
      hearingOffered: false,
      reasons,
    });
    expect(kept.findings.map((finding) => finding.code)).not.toContain('retained-sanction-missing');
    const dropped = review(engine, kase, { sanctions: [], hearingOffered: false, reasons });
    expect(dropped.verdict).toBe('fail');
    expect(dropped.findings).toMatchObject([
      {
        code: 'retained-sanction-missing',
        citations: [
          { text: '《中华人民共和国行政处罚法》第三十三条第二款' },
          { text: '《中华人民共和国食品安全法》第一百三十六条' },
        ],
      },
    ]);
  });

  it('the format: v2 only, a known general rule, a basis, no fine retained', () => {
    const v1 = withOverride();
    v1.format = 'cailiang.rule-set/v1';
    expect(() => loadRuleSet(v1)).toThrow(/"overrides" is a format v2 key/);
    expect(() => loadRuleSet(withOverride((o) => (o.rule = 'APL-30-under-14')))).toThrow(/overrides\[0\]\.rule/);
    expect(() => loadRuleSet(withOverride((o) => (o.basis = [])))).toThrow(/a special rule cites its legal basis/);
    expect(() => loadRuleSet(withOverride((o) => (o.retain = [{ kind: 'fine' }])))).toThrow(/not a fine/);
    expect(() =>
      loadRuleSet(withOverride((o) => (o.when = { all: [{ fact: 'nope', operator: 'equal', value: true }] }))),
    ).toThrow(/nope/);
  });
});
