import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../src/lint/messages.js';
import type { LintFindingCode, LintMessageParams } from '../../src/lint/messages.js';

const goodsValue = { name: 'goodsValue', label: '货值金额' };
const witness = {
  values: { goodsValue: '9999.99', harm: 'serious', firstOffence: true },
  facts: [
    { ...goodsValue, type: 'money' as const },
    { name: 'harm', label: '危害后果', type: 'enum' as const, valueLabels: { serious: '严重' } },
    { name: 'firstOffence', label: '初次违法', type: 'boolean' as const },
    { name: 'eliminatedHarm', label: '主动消除或者减轻违法行为危害后果', type: 'boolean' as const },
  ],
};
const search = { tried: 10500, combinations: 90000 };
const tier = { level: 2, label: '一般', index: 1 };
const named = { level: 'heavier', label: '较重', index: 2 };

/** One set of figures per code: the type makes a new code without a sample a compile error. */
const SAMPLES: { readonly [C in LintFindingCode]: LintMessageParams[C] } = {
  'add-not-authorised': { item: 'FS-124-1-3', tier, kind: 'suspend-business' },
  'bands-overlap': { band: 'heavier', from: '0.6', previous: 'general', reach: '0.7' },
  'bands-gap': { from: '0.3', to: '0.4', band: 'general' },
  'limit-differs-from-licensing-law': { item: 'LIC-1', given: 30, lawDays: 20, provision: '第四十二条第一款' },
  'promised-exceeds-statutory': { item: 'LIC-1', promised: 25, statutory: 20 },
  'requirement-without-basis': { item: 'LIC-1', requirement: 'material', label: '营业执照复印件' },
  'range-ratio': { tier, min: '1000', max: '50000' },
  'computed-exceeds-statutory': {
    item: 'GD-2-3',
    tier,
    text: '罚款金额=裁量百分值总和×20万',
    side: 'above',
    reached: '220000',
    bound: '200000',
    unit: 'yuan',
    alternative: 0,
  },
  'table-rule-idle': { rule: 'raise', label: '上调一个档次', item: 'FS-124-1-3' },
  'table-rule-requires-nothing': {
    rule: 'required',
    label: '应当依法予以吊销或拘留',
    kinds: ['revoke-licence', 'detention'],
  },
  'guide-without-guidance': { item: 'XJ-1', tier: { level: 1, label: '一般', index: 0 }, guide: '200' },
  'guide-outside-range': {
    item: 'XJ-1',
    tier: { level: 1, label: '一般', index: 0 },
    guide: '600',
    range: { min: '20', max: '200' },
  },
  'unused-fact': { fact: goodsValue },
  'enum-value-unlabelled': {
    fact: { name: 'harm', label: '危害后果' },
    missing: ['minor'],
    printed: '危害后果为minor',
  },
  'duplicate-version': { id: 'food-safety', version: '2024', source: 'a.rules.yaml' },
  'version-overlap': {
    id: 'food-safety',
    earlier: { version: '2023', from: '2023-01-01', source: 'a.rules.yaml' },
    later: { version: '2024', from: '2024-01-01', until: '2024-12-31', source: 'b.rules.yaml' },
  },
  'analysis-failed': { item: 'FS-124-1-3', reason: '条件无法编译' },
  'statutory-none-holds': { item: 'FS-124-1-3', witness, search },
  'statutory-several-hold': { item: 'FS-124-1-3', a: 0, b: 1, witness },
  'no-tier-holds': { item: 'FS-124-1-3', witness },
  'tiers-overlap': { item: 'FS-124-1-3', a: tier, b: named, witness },
  'tier-without-fine': { item: 'FS-124-1-3', tier, fineCondition: true, witness },
  'conditional-sanction-not-imposed': {
    item: 'FS-124-1-3',
    at: 'statutory.also[0]',
    kind: 'suspend-business',
    text: '责令停业整顿',
    tier,
    witness,
  },
  'tier-boundary-shared': {
    item: 'FS-124-1-3',
    fact: goodsValue,
    value: '10000',
    money: true,
    a: tier,
    b: named,
    witness,
  },
  'tier-exceeds-statutory': {
    item: 'FS-124-1-3',
    tier,
    stated: { kind: 'multiple', min: '4', max: '6', of: goodsValue },
    range: { min: '39999.96', max: '59999.94' },
    alternative: 0,
    statutory: { min: '50000', max: '100000' },
    side: 'below',
    witness,
    search,
  },
  'tier-order': {
    item: 'FS-124-1-3',
    severe: named,
    lighter: tier,
    severeFine: { kind: 'multiple', min: '4', max: '6', of: goodsValue },
    lighterFine: { kind: 'band', band: 'general', from: '0.3', to: '0.7' },
    ranges: { severe: { min: '5000', max: '7500' }, lighter: { min: '10000', max: '22000' } },
    witness,
    search,
  },
  'fallback-count': { path: 'items[0].tiers[2].when', detail: 'tiers[1] is already the fallback' },
  'undeclared-fact': { name: 'goodsValu', detail: 'unknown fact "goodsValu"; declare it under facts' },
  'unknown-law': { name: 'FSL', detail: 'unknown law "FSL"; declared laws are foodSafetyLaw' },
  'missing-citation': { path: 'items[0].basis', detail: 'expected at least one citation' },
  'unknown-band': { name: 'heavy', detail: 'unknown band "heavy"; policy.fineBands has general' },
  'unknown-operator': { name: 'greaterThen', detail: 'unknown operator "greaterThen"' },
};

