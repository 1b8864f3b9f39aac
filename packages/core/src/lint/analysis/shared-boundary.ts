import { conditionKind, isFactReference } from '../../conditions/shape.js';
import { Decimal } from '../../money/decimal.js';
import type { LintSay } from '../messages.js';
import type { Finding } from '../types.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';
import type { Collector, Visit } from './visit.js';
import { tierParam } from './coverage.js';
import { itemCitations, searchParam, witnessOf, witnessParam } from './witness.js';
import type { Witness } from './witness.js';

/** A fact bounded by a number, inclusive, in a tier's condition (not under `not`). */
interface InclusiveBound {
  readonly fact: string;
  readonly operator: 'lessThanInclusive' | 'greaterThanInclusive';
  readonly value: Decimal;
}

/** Two tiers whose conditions share a closed end: `fact ≤ value` in one, `fact ≥ value` in the other. */
interface SharedBoundary {
  readonly a: number;
  readonly b: number;
  readonly fact: string;
  readonly value: Decimal;
}

/**
 * `tier-boundary-shared` (a warning): a fixed boundary value that falls in two tiers — one
 * tier's condition says 「…以下」 (`lessThanInclusive v`) and another's 「…以上」
 * (`greaterThanInclusive v`) of the same fact, so a case at exactly v meets both (以上、以下 include
 * the number: 民法典 第一千二百五十九条). Decide still picks one by `policy.tierSelection`, but
 * the published table tells the officer two tiers for that case; one of them should say 不足 or
 * 超过. Reported only where the search finds facts at v for which both tiers hold (under
 * `tierSelection: unique` this is already the error `tiers-overlap`, and not repeated).
 *
 * @param model - the item
 * @param say - writes the message in the lint's language
 * @returns a collector reporting one warning per pair of tiers and boundary, with the witness
 * @example sharedBoundaryCollector(model) // visit… then findings(report)
 */
export function sharedBoundaryCollector(model: ItemModel, say: LintSay): Collector {
  const candidates = model.policy.tierSelection === 'unique' ? [] : sharedBoundaries(model);
  const found = new Map<number, Witness>();
  return {
    visit(visit: Visit) {
      candidates.forEach((candidate, index) => {
        if (found.has(index)) return;
        const { a, b, fact, value } = candidate;
        if (!holdsOwn(model, a, visit) || !holdsOwn(model, b, visit)) return;
        const actual = visit.facts[fact];
        if (actual === undefined || !equalsNumber(actual, value)) return;
        found.set(index, witnessOf(visit.facts, model.domain));
      });
    },
    findings(report: SearchReport): Finding[] {
      const search = searchParam(report);
      return [...found].map(([index, witness]) => {
        const { a, b, fact, value } = candidates[index] as SharedBoundary;
        const declaration = model.ruleSet.facts[fact];
        return {
          code: 'tier-boundary-shared',
          severity: 'warning',
          path: `${model.path}.tiers[${b}]`,
          message: say('tier-boundary-shared', {
            item: model.item.code,
            fact: { name: fact, label: declaration?.label },
            value: value.toFixed(),
            money: declaration?.type === 'money',
            a: tierParam(model, a),
            b: tierParam(model, b),
            witness: witnessParam(witness, model),
            search,
          }),
          citations: itemCitations(model, false),
          witness,
        };
      });
    },
  };
}

/** A conditioned tier's own `when` (the fallback's "no other tier holds" is not a boundary). */
function holdsOwn(model: ItemModel, index: number, visit: Visit): boolean {
  return model.tiers[index]?.when !== undefined && visit.tiers[index] === true;
}

function equalsNumber(actual: unknown, value: Decimal): boolean {
  if (Decimal.isDecimal(actual)) return (actual as Decimal).equals(value);
  if (typeof actual === 'number' && Number.isFinite(actual)) return new Decimal(actual).equals(value);
  return false;
}

/** Pairs of conditioned tiers with `fact ≤ v` in one and `fact ≥ v` in the other, v the same number. */
function sharedBoundaries(model: ItemModel): SharedBoundary[] {
  const bounds = model.tiers.map((tier) => (tier.data.when === undefined ? [] : inclusiveBounds(tier.data.when)));
  const out: SharedBoundary[] = [];
  for (let a = 0; a < bounds.length; a++) {
    for (let b = a + 1; b < bounds.length; b++) {
      for (const x of bounds[a] ?? []) {
        for (const y of bounds[b] ?? []) {
          if (x.fact !== y.fact || x.operator === y.operator || !x.value.equals(y.value)) continue;
          if (!out.some((pair) => pair.a === a && pair.b === b && pair.fact === x.fact && pair.value.equals(x.value)))
            out.push({ a, b, fact: x.fact, value: x.value });
        }
      }
    }
  }
  return out;
}

/** The inclusive numeric bounds of a condition, outside `not` (under `not`, ≤ means >). */
function inclusiveBounds(node: unknown): InclusiveBound[] {
  const kind = conditionKind(node);
  if (kind === undefined || kind === 'not') return [];
  const record = node as Record<string, unknown>;
  if (kind !== 'fact') {
    const children = record[kind];
    return Array.isArray(children) ? children.flatMap(inclusiveBounds) : [];
  }
  const { fact, operator, value } = record;
  if (typeof fact !== 'string' || isFactReference(value)) return [];
  if (operator !== 'lessThanInclusive' && operator !== 'greaterThanInclusive') return [];
  if (typeof value !== 'number' && typeof value !== 'string') return [];
  try {
    return [{ fact, operator, value: new Decimal(value) }];
  } catch {
    return [];
  }
}
