import { describe, expect, it } from 'vitest';
import { createEngine } from '@cailiang/core';
import { foodSafety, foodSafety2025 } from '@cailiang/benchmarks';

/**
 * The two shipped versions of the food-safety benchmark as one history (行政处罚法 第三十七条): the
 * exact decision across 2025-12-01, which the fixtures (a subset match) cannot pin down — above
 * all that the lighter 2021 text imposes no fine at all.
 */
const engine = createEngine([foodSafety, foodSafety2025]);

/** A road carrier, 情节严重 (危害后果严重 and a prior violation), corrected when ordered. */
const tanker = (dates: Record<string, string>) => ({
  item: 'FSL-132-2',
  party: { kind: 'organization' },
  facts: { refusedToCorrect: false, priorViolations: 1, harm: 'serious', specialPopulation: false },
  dates,
});

describe('食品安全法 2021 → 2025 (in force 2025-12-01)', () => {
  it('form one history: 2021.1 until 2025-11-30, 2025.1 from 2025-12-01', () => {
    expect(foodSafety.id).toBe(foodSafety2025.id);
    expect(foodSafety.effective).toEqual({ from: '2021-04-29', until: '2025-11-30' });
    expect(foodSafety2025.effective).toEqual({ from: '2025-12-01' });
  });

  it('a road tanker acted before and decided after: the 2021 第一百三十二条 is lighter (no fine), applied and cited', () => {
    const decision = engine.decide(tanker({ act: '2025-11-20', discovered: '2025-11-25', decision: '2025-12-15' }));
    expect(decision.ruleSet.version).toBe('2021.1');
    expect(decision.sanctions.map((sanction) => sanction.kind)).toEqual(['warning', 'revoke-licence']);
    const texts = decision.citations.map((citation) => citation.text);
    expect(texts).toContain('《中华人民共和国食品安全法》第一百三十二条');
    expect(texts).not.toContain('《中华人民共和国食品安全法》第一百三十二条第二款');
    expect(texts.some((text) => text.includes('第三十七条'))).toBe(false); // the later text was not applied
    expect(decision.trace[0]).toEqual({
      step: 'version',
      selected: '2021.1',
      reason:
        'in force on the act date 2025-11-20; version 2025.1, in force on the decision date 2025-12-15, is not lighter',
      candidates: ['2021.1', '2025.1'],
    });
  });

  it('the same case acted after 2025-12-01: 第一百三十二条第二款, 吊销许可证 and 还应当处 365000–500000', () => {
    const decision = engine.decide(tanker({ act: '2025-12-02', discovered: '2025-12-05', decision: '2026-01-15' }));
    expect(decision.ruleSet.version).toBe('2025.1');
    expect(decision.sanctions.map((sanction) => sanction.kind)).toEqual(['fine', 'warning', 'revoke-licence']);
    expect(decision.sanctions[0]).toMatchObject({ min: '365000', max: '500000' });
    expect(decision.citations.map((citation) => citation.text)).toContain(
      '《中华人民共和国食品安全法》第一百三十二条第二款',
    );
  });

  it('without a decision date the act date alone decides (2021.1), as 第三十七条 cannot be weighed', () => {
    const decision = engine.decide(tanker({ act: '2025-11-20', discovered: '2025-11-25' }));
    expect(decision.ruleSet.version).toBe('2021.1');
    expect(decision.trace[0]).toMatchObject({ step: 'version', selected: '2021.1' });
  });
});
