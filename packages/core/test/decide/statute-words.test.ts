import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, explainDecision, loadRuleSet } from '../../src/index.js';
import type { OtherSanction } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { renderCsv, renderMarkdown } from '../../src/render/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 (1): a sanction carries the statute's own words. The test law's item is shaped on
 * 产品质量法 第五十六条 「…给予警告，责令改正；拒不改正的，责令停业整顿；情节特别严重的，吊销营业执照。」:
 * 责令停业整顿 is of the kind 责令停产停业 and 吊销营业执照 of the kind 吊销许可证件 (行政处罚法
 * 第九条), but neither is printed as its kind.
 */
function statuteWords(format = 'cailiang.rule-set/v2') {
  return minimalRuleSet(
    {
      statutory: {
        fine: [{ range: { min: '10000', max: '50000' } }],
        with: [{ kind: 'suspend-business', text: '责令停业整顿' }],
        also: [{ kind: 'revoke-licence', text: '吊销营业执照' }],
      },
      tiers: [
        { level: 'general', label: '一般', fine: { band: 'general' } },
        {
          level: 'heavier',
          label: '从重',
          when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 2 }] },
          fine: { band: 'heavier' },
          add: [{ kind: 'revoke-licence' }],
        },
      ],
    },
    { format },
  );
}

const ruleSet = loadRuleSet(statuteWords());
const engine = createEngine([ruleSet]);
const kase = {
  item: 'T-1',
  party: { kind: 'organization' },
  facts: { amount: '0', count: 2 },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
};

describe('sanction text (format v2)', () => {
  it('is a v2 key: a v1 document that uses it is refused, naming the tag to use', () => {
    expect(
      caughtError(() => loadRuleSet(statuteWords('cailiang.rule-set/v1')))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => `${issue.path}: ${issue.message}`),
    ).toEqual([
      'items[0].statutory.with[0].text: "text" is a format v2 key: set format: cailiang.rule-set/v2',
      'items[0].statutory.also[0].text: "text" is a format v2 key: set format: cailiang.rule-set/v2',
    ]);
  });

  it('is carried by the decision beside the kind', () => {
    const others = engine
      .decide(kase)
      .sanctions.filter((sanction): sanction is OtherSanction => sanction.kind !== 'fine');
    expect(others).toEqual([
      { kind: 'suspend-business', text: '责令停业整顿' },
      { kind: 'revoke-licence', text: '吊销营业执照' },
    ]);
  });

  it("is what the published table prints, never the kind's label", () => {
    const table = renderMarkdown(ruleSet);
    expect(table).toContain('责令停业整顿，并处一万元以上五万元以下罚款；情节严重的，吊销营业执照');
    expect(table).not.toContain('责令停产停业');
    expect(table).not.toContain('吊销许可证件');
  });

  it('is what the reasoning prints', () => {
    const { zh, en } = explainDecision(engine, kase);
    expect(zh).toContain('责令停业整顿');
    expect(zh).toContain('吊销营业执照');
    expect(zh).not.toContain('吊销许可证件');
    expect(en).toContain('revoke-licence (吊销营业执照)');
  });

  it('comes back from the CSV table unchanged', () => {
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});
