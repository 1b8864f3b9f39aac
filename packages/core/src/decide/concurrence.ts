/**
 * 行政处罚法 第二十九条: one act breaching several items. Reads `items` from a case and, of the
 * decisions the engine made for each item, chooses the one that applies; it decides nothing itself.
 */
import type { Language } from '../explain/condition-text.js';
import { warningMessage } from './warning-messages.js';
import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { Decimal } from '../money/decimal.js';
import type { Decision, FineSanction, TraceEntry } from './decision.js';
import type { ItemVersion } from './versions.js';
import { describeValue } from '../errors/issues.js';

/** 第二十九条: 同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。 */
const CONCURRENCE = generalRuleCitation(penaltyLaw(29));

/** An item set aside under 第二十九条, and the fine it would have set. */
export interface SetAsideItem {
  readonly code: string;
  readonly name: string;
  readonly outcome: Decision['outcome'];
  readonly fine?: { readonly min: string; readonly max: string };
}

/** One act, several items: which item's fine applies, and which were set aside. */
export interface Concurrence {
  readonly applied: string;
  readonly setAside: readonly SetAsideItem[];
}

/**
 * The item codes of a case that names several (`items: [a, b, …]`), or undefined for a case
 * about one item.
 *
 * @throws CailiangError INVALID_CASE when `items` is malformed or given with `item`
 */
export function concurrentItems(input: unknown): string[] | undefined {
  if (typeof input !== 'object' || input === null || !('items' in input)) return undefined;
  const record = input as Record<string, unknown>;
  const items = record['items'];
  const problems: Issue[] = [];
  if (record['item'] !== undefined)
    problems.push({
      code: 'invalid_case',
      path: 'item',
      message: 'give either item (one item) or items (one act breaching several), not both',
    });
  if (!Array.isArray(items) || items.length < 2 || !items.every((code) => typeof code === 'string' && code !== '')) {
    problems.push({
      code: 'invalid_type',
      path: 'items',
      message: `expected two or more item codes (one act breaching several items), got ${describeValue(items)}`,
    });
  } else if (new Set(items).size !== items.length) {
    problems.push({ code: 'invalid_value', path: 'items', message: 'an item is listed twice' });
  }
  if (problems.length > 0) throw new CailiangError('INVALID_CASE', problems);
  return items as string[];
}

/**
 * The case for one of the items: the same facts and dates, `item` in place of `items`. Each item
 * is decided on it with undeclared facts accepted, since {@link checkFactsDeclared} checked them
 * against all the items' rule sets together. The case's `persons` (双罚制) go to the items that
 * provide a sanction on the responsible persons; when none of them does, to every item, which
 * refuses them by name.
 *
 * @param input - the case as given, with `items`
 * @param code - the item to decide
 * @param versions - every item's versions, to see which provide for persons
 * @returns the case about `code` alone
 * @example caseOfItem({ items: ['A', 'B'], facts }, 'A', versions) // { facts, item: 'A' }
 */
export function caseOfItem(
  input: Record<string, unknown>,
  code: string,
  versions: readonly (readonly ItemVersion[])[] = [],
): Record<string, unknown> {
  const { items, persons, ...single } = input;
  const index = Array.isArray(items) ? items.indexOf(code) : -1;
  const own = versions[index];
  const keepPersons =
    persons !== undefined &&
    (own === undefined || providesPersons(own) || !versions.some((item) => providesPersons(item)));
  return keepPersons ? { ...single, persons, item: code } : { ...single, item: code };
}

/** True when a version of the item provides a sanction on the unit's responsible persons. */
function providesPersons(versions: readonly ItemVersion[]): boolean {
  return versions.some(({ compiled }) => compiled.kind === 'penalty' && compiled.persons !== undefined);
}

/**
 * Of the decisions of one act that breaches several items (行政处罚法 第二十九条), each item
 * decided on the same facts, the one that applies: the fine is imposed once, under the item with
 * the higher fine — the higher maximum, then the higher minimum. The decision is that item's,
 * with 第二十九条 cited and the items set aside named; their other sanctions are listed in a
 * warning for the officer to weigh, since 第二十九条 forbids only a second fine.
 *
 * @param decisions - one per item, in the order the case lists them
 * @param language - the language of the warning: zh (default) or en
 */
