import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { exampleRuleSet, foodCase } from '../../../../test-support/builders.js';

describe('immutability', () => {
  it('freezes the engine and its rule sets', () => {
    const engine = createEngine([loadRuleSet(exampleRuleSet())]);
    expect(Object.isFrozen(engine)).toBe(true);
    expect(Object.isFrozen(engine.ruleSets)).toBe(true);
    expect(Object.isFrozen(engine.ruleSets[0]?.items[0])).toBe(true);
  });

  it('a caller changing a decision cannot change the next one', () => {
    const engine = createEngine([loadRuleSet(exampleRuleSet())]);
    const first = engine.decide(foodCase()) as unknown as Record<string, any>;
    const before = JSON.stringify(engine.decide(foodCase()));
    const tryTo = (change: () => void) => {
      try {
        change();
      } catch {
        // Frozen shared parts refuse the change in strict mode; that is one correct outcome.
      }
    };
    tryTo(() => (first.citations[0].text = 'tampered'));
    tryTo(() => first.citations.push({ role: 'basis', text: 'extra' }));
    tryTo(() => (first.sanctions[0].max = '1'));
    tryTo(() => (first.sanctions[0].statutory.max = '1'));
    tryTo(() => (first.trace[1].saw = {}));
    tryTo(() => (first.item.code = 'X'));
    expect(JSON.stringify(engine.decide(foodCase()))).toBe(before);
  });

  it('serves concurrent callers: interleaved cases give the same decisions as one by one', async () => {
    const engine = createEngine([loadRuleSet(exampleRuleSet())]);
    const cases = [
      foodCase(),
      foodCase({ facts: { harm: 'serious' } }),
      foodCase({ circumstances: { coerced: true } }),
    ];
    const alone = cases.map((kase) => JSON.stringify(engine.decide(kase)));
    const together = await Promise.all(
      Array.from({ length: 30 }, (_, i) => Promise.resolve().then(() => JSON.stringify(engine.decide(cases[i % 3])))),
    );
    expect(together).toEqual(Array.from({ length: 30 }, (_, i) => alone[i % 3]));
  });
});
