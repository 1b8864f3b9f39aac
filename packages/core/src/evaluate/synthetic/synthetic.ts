import type { Decision } from '../../decide/decision.js';
import type { Engine } from '../../decide/engine.js';
import type { RuleSet } from '../../ruleset/load.js';
import type { PenaltyItemData } from '../../ruleset/schema.js';
import { itemProfile } from './item-profile.js';
import type { ItemProfile } from './item-profile.js';
import { officerDecision } from './officer.js';
import type { Habit, ImposedDraft } from './officer.js';
import { Random } from './random.js';
import { dayNumber } from '../../calendar/iso-days.js';
import { syntheticCase } from './synthetic-case.js';
import type { ActWindow } from './synthetic-case.js';

/** A generated decision record: `{ case, imposed }` as batch review reads it, marked synthetic. */
export interface SyntheticRecord {
  readonly case: Record<string, unknown>;
  readonly imposed: ImposedDraft | Record<string, unknown>;
  readonly synthetic: true;
}

export interface SyntheticOptions {
  /** How many records (a whole number ≥ 0). */
  readonly count: number;
  /** The seed: the same seed and rule sets give the same records, on any machine. */
  readonly seed: number;
  /** Share of records made invalid on purpose, to show error counting (default 0.001). */
  readonly errorShare?: number;
  /** The year the acts fall in (default 2025; within the rule set's effective range). */
  readonly year?: number;
}

/** An item as the generator draws it: its profile, the officers' habit, when acts happen. */
interface GeneratedItem {
  readonly profile: ItemProfile;
  readonly habit: Habit;
  readonly window: ActWindow;
}

/**
 * Generates realistic synthetic decision records from the engine's rule sets, for demos and
 * tests without real case data. Items are used unevenly (a few of them never), facts lie near
 * the thresholds the conditions test, and officers mostly follow the benchmark — except on some
 * items, where they habitually fine at the statutory maximum or outside the tier (see
 * {@link officerDecision}). Every record carries `synthetic: true`, so any report made from it
 * says so. Lazily generated: a million records cost no more memory than ten.
 *
 * @param engine - the benchmark the records are decided under (build it with `{ trace: false }`)
 * @param options - count, seed, error share, year
 * @returns the records, one at a time
 * @throws RangeError for a count or seed that is not a safe whole number, or an error share outside [0, 1]
 * @example
 * const records = [...syntheticRecords(engine, { count: 1000, seed: 7 })];
 * evaluate(engine, records).records.synthetic // 1000
 */
