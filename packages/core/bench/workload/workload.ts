/**
 * The workload every comparison shares: the library's rule sets, one engine with the trace and one
 * without, and generated cases that cailiang decides — each also prepared for tier selection alone
 * (validated facts for cailiang, plain numbers for json-rules-engine, the item's selectors).
 */
import { CailiangError, createEngine, validateCase } from '@cailiang/core';
import type { Engine, FactValues, RuleSet } from '@cailiang/core';
import { generateCase } from './cases.js';
import type { CaseInput } from './cases.js';
import { jreFacts, jreTierSelector } from './json-rules-engine.js';
import type { JreTierSelector } from './json-rules-engine.js';
import { libraryRuleSets, penaltyItems, selectTier } from './library.js';
import type { LibraryItem } from './library.js';
import { seededRandom } from './random.js';

/** One generated case, ready for each contender. */
export interface PreparedCase {
  readonly input: CaseInput;
  readonly item: LibraryItem;
  /** The validated facts, as cailiang's conditions read them. */
  readonly facts: FactValues;
  /** The same facts as json-rules-engine is given them. */
  readonly jreFacts: Record<string, unknown>;
  readonly jre: JreTierSelector;
}

export interface Workload {
  readonly ruleSets: readonly RuleSet[];
  readonly traced: Engine;
  readonly untraced: Engine;
  readonly cases: readonly PreparedCase[];
  /** How many penalty items the cases cycle through. */
  readonly items: number;
  /** Generated cases cailiang refused (statutory range undetermined…), left out of the timings. */
  readonly refused: number;
}

export interface WorkloadOptions {
  readonly cases: number;
  readonly seed?: number;
}

/**
 * Generates `cases` decidable cases, cycling through the library's penalty items.
 *
 * @throws Error when more generated cases are refused than kept (the generator is off)
 */
export function buildWorkload(options: WorkloadOptions): Workload {
  const ruleSets = libraryRuleSets();
  const items = penaltyItems(ruleSets);
  const traced = createEngine(ruleSets);
  const untraced = createEngine(ruleSets, { trace: false });
  const random = seededRandom(options.seed ?? 20250310);
  const selectors = new Map<LibraryItem, JreTierSelector>();
  const cases: PreparedCase[] = [];
  let refused = 0;
  for (let i = 0; cases.length < options.cases; i++) {
    if (refused > options.cases)
      throw new Error(`only ${cases.length} of ${cases.length + refused} generated cases could be decided`);
    const item = items[i % items.length] as LibraryItem;
    const input = generateCase(random, item.ruleSet, item.item.code);
    try {
      traced.decide(input);
    } catch (error) {
      if (!(error instanceof CailiangError)) throw error;
      refused += 1;
      continue;
    }
    const { facts } = validateCase(input, { facts: item.ruleSet.facts, required: new Set(), kind: 'penalty' });
    let jre = selectors.get(item);
    if (jre === undefined) {
      jre = jreTierSelector(item.ruleSet, item.item);
      selectors.set(item, jre);
    }
    cases.push({ input, item, facts, jreFacts: jreFacts(facts), jre });
  }
  return { ruleSets, traced, untraced, cases, items: items.length, refused };
}

/** cailiang's tier selection on every case: the compiled conditions, no trace. */
export function cailiangTiers(cases: readonly PreparedCase[]): (string | number)[] {
  return cases.map(({ item, facts }) => selectTier(item.compiled, facts));
}

/** json-rules-engine's tier selection on every case, one run after the other. */
export async function jreTiers(cases: readonly PreparedCase[]): Promise<(string | number)[]> {
  const levels: (string | number)[] = [];
  for (const { jre, jreFacts: facts } of cases) levels.push(await jre.select(facts));
  return levels;
}

/** The tier each decision names, for the cases that end in a penalty (the others name none). */
export function decidedTiers(engine: Engine, cases: readonly PreparedCase[]): (string | number | undefined)[] {
  return cases.map(({ input }) => engine.decide(input).tier?.level);
}

/**
 * Cases where json-rules-engine selects another tier than cailiang's compiled conditions, or than
 * cailiang's `decide` (where the decision names a tier). There should be none.
 */
export async function tierDisagreements(
  workload: Workload,
): Promise<{ item: string; cailiang: string | number; jre: string | number; decided?: string | number }[]> {
  const ours = cailiangTiers(workload.cases);
  const decided = decidedTiers(workload.untraced, workload.cases);
  const theirs = await jreTiers(workload.cases);
  return workload.cases.flatMap((kase, index) => {
    const [cailiang, jre, tier] = [ours[index] as string | number, theirs[index] as string | number, decided[index]];
    return cailiang === jre && (tier === undefined || tier === jre)
      ? []
      : [{ item: kase.item.item.code, cailiang, jre, ...(tier === undefined ? {} : { decided: tier }) }];
  });
}
