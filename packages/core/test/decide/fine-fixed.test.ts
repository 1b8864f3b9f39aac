/**
 * The fine's scaled-integer path (decide/fine-fixed.ts) against its decimal.js reference
 * (`decimalCaseFine`): every statutory alternative × tier of every shipped rule set, under its own
 * rounding policy and, where a fine multiplies a fact, under four others (every mode the policy
 * can name, scales 0–3, each with a 减轻 floor above 0), with
 * generated money and quantity facts — 0–6 decimals, .5 ties, amounts at and beyond 2^53 — and
 * each combination of mitigation grounds and of the table's rules holding. The sanction, the 从轻/减轻 ranges, the table
 * adjustments and the warnings must be the same, or the same error thrown; and a per-unit rate's
 * trace step (per-unit.ts) must print the decimal.js statutory range.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { loadRuleSet } from '../../src/index.js';
import { itemCompiler } from '../../src/decide/compile-item.js';
import type { CompiledPenaltyItem } from '../../src/decide/compile-item.js';
import { caseFine, decimalCaseFine, statutoryRange } from '../../src/decide/fine.js';
import { perUnitStep } from '../../src/decide/per-unit.js';
import { fixedCaseFine } from '../../src/decide/fine-fixed.js';
import { compileComputed, computedAmount } from '../../src/decide/computed-amount.js';
import { fixedComputedAmount } from '../../src/decide/computed-fixed.js';
import { rangeOf } from '../../src/decide/amount-range.js';
import { fromDecimal } from '../../src/money/fixed.js';
import type { RoundingMode } from '../../src/money/rounding.js';
import { warningList } from '../../src/decide/warning-messages.js';
import type { FactValues } from '../../src/facts/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { formatMoney } from '../../src/money/money.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';
import { seededRandom as seeded } from '../../../../test-support/seeded-random.js';

/** An amount a case may give: mostly ordinary, some ties, some round, some far beyond 2^53. */
function amount(random: () => number): Decimal {
  const r = random();
  if (r < 0.03) return new Decimal('9007199254740991').plus(Math.floor(random() * 3) - 1);
  if (r < 0.06)
    return new Decimal(
      `${Math.floor(random() * 1e9)}${'0'.repeat(Math.floor(random() * 12))}.${Math.floor(random() * 100)}`,
    );
  if (r < 0.1) return new Decimal(0);
  const integer = Math.floor(random() * 10 ** Math.floor(random() * 10));
  const decimals = Math.floor(random() * 7);
  if (decimals === 0) return new Decimal(integer);
  let fraction = '';
  for (let i = 0; i < decimals; i++) fraction += String(Math.floor(random() * 10));
  if (random() < 0.3) fraction = `${fraction.slice(0, -1)}5`;
  return new Decimal(`${integer}.${fraction}`);
}

/** Roundings, each with a 减轻 floor (the library's are all 0, which leaves nothing to round). */
const POLICIES = [
  undefined,
  { rounding: { scale: 0, mode: 'down' }, reducedFloor: '0.5' },
  { rounding: { scale: 2, mode: 'up' }, reducedFloor: '0.333' },
  { rounding: { scale: 1, mode: 'half-even' }, reducedFloor: '0.25' },
  { rounding: { scale: 3, mode: 'half-up' }, reducedFloor: '0.1' },
] as const;

/** Each shipped rule set's penalty items, compiled under its own rounding and the others above. */
function compiledItems(): { name: string; item: CompiledPenaltyItem; declared: Declared }[] {
  const out: { name: string; item: CompiledPenaltyItem; declared: Declared }[] = [];
  for (const file of ruleFiles()) {
    const data = parse(file.text) as Record<string, any>;
    const declared = data['facts'] as Declared;
    // Other roundings change only what is computed per case: the multiples of a fact.
    const policies = file.text.includes('multiple:') ? POLICIES : [undefined];
    for (const variation of policies) {
      const policy = data['policy'] as Record<string, any>;
      const variant =
        variation === undefined
          ? data
          : {
              ...data,
              policy: {
                ...policy,
                rounding: variation.rounding,
                ...(policy['mitigation'] === undefined
                  ? {}
                  : { mitigation: { ...policy['mitigation'], reducedFloor: variation.reducedFloor } }),
              },
            };
      const ruleSet = loadRuleSet(variant);
      const compile = itemCompiler(ruleSet, 'test');
      ruleSet.items.forEach((_, index) => {
        const item = compile(index);
        if (item.kind === 'penalty')
          out.push({ name: `${file.slug} ${item.item.code} ${JSON.stringify(variation ?? 'own')}`, item, declared });
      });
    }
  }
  return out;
}

