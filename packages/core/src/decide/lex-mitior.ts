/**
 * 行政处罚法 第三十七条 从旧兼从轻: which version of a penalty item and which edition of 行政处罚法
 * apply, or which two the engine must decide under and compare; and, given both decisions, the
 * one that applies.
 */
import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type { CaseDates } from '../case/types.js';
import { CailiangError } from '../errors/cailiang-error.js';
import { penaltyLawInForce } from '../general-rules/editions.js';
import type { PenaltyLawEdition } from '../general-rules/editions.js';
import type { Decision, TraceEntry } from './decision.js';
import { compareSeverity } from './severity.js';
import { inForce, versionInForce } from './versions.js';
import type { ItemVersion } from './versions.js';

/** 第三十七条 从旧兼从轻, cited when a newer, lighter version is applied. */
const LEX_MITIOR = generalRuleCitation(penaltyLaw(37));

/** The one version and edition of 行政处罚法 that apply, and the trace step that says why. */
export interface VersionApplied {
  readonly version: ItemVersion;
  readonly penaltyLaw: PenaltyLawEdition;
  readonly step: TraceEntry;
}

/**
 * The law at the act and the law on the decision date, to decide under both and compare
 * (第三十七条): the item's version and the edition of 行政处罚法 of each. At least one differs.
 */
export interface VersionComparison {
  readonly atAct: ItemVersion;
  readonly atDecision: ItemVersion;
  readonly lawAtAct: PenaltyLawEdition;
  readonly lawAtDecision: PenaltyLawEdition;
  /** The version step when only 行政处罚法 changed: the item's version is then not compared. */
  readonly versionStep?: TraceEntry;
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
  // Every penalty decision asks this: constant texts and no closures, so that nothing is built
  // beyond the answer.
  const ended = dates.actEnded !== undefined;
  const actDate = (ended ? dates.actEnded : dates.act) as string;
  const actWhat = ended ? 'the date the continuing act ended' : 'the act date';
  const atAct = versionInForce(versions, actDate, actWhat, ended ? 'dates.actEnded' : 'dates.act');
  const lawAtAct = penaltyLawInForce(actDate);
  const lawAtDecision = dates.decision === undefined ? lawAtAct : penaltyLawInForce(dates.decision);

  if (atAct.byDecisionDate) {
    if (dates.decision === undefined) {
      throw new CailiangError('INVALID_CASE', [
        {
          code: 'missing_key',
          path: 'dates.decision',
          message: `missing; ${atAct.ruleSet.id} applies the version in force on the decision date (policy.versionSelection: decision-date)`,
        },
      ]);
    }
    const atDecision = versionInForce(versions, dates.decision, 'the decision date', 'dates.decision');
    return only(atDecision, lawAtAct, lawAtDecision, actWhat, actDate, dates.decision, {
      step: 'version',
      selected: atDecision.ruleSet.version,
      reason: `in force on the decision date ${dates.decision} (policy.versionSelection: decision-date)`,
    });
  }

  let atDecision: ItemVersion | undefined;
  if (dates.decision !== undefined && versions.length > 1)
    for (const version of versions)
      if (inForce(version, dates.decision)) {
        atDecision = version;
        break;
      }
  if (atDecision === undefined || atDecision === atAct) {
    return only(atAct, lawAtAct, lawAtDecision, actWhat, actDate, dates.decision, {
      step: 'version',
      selected: atAct.ruleSet.version,
      reason: `in force on ${actWhat} ${actDate}`,
    });
  }
  return { atAct, atDecision, lawAtAct, lawAtDecision, actWhat, actDate, decisionDate: dates.decision as string };
}

/** One version: applied alone, or compared under both editions of 行政处罚法 when they differ. */
function only(
  version: ItemVersion,
  lawAtAct: PenaltyLawEdition,
  lawAtDecision: PenaltyLawEdition,
  actWhat: string,
  actDate: string,
  decisionDate: string | undefined,
  step: TraceEntry,
): VersionApplied | VersionComparison {
  return lawAtAct === lawAtDecision
    ? { version, penaltyLaw: lawAtAct, step }
    : {
        atAct: version,
        atDecision: version,
        lawAtAct,
        lawAtDecision,
        versionStep: step,
        actWhat,
        actDate,
        decisionDate: decisionDate as string,
      };
}

