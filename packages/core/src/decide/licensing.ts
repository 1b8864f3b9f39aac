/**
 * Decides a licensing application (行政许可): its clocks in working days (行政许可法 第三十二条,
 * 第四十二条 to 第四十五条, 第五十条) and whether it meets the item's conditions.
 */
import type { Language } from '../explain/condition-text.js';
import type { Calendar } from '../calendar/index.js';
import { generalRuleCitation, licensingLaw } from '../citation/general-laws.js';
import type { ValidatedCase } from '../case/types.js';
import { licensingClocks } from '../procedure/licensing-clocks.js';
import type { CompiledLicensingItem } from './compile-item.js';
import { assemble, withoutPenalty } from './decision.js';
import type { Decision, Eligibility, TraceEntry } from './decision.js';
import { holds } from './select.js';

export interface LicensingContext {
  readonly trace: boolean;
  readonly preface: readonly TraceEntry[];
  readonly calendar: Calendar;
  /** The language of the decision's warnings: zh (default) or en. */
  readonly language?: Language;
}

/** 第八十二条: the limits are working days, statutory holidays excluded. */
const WORKING_DAYS = generalRuleCitation(licensingLaw(82));

/**
 * The clocks of a licensing application — receipt and correction (第三十二条), the agency's
 * promised limit (承诺时限), the statutory limit and its extension (第四十二条), a lower
 * agency's review (第四十三条), the licence's issue (第四十四条), renewal (第五十条) — each in
 * working days where the agency keeps it, excluded periods (第四十五条) not counted; then
 * whether the application meets every condition.
 */
export function decideLicensing(
  compiled: CompiledLicensingItem,
  kase: ValidatedCase,
  context: LicensingContext,
): Decision {
  const { statutory, promised, lowerReview } = compiled.item.timeLimit;
  const clocks = licensingClocks(
    {
      dates: kase.dates,
      excluded: kase.excludedPeriods,
      statutory,
      ...(promised === undefined ? {} : { promised }),
      ...(lowerReview === undefined ? {} : { lowerReview }),
      basis: compiled.basis,
      benchmark: compiled.benchmark,
      ...(context.language === undefined ? {} : { language: context.language }),
    },
    context.calendar,
  );
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
  // The decision cites the item's basis and benchmark, then every provision a clock rests on.
  const clockCitations = clocks.deadlines.flatMap((deadline) => deadline.citations ?? []);
  const citations = [...compiled.basis, compiled.benchmark, WORKING_DAYS, ...clockCitations];
  return assemble(
    compiled,
    withoutPenalty(
      { outcome: 'licensing', eligibility, deemed: clocks.deemed },
      { citations, trace, warnings: clocks.warnings },
    ),
    [],
    clocks.deadlines,
  );
}