/** The rule set's fact declarations, as its YAML writes them. */
type Declared = Record<string, { readonly type: string; readonly values?: readonly string[] }>;

/**
 * Generated facts for every declared fact: amounts for money and quantities, a value of each enum
 * (the weights a computed amount reads), small whole numbers for integers (超标因子), tenths for
 * numbers, and booleans — so that every tier, computed ones included, can be decided.
 */
function factsOf(declared: Declared, random: () => number): Record<string, Decimal | number | string | boolean> {
  const facts: Record<string, Decimal | number | string | boolean> = {};
  for (const [name, fact] of Object.entries(declared)) {
    if (fact.type === 'money' || fact.type === 'quantity') facts[name] = amount(random);
    else if (fact.type === 'enum' && fact.values !== undefined)
      facts[name] = fact.values[Math.floor(random() * fact.values.length)] as string;
    else if (fact.type === 'integer') facts[name] = Math.floor(random() * 12);
    else if (fact.type === 'number') facts[name] = Math.floor(random() * 60) / 10;
    else if (fact.type === 'boolean') facts[name] = random() < 0.5;
  }
  return facts;
}

/** The outcome of one path: its result and warnings, or the error it threw. */
function outcome(run: () => unknown, warnings: { items: unknown[] }): unknown {
  try {
    return { result: JSON.parse(JSON.stringify(run(), money)), warnings: warnings.items };
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return { error: error.code, issues: error.issues };
  }
}

/** Decimals serialised as decisions print them. */
function money(_key: string, value: unknown): unknown {
  return Decimal.isDecimal(value) ? formatMoney(value as Decimal) : value;
}

describe('fixedCaseFine', () => {
  it('gives the fine decimalCaseFine gives, for every alternative and tier of the library under five roundings (about 31,000 cases)', () => {
    const random = seeded(2126);
    let compared = 0;
    let fast = 0;
    let perUnit = 0;
    const grounds = [
      { any: false, mandatory: false },
      { any: true, mandatory: false },
      { any: true, mandatory: true },
    ];
    for (const { name, item, declared } of compiledItems()) {
      const tiers = item.fallback === undefined ? item.tiers : [...item.tiers, item.fallback];
      for (const alternative of item.statutory)
        for (const tier of tiers) {
          if (tier.amount === undefined) continue;
          for (let draw = 0; draw < 5; draw++) {
            const facts = factsOf(declared, random);
            const mitigation = grounds[draw % grounds.length] as (typeof grounds)[number];
            // Any of the table's rules may hold (一般处罚按平均金额, 公开道歉减少30%-50%, shifts…), in order.
            const tableRules = item.tableRules.filter(() => random() < 0.5);
            const fastWarnings = warningList('en');
            const decimalWarnings = warningList('en');
            const mine = outcome(
              () => caseFine(item, alternative, tier, facts as FactValues, mitigation, fastWarnings, tableRules),
              fastWarnings,
            );
            const reference = outcome(
              () =>
                decimalCaseFine(item, alternative, tier, facts as FactValues, mitigation, decimalWarnings, tableRules),
              decimalWarnings,
            );
            if (JSON.stringify(mine) !== JSON.stringify(reference))
              expect(
                mine,
                `${name} ${alternative.index} ${String(tier.data.level)} ${JSON.stringify(facts, money)}`,
              ).toEqual(reference);
            compared += 1;
            if (alternative.fine.kind === 'multiple' && alternative.fine.unit !== undefined) {
              const fine = alternative.fine;
              const { rounding } = item.policy;
              const bounds = (min: Decimal, max: Decimal | undefined) =>
                max === undefined ? { min: formatMoney(min) } : { min: formatMoney(min), max: formatMoney(max) };
              for (let more = 0; more < 10; more++) {
                const quantities = { ...facts, [fine.of]: amount(random) } as FactValues;
                const range = statutoryRange(fine, quantities, rounding);
                expect(perUnitStep(fine, quantities, rounding)).toEqual({
                  step: 'per-unit',
                  of: fine.of,
                  quantity: formatMoney(quantities[fine.of] as Decimal),
                  unit: fine.unit,
                  rate: bounds(fine.factors.min, fine.factors.max),
                  exact: bounds(range.exactMin, range.exactMax),
                  statutory: bounds(range.min, range.max),
                });
                perUnit += 1;
              }
            }
            if (
              fixedCaseFine(
                alternative.fine,
                tier.amount,
                facts as FactValues,
                item.policy,
                { ...mitigation, conditional: tier.kind === 'conditional' },
                tier.data,
                warningList('en'),
                tableRules,
              ) !== undefined
            )
              fast += 1;
          }
        }
    }
    expect(perUnit).toBeGreaterThan(1_500);
    // Most combinations must take the fast path, or this compares the reference with itself.
    expect(compared).toBeGreaterThan(25_000);
    expect(fast / compared).toBeGreaterThan(0.6);
  });
});

