import { describe, expect, it } from 'vitest';
import { createEngine, explainDecision, loadRuleSet, SANCTION_UNIT_LABELS, SANCTION_UNITS } from '../../src/index.js';
import type { OtherSanction, SanctionUnit } from '../../src/index.js';
import { writeUnit } from '../../src/render/chinese-text.js';
import { sanctionText } from '../../src/render/statutory-text.js';
import { rangedSanctionsRuleSet } from '../../../../test-support/builders.js';

const data = rangedSanctionsRuleSet();
const engine = createEngine([loadRuleSet(data)]);
const kase = { item: 'T-1', facts: { amount: '0', count: 2 }, dates: { act: '2025-06-01', discovered: '2025-06-02' } };

describe('SANCTION_UNIT_LABELS', () => {
  it('names every unit in the words statutes use', () => {
    expect(SANCTION_UNIT_LABELS).toEqual({ day: '日', month: '个月', year: '年' });
    expect(Object.keys(SANCTION_UNIT_LABELS)).toEqual([...SANCTION_UNITS]);
    expect(Object.isFrozen(SANCTION_UNIT_LABELS)).toBe(true);
  });

  it('is the unit word of the reasoning and the rendered table alike (the terminal text: cli format-decision.test.ts)', () => {
    const { decision, zh } = explainDecision(engine, kase);
    const ranged = decision.sanctions.filter((sanction): sanction is OtherSanction => sanction.kind !== 'fine');
    expect(ranged.map((sanction) => sanction.unit)).toEqual(['day', 'month', 'year']);
    for (const { kind, range, unit } of ranged) {
      const word = SANCTION_UNIT_LABELS[unit as SanctionUnit];
      expect(zh).toContain(`${range?.min}至${range?.max}${word}`);
      expect(sanctionText({ kind, range: { min: '2', max: '3' }, unit })).toContain(`二${word}以上三${word}以下`);
    }
  });

  it('leaves the amount bare when a wording names no unit it knows', () => {
    expect(writeUnit(undefined)('5')).toBe('五');
    expect(writeUnit('week')('5')).toBe('五');
    expect(writeUnit('toString')('5')).toBe('五');
  });
});
