import { describe, expect, it } from 'vitest';
import { jinanCityAppearance } from '@cailiang/benchmarks';
import { createEngine } from '@cailiang/core';
import { review } from '@cailiang/core/review';

// Procedure follows the text in force when each step is taken (程序从新): 第六十条's 90 days came with
// the 2021 text (in force 2021-07-15); a case opened before has no such limit, so a decision
// 130 days after opening is not late — and review must not say it is.
const engine = createEngine([jinanCityAppearance]);
const kase = (dates: Record<string, string>) => ({
  item: 'JNCA-61-1-3',
  party: { kind: 'individual', age: 30 },
  facts: { notCorrectedByDeadline: true, priorViolations: 0, mainRoad: true, extent: 'ordinary' },
  dates,
});

describe('procedure clocks by the edition in force at each step', () => {
  it('gives no 第六十条 deadline for a case opened before 2021-07-15, and review does not call it late', () => {
    const old = kase({ act: '2020-08-01', discovered: '2020-08-10', opened: '2020-08-11', decision: '2020-12-19' });
    expect(engine.decide(old).deadlines.map((deadline) => deadline.kind)).not.toContain('decision-due');
    const imposed = { sanctions: [{ kind: 'fine', amount: '2500' }], reasons: '' };
    const codes = review(engine, old, imposed, { language: 'en' }).findings.map((finding) => finding.code);
    expect(codes).not.toContain('decision-late');
  });

  it('gives it, and review flags the late decision, for a case opened on 2021-07-15 or after', () => {
    const late = kase({ act: '2021-07-15', discovered: '2021-07-15', opened: '2021-07-15', decision: '2021-11-22' });
    // 2021-07-15 + 90 days = 2021-10-13, a Wednesday.
    expect(engine.decide(late).deadlines).toContainEqual(
      expect.objectContaining({ kind: 'decision-due', date: '2021-10-13' }),
    );
    const imposed = { sanctions: [{ kind: 'fine', amount: '2500' }], reasons: '' };
    expect(review(engine, late, imposed).findings.map((finding) => finding.code)).toContain('decision-late');
  });
});