describe('fixedComputedAmount', () => {
  it('computes 20,000 generated tables (weights, per-unit terms, floors and caps that bind, each multiplier) as computedAmount does', () => {
    const random = seeded(1707);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const share = () => pick(['0', '0.05', '0.1', '0.15', '0.2', '0.3', '0.333', '0.5', '1']);
    let computed = 0;
    for (let i = 0; i < 20_000; i++) {
      const table = compileComputed({
        text: 'generated',
        terms: [
          { label: '裁量起点', value: share() },
          { of: 'form', weights: { a: share(), b: share(), c: share() } },
          {
            of: 'count',
            over: pick(['0', '1', '2']),
            every: pick(['1', '0.5', '3']),
            add: pick(['10000', '0.5', '2500.25']),
            rounding: pick(['half-up', 'up', 'down'] as const),
          },
        ],
        ...(random() < 0.5 ? { min: pick(['0.1', '0.3', '0.5']) } : {}),
        ...(random() < 0.7 ? { max: pick(['0.5', '1', '0.8']) } : {}),
        ...pick([
          {},
          { times: { amount: pick(['200000', '1000000', '12345.67']) } },
          { times: { of: 'investment', factor: pick(['0.05', '1', '0.333']) } },
          { times: { statutoryMax: true } },
        ]),
      });
      const facts = {
        form: pick(['a', 'b', 'c']),
        count: random() < 0.5 ? Math.floor(random() * 9) : amount(random),
        investment: amount(random),
      } as unknown as FactValues;
      const statutory = rangeOf({ min: '0', max: pick(['200000', '1000000', '123456.78']) });
      const max = fromDecimal(statutory.exactMax as Decimal);
      const min = fromDecimal(statutory.exactMin);
      if (max === undefined || min === undefined) throw new Error('a literal range out of range');
      const fixedStatutory = { min, max, exactMin: min, exactMax: max, base: undefined, texts: { min: '0' } };
      const rounding = {
        scale: Math.floor(random() * 3),
        mode: pick(['half-up', 'down', 'up', 'half-even'] as RoundingMode[]),
      };
      const mine = fixedComputedAmount(table, facts, fixedStatutory, rounding);
      if (mine === undefined) continue;
      computed += 1;
      const theirs = formatMoney(computedAmount(table, facts, statutory, rounding));
      const printed = formatMoney(new Decimal(mine.units).dividedBy(new Decimal(10).pow(mine.scale)));
      if (printed !== theirs) expect(printed, JSON.stringify({ i, facts }, money)).toBe(theirs);
    }
    expect(computed).toBeGreaterThan(15_000);
  });
});
