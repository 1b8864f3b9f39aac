/**
 * The ranges of the sanctions in days or months (decide/sanction-range.ts), kept per tier where the
 * case cannot change them, against their decimal.js reference worked out afresh: every sanction
 * with its own statutory range of every tier of the library, with and without 从轻, under each
 * shipped policy and the rounding modes a policy can name — the texts, the warnings and the errors
 * must be the reference's on the first case and on every later one; and a fact's amount printed
 * from scaled integers (sanctions.ts `amountText`) must be formatMoney's on generated amounts.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { loadRuleSet } from '../../src/index.js';
import { itemCompiler } from '../../src/decide/compile-item.js';
import type { CompiledPenaltyItem } from '../../src/decide/compile-item.js';
import { decimalSanctionRange, sanctionRange } from '../../src/decide/sanction-range.js';
import { amountText } from '../../src/decide/sanctions.js';
import { warningList } from '../../src/decide/warning-messages.js';
import type { FactValues } from '../../src/facts/types.js';
import { Decimal } from '../../src/money/decimal.js';
import { formatMoney } from '../../src/money/money.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';
import { seededRandom as seeded } from '../../../../test-support/seeded-random.js';

const MODES = ['half-up', 'down', 'up', 'half-even'] as const;

/**
 * A policy that narrows to a 从轻 band (从轻 30% of the range), for a rule set whose own has none: the
 * library's sanctions in days (新疆 拘留) sit in tables without one.
 */
function withMitigation(policy: Record<string, any> | undefined): Record<string, any> {
  if (policy?.['mitigation'] !== undefined) return policy;
  return {
    ...policy,
    fineBands: policy?.['fineBands'] ?? { lighter: ['0', '0.3'], general: ['0.3', '0.7'], heavier: ['0.7', '1'] },
    mitigation: { band: 'lighter', reducedFloor: '0' },
  };
}

/** Each shipped rule set's penalty items, under its own policy, one with a 从轻 band, and every rounding mode. */
function compiledItems(): { name: string; item: CompiledPenaltyItem }[] {
  const out: { name: string; item: CompiledPenaltyItem }[] = [];
  for (const file of ruleFiles()) {
    const data = parse(file.text) as Record<string, any>;
    const policy = data['policy'] as Record<string, any> | undefined;
    const variants: [string, Record<string, any>][] = [['own', data]];
    for (const mode of MODES)
      variants.push([mode, { ...data, policy: { ...withMitigation(policy), rounding: { scale: 2, mode } } }]);
    for (const [variation, variant] of variants) {
      const ruleSet = loadRuleSet(variant);
      const compile = itemCompiler(ruleSet, 'test');
      ruleSet.items.forEach((_, index) => {
        const item = compile(index);
        if (item.kind === 'penalty') out.push({ name: `${file.slug} ${item.item.code} ${variation}`, item });
      });
    }
  }
  return out;
}

/** One path's answer: the texts and warnings, or the error it threw. */
function outcome(run: (warnings: ReturnType<typeof warningList>) => unknown): unknown {
  const warnings = warningList('en');
  try {
    return { texts: run(warnings), warnings: warnings.items };
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    return { error: error.code, issues: error.issues };
  }
}

describe('sanctionRange', () => {
  it('gives decimalSanctionRange’s texts, warnings and errors on every case, kept or not, for every sanction in days or months of the library', () => {
    const facts = {} as FactValues;
    let compared = 0;
    let narrowed = 0;
    for (const { name, item } of compiledItems()) {
      const tiers = item.fallback === undefined ? item.tiers : [...item.tiers, item.fallback];
      for (const tier of tiers)
        for (const sanction of item.sanctions.values()) {
          const { statutory } = sanction;
          if (statutory === undefined) continue;
          const referenceOf = (mitigate: boolean) =>
            outcome((w) => decimalSanctionRange(sanction, statutory, tier, facts, item, mitigate, w));
          if (JSON.stringify(referenceOf(true)) !== JSON.stringify(referenceOf(false))) narrowed += 1;
          for (const mitigate of [false, true, false, true]) {
            const reference = referenceOf(mitigate);
            // The first case works it out, the later ones may take it kept: each must be the reference.
            for (let again = 0; again < 2; again++) {
              const mine = outcome((w) => sanctionRange(sanction, statutory, tier, facts, item, mitigate, w));
              expect(mine, `${name} ${String(tier.level)} ${sanction.kind} ${mitigate}`).toEqual(reference);
              compared += 1;
            }
          }
        }
    }
    expect(compared).toBeGreaterThan(100);
    // 从轻 narrowed some of them: the kept texts must tell the two apart.
    expect(narrowed).toBeGreaterThan(0);
  });

  it('hands every decision its own objects', () => {
    const { item } = compiledItems().find(({ item }) =>
      [...item.sanctions.values()].some((s) => s.statutory !== undefined),
    ) as { item: CompiledPenaltyItem };
    const sanction = [...item.sanctions.values()].find((s) => s.statutory !== undefined);
    if (sanction?.statutory === undefined) throw new Error('the library has a sanction in days');
    const tier = item.fallback ?? (item.tiers[0] as NonNullable<CompiledPenaltyItem['tiers'][number]>);
    const run = () => sanctionRange(sanction, sanction.statutory!, tier, {}, item, false, warningList('en'));
    const first = run();
    const second = run();
    expect(second).toEqual(first);
    expect(second.range).not.toBe(first.range);
    expect(second.statutory).not.toBe(first.statutory);
  });
});

describe('amountText', () => {
  it('prints what formatMoney prints (200,000 generated amounts: decimals, ties, −0, negatives, past 2^53)', () => {
    const random = seeded(2129);
    const specials = ['-0', '0', '-5000.5', '9007199254740991', '9007199254740992', '1e21', '0.0000001', '5000.50'];
    for (const text of specials) expect(amountText(new Decimal(text)), text).toBe(formatMoney(new Decimal(text)));
    for (let n = 0; n < 200_000; n++) {
      const integer = Math.floor(random() * 10 ** Math.floor(random() * 17));
      const decimals = Math.floor(random() * 9);
      let fraction = '';
      for (let i = 0; i < decimals; i++) fraction += String(Math.floor(random() * 10));
      const sign = random() < 0.05 ? '-' : '';
      const value = new Decimal(`${sign}${integer}${decimals > 0 ? `.${fraction}` : ''}`);
      const mine = amountText(value);
      if (mine !== formatMoney(value)) expect(mine, value.toString()).toBe(formatMoney(value));
    }
  });
});
