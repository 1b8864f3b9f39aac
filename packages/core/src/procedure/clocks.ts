import { addCalendarPeriod } from '../calendar/calendar-period.js';
import type { Calendar } from '../calendar/types.js';
import { addWorkingDays, nextWorkingDay } from '../calendar/working-days.js';
import { generalRuleCitation, penaltyLaw, penaltyLaw2017 } from '../citation/general-laws.js';
import type { CaseDates, ExcludedPeriod, Payment } from '../case/types.js';
import type { Deadline, PaymentDeadline } from '../decide/decision.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import { lateSurcharge } from './surcharge.js';

const cite = (article: number, paragraph?: number, item?: number) =>
  generalRuleCitation(penaltyLaw(article, paragraph, item));

/** The provisions behind each clock, formatted once and shared (frozen) by every decision. */
const DECISION_DUE = Object.freeze([cite(60)]);
const HEARING_REQUEST = Object.freeze([cite(64, undefined, 1), cite(85)]);
const PAYMENT_DUE = cite(67, 3);
const PAYMENT = Object.freeze([PAYMENT_DUE]);
const SURCHARGE = cite(72, 1, 1);
const SUSPENDED = cite(73, 3);

/**
 * The 2017 text's clocks, for a step taken before 2021-07-15: procedure follows the law in force
 * when the step is taken (程序从新), so a case opened, notified or served then runs on these.
 * 第四十二条第一款第（一）项 「当事人要求听证的，应当在行政机关告知后三日内提出」 — three days, not working days
 * (the 2017 text has no 第八十五条); 第四十六条第三款 「当事人应当自收到行政处罚决定书之日起十五日内…缴纳罚款」;
 * 第五十一条第（一）项 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款」. It has no 第六十条 (no 90-day limit)
 * and no 第七十三条第三款 (nothing is left out of the surcharge during 复议 or 诉讼).
 */
const cite2017 = (article: number, paragraph?: number, item?: number) =>
  generalRuleCitation(penaltyLaw2017(article, paragraph, item));
const HEARING_REQUEST_2017 = Object.freeze([cite2017(42, 1, 1)]);
const PAYMENT_DUE_2017 = cite2017(46, 3);
const PAYMENT_2017 = Object.freeze([PAYMENT_DUE_2017]);
const SURCHARGE_2017 = cite2017(51, undefined, 1);
/** The first day of the 2021 text (第八十六条). */
const IN_FORCE_2021 = '2021-07-15';

/** What the procedure clocks read from a case. */
export interface ProcedureInput {
  readonly dates: CaseDates;
  readonly excludedPeriods: readonly ExcludedPeriod[];
  readonly payment?: Payment;
  /** Whether the outcome imposes a penalty (hearing and payment clocks run only then). */
  readonly penalty: boolean;
}

/**
 * The statutory clocks of a penalty procedure, for the dates the case gives (行政处罚法):
 * - `decision-due`: 第六十条, within 90 days of opening the case (立案);
 * - `hearing-request`: 第六十四条第（一）项 and 第八十五条, 5 working days after notice (告知);
 * - `payment`: 第六十七条第三款, within 15 days of receiving the decision (送达), with the
 *   late-payment surcharge of 第七十二条 when the case gives the payment.
 * Periods in days start the day after the event (民法典 第二百零一条); one that ends on a day off
 * ends on the next working day (第二百零三条), since each is a deadline for an act. A step taken
 * before 2021-07-15 runs on the 2017 text's clock instead (see HEARING_REQUEST_2017): no
 * `decision-due`, a hearing request within three days, the 2017 articles cited.
 */
export function procedureDeadlines(input: ProcedureInput, calendar: Calendar): Deadline[] {
  const { dates } = input;
  const deadlines: Deadline[] = [];
  if (dates.opened !== undefined && dates.opened >= IN_FORCE_2021) {
    deadlines.push({
      kind: 'decision-due',
      date: nextWorkingDay(addCalendarPeriod(dates.opened, { days: 90 }), calendar),
      citations: DECISION_DUE,
    });
  }
  if (!input.penalty) return deadlines;
  if (dates.notified !== undefined && dates.notified < IN_FORCE_2021) {
    deadlines.push({
      kind: 'hearing-request',
      date: nextWorkingDay(addCalendarPeriod(dates.notified, { days: 3 }), calendar),
      citations: HEARING_REQUEST_2017,
    });
  } else if (dates.notified !== undefined) {
    deadlines.push({
      kind: 'hearing-request',
      date: addWorkingDays(dates.notified, 5, calendar),
      workingDays: 5,
      citations: HEARING_REQUEST,
    });
  }
  if (dates.served !== undefined) {
    const old = dates.served < IN_FORCE_2021;
    const due = nextWorkingDay(addCalendarPeriod(dates.served, { days: 15 }), calendar);
    const payment: UnderConstruction<PaymentDeadline> = {
      kind: 'payment',
      date: due,
      citations: old ? PAYMENT_2017 : PAYMENT,
    };
    if (input.payment !== undefined) {
      const late = lateSurcharge(input.payment, due, old ? [] : input.excludedPeriods);
      payment.paid = input.payment.paid;
      payment.lateDays = late.days;
      payment.surcharge = late.amount;
      if (late.days > 0 && old) payment.citations = [PAYMENT_DUE_2017, SURCHARGE_2017];
      else if (late.days > 0)
        payment.citations = late.excludedDays > 0 ? [PAYMENT_DUE, SURCHARGE, SUSPENDED] : [PAYMENT_DUE, SURCHARGE];
    }
    deadlines.push(payment);
  }
  return deadlines;
}
