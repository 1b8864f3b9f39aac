/**
 * `computed-exceeds-statutory`: an amount the table computes (`fine.computed`) must stay inside the
 * statutory range at every combination of degrees the table allows — 国办发〔2022〕27号:
 * 行政裁量权基准…严格限定在法定幅度内. Each term reaches its lowest and highest value independently
 * (weights: the smallest and largest weight; a term per unit: the fact's declared bounds), the sum
 * is held by the table's floor and cap, and compared with each statutory alternative in the
 * quantity they share: yuan for a fixed multiplier or none, the statute's multiples for a money fact
 * the statute multiplies too (建设项目总投资额), shares of the maximum for `statutoryMax`. Decide
 * holds such an amount to the statute with a warning; lint says the table is wrong.
 */
import { Decimal, ZERO } from '../money/decimal.js';
import type { RuleSet } from '../ruleset/load.js';
import type { ComputedAmountData, ComputedTermData } from '../ruleset/computed-amount.js';
import type { FactData, StatutoryFineData } from '../ruleset/schema.js';
import type { LintSay } from './messages.js';
import type { Finding } from './types.js';

/**
 * The findings of every computed tier amount that can leave the statute.
 *
 * @param ruleSet - a loaded rule set
 * @param say - writes the message in the lint's language
 * @returns one error per tier and statutory alternative, with the extreme the table reaches
 * @example checkComputedAmounts(ruleSet, say) // [{ code: 'computed-exceeds-statutory', path: 'items[0].tiers[0].fine.computed', … }]
 */
export function checkComputedAmounts(ruleSet: RuleSet, say: LintSay): Finding[] {
  const findings: Finding[] = [];
  ruleSet.items.forEach((item, itemIndex) => {
    if (item.kind !== 'penalty') return;
    item.tiers.forEach((tier, tierIndex) => {
      const computed = tier.fine?.computed;
      if (computed === undefined) return;
      const sum = heldSum(computed, ruleSet.facts);
      (item.statutory.fine ?? []).forEach((alternative, index) => {
        const reach = reachOf(computed, sum, alternative);
        if (reach === undefined) return;
        const below = reach.lowest.lessThan(reach.min);
        const above = reach.max !== undefined && reach.highest?.greaterThan(reach.max) === true;
        if (!below && !above) return;
        findings.push({
          code: 'computed-exceeds-statutory',
          severity: 'error',
          path: `items[${itemIndex}].tiers[${tierIndex}].fine.computed`,
          message: say('computed-exceeds-statutory', {
            item: item.code,
            tier: { level: tier.level, label: tier.label, index: tierIndex },
            text: computed.text,
            side: above ? 'above' : 'below',
            reached: (above ? reach.highest : reach.lowest)?.toFixed() ?? '',
            bound: (above ? reach.max : reach.min)?.toFixed() ?? '',
            unit: reach.unit,
            alternative: index,
          }),
        });
      });
    });
  });
  return findings;
}

/** The lowest and highest held sum; `highest` undefined when a term has no upper bound and no cap holds it. */
interface Sum {
  readonly lowest: Decimal;
  readonly highest: Decimal | undefined;
}

function heldSum(computed: ComputedAmountData, facts: Readonly<Record<string, FactData>>): Sum {
  let lowest = ZERO;
  let highest: Decimal | undefined = ZERO;
  for (const term of computed.terms) {
    const [low, high] = termExtremes(term, term.of === undefined ? undefined : facts[term.of]);
    lowest = lowest.plus(low);
    highest = highest === undefined || high === undefined ? undefined : highest.plus(high);
  }
  const floor = computed.min === undefined ? undefined : new Decimal(computed.min);
  const cap = computed.max === undefined ? undefined : new Decimal(computed.max);
  const hold = (value: Decimal): Decimal => {
    const floored = floor !== undefined && value.lessThan(floor) ? floor : value;
    return cap !== undefined && floored.greaterThan(cap) ? cap : floored;
  };
  return { lowest: hold(lowest), highest: highest === undefined ? cap : hold(highest) };
}

function termExtremes(term: ComputedTermData, fact: FactData | undefined): [Decimal, Decimal | undefined] {
  if (term.value !== undefined) return [new Decimal(term.value), new Decimal(term.value)];
  if (term.weights !== undefined) {
    const weights = Object.values(term.weights).map((weight) => new Decimal(weight));
    return [Decimal.min(...weights), Decimal.max(...weights)];
  }
  // A term per unit only adds: at least nothing, at most what the fact's declared maximum counts.
  const units = (bound: string | number | undefined) =>
    bound === undefined
      ? undefined
      : Decimal.max(ZERO, new Decimal(bound).minus(term.over ?? '0'))
          .dividedBy(term.every ?? '1')
          .ceil()
          .times(term.add ?? '0');
  return [units(fact?.min) ?? ZERO, units(fact?.max)];
}

/** The computed amount's extremes and the statute's bounds, in a quantity both are in. */
interface Reach {
  readonly lowest: Decimal;
  readonly highest: Decimal | undefined;
  readonly min: Decimal;
  readonly max: Decimal | undefined;
  readonly unit: 'yuan' | 'multiple' | 'share';
}

function reachOf(computed: ComputedAmountData, sum: Sum, alternative: StatutoryFineData): Reach | undefined {
  const statute = alternative.range ?? alternative.multiple;
  if (statute === undefined) return undefined;
  const min = new Decimal(statute.min);
  const max = statute.max === undefined ? undefined : new Decimal(statute.max);
  const times = computed.times;
  const scaled = (by: Decimal, unit: Reach['unit']): Reach => ({
    lowest: sum.lowest.times(by),
    highest: sum.highest?.times(by),
    min,
    max,
    unit,
  });
  // 法定最高罚款数额 × a share: inside the statute while the share is within [min/max, 1].
  if (times?.statutoryMax === true)
    return max === undefined || max.isZero()
      ? undefined
      : { lowest: sum.lowest, highest: sum.highest, min: min.dividedBy(max), max: new Decimal(1), unit: 'share' };
  if (times?.of !== undefined)
    return alternative.multiple?.of === times.of ? scaled(new Decimal(times.factor ?? '1'), 'multiple') : undefined;
  if (alternative.range === undefined) return undefined;
  return scaled(times?.amount === undefined ? new Decimal(1) : new Decimal(times.amount), 'yuan');
}
