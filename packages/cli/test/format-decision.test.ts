import { createEngine, loadRuleSet, SANCTION_UNIT_LABELS } from '@cailiang/core';
import type { OtherSanction, SanctionUnit } from '@cailiang/core';
import { describe, expect, it } from 'vitest';
import { formatDecisionText } from '../src/format-decision.js';
import { rangedSanctionsRuleSet } from '../../../test-support/builders.js';

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
