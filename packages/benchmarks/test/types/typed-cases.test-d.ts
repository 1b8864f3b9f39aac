/**
 * Type-level tests of the typed cases (issue #20: "a typed case per rule set"): what a form may
 * write for a shipped rule set compiles, and a wrong item code, an undeclared fact or an enum
 * value the rule set does not know does not. The run-time checks these stand in front of are in
 * the engine; here only the compiler is asked.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { CaseInput } from '@cailiang/core';
import type { AirPollutionCase, AirPollutionFacts, FoodSafetyCase, FoodSafetyItem } from '@cailiang/benchmarks';

describe('a typed case per shipped rule set', () => {
  it('accepts a case as the README writes it, money as a decimal string', () => {
    const kase: FoodSafetyCase = {
      item: 'FSL-124-1-3',
      party: { kind: 'organization' },
      facts: { goodsValue: '8000', specialPopulation: true },
      circumstances: { firstViolation: true, capacity: 'full' },
      dates: { act: '2025-03-10', decision: '2025-06-20' },
    };
    expectTypeOf(kase).toExtend<CaseInput>();
    expectTypeOf<'FSL-124-1-3'>().toExtend<FoodSafetyItem>();
  });

  it('refuses an item code of another rule set, an undeclared fact and an unknown enum value', () => {
    expectTypeOf<'AIR-122-1'>().not.toExtend<FoodSafetyItem>();
    expectTypeOf<{ item: 'AIR-122-1'; facts: { harm: 'none' } }>().toExtend<AirPollutionCase>();
    expectTypeOf<{ item: 'AIR-122-1'; facts: { harm: 'catastrophic' } }>().not.toExtend<AirPollutionCase>();
    expectTypeOf<{ item: 'AIR-122-1'; facts: { harme: 'none' } }>().not.toExtend<AirPollutionCase>();
    expectTypeOf<AirPollutionFacts['priorViolations']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<AirPollutionFacts['directLoss']>().toEqualTypeOf<string | number | null | undefined>();
  });
});
