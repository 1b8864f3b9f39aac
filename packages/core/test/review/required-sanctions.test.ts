import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { review } from '../../src/review/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';

/**
 * Review of sanctions by modality (issue #17, 2): a sanction the statute requires — mandatory, or
 * required because its condition holds — is flagged when left out; a lawful optional one is
 * accepted whether imposed or not. The item is shaped on 食品安全法 第一百二十六条第一款
 * 「…给予警告；拒不改正的，处五千元以上五万元以下罚款…」 and 产品质量法 第五十六条 「…拒不改正的，
 * 责令停业整顿…」, with 可以没收违法工具 (optional) beside them. One tier: 一般, 30%–70% of 5000–50000
 * = 18500–36500.
 */
const refusedHolds = { all: [{ fact: 'refused', operator: 'equal', value: true }] };
const engine = createEngine([
  loadRuleSet(
    minimalRuleSet(
      {
        statutory: {
          fineCondition: refusedHolds,
          fine: [{ range: { min: '5000', max: '50000' } }],
          with: [
            { kind: 'warning' },
            { kind: 'suspend-business', text: '责令停业整顿', when: refusedHolds },
            { kind: 'confiscate-tools', optional: true },
          ],
        },
        tiers: [{ level: 'general', label: '一般', fine: { band: 'general' } }],
      },
      { format: 'cailiang.rule-set/v2', facts: { refused: { type: 'boolean', label: '拒不改正' } } },
    ),
  ),
]);
const kase = (refused: boolean) => ({
  item: 'T-1',
  party: { kind: 'organization' },
  facts: { refused },
  dates: { act: '2025-03-10', decision: '2025-06-20' },
});
const imposing = (...sanctions: Record<string, unknown>[]) => ({ sanctions, hearingOffered: true, reasons: '' });
const findings = (refused: boolean, imposed: ReturnType<typeof imposing>) =>
  review(engine, kase(refused), imposed, { language: 'en' }).findings.map(
    (finding) => `${finding.code}: ${finding.message}`,
  );

describe('review: sanctions by modality', () => {
  it('accepts the warning alone before a refusal, with or without the optional confiscation', () => {
    expect(findings(false, imposing({ kind: 'warning' }))).toEqual([]);
    expect(findings(false, imposing({ kind: 'warning' }, { kind: 'confiscate-tools' }))).toEqual([]);
  });

  it('after a refusal flags the fine and the suspension its condition requires, when left out', () => {
    expect(findings(true, imposing({ kind: 'warning' }))).toEqual([
      'missing-mandatory-sanction: fine is required (并处) but was not imposed',
      'missing-mandatory-sanction: suspend-business (责令停业整顿) is required (并处) but was not imposed',
    ]);
  });

  it('after a refusal accepts fine, warning and suspension, the optional confiscation left out', () => {
    expect(
      findings(true, imposing({ kind: 'fine', amount: '20000' }, { kind: 'warning' }, { kind: 'suspend-business' })),
    ).toEqual([]);
  });

  it('before a refusal flags the suspension its condition does not yet allow', () => {
    expect(findings(false, imposing({ kind: 'warning' }, { kind: 'suspend-business' }))).toEqual([
      'sanction-not-authorised: suspend-business is not among the sanctions the statute and the tier authorise for this case',
    ]);
  });

  it('flags a warning left out, whatever the refusal: it is imposed now', () => {
    expect(findings(false, imposing())).toEqual([
      'missing-mandatory-sanction: warning is required (并处) but was not imposed',
    ]);
  });
});