export function concurrentDecision(
  decisions: readonly Decision[],
  trace: boolean,
  language: Language = 'zh',
): Decision {
  const chosen = decisions.reduce((best, candidate) => (heavierFine(candidate, best) ? candidate : best));
  const setAside: SetAsideItem[] = decisions
    .filter((decision) => decision !== chosen)
    .map((decision) => {
      const fine = fineOf(decision);
      return {
        code: decision.item.code,
        name: decision.item.name,
        outcome: decision.outcome,
        ...(fine === undefined ? {} : { fine: { min: fine.min, max: fine.max } }),
      };
    });
  const concurrence: Concurrence = { applied: chosen.item.code, setAside };
  const step: TraceEntry = {
    step: 'concurrence',
    applied: chosen.item.code,
    setAside: setAside.map((item) => item.code),
    reason:
      'one act breaching several items is fined once, under the item with the higher fine (行政处罚法 第二十九条)',
  };
  const otherSanctions = decisions
    .filter((decision) => decision !== chosen)
    .flatMap((decision) =>
      decision.sanctions
        .filter((sanction) => sanction.kind !== 'fine' && !chosen.sanctions.some((own) => own.kind === sanction.kind))
        .map((sanction) => ({ item: decision.item.code, kind: sanction.kind })),
    );
  const warnings =
    otherSanctions.length === 0
      ? chosen.warnings
      : [
          ...chosen.warnings,
          {
            code: 'concurrence-other-sanctions',
            message: warningMessage('concurrence-other-sanctions', { sanctions: otherSanctions }, language),
          },
        ];
  const citations = chosen.outcome === 'penalty' ? [...chosen.citations, CONCURRENCE] : chosen.citations;
  return withConcurrence(chosen, concurrence, {
    citations,
    trace: trace ? [step, ...chosen.trace] : chosen.trace,
    warnings,
  });
}

/**
 * The chosen decision with the concurrence, its citations, trace and warnings, keys in the order of
 * spec §4. Every other key of the chosen decision is kept as it is — its `persons` (双罚制) and its
 * `guide` among them: a key lost here is a sanction on the responsible persons silently dropped.
 */
function withConcurrence(
  chosen: Decision,
  concurrence: Concurrence,
  rest: Pick<Decision, 'citations' | 'trace' | 'warnings'>,
): Decision {
  switch (chosen.outcome) {
    case 'penalty':
      return concurrenceKeys(chosen, concurrence, rest);
    case 'no-penalty':
      return concurrenceKeys(chosen, concurrence, rest);
    case 'time-barred':
    case 'correction-ordered':
    case 'referred':
      return concurrenceKeys(chosen, concurrence, rest);
    case 'licensing':
      return concurrenceKeys(chosen, concurrence, rest);
  }
}

/**
 * One outcome's decision with `concurrence` placed before `citations`, as spec §4 orders it, and
 * the keys before it spread in their own order, whatever they are.
 */
function concurrenceKeys<D extends Decision>(
  chosen: D,
  concurrence: Concurrence,
  { citations, trace, warnings }: Pick<Decision, 'citations' | 'trace' | 'warnings'>,
): Omit<D, 'concurrence' | 'citations' | 'deadlines' | 'trace' | 'warnings'> &
  Pick<Decision, 'concurrence' | 'citations' | 'deadlines' | 'trace' | 'warnings'> {
  const {
    concurrence: _earlier,
    citations: _citations,
    deadlines,
    trace: _trace,
    warnings: _warnings,
    ...head
  } = chosen;
  return { ...head, concurrence, citations, deadlines, trace, warnings };
}

function fineOf(decision: Decision): FineSanction | undefined {
  if (decision.outcome !== 'penalty') return undefined;
  return decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
}

/** True when `a` sets the higher fine: the higher maximum, then the higher minimum. */
function heavierFine(a: Decision, b: Decision): boolean {
  const fineA = fineOf(a);
  const fineB = fineOf(b);
  if (fineA === undefined) return false;
  if (fineB === undefined) return true;
  const byMax = new Decimal(fineA.max).comparedTo(fineB.max);
  return byMax !== 0 ? byMax > 0 : new Decimal(fineA.min).greaterThan(fineB.min);
}

/**
 * Facts none of the items' rule sets declares are refused (unless the engine allows unknown facts).
 *
 * @throws CailiangError INVALID_CASE naming each undeclared fact
 */
export function checkFactsDeclared(
  input: Record<string, unknown>,
  versions: readonly (readonly ItemVersion[])[],
): void {
  const facts = input['facts'];
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return;
  const declared = (name: string) =>
    versions.some((list) => list.some((version) => Object.hasOwn(version.ruleSet.facts, name)));
  const unknown = Object.keys(facts).filter((name) => !declared(name));
  if (unknown.length > 0) {
    throw new CailiangError(
      'INVALID_CASE',
      unknown.map((name) => ({
        code: 'undeclared_fact',
        path: `facts.${name}`,
        message: `unknown fact "${name}"; none of the items' rule sets declares it`,
      })),
    );
  }
}