export function* syntheticRecords(engine: Engine, options: SyntheticOptions): Generator<SyntheticRecord> {
  const { count, seed } = options;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count: expected a whole number of records, got ${String(count)}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed: expected a whole number, got ${String(seed)}`);
  const errorShare = options.errorShare ?? 0.001;
  if (!(errorShare >= 0 && errorShare <= 1))
    throw new RangeError(`errorShare: expected a share from 0 to 1, got ${String(errorShare)}`);
  const random = new Random(seed);
  const items = generatedItems(engine.ruleSets, options.year ?? 2025, random);
  if (items.length === 0 || count === 0) return;
  const popularity = itemPopularity(items.length, random);

  for (let index = 0; index < count; index++) {
    const item = items[random.weighted(popularity)] as GeneratedItem;
    const kase = syntheticCase(item.profile, random, item.window);
    let decision: Decision | undefined;
    try {
      decision = engine.decide(kase);
    } catch {
      // A case the benchmark cannot decide is a finding in its own right: it stays in the corpus.
      decision = undefined;
    }
    const imposed =
      decision === undefined
        ? { sanctions: [], hearingOffered: true, reasons: '' }
        : officerDecision(decision, item.habit, random);
    if (random.chance(errorShare)) yield corrupted(engine, kase, imposed, random);
    else yield { case: kase, imposed, synthetic: true };
  }
}

/** The penalty items, latest version of each, with a habit and an act window each. */
function generatedItems(ruleSets: readonly RuleSet[], year: number, random: Random): GeneratedItem[] {
  const latest = new Map<string, { ruleSet: RuleSet; item: PenaltyItemData }>();
  for (const ruleSet of ruleSets) {
    for (const item of ruleSet.items) {
      if (item.kind !== 'penalty') continue;
      const known = latest.get(item.code);
      if (known === undefined || known.ruleSet.effective.from < ruleSet.effective.from)
        latest.set(item.code, { ruleSet, item: item as PenaltyItemData });
    }
  }
  return [...latest.values()].map(({ ruleSet, item }) => {
    const roll = random.next();
    const habit: Habit = roll < 0.7 ? 'follows' : roll < 0.8 ? 'top-fines' : roll < 0.9 ? 'above-tier' : 'below-tier';
    return { profile: itemProfile(ruleSet, item), habit, window: actWindow(ruleSet, year) };
  });
}

/** The days of `year` the rule set is in force; the year after it took effect if none. */
function actWindow(ruleSet: RuleSet, year: number): ActWindow {
  const earliest = dayNumber(ruleSet.effective.from);
  const until = ruleSet.effective.until === undefined ? Infinity : dayNumber(ruleSet.effective.until);
  const first = Math.max(dayNumber(`${year}-01-01`), earliest);
  const last = Math.min(dayNumber(`${year}-12-31`), until);
  return first <= last
    ? { first, last, earliest }
    : { first: earliest, last: Math.min(earliest + 364, until), earliest };
}

/**
 * Running totals of item weights: a Zipf-like law over a shuffled order (a few items take most
 * cases, as in any agency), with about one item in sixteen never used at all.
 */
function itemPopularity(count: number, random: Random): number[] {
  const ranks = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index--) {
    const other = random.int(0, index);
    [ranks[index], ranks[other]] = [ranks[other] as number, ranks[index] as number];
  }
  let total = 0;
  return ranks.map((rank) => {
    const dormant = rank > 0 && random.chance(1 / 16);
    total += dormant ? 0 : 1 / (rank + 1) ** 1.1;
    return total;
  });
}

/**
 * A record broken the ways real exports break: a fact missing, an unknown item, a malformed fine.
 * A missing fact breaks a record only if the decision needs it (a fact read only under another
 * fact's value, like 产品质量法 第六十二条's goods value when the seller did not know, may be
 * left out lawfully), so the fact dropped is one without which the case is refused.
 */
function corrupted(
  engine: Engine,
  kase: Record<string, unknown>,
  imposed: SyntheticRecord['imposed'],
  random: Random,
): SyntheticRecord {
  const roll = random.next();
  if (roll < 0.4) {
    const withoutFact = caseMissingANeededFact(engine, kase, random);
    if (withoutFact !== undefined) return { case: withoutFact, imposed, synthetic: true };
  }
  if (roll < 0.7) return { case: { ...kase, item: `${String(kase['item'])}-X` }, imposed, synthetic: true };
  return { case: kase, imposed: { ...imposed, sanctions: [{ kind: 'fine', amount: '1,000' }] }, synthetic: true };
}

/** The case without one of its facts, tried from a random start, such that it no longer decides. */
function caseMissingANeededFact(
  engine: Engine,
  kase: Record<string, unknown>,
  random: Random,
): Record<string, unknown> | undefined {
  const facts = kase['facts'] as Record<string, unknown>;
  const names = Object.keys(facts);
  const start = names.length === 0 ? 0 : random.int(0, names.length - 1);
  for (let step = 0; step < names.length; step++) {
    const { [names[(start + step) % names.length] as string]: _dropped, ...rest } = facts;
    const candidate = { ...kase, facts: rest };
    try {
      engine.decide(candidate);
    } catch {
      return candidate;
    }
  }
  return undefined;
}
