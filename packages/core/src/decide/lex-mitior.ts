/**
 * 行政处罚法 第三十七条 从旧兼从轻: which version of a penalty item applies, or which two the engine
 * must decide under and compare; and, given both decisions, the one that applies.
 */
import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type { CaseDates } from '../case/types.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Decision, TraceEntry } from './decision.js';
import { compareSeverity } from './severity.js';
import { inForce, versionInForce } from './versions.js';
import type { ItemVersion } from './versions.js';

/** 第三十七条 从旧兼从轻, cited when a newer, lighter version is applied. */
const LEX_MITIOR = generalRuleCitation(penaltyLaw(37));

/** The one version that applies, and the trace step that says why. */
export interface VersionApplied {
  readonly version: ItemVersion;
  readonly step: TraceEntry;
}

/** Two versions to decide under and compare (第三十七条): the one at the act, and a newer one in force on the decision date. */
export interface VersionComparison {
  readonly atAct: ItemVersion;
  readonly atDecision: ItemVersion;
  readonly actWhat: string;
  readonly actDate: string;
  readonly decisionDate: string;
}

/**
 * Chooses the version of a penalty item that applies to a case, or the two to compare.
 *
 * By default (`versionSelection: lex-mitior`, 行政处罚法 第三十七条): the version in force when
 * the act occurred — at its end for a continuing act — applies; but when another version is in
 * force on the decision date, both are to be decided and the lighter applies
 * ({@link lighterVersion}). `versionSelection: decision-date` applies the version in force on
 * the decision date. The policy of the version in force at the act decides which rule is used.
 *
 * @throws CailiangError NOT_IN_FORCE when no version is in force on the date that counts
 */
export function penaltyVersion(versions: readonly ItemVersion[], dates: CaseDates): VersionApplied | VersionComparison {
  const actKey = dates.actEnded !== undefined ? 'actEnded' : 'act';
  const actDate = (dates.actEnded ?? dates.act) as string;
  const actWhat = actKey === 'actEnded' ? 'the date the continuing act ended' : 'the act date';
  const atAct = versionInForce(versions, actDate, actWhat, `dates.${actKey}`);

  if (atAct.compiled.policy.versionSelection === 'decision-date') {
    if (dates.decision === undefined) {
      throw new CailiangError('INVALID_CASE', [
        { code: 'missing_key', path: 'dates.decision', message: `missing; ${atAct.ruleSet.id} applies the version in force on the decision date (policy.versionSelection: decision-date)` },
      ]);
    }
    const atDecision = versionInForce(versions, dates.decision, 'the decision date', 'dates.decision');
    return {
      version: atDecision,
      step: { step: 'version', selected: atDecision.ruleSet.version, reason: `in force on the decision date ${dates.decision} (policy.versionSelection: decision-date)` },
    };
  }

  const atDecision = dates.decision === undefined ? undefined : versions.find((version) => inForce(version.ruleSet, dates.decision as string));
  if (atDecision === undefined || atDecision === atAct) {
    return { version: atAct, step: { step: 'version', selected: atAct.ruleSet.version, reason: `in force on ${actWhat} ${actDate}` } };
  }
  return { atAct, atDecision, actWhat, actDate, decisionDate: dates.decision as string };
}

/**
 * The error of a case the newer version cannot decide: 第三十七条 needs both versions' results,
 * so the case is refused, and each issue says why the newer version was consulted.
 */
export function comparisonRefused(comparison: VersionComparison, error: CailiangError): CailiangError {
  const { atDecision, decisionDate } = comparison;
  return new CailiangError(error.code, error.issues.map((issue) => ({
    ...issue,
    message: `${issue.message} (needed to compare with version ${atDecision.ruleSet.version}, in force on the decision date ${decisionDate}, under 行政处罚法 第三十七条)`,
  })));
}

/**
 * Of the decisions under both versions, the one that applies: the newer when it is lighter
 * (第三十七条 then cited), else the one at the act; the version step first in its trace (when kept).
 */
export function lighterVersion(comparison: VersionComparison, atAct: Decision, atDecision: Decision, trace: boolean): Decision {
  const { actWhat, actDate, decisionDate } = comparison;
  const actVersion = comparison.atAct.ruleSet.version;
  const decisionVersion = comparison.atDecision.ruleSet.version;
  const candidates = [actVersion, decisionVersion];
  if (compareSeverity(atDecision, atAct) < 0) {
    return withVersionStep(atDecision, {
      step: 'version',
      selected: decisionVersion,
      reason: `version ${actVersion} was in force on ${actWhat} ${actDate}; version ${decisionVersion}, in force on the decision date ${decisionDate}, gives a lighter result (行政处罚法 第三十七条 从旧兼从轻)`,
      candidates,
    }, trace, LEX_MITIOR);
  }
  return withVersionStep(atAct, {
    step: 'version',
    selected: actVersion,
    reason: `in force on ${actWhat} ${actDate}; version ${decisionVersion}, in force on the decision date ${decisionDate}, is not lighter`,
    candidates,
  }, trace);
}

/** The decision with the version step first in its trace (when kept), and 第三十七条 cited when applied. */
function withVersionStep(decision: Decision, step: TraceEntry, trace: boolean, citation?: typeof LEX_MITIOR): Decision {
  return {
    ...decision,
    citations: citation === undefined ? decision.citations : [...decision.citations, citation],
    trace: trace ? [step, ...decision.trace] : decision.trace,
  };
}
