import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type { CaseDates } from '../case/types.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Decision, TraceEntry } from './decision.js';
import { compareSeverity } from './severity.js';
import { inForce, versionInForce } from './versions.js';
import type { ItemVersion } from './versions.js';

type DecideWith = (version: ItemVersion, preface: TraceEntry[]) => Decision;

/** 第三十七条 从旧兼从轻, cited when a newer, lighter version is applied. */
const LEX_MITIOR = generalRuleCitation(penaltyLaw(37));

/**
 * Chooses the version of a penalty item that applies to a case and decides under it.
 *
 * By default (`versionSelection: lex-mitior`, 行政处罚法 第三十七条): the version in force when
 * the act occurred — at its end for a continuing act — applies; but when another version is in
 * force on the decision date and gives a lighter result, that one applies, and 第三十七条 is
 * cited. `versionSelection: decision-date` applies the version in force on the decision date.
 * The policy of the version in force at the act decides which rule is used.
 *
 * @throws CailiangError NOT_IN_FORCE when no version is in force on the date that counts
 */
export function selectPenaltyVersion(versions: readonly ItemVersion[], dates: CaseDates, decideWith: DecideWith, trace: boolean): Decision {
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
    return decideWith(atDecision, [
      { step: 'version', selected: atDecision.ruleSet.version, reason: `in force on the decision date ${dates.decision} (policy.versionSelection: decision-date)` },
    ]);
  }

  const atDecision = dates.decision === undefined ? undefined : versions.find((version) => inForce(version.ruleSet, dates.decision as string));
  if (atDecision === undefined || atDecision === atAct) {
    return decideWith(atAct, [{ step: 'version', selected: atAct.ruleSet.version, reason: `in force on ${actWhat} ${actDate}` }]);
  }

  const candidates = [atAct.ruleSet.version, atDecision.ruleSet.version];
  const old = decideWith(atAct, []);
  let newer: Decision;
  try {
    newer = decideWith(atDecision, []);
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    // 第三十七条 needs both versions' results; a case the newer version cannot decide is refused.
    throw new CailiangError(error.code, error.issues.map((issue) => ({
      ...issue,
      message: `${issue.message} (needed to compare with version ${atDecision.ruleSet.version}, in force on the decision date ${dates.decision as string}, under 行政处罚法 第三十七条)`,
    })));
  }
  if (compareSeverity(newer, old) < 0) {
    return withVersionStep(newer, {
      step: 'version',
      selected: atDecision.ruleSet.version,
      reason: `version ${atAct.ruleSet.version} was in force on ${actWhat} ${actDate}; version ${atDecision.ruleSet.version}, in force on the decision date ${dates.decision as string}, gives a lighter result (行政处罚法 第三十七条 从旧兼从轻)`,
      candidates,
    }, trace, LEX_MITIOR);
  }
  return withVersionStep(old, {
    step: 'version',
    selected: atAct.ruleSet.version,
    reason: `in force on ${actWhat} ${actDate}; version ${atDecision.ruleSet.version}, in force on the decision date ${dates.decision as string}, is not lighter`,
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