/** The ids of the facts in the samples: an officer reads labels, never these. */
const FACT_IDS = /goodsValue|firstOffence|eliminatedHarm|\bharm\b/;
const CODES = Object.keys(SAMPLES) as LintFindingCode[];

describe('lintMessage', () => {
  it.each(CODES)('%s: Chinese by default, naming facts by their labels', (code) => {
    const message = lintMessage(code, SAMPLES[code] as never);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(FACT_IDS);
    expect(message).not.toMatch(/\b(tier|band|statutory|fact|holds|absent)\b/);
    expect(lintMessage(code, SAMPLES[code] as never, 'zh')).toBe(message);
  });

  it.each(CODES)('%s: English on request', (code) => {
    const english = lintMessage(code, SAMPLES[code] as never, 'en');
    expect(english).not.toBe(lintMessage(code, SAMPLES[code] as never));
    expect(english).toMatch(/[a-z]{3,}/);
  });

  it('states a tier below the statutory minimum as a 法制审核 officer reads it', () => {
    const message = lintMessage('tier-exceeds-statutory', SAMPLES['tier-exceeds-statutory']);
    expect(message).toBe(
      '货值金额为9999.99元，危害后果为严重，初次违法为是，主动消除或者减轻违法行为危害后果未认定时，' +
        'FS-124-1-3的第2阶次“一般”（货值金额4倍至6倍）确定的罚款为39999.96元至59999.94元，而法定罚款幅度为50000元至100000元：' +
        '第2阶次“一般”的罚款下限低于法定最低额50000元；裁量基准应当严格限定在法定幅度内（国办发〔2022〕27号）' +
        '（未穷尽：在90000种候选值组合中检查了10500种）',
    );
  });

  it("names a tier by its level, a band by its share of the statutory range, a sanction by 第九条's words", () => {
    expect(lintMessage('tier-order', SAMPLES['tier-order'])).toContain(
      '“较重”阶次列在第2阶次“一般”之后（较重），但罚款较低：货值金额4倍至6倍，而第2阶次“一般”为罚款档“general”（法定幅度的30%至70%）',
    );
    expect(lintMessage('add-not-authorised', SAMPLES['add-not-authorised'])).toContain(
      '第2阶次“一般”增加了“责令停产停业”',
    );
  });
});