/**
 * The error of a case the newer version cannot decide: 第三十七条 needs both versions' results,
 * so the case is refused, and each issue says why the newer version was consulted.
 */
export function comparisonRefused(comparison: VersionComparison, error: CailiangError): CailiangError {
  const { atDecision, decisionDate } = comparison;
  const newer =
    comparison.versionStep === undefined ? `version ${atDecision.ruleSet.version}` : comparison.lawAtDecision.name;
  return new CailiangError(
    error.code,
    error.issues.map((issue) => ({
      ...issue,
      message: `${issue.message} (needed to compare with ${newer}, in force on the decision date ${decisionDate}, under 行政处罚法 第三十七条)`,
    })),
  );
}

/**
 * Of the decisions under the law at the act and the law on the decision date, the one that
 * applies: the newer when it is lighter (第三十七条 then cited), else the one at the act; the
 * version step (and, when 行政处罚法 changed in between, the penalty-law step) first in its trace.
 */
export function lighterVersion(
  comparison: VersionComparison,
  atAct: Decision,
  atDecision: Decision,
  trace: boolean,
): Decision {
  const newerLighter = compareSeverity(atDecision, atAct) < 0;
  const steps = [comparison.versionStep ?? versionStep(comparison, newerLighter)];
  if (comparison.lawAtAct !== comparison.lawAtDecision) steps.push(penaltyLawStep(comparison, newerLighter));
  return newerLighter ? withSteps(atDecision, steps, trace, LEX_MITIOR) : withSteps(atAct, steps, trace);
}

/** Which version of the item was applied, of the two compared. */
function versionStep(comparison: VersionComparison, newerLighter: boolean): TraceEntry {
  const { actWhat, actDate, decisionDate } = comparison;
  const actVersion = comparison.atAct.ruleSet.version;
  const decisionVersion = comparison.atDecision.ruleSet.version;
  const candidates = [actVersion, decisionVersion];
  if (newerLighter) {
    return {
      step: 'version',
      selected: decisionVersion,
      reason: `version ${actVersion} was in force on ${actWhat} ${actDate}; version ${decisionVersion}, in force on the decision date ${decisionDate}, gives a lighter result (行政处罚法 第三十七条 从旧兼从轻)`,
      candidates,
    };
  }
  return {
    step: 'version',
    selected: actVersion,
    reason: `in force on ${actWhat} ${actDate}; version ${decisionVersion}, in force on the decision date ${decisionDate}, is not lighter`,
    candidates,
  };
}

/** Which edition of 行政处罚法 was applied, of the two compared. */
function penaltyLawStep(comparison: VersionComparison, newerLighter: boolean): TraceEntry {
  const { actWhat, actDate, decisionDate, lawAtAct, lawAtDecision } = comparison;
  const candidates = [lawAtAct.name, lawAtDecision.name];
  if (newerLighter) {
    return {
      step: 'penalty-law',
      selected: lawAtDecision.name,
      reason: `${lawAtAct.name} was in force on ${actWhat} ${actDate}; ${lawAtDecision.name}, in force on the decision date ${decisionDate}, gives a lighter result (第三十七条 从旧兼从轻)`,
      candidates,
    };
  }
  return {
    step: 'penalty-law',
    selected: lawAtAct.name,
    reason: `in force on ${actWhat} ${actDate}; ${lawAtDecision.name}, in force on the decision date ${decisionDate}, is not lighter`,
    candidates,
  };
}

/** The decision with the steps first in its trace (when kept), and 第三十七条 cited when applied. */
function withSteps(
  decision: Decision,
  steps: readonly TraceEntry[],
  trace: boolean,
  citation?: typeof LEX_MITIOR,
): Decision {
  return {
    ...decision,
    citations: citation === undefined ? decision.citations : [...decision.citations, citation],
    trace: trace ? [...steps, ...decision.trace] : decision.trace,
  };
}
