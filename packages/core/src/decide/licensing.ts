/**
 * Decides a licensing application (行政许可): its time limits in working days and whether it meets
 * the item's conditions.
 */
import type { Calendar } from '../calendar/index.js';
import { addWorkingDays } from '../calendar/index.js';
import { generalRuleCitation, licensingLaw } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { ValidatedCase } from '../case/types.js';
import type { CompiledLicensingItem } from './compile-item.js';
import { assemble, withoutPenalty } from './decision.js';
import type { Deadline, Decision, Eligibility, TraceEntry } from './decision.js';
import { holds } from './select.js';

export interface LicensingContext {
  readonly trace: boolean;
  readonly preface: readonly TraceEntry[];
  readonly calendar: Calendar;
}

/** 第四十五条: hearings, expert review, testing… are not counted in the time limit. */
const NOT_COUNTED = generalRuleCitation(licensingLaw(45));
/** 第八十二条: the limits are working days, statutory holidays excluded. */
const WORKING_DAYS = generalRuleCitation(licensingLaw(82));

/**
 * The time limits of a licensing application from the day it was accepted (受理): the agency's
 * promised limit (承诺时限), the statutory limit, and the statutory limit with its extension —
 * each in working days, the day of acceptance not counted, excluded periods not counted.
 */
export function decideLicensing(
  compiled: CompiledLicensingItem,
  kase: ValidatedCase,
  context: LicensingContext,
): Decision {
  const accepted = kase.dates.accepted as string;
  const excluded = kase.excludedPeriods;
  const { statutory, promised } = compiled.item.timeLimit;
  const counting = excluded.length > 0 ? [WORKING_DAYS, NOT_COUNTED] : [WORKING_DAYS];
  const deadline = (kind: string, workingDays: number, citations: readonly ResolvedCitation[]): Deadline => ({
    kind,
    date: addWorkingDays(accepted, workingDays, context.calendar, { excluded }),
    workingDays,
    citations: [...citations, ...counting],
  });

  const deadlines: Deadline[] = [];
  if (promised !== undefined) deadlines.push(deadline('promised', promised.workingDays, [compiled.benchmark]));
  deadlines.push(deadline('statutory', statutory.workingDays, compiled.basis));
  if (statutory.extension !== undefined && statutory.extension > 0) {
    deadlines.push(deadline('statutory-extended', statutory.workingDays + statutory.extension, compiled.basis));
  }
  const trace: TraceEntry[] | undefined = context.trace ? [...context.preface] : undefined;
  const unmet = compiled.conditions.filter(
    (requirement) =>
      !holds(requirement.when, kase.facts, trace, (condition, result) => ({
        step: 'licensing-condition',
        id: requirement.id,
        condition,
        result,
      })),
  );
  const eligibility: Eligibility | undefined =
    compiled.conditions.length === 0 && compiled.materials.length === 0
      ? undefined
      : {
          eligible: unmet.length === 0,
          unmet: unmet.map(({ id, label, citations }) => ({ id, label, citations })),
          materials: compiled.materials.map(({ id, label, citations }) => ({ id, label, citations })),
        };
  const citations = [...compiled.basis, compiled.benchmark, ...counting];
  return assemble(
    compiled,
    withoutPenalty({ outcome: 'licensing', eligibility }, { citations, trace, warnings: [] }),
    [],
    deadlines,
  );
}
