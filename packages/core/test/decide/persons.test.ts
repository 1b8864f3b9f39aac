/**
 * 双罚制 (issue #17 point 4): the sanction on the unit's responsible persons, decided per person.
 * Expectations computed by hand from 大气污染防治法 第一百二十二条第一款 「对直接负责的主管人员和其他直接
 * 责任人员可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款」: 0 to 0.5 × the person's income.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, explainDecision, loadRuleSet } from '@cailiang/core';
import type { PenaltyDecision } from '@cailiang/core';
import { statutoryText } from '@cailiang/core/render';
import { review } from '@cailiang/core/review';
import { caughtError } from '../../../../test-support/builders.js';

function ruleSet(format = 'cailiang.rule-set/v2', persons: Record<string, unknown> | undefined = undefined) {
  return {
    format,
    id: 'test.persons',
    version: '1',
    title: '双罚制测试',
    issuer: '测试',
    document: '测试〔2026〕1号',
    effective: { from: '2020-01-01' },
    policy: { rounding: { scale: 0, mode: 'half-up' } },
    laws: { AIR: { title: '中华人民共和国大气污染防治法', edition: '2018-10-26' } },
    facts: {
      directLoss: { type: 'money', label: '直接损失' },
      priorYearIncome: { type: 'money', label: '上一年度从本单位取得的收入' },
    },
    items: [
      {
        code: 'P-1',
        name: '造成大气污染事故',
        kind: 'penalty',
        violates: [{ law: 'AIR', article: 122, paragraph: 1 }],
        basis: [{ law: 'AIR', article: 122, paragraph: 2 }],
        statutory: { fine: [{ multiple: { of: 'directLoss', min: '1', max: '3' } }] },
        tiers: [{ level: 'general', label: '一般', fine: { range: { min: '0', max: '999999999' } } }],
        persons: persons ?? {
          text: '直接负责的主管人员和其他直接责任人员',
          basis: [{ law: 'AIR', article: 122, paragraph: 1 }],
          fine: {
            optional: true,
            multiple: { of: 'priorYearIncome', min: '0', max: '0.5' },
            text: '上一年度从本企业事业单位取得收入百分之五十以下的罚款',
          },
        },
      },
    ],
  };
}

const dates = { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' };

describe('双罚制: the unit and its people', () => {
  const engine = createEngine([ruleSet()]);

  it('decides each person from their own income, optional, cited to their own 款, and traces it', () => {
    const decision = engine.decide({
      item: 'P-1',
      facts: { directLoss: '100000' },
      persons: [
        { name: '张某', facts: { priorYearIncome: '240000' } },
        { name: '李某', facts: { priorYearIncome: '85001.15' } },
      ],
      dates,
    }) as PenaltyDecision;
    // 240000 × 0.5 = 120000; 85001.15 × 0.5 = 42500.575 → 42500 (half-up 42501 would exceed the law).
    expect(decision.persons?.map((person) => [person.name, person.sanctions[0]?.max])).toEqual([
      ['张某', '120000'],
      ['李某', '42500'],
    ]);
    expect(decision.persons?.[0]?.sanctions[0]).toEqual({
      kind: 'fine',
      min: '0',
      max: '120000',
      statutory: { min: '0', max: '120000' },
      multiple: { of: 'priorYearIncome', base: '240000', min: '0', max: '0.5' },
      optional: true,
    });
    expect(decision.persons?.[0]?.citations.map((c) => c.text)).toEqual([
      '《中华人民共和国大气污染防治法》第一百二十二条第一款',
    ]);
    // The unit's fine is untouched by its people: 100000 × 1–3.
    expect(decision.sanctions[0]).toMatchObject({ statutory: { min: '100000', max: '300000' } });
    const traced = decision.trace.filter((entry) => entry.step === 'person-fine');
    expect(traced).toEqual([
      {
        step: 'person-fine',
        person: '张某',
        of: 'priorYearIncome',
        base: '240000',
        exact: { min: '0', max: '120000' },
        result: true,
      },
      {
        step: 'person-fine',
        person: '李某',
        of: 'priorYearIncome',
        base: '85001.15',
        exact: { min: '0', max: '42500.575' },
        result: true,
      },
    ]);
  });

  it('explains each person as 可以处…罚款 with the statute percentage', () => {
    const { zh } = explainDecision(engine, {
      item: 'P-1',
      facts: { directLoss: '100000' },
      persons: [{ name: '张某', facts: { priorYearIncome: '240000' } }],
      dates,
    });
    expect(zh).toContain(
      '依据《中华人民共和国大气污染防治法》第一百二十二条第一款，对直接负责的主管人员和其他直接责任人员张某可以处0元至120000元罚款（240000元的百分之五十以下）。',
    );
  });

  it('a fixed range for each person needs no fact', () => {
    const fixed = createEngine([
      ruleSet('cailiang.rule-set/v2', {
        text: '直接负责的主管人员和其他直接责任人员',
        basis: [{ law: 'AIR', article: 122, paragraph: 1 }],
        fine: { range: { min: '10000', max: '100000' } },
      }),
    ]);
    const decision = fixed.decide({ item: 'P-1', facts: { directLoss: '1' }, persons: [{ name: '王某' }], dates });
    expect(decision.outcome === 'penalty' && decision.persons?.[0]?.sanctions[0]).toEqual({
      kind: 'fine',
      min: '10000',
      max: '100000',
      statutory: { min: '10000', max: '100000' },
    });
  });

  it('the published table states the persons’ sanction in the statute’s words, after the unit’s', () => {
    const published = (persons?: Record<string, unknown>) => {
      const set = loadRuleSet(ruleSet('cailiang.rule-set/v2', persons));
      const item = set.items[0];
      if (item?.kind !== 'penalty') throw new Error('a penalty item');
      return statutoryText(item, set);
    };
    expect(published()).toBe(
      '处直接损失一倍以上三倍以下罚款；对直接负责的主管人员和其他直接责任人员可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款',
    );
    const who = { text: '直接负责的主管人员和其他直接责任人员', basis: [{ law: 'AIR', article: 122, paragraph: 1 }] };
    // Without the statute's words: the range, or the multiple of the persons' fact, as 第一百二十二条 would word it.
    expect(published({ ...who, fine: { range: { min: '10000', max: '100000' } } })).toContain(
      '；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下的罚款',
    );
    expect(
      published({ ...who, fine: { optional: true, multiple: { of: 'priorYearIncome', min: '0', max: '0.5' } } }),
    ).toContain('；对直接负责的主管人员和其他直接责任人员可以处上一年度从本单位取得的收入百分之五十以下的罚款');
  });

  it('review flags a required persons’ fine (处, not 可以处) left out, once the record lists persons', () => {
    const required = createEngine([
      ruleSet('cailiang.rule-set/v2', {
        text: '直接负责的主管人员和其他直接责任人员',
        basis: [{ law: 'AIR', article: 122, paragraph: 1 }],
        fine: { range: { min: '10000', max: '100000' } },
      }),
    ]);
    const kase = { item: 'P-1', facts: { directLoss: '1' }, persons: [{ name: '王某' }], dates };
    const imposed = (persons: unknown[]) => ({ sanctions: [{ kind: 'fine', amount: '2' }], persons, reasons: '' });
    const codes = (persons: unknown[]) => review(required, kase, imposed(persons)).findings.map((f) => f.code);
    expect(codes([])).toContain('missing-person-fine');
    expect(codes([{ name: '王某', sanctions: [{ kind: 'fine', amount: '10000' }] }])).not.toContain(
      'missing-person-fine',
    );
    expect(codes([{ name: '王某', sanctions: [{ kind: 'fine', amount: '9999.99' }] }])).toContain(
      'person-fine-outside-range',
    );
  });

  it('one act under two items (第二十九条): the chosen item keeps its persons, every key in place', () => {
    // P-2: 第九十九条-like fixed fine 1–10 万元, lower than P-1's 100000 × 1–3, so P-1 applies and its
    // persons' fines stand: 张某 240000 × 百分之五十 = 120000. Dropping them is a missing sanction.
    const data = ruleSet();
    data.items.push({
      ...data.items[0],
      code: 'P-2',
      name: '超标排放大气污染物',
      persons: undefined,
      statutory: { fine: [{ range: { min: '100000', max: '1000000' } }] },
      tiers: [{ level: 'general', label: '一般', fine: { range: { min: '100000', max: '1000000' } } }],
    } as never);
    const both = createEngine([JSON.parse(JSON.stringify(data))]);
    const facts = { directLoss: '1000000' };
    const persons = [{ name: '张某', facts: { priorYearIncome: '240000' } }];
    const alone = both.decide({ item: 'P-1', facts, persons, dates }) as PenaltyDecision;
    const concurrent = both.decide({ items: ['P-2', 'P-1'], facts, persons, dates }) as PenaltyDecision;
    expect(concurrent.concurrence?.applied).toBe('P-1');
    expect(concurrent.persons?.map((person) => [person.name, person.sanctions[0]?.max])).toEqual([['张某', '120000']]);
    expect(concurrent.persons).toEqual(alone.persons);
    const keys = Object.keys(alone);
    keys.splice(keys.indexOf('citations'), 0, 'concurrence');
    expect(Object.keys(concurrent)).toEqual(keys);
  });

  it('without persons the unit is decided and the officer is warned', () => {
    const decision = engine.decide({ item: 'P-1', facts: { directLoss: '100000' }, dates });
    expect(decision.outcome === 'penalty' && decision.persons).toBeUndefined();
    expect(decision.warnings.map((warning) => warning.code)).toContain('persons-not-decided');
  });

  it('refuses a person without a name, with a bad income or an unknown fact, naming each path', () => {
    const error = caughtError(() =>
      engine.decide({
        item: 'P-1',
        facts: { directLoss: '100000' },
        persons: [
          { facts: { priorYearIncome: '1' } },
          { name: '李某', facts: { priorYearIncome: 'lots', bonus: '1' } },
        ],
        dates,
      }),
    );
    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'invalid_value persons[0].name',
      'undeclared_fact persons[1].facts.bonus',
      'invalid_fact persons[1].facts.priorYearIncome',
    ]);
  });

  it('persons is a format v2 key, and its multiple must take a declared money fact', () => {
    expect(caughtError(() => loadRuleSet(ruleSet('cailiang.rule-set/v1'))).issues[0]?.path).toBe('items[0].persons');
    const bad = ruleSet('cailiang.rule-set/v2', {
      text: '直接负责的主管人员和其他直接责任人员',
      basis: [{ law: 'AIR', article: 122, paragraph: 1 }],
      fine: { multiple: { of: 'income', min: '0', max: '0.5' } },
    });
    expect(caughtError(() => loadRuleSet(bad)).issues.map((issue) => issue.path)).toContain(
      'items[0].persons.fine.multiple.of',
    );
  });
});
