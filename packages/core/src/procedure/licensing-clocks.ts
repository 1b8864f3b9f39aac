/**
 * The clocks of 行政许可法 (第三十二条, 第四十二条 to 第四十五条, 第五十条) for one application.
 * Each clock quotes the sentence it rests on; every period the agency must keep is counted in
 * working days (第八十二条: 「本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日」).
 */
import type { Calendar } from '../calendar/types.js';
import { dayNumber, isoDateOfDay } from '../calendar/iso-days.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { generalRuleCitation, licensingLaw } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { CaseDates, ExcludedPeriod } from '../case/types.js';
import type { Deadline, DeemedAct, Warning } from '../decide/decision.js';
import { warningList } from '../decide/warning-messages.js';
import type { WarningList } from '../decide/warning-messages.js';
import type { Language } from '../explain/condition-text.js';

const cite = (article: number, paragraph?: number, item?: number) =>
  generalRuleCitation(licensingLaw(article, paragraph, item));

/** 第八十二条: working days, statutory holidays not counted. */
const WORKING_DAYS = cite(82);
/** 第三十二条第一款第（四）项: 「应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理」. */
const CORRECTION = cite(32, 1, 4);
/** 第四十四条: 「应当自作出决定之日起十日内向申请人颁发、送达行政许可证件」. */
const CERTIFICATE = cite(44);
/** 第四十五条: hearings, testing, expert review… 「所需时间不计算在本节规定的期限内」. */
const NOT_COUNTED = cite(45);
/** 第五十条第一款: 「应当在该行政许可有效期届满三十日前…提出申请」. */
const RENEWAL_APPLICATION = cite(50, 1);
/** 第五十条第二款: 「在该行政许可有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续」. */
const RENEWAL_DECISION = cite(50, 2);

/** 第三十二条: 五日 to ask for corrections. */
const CORRECTION_DAYS = 5;
/** 第四十四条: 十日 to issue the licence. */
const CERTIFICATE_DAYS = 10;
/** 第五十条第一款: 三十日 before expiry. A period of the applicant, not of the agency, so not 第八十二条's working days. */
const RENEWAL_DAYS_BEFORE = 30;

/** What the law asks of an extension under each paragraph of 第四十二条, in its words. */
const EXTENSION_REQUIRES = {
  single: ['经本行政机关负责人批准', '将延长期限的理由告知申请人'],
  joint: ['经本级人民政府负责人批准', '将延长期限的理由告知申请人'],
} as const;
/** 第四十五条第二句, for every clock an excluded period lengthens. */
const EXCLUSION_REQUIRES = '行政机关应当将所需时间书面告知申请人';

/** The day the clocks of 第四十二条 run from, and whether the law deemed it (第三十二条). */
export interface Acceptance {
  readonly date: string | undefined;
  readonly deemed: boolean;
}

/** What the licensing clocks read from the item and the case. */
export interface LicensingClockInput {
  readonly dates: CaseDates;
  readonly excluded: readonly ExcludedPeriod[];
  readonly statutory: {
    readonly workingDays: number;
    readonly extension?: number;
    readonly handling?: 'single' | 'joint';
  };
  readonly promised?: { readonly workingDays: number };
  readonly lowerReview?: { readonly workingDays: number };
  /** The item's basis and benchmark citations, for the statutory and promised limits. */
  readonly basis: readonly ResolvedCitation[];
  readonly benchmark: ResolvedCitation;
  /** The language of the warnings: zh (default) or en. */
  readonly language?: Language;
}

/** The clocks of one application: deadlines in order, deemed acts, and warnings on the case's dates. */
export interface LicensingClocks {
  readonly acceptance: Acceptance;
  readonly deadlines: Deadline[];
  readonly deemed: DeemedAct[];
  readonly warnings: Warning[];
}

/**
 * Every clock of 行政许可法 the case's dates start:
 * - `correction-notice` (第三十二条第一款第（四）项, from `received`): five working days to ask, once,
 *   for every correction; asked for late or not at all, the application counts as accepted on the
 *   day the materials were received (a `deemed` act `accepted`);
 * - `promised`, `statutory`, `statutory-extended` (第四十二条第一款 or, for `handling: joint`,
 *   第二款), from the acceptance; the extension `requires` the approval and the notice the
 *   paragraph names;
 * - `lower-review` (第四十三条) from the acceptance, when the item has one;
 * - `certificate` (第四十四条), ten working days from `decision`;
 * - `renewal-application` and `renewal-decision` (第五十条), from `expires`; a renewal decided
 *   after the last day of validity, or not at all by then, is deemed granted.
 * Excluded periods (第四十五条) are not counted in any clock of 第四十二条 to 第四十四条.
 *
 * @param input - the item's limits and citations, the case's dates and excluded periods
 * @param calendar - the working-day calendar
 * @returns the deadlines, deemed acts and warnings
 * @throws CailiangError CALENDAR_OUT_OF_RANGE when a clock reaches a year the calendar does not cover
 * @example licensingClocks({ dates: { received: '2026-02-12' }, excluded: [], statutory: { workingDays: 20 }, basis, benchmark }, defaultCalendar)
 */
