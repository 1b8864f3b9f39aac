/**
 * The versions of an item: which is in force on a date, and that loaded versions form a history.
 */
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { RuleSet } from '../ruleset/load.js';
import type { CaseDates } from '../case/types.js';
import type { CompiledItem } from './compile-item.js';
import type { TraceEntry } from './decision.js';
import type { QuickCasePlan } from '../case/quick-case.js';

/** One version of an item: the rule set it belongs to and the item compiled. */
export interface ItemVersion {
  readonly ruleSet: RuleSet;
  readonly compiled: CompiledItem;
  /** How a case of the usual shape is read for this version, in one pass (case/quick-case.ts). */
  readonly plan: QuickCasePlan;
  /**
   * The rule set's `effective` range and whether its policy applies the version in force on the
   * decision date, kept here: every decision asks them, and three objects away they cost more
   * to reach than to compare.
   */
  readonly from: string;
  readonly until: string | undefined;
  readonly byDecisionDate: boolean;
}

/**
 * One version of an item, with what choosing it reads kept beside it.
 *
 * @param ruleSet - the rule set the version belongs to
 * @param compiled - the item compiled from it
 * @param plan - how a case of the usual shape is read for it
 * @returns the version, its effective range and version selection copied from the rule set
 * @example itemVersion(ruleSet, compiled, plan).from // '2025-01-01'
 */
export function itemVersion(ruleSet: RuleSet, compiled: CompiledItem, plan: QuickCasePlan): ItemVersion {
  const { from, until } = ruleSet.effective;
  return { ruleSet, compiled, plan, from, until, byDecisionDate: compiled.policy.versionSelection === 'decision-date' };
}

/** True when `date` lies within a version's effective range (`from`, `until`), both ends inclusive. */
export function inForce(version: Pick<ItemVersion, 'from' | 'until'>, date: string): boolean {
  return version.from <= date && (version.until === undefined || date <= version.until);
}

/**
 * The version of an item in force on a date.
 *
 * @param versions - the item's versions, in effective order
 * @param date - the date the law says to look at (the act, or its end for a continuing act)
 * @param what - that date's name, for the error (`the act date`)
 * @throws CailiangError NOT_IN_FORCE naming the date and the periods that are known
 */
export function versionInForce(
  versions: readonly ItemVersion[],
  date: string,
  what: string,
  path: string,
): ItemVersion {
  // A loop, not find(): every decision asks this.
  for (const version of versions) if (inForce(version, date)) return version;
  const known = versions
    .map(
      ({ ruleSet }) =>
        `${ruleSet.id} ${ruleSet.version} (${ruleSet.effective.from} – ${ruleSet.effective.until ?? 'open'})`,
    )
    .join('; ');
  const code = versions[0]?.compiled.item.code ?? '';
  throw new CailiangError('NOT_IN_FORCE', [
    {
      code: 'not_in_force',
      path,
      message: `no version of the benchmark for ${code} is in force on ${what} ${date}; loaded: ${known}`,
    },
  ]);
}

/**
 * The version of a licensing item that applies: the one in force on the acceptance date (受理).
 *
 * @throws CailiangError NOT_IN_FORCE when none is
 */
export function licensingVersion(
  versions: readonly ItemVersion[],
  dates: CaseDates,
): { readonly version: ItemVersion; readonly step: TraceEntry } {
  // Without a formal acceptance, the receipt of the materials stands for it (第三十二条).
  const [key, day] =
    dates.accepted !== undefined ? ['accepted', dates.accepted] : ['received', dates.received as string];
  const what = key === 'accepted' ? 'the acceptance date' : 'the date the materials were received';
  const version = versionInForce(versions, day, what, `dates.${key}`);
  return {
    version,
    step: { step: 'version', selected: version.ruleSet.version, reason: `in force on ${what} ${day}` },
  };
}

/**
 * Checks that the versions of each rule-set id form a history: distinct version names and
 * effective ranges that do not overlap (both ends inclusive).
 *
 * @throws CailiangError INVALID_ENGINE listing each clash
 */
export function checkHistories(ruleSets: readonly RuleSet[]): void {
  const byId = new Map<string, RuleSet[]>();
  for (const ruleSet of ruleSets) byId.set(ruleSet.id, [...(byId.get(ruleSet.id) ?? []), ruleSet]);
  const issues: Issue[] = [];
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) =>
      a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0,
    );
    for (let i = 1; i < sorted.length; i++) {
      const earlier = sorted[i - 1] as RuleSet;
      const later = sorted[i] as RuleSet;
      if (earlier.version === later.version) {
        issues.push({ code: 'duplicate_version', path: '', message: `${id} version ${later.version} is loaded twice` });
      } else if (earlier.effective.until === undefined || earlier.effective.until >= later.effective.from) {
        issues.push({
          code: 'version_overlap',
          path: '',
          message: `${id} versions ${earlier.version} (${earlier.effective.from} – ${earlier.effective.until ?? 'open'}) and ${later.version} (from ${later.effective.from}) are both in force on ${later.effective.from}; end the earlier one before the later begins`,
        });
      }
    }
  }
  if (issues.length > 0) throw new CailiangError('INVALID_ENGINE', issues);
}
