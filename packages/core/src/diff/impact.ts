import { createEngine } from '../decide/engine.js';
import type { Decision, FineSanction } from '../decide/decision.js';
import { CailiangError } from '../errors/cailiang-error.js';
import { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import { loadRuleSet } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';

/** A case to decide under both versions, named as its fixture names it. */
export interface ImpactCase {
  readonly name: string;
  readonly case: unknown;
  readonly source?: string;
}

/** What a case comes to under one version. */
export interface CaseOutcome {
  readonly outcome?: Decision['outcome'];
  readonly tier?: string | number | null;
  readonly fine?: { readonly min: string; readonly max: string };
  readonly error?: string;
}

/** A case whose outcome, tier or fine range differs between the versions. */
export interface CaseImpact {
  readonly name: string;
  readonly item: string;
  readonly source?: string;
  readonly from: CaseOutcome;
  readonly to: CaseOutcome;
  /** to − from, for the fine's bounds, when both versions set a fine. */
  readonly fineDelta?: { readonly min: string; readonly max: string };
}

/**
 * Decides each case under both versions — as if each were in force on the case's dates, so the
 * comparison shows what the revision itself changes — and lists the cases that move.
 *
 * @returns the cases that change outcome, tier or fine range, and how many do not
 */
export function fixtureImpact(
  from: RuleSet,
  to: RuleSet,
  cases: readonly ImpactCase[],
): { changed: CaseImpact[]; unchanged: number } {
  // Only outcomes, tiers and fines are compared: no trace is needed.
  const before = createEngine([alwaysInForce(from)], { trace: false });
  const after = createEngine([alwaysInForce(to)], { trace: false });
  const changed: CaseImpact[] = [];
  let unchanged = 0;
  for (const entry of cases) {
    const a = outcomeOf(() => before.decide(entry.case));
    const b = outcomeOf(() => after.decide(entry.case));
    if (JSON.stringify(a) === JSON.stringify(b)) {
      unchanged++;
      continue;
    }
    const item =
      typeof entry.case === 'object' && entry.case !== null
        ? String((entry.case as { item?: unknown }).item ?? '')
        : '';
    const delta =
      a.fine !== undefined && b.fine !== undefined
        ? {
            min: formatMoney(new Decimal(b.fine.min).minus(a.fine.min)),
            max: formatMoney(new Decimal(b.fine.max).minus(a.fine.max)),
          }
        : undefined;
    changed.push({
      name: entry.name,
      item,
      ...(entry.source === undefined ? {} : { source: entry.source }),
      from: a,
      to: b,
      ...(delta === undefined ? {} : { fineDelta: delta }),
    });
  }
  return { changed, unchanged };
}

/** The rule set with its effective dates opened up, so every case can be decided under it. */
function alwaysInForce(ruleSet: RuleSet): RuleSet {
  return loadRuleSet({ ...ruleSet, effective: { from: '1000-01-01' } });
}

function outcomeOf(decide: () => Decision): CaseOutcome {
  try {
    const decision = decide();
    const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
    return {
      outcome: decision.outcome,
      tier: decision.tier?.level ?? null,
      ...(fine === undefined ? {} : { fine: { min: fine.min, max: fine.max } }),
    };
  } catch (error) {
    if (error instanceof CailiangError) return { error: error.code };
    throw error;
  }
}
