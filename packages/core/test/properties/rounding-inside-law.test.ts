/**
 * Issue #17 point 6: a computed statutory bound is never printed outside the statute. The exact
 * statutory range is computed here independently (base × multiple, in Decimal, no rounding) and
 * every printed bound — the statutory range, the tier's range, the 从轻 band — must lie inside it,
 * whatever the rounding mode and scale; only a single computed amount that the scale cannot print
 * may fall below the exact amount, and then by less than one unit of the scale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, createEngine } from '@cailiang/core';
import type { Decision, FineSanction } from '@cailiang/core';
import { roundBound } from '../../src/money/rounding.js';
import type { RoundingMode } from '../../src/money/rounding.js';
import { params } from '../../../../test-support/properties.js';

const MODES: readonly RoundingMode[] = ['half-up', 'down', 'up', 'half-even'];

/** Amounts with up to three decimals: more digits than any scale below keeps. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 999 }))
  .map(([whole, thousandths]) => `${whole}.${String(thousandths).padStart(3, '0')}`);
/** Multiples as statutes write them: 百分之二十, 一倍, 三倍, 二十倍, 25.5倍. */
const factor = fc.constantFrom('0.01', '0.03', '0.2', '0.3', '0.5', '1', '2', '3', '5', '10', '17', '20', '25.5', '30');

function ruleSet(min: string, max: string, scale: number, mode: RoundingMode) {
  return {
    format: 'cailiang.rule-set/v2',
    id: 'test.rounding',
    version: '1',
    title: '舍入测试',
    issuer: '测试',
    document: '测试〔2026〕1号',
    effective: { from: '2020-01-01' },
    policy: {
      fineBands: { lighter: ['0', '0.3'], general: ['0.3', '0.7'], heavier: ['0.7', '1'] },
      rounding: { scale, mode },
      mitigation: { band: 'lighter' },
    },
    laws: { L: { title: '测试法', edition: '2020-01-01' } },
    facts: { base: { type: 'money', label: '货值金额' }, level: { type: 'integer', label: '情节' } },
    items: [
      {
        code: 'R-1',
        name: '舍入',
        kind: 'penalty',
        violates: [{ law: 'L', article: 1 }],
        basis: [{ law: 'L', article: 2 }],
        statutory: { fine: [{ multiple: { of: 'base', min, max } }] },
        tiers: [
          {
            level: 'lighter',
            label: '从轻',
            when: { all: [{ fact: 'level', operator: 'equal', value: 0 }] },
            fine: { band: 'lighter' },
          },
          { level: 'general', label: '一般', fine: { band: 'general' } },
          {
            level: 'heavier',
            label: '从重',
            when: { all: [{ fact: 'level', operator: 'equal', value: 2 }] },
            fine: { band: 'heavier' },
          },
        ],
      },
    ],
  };
}

const fineOf = (decision: Decision) => decision.sanctions.find((s): s is FineSanction => s.kind === 'fine');

describe('rounding stays inside the law (issue #17 point 6)', () => {
  it('roundBound never rounds a minimum down nor a maximum up, in any mode and scale', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...MODES), fc.integer({ min: 0, max: 2 }), (text, mode, scale) => {
        const value = new Decimal(text);
        const min = roundBound(value, { scale, mode }, 'min');
        const max = roundBound(value, { scale, mode }, 'max');
        expect(min.greaterThanOrEqualTo(value)).toBe(true);
        expect(max.lessThanOrEqualTo(value)).toBe(true);
        // Inward by less than one unit of the scale: nothing lawful is lost beyond the last digit.
        const unit = new Decimal(1).dividedBy(new Decimal(10).pow(scale));
        expect(min.minus(value).lessThan(unit)).toBe(true);
        expect(value.minus(max).lessThan(unit)).toBe(true);
      }),
      params,
    );
  });

  it('no printed bound of a decided fine lies outside the exact statutory range', () => {
    const setup = fc
      .tuple(factor, factor, fc.constantFrom(...MODES), fc.integer({ min: 0, max: 2 }))
      .map(([a, b, mode, scale]) => {
        const [min, max] = new Decimal(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        return { min, max, mode, scale };
      });
    fc.assert(
      fc.property(setup, amount, fc.integer({ min: 0, max: 2 }), ({ min, max, mode, scale }, base, level) => {
        const engine = createEngine([ruleSet(min, max, scale, mode)]);
        const decision = engine.decide({
          item: 'R-1',
          facts: { base, level },
          dates: { act: '2024-03-01', discovered: '2024-03-01', decision: '2024-03-01' },
        });
        const fine = fineOf(decision) as FineSanction;
        const exactMin = new Decimal(base).times(min);
        const exactMax = new Decimal(base).times(max);
        const unit = new Decimal(1).dividedBy(new Decimal(10).pow(scale));
        const printed = [fine.min, fine.max, fine.statutory.min, fine.statutory.max as string];
        for (const adjustment of decision.adjustments)
          if (adjustment.range !== undefined) printed.push(adjustment.range.min, adjustment.range.max);
        for (const text of printed) {
          const bound = new Decimal(text);
          expect(bound.lessThanOrEqualTo(exactMax), `${text} above ${exactMax.toFixed()}`).toBe(true);
          // Below the exact minimum only where no amount of the scale lies inside the range.
          if (bound.lessThan(exactMin)) expect(exactMax.minus(exactMin).lessThan(unit)).toBe(true);
        }
      }),
      { ...params, numRuns: Math.min(params.numRuns, 200) },
    );
  });

  it('goods value 10000.08 × 20 prints 200001 as the maximum in whole yuan, 200001.6 to the fen', () => {
    const decide = (scale: number) =>
      fineOf(
        createEngine([ruleSet('10', '20', scale, 'half-up')]).decide({
          item: 'R-1',
          facts: { base: '10000.08', level: 2 },
          dates: { act: '2024-03-01' },
        }),
      );
    // 10000.08 × 10 = 100000.8 → 100001 (half-up, above the minimum); × 20 = 200001.6 → 200001, never 200002.
    expect(decide(0)?.statutory).toEqual({ min: '100001', max: '200001' });
    expect(decide(0)?.max).toBe('200001');
    expect(decide(2)?.statutory).toEqual({ min: '100000.8', max: '200001.6' });
  });
});
