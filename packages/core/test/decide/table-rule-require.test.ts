import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { reasoningText } from '../../src/explain/index.js';
import { lint } from '../../src/lint/index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { review } from '../../src/review/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 `tableRules[].require`: a rule of the whole table that makes a 可以并处 sanction
 * required when its condition holds — shaped on 新公规〔2025〕1号 附件1 适用规则第四条（三）第二句
 * 「对涉及发生交通事故且负有责任或再次违反涉及可以吊销、拘留的违法行为，应当依法予以吊销或拘留」 over
 * 道路交通安全法 第九十九条 「处二百元以上二千元以下罚款…可以并处十五日以下拘留」. An item that offers no
 * such sanction (第九十条 「处警告或者二十元以上二百元以下罚款」) is untouched.
 */
const requireRule = {
  id: 'required',
  label: '涉及发生交通事故且负有责任或再次违反的，应当依法予以吊销或拘留',
  when: {
    any: [
      { fact: 'responsible', operator: 'equal', value: true },
      { fact: 'repeated', operator: 'equal', value: true },
    ],
  },
  basis: [{ law: 'R', article: 4, item: 3 }],
  require: { kinds: ['revoke-licence', 'detention'] },
};

function table(rules: unknown[] = [requireRule]) {
  const ruleSet = minimalRuleSet(
    {
      code: 'T-99',
      basis: [{ law: 'L', article: 99 }],
      statutory: {
        fine: [{ range: { min: '200', max: '2000' } }],
        with: [{ kind: 'detention', optional: true, range: { min: '0', max: '15' }, unit: 'day' }],
      },
      tiers: [
        {
          level: 1,
          label: '一档',
          fine: { range: { min: '200', max: '2000' } },
          sanctions: { detention: { range: { min: '0', max: '15' } } },
        },
      ],
    },
    {
      format: 'cailiang.rule-set/v2',
      laws: {
        L: { title: '中华人民共和国测试交通法', edition: '2021-04-29' },
        R: { title: '测试道路交通违法行为行政处罚裁量权基准适用规则', edition: '2025-03-11' },
      },
      facts: {
        responsible: { type: 'boolean', label: '涉及发生交通事故且负有责任' },
        repeated: { type: 'boolean', label: '再次违反' },
      },
      tableRules: rules,
    },
  );
  ruleSet['items'].push({
    code: 'T-90',
    name: '机动车不走机动车道',
    kind: 'penalty',
    violates: [{ law: 'L', article: 36 }],
    basis: [{ law: 'L', article: 90 }],
    statutory: { fine: [{ range: { min: '20', max: '200' }, alternatives: [{ kind: 'warning' }] }] },
    tiers: [{ level: 1, label: '一档', fine: { range: { min: '20', max: '200' } } }],
  });
  return ruleSet;
}

const ruleSet = loadRuleSet(table());
const engine = createEngine([ruleSet]);
const kase = (item: string, facts: Record<string, unknown>) => ({
  item,
  party: { kind: 'individual' },
  facts: { responsible: false, repeated: false, ...facts },
  dates: { act: '2025-06-01', decision: '2025-06-20' },
});
const detentionOf = (item: string, facts: Record<string, unknown>) =>
  engine.decide(kase(item, facts)).sanctions.find((sanction) => sanction.kind === 'detention');
const citation = '《测试道路交通违法行为行政处罚裁量权基准适用规则》第四条第（三）项';