export function licensingClocks(input: LicensingClockInput, calendar: Calendar): LicensingClocks {
  const { dates, excluded } = input;
  const counting = excluded.length > 0 ? [WORKING_DAYS, NOT_COUNTED] : [WORKING_DAYS];
  const requiresNotice = excluded.length > 0 ? [EXCLUSION_REQUIRES] : [];
  const deadlines: Deadline[] = [];
  const deemed: DeemedAct[] = [];
  const warnings = warningList(input.language);

  const acceptance = acceptanceOf(dates, calendar);
  if (acceptance.notice !== undefined) deadlines.push(acceptance.notice);
  if (acceptance.deemed) {
    deemed.push({ kind: 'accepted', date: dates.received as string, citations: [CORRECTION] });
    if (dates.accepted !== undefined && dates.accepted !== dates.received)
      warnings.add('acceptance-deemed', { received: dates.received as string, accepted: dates.accepted });
  }
  const from = acceptance.date;
  if (from === undefined) {
    warnings.add('not-yet-accepted', { notified: String(dates.correctionNotified) });
  } else {
    const count = (kind: string, workingDays: number, citations: readonly ResolvedCitation[], extra = {}) =>
      deadlines.push({
        kind,
        date: addWorkingDays(from, workingDays, calendar, { excluded }),
        workingDays,
        citations: distinct([...citations, ...counting]),
        ...(requiresNotice.length > 0 ? { requires: requiresNotice } : {}),
        ...extra,
      });
    const handling = input.statutory.handling ?? 'single';
    const paragraph = cite(42, handling === 'joint' ? 2 : 1);
    if (input.promised !== undefined) count('promised', input.promised.workingDays, [input.benchmark]);
    if (input.lowerReview !== undefined) count('lower-review', input.lowerReview.workingDays, [cite(43)]);
    count('statutory', input.statutory.workingDays, [...input.basis, paragraph]);
    const extension = input.statutory.extension ?? 0;
    if (extension > 0)
      count('statutory-extended', input.statutory.workingDays + extension, [...input.basis, paragraph], {
        requires: [...EXTENSION_REQUIRES[handling], ...requiresNotice],
      });
    const last = deadlines[deadlines.length - 1] as Deadline;
    if (dates.decision !== undefined && dates.decision > last.date)
      warnings.add('decision-late', { decision: dates.decision, last: last.date, kind: last.kind });
  }
  if (dates.decision !== undefined)
    deadlines.push({
      kind: 'certificate',
      date: addWorkingDays(dates.decision, CERTIFICATE_DAYS, calendar, { excluded }),
      workingDays: CERTIFICATE_DAYS,
      citations: [CERTIFICATE, ...counting],
    });
  if (dates.expires !== undefined) renewalClocks(dates, dates.expires, { deadlines, deemed, warnings });
  return { acceptance: { date: from, deemed: acceptance.deemed }, deadlines, deemed, warnings: warnings.items };
}

/**
 * 第三十二条第一款第（四）项: without `received`, the case's acceptance. With it, the agency had
 * five working days to ask for corrections; asked in time, the clocks run from the acceptance
 * (once the corrected materials were accepted); otherwise from the receipt — unless the agency
 * accepted within those five days, which is earlier than the law would deem.
 */
function acceptanceOf(
  dates: CaseDates,
  calendar: Calendar,
): { date: string | undefined; deemed: boolean; notice?: Deadline } {
  if (dates.received === undefined) return { date: dates.accepted, deemed: false };
  const noticeDue = addWorkingDays(dates.received, CORRECTION_DAYS, calendar);
  const notice: Deadline = {
    kind: 'correction-notice',
    date: noticeDue,
    workingDays: CORRECTION_DAYS,
    citations: [CORRECTION, WORKING_DAYS],
    deemed: '逾期不告知的，自收到申请材料之日起即为受理',
  };
  const askedInTime = dates.correctionNotified !== undefined && dates.correctionNotified <= noticeDue;
  if (askedInTime) return { date: dates.accepted, deemed: false, notice };
  if (dates.correctionNotified === undefined && dates.accepted !== undefined && dates.accepted <= noticeDue)
    return { date: dates.accepted, deemed: false, notice };
  return { date: dates.received, deemed: true, notice };
}

/**
 * 第五十条: the renewal is applied for by the thirtieth day before the last day of validity
 * (「届满三十日前」: 30 whole days must remain after the day of application), and decided by the
 * last day of validity; decided later, or not at all, it is deemed granted.
 */
function renewalClocks(
  dates: CaseDates,
  expires: string,
  out: { deadlines: Deadline[]; deemed: DeemedAct[]; warnings: WarningList },
): void {
  const applyBy = isoDateOfDay(dayNumber(expires) - RENEWAL_DAYS_BEFORE);
  out.deadlines.push({ kind: 'renewal-application', date: applyBy, citations: [RENEWAL_APPLICATION] });
  out.deadlines.push({
    kind: 'renewal-decision',
    date: expires,
    citations: [RENEWAL_DECISION],
    deemed: '逾期未作决定的，视为准予延续',
  });
  const applied = dates.received ?? dates.accepted;
  if (applied !== undefined && applied > applyBy)
    out.warnings.add('renewal-applied-late', { applied, applyBy, expires });
  if (dates.decision !== undefined && dates.decision > expires)
    out.deemed.push({ kind: 'renewal-granted', date: expires, citations: [RENEWAL_DECISION] });
}

/** The citations without repeats: an item's basis may already cite 第四十二条 itself. */
function distinct(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  return citations.filter((citation, index) => citations.findIndex((other) => other.text === citation.text) === index);
}
