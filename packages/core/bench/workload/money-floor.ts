/**
 * The least decimal.js work a decision of each generated case cannot avoid, timed on its own: a
 * lower bound for any `decide` that keeps exact Decimal money (the project's rule), however the
 * rest of the engine is built.
 *
 * Counted, per case: each money fact the case gives, read into a Decimal (its conditions compare
 * it exactly, so it must be read); and, for a fine set as multiples of such a fact (货值金额十倍以上
 * 二十倍以下), its two bounds multiplied, rounded by the rule set's policy and printed. Left out,
 * so that the bound stays below the real cost: every amount a rule set writes (it could be printed
 * once, when the rule set is compiled), the statutory range and the 从轻/减轻 ranges of a multiple,
 * validation, dates, conditions, the trace and the decision object itself.
 */
import { Decimal, DEFAULT_ROUNDING, formatMoney, roundAmount } from '@cailiang/core';
import type { Engine, RoundingPolicy } from '@cailiang/core';
import type { PreparedCase } from './workload.js';

/** What one case needs from decimal.js, prepared before anything is timed. */
interface MoneyWork {
  /** The money facts' texts, as the case gives them. */
  readonly amounts: readonly string[];
  /** The fine's multiples (min, max), when the fine is a multiple of a money fact of the case. */
  readonly multiples: readonly Decimal[];
  /** Which of `amounts` the multiples apply to. */
  readonly baseIndex: number;
  readonly rounding: RoundingPolicy;
}

export interface MoneyFloor {
  /** Does the counted work for every case once; returns something, so that nothing is optimised away. */
  run(): number;
  /** Money facts read and fine bounds computed, over all cases. */
  readonly facts: number;
  readonly computedBounds: number;
}

/**
 * @param engine - decides each case once, to learn whether its fine is a multiple (untimed)
 */
export function moneyFloor(cases: readonly PreparedCase[], engine: Engine): MoneyFloor {
  const work = cases.map((kase): MoneyWork => {
    const declared = kase.item.ruleSet.facts as Readonly<Record<string, { readonly type: string }>>;
    const given = (kase.input['facts'] ?? {}) as Readonly<Record<string, unknown>>;
    const names = Object.keys(given).filter(
      (name) => declared[name]?.type === 'money' && typeof given[name] === 'string',
    );
    const fine = engine.decide(kase.input).sanctions.find((sanction) => sanction.kind === 'fine');
    const multiple = fine?.kind === 'fine' ? fine.multiple : undefined;
    const baseIndex = multiple === undefined ? -1 : names.indexOf(multiple.of);
    return {
      amounts: names.map((name) => given[name] as string),
      multiples: baseIndex < 0 || multiple === undefined ? [] : [new Decimal(multiple.min), new Decimal(multiple.max)],
      baseIndex,
      rounding: kase.item.ruleSet.policy?.rounding ?? DEFAULT_ROUNDING,
    };
  });
  return {
    run() {
      let printed = 0;
      for (const { amounts, multiples, baseIndex, rounding } of work) {
        let base: Decimal | undefined;
        for (let index = 0; index < amounts.length; index++) {
          const value = new Decimal(amounts[index] as string);
          if (index === baseIndex) base = value;
        }
        if (base === undefined) continue;
        for (const multiple of multiples) printed += formatMoney(roundAmount(base.times(multiple), rounding)).length;
      }
      return printed;
    },
    facts: work.reduce((sum, one) => sum + one.amounts.length, 0),
    computedBounds: work.reduce((sum, one) => sum + one.multiples.length, 0),
  };
}
