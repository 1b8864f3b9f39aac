import { createEngine, loadRuleSet, SANCTION_UNIT_LABELS } from '@cailiang/core';
import type { OtherSanction, SanctionUnit } from '@cailiang/core';
import { describe, expect, it } from 'vitest';
import { formatDecisionText } from '../src/format-decision.js';
import { minimalRuleSet, rangedSanctionsRuleSet } from '../../../test-support/builders.js';

const data = rangedSanctionsRuleSet();
const engine = createEngine([loadRuleSet(data)]);
const kase = { item: 'T-1', facts: { amount: '0', count: 2 }, dates: { act: '2025-06-01', discovered: '2025-06-02' } };

describe('formatDecisionText', () => {
  it('writes a ranged sanction with the unit word statutes use (SANCTION_UNIT_LABELS)', () => {
    const decision = engine.decide(kase);
    const ranged = decision.sanctions.filter((sanction): sanction is OtherSanction => sanction.kind !== 'fine');
    expect(ranged.map((sanction) => sanction.unit)).toEqual(['day', 'month', 'year']);
    const text = formatDecisionText(decision);
    for (const { range, unit } of ranged) {
      expect(text).toContain(`${range?.min} – ${range?.max} ${SANCTION_UNIT_LABELS[unit as SanctionUnit]}`);
    }
  });
});

describe('formatDecisionText with a guiding amount (指导基准)', () => {
  it('prints the guide, the permitted range and the ground that held with its article', () => {
    const guided = minimalRuleSet(
      { tiers: [{ level: 1, label: '指导基准', fine: { range: { min: '10000', max: '50000' }, guide: '20000' } }] },
      {
        format: 'cailiang.rule-set/v2',
        laws: {
          L: { title: '中华人民共和国测试法', edition: '2020-01-01' },
          R: { title: '测试适用规则', edition: '2025-01-01' },
        },
        facts: { accident: { type: 'boolean', label: '引发交通事故' } },
        guidance: {
          label: '默认值（指导基准）',
          basis: [{ law: 'R', article: 6 }],
          departures: [
            {
              id: 'accident',
              label: '引发交通事故的，可以按上限处罚',
              when: { all: [{ fact: 'accident', operator: 'equal', value: true }] },
              basis: [{ law: 'R', article: 4 }],
              direction: 'up',
              by: { to: 'bound' },
            },
          ],
        },
      },
    );
    const decision = createEngine([loadRuleSet(guided)]).decide({
      item: 'T-1',
      facts: { accident: true },
      dates: { act: '2025-06-01', discovered: '2025-06-02' },
    });
    const text = formatDecisionText(decision);
    // 20000 up to the tier's maximum 50000.
    expect(text).toContain('默认值（指导基准） fine 20000；可在 20000 – 50000 元');
    expect(text).toContain('  偏离 上调 引发交通事故的，可以按上限处罚 《测试适用规则》第四条');
  });
});

describe('formatDecisionText with a table rule that makes a sanction required (应当依法予以拘留)', () => {
  it('prints the detention without 可以 and the rule with its article and what it made required', () => {
    const table = minimalRuleSet(
      {
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
          L: { title: '中华人民共和国测试法', edition: '2020-01-01' },
          R: { title: '测试适用规则', edition: '2025-01-01' },
        },
        facts: { repeated: { type: 'boolean', label: '再次违反' } },
        tableRules: [
          {
            id: 'required',
            label: '再次违反的，应当依法予以拘留',
            when: { all: [{ fact: 'repeated', operator: 'equal', value: true }] },
            basis: [{ law: 'R', article: 4, item: 3 }],
            require: { kinds: ['detention'] },
          },
        ],
      },
    );
    const decide = (repeated: boolean) =>
      formatDecisionText(
        createEngine([loadRuleSet(table)]).decide({
          item: 'T-1',
          facts: { repeated },
          dates: { act: '2025-06-01', discovered: '2025-06-02' },
        }),
      );
    expect(decide(true)).toContain(
      '适用规则 再次违反的，应当依法予以拘留 《测试适用规则》第四条第（三）项；应当依法予以 行政拘留',
    );
    expect(decide(false)).not.toContain('应当依法予以 行政拘留');
  });
});
