import { dayNumber, isoDateOfDay as isoDay } from '../../calendar/iso-days.js';
import type { FactDeclaration } from '../../facts/types.js';
import type { FactProfile, ItemProfile } from './item-profile.js';
import type { Random } from './random.js';

/** The days within which a synthetic act lies: one year, inside the rule set's effective range. */
export interface ActWindow {
  readonly first: number;
  readonly last: number;
  /** The first day the rule set is in force: an act discovered too late must still fall under it. */
  readonly earliest: number;
}

/**
 * A synthetic case for an item: every fact the item reads, drawn near the thresholds its
 * conditions test (so that tiers and statutory alternatives are all exercised, boundaries
 * included); general circumstances mostly not established; an organization or an individual;
 * dates from the act to the decision that mostly keep the 90-day limit (第六十条) and the
 * two-year limitation (第三十六条), sometimes not.
 *
 * Amounts are drawn with floating point and written as whole yuan or fen: they are invented,
 * not computed, so no money calculation passes through a float.
 *
 * @param profile - the item's facts and thresholds
 * @param random - the seeded source
 * @param window - the days the act may fall on
 * @returns the case, as `decide` takes it
 */
export function syntheticCase(profile: ItemProfile, random: Random, window: ActWindow): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const fact of profile.facts) facts[fact.name] = factValue(fact, random);
  const circumstances: Record<string, unknown> = generalCircumstances(random);
  for (const { name, declaration } of profile.circumstances) {
    const value = circumstanceValue(declaration, random);
    if (value !== undefined && !(name in circumstances)) circumstances[name] = value;
  }
  let act = random.int(window.first, window.last);
  let discovered = act + random.int(3, 120);
  // A few acts come to light only after the two-year limitation period has run (第三十六条).
  if (random.chance(0.01) && act - 800 >= window.earliest) {
    discovered = act;
    act -= random.int(731, 800);
  }
  const opened = discovered + random.int(0, 10);
  // Most decisions keep the 90-day limit of 第六十条; a few do not.
  const decision = opened + (random.chance(0.02) ? random.int(91, 130) : random.int(15, 85));
  return {
    item: profile.item.code,
    party: party(random),
    facts,
    ...(Object.keys(circumstances).length === 0 ? {} : { circumstances }),
    dates: { act: isoDay(act), discovered: isoDay(discovered), opened: isoDay(opened), decision: isoDay(decision) },
  };
}

function party(random: Random): Record<string, unknown> {
  if (random.chance(0.7)) return { kind: 'organization' };
  const roll = random.next();
  // 第三十条: a few minors — 14 to 17 must be treated more lightly, under 14 not penalised.
  const age = roll < 0.002 ? 13 : roll < 0.03 ? random.int(14, 17) : random.int(18, 75);
  return { kind: 'individual', age };
}

/**
 * The general grounds of 行政处罚法 that any case may show, whatever the item: now and then a
 * party that reduced the harm or was coerced (第三十二条, 应当从轻或者减轻), of limited capacity
 * (第三十一条, 可以), a first minor violation corrected at once (第三十三条第一款, 可以不予), or a
 * minor one without harm (应当不予).
 */
function generalCircumstances(random: Random): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (random.chance(0.04)) out['eliminatedHarm'] = true;
  if (random.chance(0.01)) out['coerced'] = true;
  if (random.chance(0.01)) out['confessedUnknown'] = true;
  if (random.chance(0.005)) out['capacity'] = 'limited';
  const roll = random.next();
  if (roll < 0.05) Object.assign(out, { firstViolation: true, minorHarm: true, correctedInTime: true });
  else if (roll < 0.055) Object.assign(out, { minorViolation: true, correctedInTime: true, harmfulConsequence: false });
  return out;
}

function circumstanceValue(declaration: FactDeclaration, random: Random): unknown {
  if (declaration.type === 'enum') {
    const roll = random.next();
    return roll < 0.005 ? 'none' : roll < 0.02 ? 'limited' : undefined;
  }
  const roll = random.next();
  // Absent means "not established", the usual state of a general circumstance.
  return roll < 0.18 ? true : roll < 0.25 ? false : undefined;
}

function factValue(fact: FactProfile, random: Random): unknown {
  const { declaration } = fact;
  switch (declaration.type) {
    case 'boolean':
      return random.chance(0.25);
    case 'enum':
      return enumValue(declaration.values ?? [], random);
    case 'integer':
      return clamp(integerValue(fact, random), declaration, 0);
    case 'number':
      return Number(clamp(amount(fact, random, 0.1, 10), declaration, 0).toFixed(2));
    case 'date':
      return isoDay(dayNumber('2025-01-01') + random.int(0, 364));
    case 'quantity': {
      // 占地面积 in 平方米, 设施 in 处: a few units, whole where counted.
      const value = clamp(amount(fact, random, 1, 200), declaration, 0);
      return declaration.countable === true ? String(Math.round(value)) : value.toFixed(1);
    }
    case 'money': {
      if (fact.thresholds.includes(0) && random.chance(0.2)) return '0';
      const value = clamp(amount(fact, random, 200, 500_000), declaration, 0);
      return random.chance(0.15) ? value.toFixed(2) : String(Math.round(value));
    }
  }
}

/** Earlier enum values (none, minor…) more often than later ones (serious): most cases are ordinary. */
function enumValue(values: readonly string[], random: Random): string {
  const weights: number[] = [];
  let total = 0;
  values.forEach((_, index) => {
    total += 1 / 2 ** index;
    weights.push(total);
  });
  return values[random.weighted(weights)] as string;
}

/** Counts (prior violations…): mostly 0, fewer the higher; or just around a threshold. */
function integerValue(fact: FactProfile, random: Random): number {
  if (fact.thresholds.length > 0 && random.chance(0.35))
    return Math.round(random.pick(fact.thresholds)) + random.int(-1, 1);
  let value = 0;
  while (random.chance(0.45) && value < 50) value++;
  return value;
}

/** A positive amount: near a threshold (at it, just under, just over), or spread log-uniformly. */
function amount(fact: FactProfile, random: Random, low: number, high: number): number {
  const positive = fact.thresholds.filter((threshold) => threshold > 0);
  if (positive.length > 0 && random.chance(0.45)) {
    const at = random.pick(positive);
    const roll = random.next();
    return roll < 0.25 ? at : roll < 0.6 ? at * random.between(0.85, 0.999) : at * random.between(1.001, 1.25);
  }
  const from = positive.length > 0 ? Math.max(1, (positive[0] as number) / 20) : low;
  const to = positive.length > 0 ? (positive[positive.length - 1] as number) * 4 : high;
  return Math.exp(random.between(Math.log(from), Math.log(to)));
}

function clamp(value: number, declaration: FactDeclaration, floor: number): number {
  const min = declaration.min === undefined ? floor : Number(declaration.min);
  const max = declaration.max === undefined ? Infinity : Number(declaration.max);
  return Math.min(Math.max(value, min), max);
}