describe('tableRules[].require (format v2): 应当依法予以拘留', () => {
  it('without the condition, the detention stays 可以并处 (optional), and no adjustment is made', () => {
    const decision = engine.decide(kase('T-99', {}));
    expect(detentionOf('T-99', {})).toEqual(
      expect.objectContaining({ kind: 'detention', optional: true, range: { min: '0', max: '15' } }),
    );
    expect(decision.adjustments).toEqual([]);
    expect(decision.trace).toContainEqual(
      expect.objectContaining({ step: 'table-rule', id: 'required', result: false }),
    );
  });

  // The table's 拘留最小 0 means 「not imposed」 while optional; required, a 0-day detention is none,
  // so the decided range starts at 1 日 (the statutory range stays as published, 0–15).
  it('负有责任 or 再次违反: the detention becomes required, range 1–15 日, citing the table article', () => {
    for (const facts of [{ responsible: true }, { repeated: true }]) {
      const decision = engine.decide(kase('T-99', facts));
      const detention = detentionOf('T-99', facts);
      expect(detention).toEqual(
        expect.objectContaining({
          kind: 'detention',
          range: { min: '1', max: '15' },
          statutory: { min: '0', max: '15' },
        }),
      );
      expect(detention).not.toHaveProperty('optional');
      // The fine is untouched: still 200–2000, required.
      expect(decision.sanctions[0]).toEqual(expect.objectContaining({ kind: 'fine', min: '200', max: '2000' }));
      expect(decision.adjustments).toEqual([
        {
          kind: 'table-rule',
          ground: 'required',
          label: requireRule.label,
          mandatory: true,
          required: ['detention'],
          citations: [expect.objectContaining({ text: citation })],
        },
      ]);
      expect(decision.citations).toContainEqual(expect.objectContaining({ role: 'general-rule', text: citation }));
      expect(decision.trace).toContainEqual(
        expect.objectContaining({ step: 'table-rule', id: 'required', result: true }),
      );
    }
  });

  it('never adds a sanction the item does not offer: 第九十条 (警告或者罚款) is untouched', () => {
    const decision = engine.decide(kase('T-90', { repeated: true }));
    expect(decision.sanctions.map((sanction) => sanction.kind)).toEqual(['fine']);
    expect(decision.adjustments).toEqual([]);
  });

  it('says so in the reasoning, zh and en', () => {
    const input = kase('T-99', { repeated: true });
    const decision = engine.decide(input);
    expect(reasoningText(decision, ruleSet, input, 'zh')).toContain(
      `依据${citation}（${requireRule.label}），应当依法予以行政拘留（不再是可以并处）。`,
    );
    expect(reasoningText(decision, ruleSet, input, 'en')).toContain(
      `(${requireRule.label}), detention shall be imposed (no longer optional).`,
    );
  });

  it('review: the fine alone is flagged (missing-mandatory-sanction, citing the table) only when the rule holds', () => {
    const findings = (facts: Record<string, unknown>, sanctions: { kind: string; amount?: string }[]) =>
      review(engine, kase('T-99', facts) as never, { sanctions, hearingOffered: true, reasons: '' } as never).findings;
    const missing = findings({ repeated: true }, [{ kind: 'fine', amount: '500' }]).find(
      (finding) => finding.code === 'missing-mandatory-sanction',
    );
    expect(missing?.message).toContain('拘留');
    expect(missing?.citations.map((c) => c.text)).toContain(citation);
    expect(findings({}, [{ kind: 'fine', amount: '500' }]).map((f) => f.code)).not.toContain(
      'missing-mandatory-sanction',
    );
    expect(
      findings({ repeated: true }, [
        { kind: 'fine', amount: '500' },
        { kind: 'detention', amount: '5' },
      ]).map((f) => f.code),
    ).not.toContain('missing-mandatory-sanction');
  });

  it('review: a required detention imposed as 0 日 is no detention (missing-mandatory-sanction); optional, 0 is not flagged', () => {
    const codes = (facts: Record<string, unknown>, detention: { quantity?: string; amount?: string }) =>
      review(
        engine,
        kase('T-99', facts) as never,
        {
          sanctions: [
            { kind: 'fine', amount: '500' },
            { kind: 'detention', ...detention },
          ],
          hearingOffered: true,
          reasons: '',
        } as never,
      ).findings.map((finding) => finding.code);
    expect(codes({ repeated: true }, { quantity: '0' })).toContain('missing-mandatory-sanction');
    expect(codes({ repeated: true }, { amount: '0' })).toContain('missing-mandatory-sanction');
    expect(codes({ repeated: true }, { quantity: '1' })).not.toContain('missing-mandatory-sanction');
    expect(codes({}, { quantity: '0' })).not.toContain('missing-mandatory-sanction');
  });

  it('prints the rule with its article in the rendered table (md, html) and round-trips through CSV', () => {
    const sentence = `${requireRule.label}（${citation}）：`;
    expect(renderMarkdown(ruleSet)).toContain(sentence);
    expect(renderMarkdown(ruleSet)).toContain(
      '本项可以并处吊销许可证件、行政拘留的，应当依法予以吊销许可证件或行政拘留',
    );
    expect(renderHtml(ruleSet)).toContain(sentence);
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });

  it('lints clean where an item offers the sanction, and warns where none does (table-rule-requires-nothing)', () => {
    expect(lint(ruleSet).map((finding) => finding.code)).not.toContain('table-rule-requires-nothing');
    const idle = table([{ ...requireRule, require: { kinds: ['revoke-licence'] } }]);
    const finding = lint(idle).find((f) => f.code === 'table-rule-requires-nothing');
    expect(finding?.path).toBe('tableRules[0]');
    expect(finding?.message).toContain('吊销许可证件');
  });

  it('load: names at least one kind, never the fine, and no second effect', () => {
    const fine = table([{ ...requireRule, require: { kinds: ['fine'] } }]);
    expect(caughtError(() => loadRuleSet(fine)).issues[0]?.path).toBe('tableRules[0].require.kinds[0]');
    const none = table([{ ...requireRule, require: { kinds: [] } }]);
    expect(caughtError(() => loadRuleSet(none)).issues[0]?.path).toBe('tableRules[0].require.kinds');
    const two = table([{ ...requireRule, shift: 1 }]);
    expect(caughtError(() => loadRuleSet(two)).issues[0]?.message).toContain(
      'expected only one of shift, part, reduce, require',
    );
  });
});

