import { describe, expect, it } from 'vitest';
import { canonicalJson, createEngine, loadRuleSet } from '../../src/index.js';
import { importCsv } from '../../src/import/index.js';
import { renderCsv, statutoryText } from '../../src/render/index.js';
import { review } from '../../src/review/index.js';
import { caughtError, minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Format v2 (2), a fine required only under a condition. The test law's item is shaped on
 * 食品安全法 第一百二十六条第一款 「…责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；
 * 情节严重的，责令停产停业，直至吊销许可证」. Its tiers deliberately do not name the refusal: the
 * fine's condition alone must keep the fine out and the warning in.
 */
const refused = { all: [{ fact: 'refused', operator: 'equal', value: true }] };
function warningThenFine(format = 'cailiang.rule-set/v2') {
  return minimalRuleSet(
    {
      orders: [{ kind: 'correct' }],
      statutory: {
        fineCondition: refused,
        fine: [{ range: { min: '5000', max: '50000' } }],
        with: [{ kind: 'warning' }],
        also: [{ kind: 'suspend-business' }, { kind: 'revoke-licence', text: '吊销许可证', upTo: true }],
      },
      tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }],
    },
    { format, facts: { refused: { type: 'boolean', label: '拒不改正' } } },
  );
}

const ruleSet = loadRuleSet(warningThenFine());
const engine = createEngine([ruleSet]);
const kase = (refusedNow: boolean) => ({
  item: 'T-1',
  party: { kind: 'organization' },
  facts: { refused: refusedNow },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});

describe('statutory.fineCondition (format v2)', () => {
  it('decides the warning now, without the fine, while the party has not refused', () => {
    const decision = engine.decide(kase(false));
    expect(decision.outcome).toBe('penalty');
    expect(decision.sanctions).toEqual([{ kind: 'warning' }]);
    expect(decision.orders.map((order) => order.label)).toEqual(['责令改正']);
    expect(decision.trace).toContainEqual(expect.objectContaining({ step: 'fine-condition', result: false }));
  });

  it('adds the fine once the party refuses: 5000–50000, 一般 30%–70% = 18500–36500', () => {
    const decision = engine.decide(kase(true));
    expect(decision.sanctions).toEqual([
      { kind: 'fine', min: '18500', max: '36500', statutory: { min: '5000', max: '50000' } },
      { kind: 'warning' },
    ]);
  });

  it('lets review pass the lawful warning, and still flag a missing one', () => {
    const warned = review(engine, kase(false), {
      sanctions: [{ kind: 'warning' }],
      hearingOffered: false,
      reasons: '',
    });
    expect(warned.findings).toEqual([]);
    const nothing = review(engine, kase(false), {
      sanctions: [{ kind: 'fine', amount: '20000' }],
      hearingOffered: false,
      reasons: '',
    });
    expect(nothing.findings.map((finding) => finding.code)).toContain('missing-mandatory-sanction');
  });

  it("publishes the statute's order: warning now; 拒不改正的，处…; 直至", () => {
    const item = ruleSet.items[0];
    if (item?.kind !== 'penalty') throw new Error('expected the penalty item');
    expect(statutoryText(item, ruleSet)).toBe(
      '责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证',
    );
  });

  it('is a v2 key, and comes back from the CSV table unchanged', () => {
    expect(
      caughtError(() => loadRuleSet(warningThenFine('cailiang.rule-set/v1')))
        .issues.filter((issue) => issue.code !== 'not_checked')
        .map((issue) => issue.path),
    ).toEqual([
      'items[0].statutory.fineCondition',
      'items[0].statutory.also[1].text',
      'items[0].statutory.also[1].upTo',
    ]);
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});
