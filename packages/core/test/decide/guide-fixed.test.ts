/**
 * The guide's scaled-integer path (decide/guide-fixed.ts `fixedPermitted`) against its decimal.js
 * reference (guide.ts `decimalPermitted`): every guided tier of the library (its guiding amounts,
 * its departures) and generated guides, with generated decided ranges — 0–6 decimals, .5 ties,
 * guides at a bound or outside the range, amounts at and beyond 2^53 — generated departures by a
 * share (0.2, 1/3, 百分之五十, 1.5, 5%) or an amount, up and down, for a kind or all, and every
 * rounding the policy can name. Where the fast path answers, the printed range and whether the
 * guide lay outside (the warning) must be the reference's; beyond its range it must decline.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { itemCompiler } from '../../src/decide/compile-item.js';
import type { CompiledDeparture, GuideValue } from '../../src/decide/guide.js';
import { decimalPermitted } from '../../src/decide/guide.js';
import { fixedPermitted } from '../../src/decide/guide-fixed.js';
import type { Sanction } from '../../src/decide/decision.js';
import { warningList } from '../../src/decide/warning-messages.js';
import { Decimal } from '../../src/money/decimal.js';
import { compare, fromDecimal } from '../../src/money/fixed.js';
import { fixedOfPrinted } from '../../src/money/fixed-text.js';
import { formatMoney } from '../../src/money/money.js';
import type { RoundingMode, RoundingPolicy } from '../../src/money/rounding.js';
import type { SanctionKind } from '../../src/ruleset/sanction-kinds.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';
import { seededRandom as seeded } from '../../../../test-support/seeded-random.js';

/** An amount ≥ 0: mostly ordinary with 0–6 decimals and .5 ties, some round, some far beyond 2^53. */
function amount(random: () => number): Decimal {
  const r = random();
  if (r < 0.03) return new Decimal('9007199254740991').plus(Math.floor(random() * 3) - 1);
  if (r < 0.05) return new Decimal(`${Math.floor(random() * 1e9)}${'0'.repeat(Math.floor(random() * 12))}`);
  if (r < 0.08) return new Decimal(0);
  const integer = Math.floor(random() * 10 ** Math.floor(random() * 8));
  const decimals = Math.floor(random() * 7);
  if (decimals === 0) return new Decimal(integer);
  let fraction = '';
  for (let i = 0; i < decimals; i++) fraction += String(Math.floor(random() * 10));
  if (random() < 0.3) fraction = `${fraction.slice(0, -1)}5`;
  return new Decimal(`${integer}.${fraction}`);
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

const MODES: readonly RoundingMode[] = ['half-up', 'down', 'up', 'half-even'];
const SHARES = ['0.2', '0.333', '0.5', '1.5', '0.05', '0.3', '0.125'];
const STEPS = ['300', '0.5', '12.345', '1', '99999999999999999', '0.0000001'];

/** A departure as compiled: only its data matters to the range (its condition was tested before). */
function departure(random: () => number, kind: SanctionKind): CompiledDeparture {
  const r = random();
  const by = r < 0.3 ? { to: 'bound' } : r < 0.7 ? { share: pick(random, SHARES) } : { amount: pick(random, STEPS) };
  const kinds = random() < 0.6 ? undefined : random() < 0.5 ? [kind] : [kind === 'fine' ? 'detention' : 'fine'];
  const data = { id: 'd', label: 'd', direction: random() < 0.5 ? 'up' : 'down', by, ...(kinds ? { kinds } : {}) };
  return { data, when: undefined, citations: [] } as unknown as CompiledDeparture;
}

/** The library's guided tiers: each guiding amount with its kind, and the rule set's departures. */
function libraryGuides(): { kind: SanctionKind; guide: GuideValue; departures: readonly CompiledDeparture[] }[] {
  const out: { kind: SanctionKind; guide: GuideValue; departures: readonly CompiledDeparture[] }[] = [];
  for (const file of ruleFiles()) {
    if (!file.text.includes('guidance:')) continue;
    const ruleSet = loadRuleSet(parse(file.text));
    const compile = itemCompiler(ruleSet, 'test');
    ruleSet.items.forEach((_, index) => {
      const item = compile(index);
      if (item.kind !== 'penalty' || item.guidance === undefined) return;
      for (const kinds of item.guidance.guides.values())
        for (const [kind, guide] of kinds) out.push({ kind, guide, departures: item.guidance.departures });
    });
  }
  return out;
}

/** A decided range around a guide: containing it, at its bounds, or not containing it. */
function decidedAround(random: () => number, guide: Decimal): { min: string; max: string } {
  const r = random();
  let low: Decimal;
  let high: Decimal;
  if (r < 0.15) {
    low = guide;
    high = guide.plus(amount(random));
  } else if (r < 0.3) {
    low = Decimal.max(0, guide.minus(amount(random)));
    high = guide;
  } else {
    const a = amount(random);
    const b = amount(random);
    low = r < 0.8 ? Decimal.max(0, guide.minus(a)) : Decimal.min(a, b);
    high = r < 0.8 ? guide.plus(b) : Decimal.max(a, b);
  }
  return { min: formatMoney(low), max: formatMoney(high) };
}

describe('fixedPermitted', () => {
  it('gives the range decimalPermitted gives, on every guided tier of the library and generated guides (60,000 cases)', () => {
    const random = seeded(2127);
    const library = libraryGuides();
    expect(library.length).toBeGreaterThan(0);
    let fast = 0;
    let outside = 0;
    const cases = 60_000;
    for (let n = 0; n < cases; n++) {
      const fromLibrary = n % 3 === 0;
      const known = pick(random, library);
      const kind: SanctionKind = fromLibrary ? known.kind : random() < 0.6 ? 'fine' : 'detention';
      let guide = known.guide;
      if (!fromLibrary) {
        const value = amount(random);
        guide = { text: formatMoney(value), value, fixed: fromDecimal(value) };
      }
      const decided = decidedAround(random, guide.value);
      const holding: CompiledDeparture[] = [];
      if (fromLibrary) for (const d of known.departures) if (random() < 0.5) holding.push(d);
      const extra = Math.floor(random() * 4);
      for (let i = 0; i < extra; i++) holding.push(departure(random, kind));
      const rounding: RoundingPolicy = { scale: Math.floor(random() * 4), mode: pick(random, MODES) };
      const sanction = (
        kind === 'fine' ? { kind, min: decided.min, max: decided.max } : { kind, unit: 'day', range: decided }
      ) as Sanction;
      const warnings = warningList('en');
      const reference = decimalPermitted(guide, sanction, decided, holding, rounding, warnings);
      const mine =
        guide.fixed === undefined ? undefined : fixedPermitted(guide.fixed, decided, kind, holding, rounding);
      if (mine === undefined) continue;
      fast += 1;
      if (mine.outside) outside += 1;
      const same =
        mine.min === reference.min && mine.max === reference.max && mine.outside === (warnings.items.length === 1);
      if (!same)
        expect(
          { min: mine.min, max: mine.max, outside: mine.outside },
          `${kind} guide ${guide.text} decided ${JSON.stringify(decided)} ${JSON.stringify(rounding)} ${JSON.stringify(holding.map((d) => d.data))}`,
        ).toEqual({ ...reference, outside: warnings.items.length === 1 });
    }
    // Most cases take the fast path; the guides, ranges and steps beyond 2^53 do not.
    expect(fast).toBeGreaterThan(cases * 0.8);
    expect(fast).toBeLessThan(cases);
    expect(outside).toBeGreaterThan(cases * 0.05);
  });

  it('declines what the fast range cannot hold exactly', () => {
    const guide = fromDecimal(new Decimal('1500')) as NonNullable<ReturnType<typeof fromDecimal>>;
    expect(
      fixedPermitted(guide, { min: '200', max: '9007199254740993' }, 'fine', [], { scale: 0, mode: 'half-up' }),
    ).toBe(undefined);
    expect(fixedPermitted(guide, { min: '2e2', max: '2000' }, 'fine', [], { scale: 0, mode: 'half-up' })).toBe(
      undefined,
    );
    expect(fixedPermitted(guide, { min: '200', max: '2000' }, 'fine', [], { scale: 0, mode: 'half-up' })).toEqual({
      min: '1500',
      max: '1500',
      outside: false,
    });
  });
});

describe('fixedOfPrinted', () => {
  it('reads what decimal.js reads for plain texts, and declines only past the range (200,000 texts)', () => {
    const random = seeded(2128);
    let read = 0;
    const texts = 200_000;
    for (let n = 0; n < texts; n++) {
      const digits = Math.floor(random() * 19) + 1;
      let text = '';
      for (let i = 0; i < digits; i++) text += String(Math.floor(random() * 10));
      const point = Math.floor(random() * (digits + 4));
      if (point > 0 && point < digits) text = `${text.slice(0, point)}.${text.slice(point)}`;
      const mine = fixedOfPrinted(text);
      const reference = fromDecimal(new Decimal(text));
      const integer = text.replace('.', '').replace(/^0+/, '');
      const decimals = text.split('.')[1]?.length ?? 0;
      // Declined only past the range (16 digits or more, more than 15 decimals); read, the same amount.
      const agrees =
        mine === undefined
          ? integer.length >= 16 || decimals > 15
          : reference !== undefined && compare(mine, reference) === 0 && mine.scale === decimals;
      if (!agrees) expect({ text, mine, reference }).toBe('the same amount');
      if (mine !== undefined) read += 1;
    }
    expect(read).toBeGreaterThan(texts * 0.6);
    for (const text of ['-1', '1e5', ' 1', '1.', '.5', '', '+1', '1,000', 'NaN', 'Infinity'])
      expect(fixedOfPrinted(text), text).toBe(undefined);
    expect(fixedOfPrinted('0012.50')).toEqual({ units: 1250, scale: 2 });
  });
});