/**
 * 「应当依法予以吊销或拘留」 where one row offers both as 可以并处 (第九十九条第二款 gives 吊销 to items 二、四 and
 * 拘留 to the others; a synthetic row here offers both): 「或」 requires one of them — one required choice,
 * never two required sanctions. Worked out by hand: the detention leads (it has days: decided 1–15, a
 * required detention of 0 日 being none), 吊销 is its alternative, the adjustment names both kinds.
 */
describe('tableRules[].require (format v2): 吊销或拘留 offered together → one required choice', () => {
  const both = table();
  both['items'].push({
    code: 'T-99-both',
    name: '既可以并处吊销又可以并处拘留的测试违法行为',
    kind: 'penalty',
    violates: [{ law: 'L', article: 22 }],
    basis: [{ law: 'L', article: 99 }],
    statutory: {
      fine: [{ range: { min: '200', max: '2000' } }],
      with: [
        { kind: 'revoke-licence', optional: true, text: '吊销机动车驾驶证' },
        { kind: 'detention', optional: true, range: { min: '0', max: '15' }, unit: 'day' },
      ],
    },
    tiers: [
      {
        level: 1,
        label: '一档',
        fine: { range: { min: '200', max: '2000' } },
        sanctions: { detention: { range: { min: '0', max: '15' } } },
      },
    ],
  });
  const set = loadRuleSet(both);
  const bothEngine = createEngine([set]);

  it('without the condition both stay 可以并处, each on its own', () => {
    const decision = bothEngine.decide(kase('T-99-both', {}));
    expect(decision.sanctions.map((s) => [s.kind, s.optional])).toEqual([
      ['fine', undefined],
      ['revoke-licence', true],
      ['detention', true],
    ]);
  });

  it('再次违反: one required sanction, detention 1–15 日 or 吊销机动车驾驶证, in place of the two', () => {
    const input = kase('T-99-both', { repeated: true });
    const decision = bothEngine.decide(input);
    expect(decision.sanctions).toEqual([
      expect.objectContaining({ kind: 'fine', min: '200', max: '2000' }),
      {
        kind: 'detention',
        range: { min: '1', max: '15' },
        unit: 'day',
        statutory: { min: '0', max: '15' },
        alternatives: [{ kind: 'revoke-licence', text: '吊销机动车驾驶证' }],
      },
    ]);
    expect(decision.adjustments).toEqual([
      expect.objectContaining({ kind: 'table-rule', ground: 'required', required: ['revoke-licence', 'detention'] }),
    ]);
    expect(reasoningText(decision, set, input, 'zh')).toContain('应当依法予以吊销许可证件或行政拘留（不再是可以并处）');
  });

  it('review: either member satisfies it, both together are cumulated, neither (or 拘留 0 日 alone) is missing', () => {
    const codes = (sanctions: { kind: string; quantity?: string }[]) =>
      review(
        bothEngine,
        kase('T-99-both', { repeated: true }) as never,
        { sanctions: [{ kind: 'fine', amount: '500' }, ...sanctions], hearingOffered: true, reasons: '' } as never,
      ).findings.map((finding) => finding.code);
    expect(codes([{ kind: 'revoke-licence' }])).not.toContain('missing-mandatory-sanction');
    expect(codes([{ kind: 'detention', quantity: '5' }])).not.toContain('missing-mandatory-sanction');
    expect(codes([{ kind: 'revoke-licence' }, { kind: 'detention', quantity: '5' }])).toContain(
      'alternatives-cumulated',
    );
    expect(codes([])).toContain('missing-mandatory-sanction');
    expect(codes([{ kind: 'detention', quantity: '0' }])).toContain('missing-mandatory-sanction');
  });
});
