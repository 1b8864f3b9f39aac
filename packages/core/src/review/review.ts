import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { Decision, FineSanction, OtherSanction } from '../decide/decision.js';
import type { Engine } from '../decide/engine.js';
import type { Decimal } from '../money/decimal.js';
import { decimalOf } from '../money/decimal-memo.js';
import type { ReviewFinding, ReviewVerdict } from './findings.js';
import { verdictOf } from './findings.js';
import { readImposed } from './imposed.js';
import type { Imposed } from './imposed.js';

/** A provision of 行政处罚法 as findings cite it: formatted once, shared (findings are made for every record of a batch). */
const apl = (article: number, paragraph?: number, item?: number) =>
  generalRuleCitation(penaltyLaw(article, paragraph, item));

/** 第六十三条第一款: the sanctions that give a right to a hearing whatever their amount. */
const HEARING_KINDS: Readonly<Partial<Record<OtherSanction['kind'], number>>> = {
  'lower-qualification': 3,
  'revoke-licence': 3,
  'suspend-business': 4,
  'order-closure': 4,
  'restrict-practice': 4,
};

/** The outcome of a review: the verdict, what was found, and the decision it compared with. */
export interface ReviewResult {
  readonly verdict: ReviewVerdict;
  readonly findings: readonly ReviewFinding[];
  /** What the benchmark decides for the case. */
  readonly decision: Decision;
}

/**
 * Reviews a decision an officer made (法制审核) against the benchmark: decides the case with
 * `engine`, then compares what was imposed — the fine against the statutory range and the tier,
 * mandatory sanctions, exemptions and mitigation grounds, limitation, the hearing right
 * (第六十三条) and the 90-day limit (第六十条). Each finding cites the provision that makes it one.
 *
 * @param engine - the engine holding the benchmark (all its versions)
 * @param caseInput - the case as `decide` takes it; the decision date may come from `imposed.dates`
 * @param imposedInput - `{ sanctions: [{ kind, amount? }], hearingOffered?, dates?, reasons? }`
 * @throws CailiangError INVALID_CASE / INVALID_IMPOSED for malformed input, and anything `decide` throws
 * @example review(engine, kase, { sanctions: [{ kind: 'fine', amount: '90000' }], reasons: '' }).verdict // 'warn'
 */
export function review(engine: Engine, caseInput: unknown, imposedInput: unknown): ReviewResult {
  return reviewImposed(engine, caseInput, readImposed(imposedInput));
}

/**
 * {@link review} of what was imposed, already read by {@link readImposed}: for callers that read
 * it themselves (the evaluation counts it too), so that it is not read twice per record.
 *
 * @param engine - the engine holding the benchmark
 * @param caseInput - the case as `decide` takes it
 * @param imposed - from `readImposed`
 * @throws CailiangError INVALID_CASE for a malformed case, and anything `decide` throws
 * @example reviewImposed(engine, kase, readImposed({ sanctions: [], reasons: '' })).verdict
 */
export function reviewImposed(engine: Engine, caseInput: unknown, imposed: Imposed): ReviewResult {
  const kase = withImposedDates(caseInput, imposed);
  const decision = engine.decide(kase);
  const party = (caseInput as { party?: { kind?: string } }).party?.kind;
  const thresholds = engine.ruleSets.find(
    (ruleSet) => ruleSet.id === decision.ruleSet.id && ruleSet.version === decision.ruleSet.version,
  )?.policy?.hearingThresholds;
  const findings = [
    ...checkOutcome(decision, imposed),
    ...(decision.outcome === 'penalty' ? checkPenalty(decision, imposed) : []),
    ...checkHearing(imposed, party, thresholds),
    ...checkDecisionDate(decision, decisionDateOf(kase)),
  ];
  return { verdict: verdictOf(findings), findings, decision };
}

/** The case with the officer's dates filled in where the case has none (the decision date matters for 第三十七条). */
function withImposedDates(caseInput: unknown, imposed: Imposed): unknown {
  if (typeof caseInput !== 'object' || caseInput === null) return caseInput;
  const record = caseInput as Record<string, unknown>;
  const dates = (typeof record['dates'] === 'object' && record['dates'] !== null ? record['dates'] : {}) as Record<
    string,
    unknown
  >;
  return { ...record, dates: { ...imposed.dates, ...dates } };
}

function checkOutcome(decision: Decision, imposed: Imposed): ReviewFinding[] {
  if (imposed.sanctions.length === 0 || decision.outcome === 'penalty' || decision.outcome === 'licensing') return [];
  if (decision.outcome === 'time-barred') {
    return [
      {
        code: 'time-barred',
        severity: 'error',
        message: 'a penalty was imposed for an act discovered after the limitation period',
        citations: decision.citations.filter((c) => c.role === 'general-rule'),
      },
    ];
  }
  if (decision.outcome === 'correction-ordered') {
    return [
      {
        code: 'precondition-not-met',
        severity: 'error',
        message:
          'a penalty was imposed although the statute penalises only after the order to correct is not complied with (逾期不改正/拒不改正)',
        citations: [...decision.citations.filter((c) => c.role === 'basis')],
      },
    ];
  }
  return [
    {
      code: 'penalty-despite-exemption',
      severity: 'error',
      message: `a penalty was imposed although a mandatory no-penalty ground holds (${decision.exemption?.id ?? 'exemption'})`,
      citations: decision.exemption?.citations ?? [],
    },
  ];
}

function checkPenalty(decision: Decision, imposed: Imposed): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const basis = decision.citations.filter((citation) => citation.role === 'basis' || citation.role === 'benchmark');
  const fines = imposed.sanctions.filter((sanction) => sanction.kind === 'fine');
  if (fines.length > 1) {
    findings.push({
      code: 'double-fine',
      severity: 'error',
      message: `${fines.length} fines were imposed for one act; it may be fined once, under the norm with the higher fine`,
      citations: [apl(29)],
    });
  }
  // A special rule's exemption keeps some sanctions (但应当依法没收…): imposing only those is exempting.
  const retained = decision.exemption?.retained ?? [];
  const penalising = imposed.sanctions.some((own) => !retained.some((kept) => kept.kind === own.kind));
  const exempted =
    !penalising && decision.exemption !== null && !decision.exemption.mandatory && imposed.reasons.trim() !== '';
  if (decision.exemption !== null && !decision.exemption.mandatory && penalising && imposed.reasons.trim() === '') {
    findings.push({
      code: 'exemption-not-considered',
      severity: 'warning',
      message: `the agency may decide not to penalise (${decision.exemption.id}), and the decision gives no reasons for penalising`,
      citations: decision.exemption.citations,
    });
  }
  if (exempted) {
    for (const kept of retained) {
      if (imposed.sanctions.some((own) => own.kind === kept.kind)) continue;
      findings.push({
        code: 'retained-sanction-missing',
        severity: 'error',
        message: `the party was exempted (${decision.exemption?.id}), but ${kept.kind}${kept.text === undefined ? '' : ` (${kept.text})`} stays even then and was not imposed`,
        citations: decision.exemption?.citations ?? [],
      });
    }
    return findings;
  }

  const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
  const imposedFine = fines[0];
  if (fine !== undefined && imposedFine?.amount !== undefined)
    findings.push(...checkFine(fine, decimalOf(imposedFine.amount), decision, imposed, basis));
  for (const sanction of decision.sanctions) {
    const required = sanction.optional !== true;
    if (
      required &&
      (sanction.kind === 'fine' ? fines.length === 0 : !imposed.sanctions.some((own) => own.kind === sanction.kind))
    ) {
      findings.push({
        code: 'missing-mandatory-sanction',
        severity: 'error',
        message: `${sanction.kind}${sanction.kind !== 'fine' && sanction.text !== undefined ? ` (${sanction.text})` : ''} is required (并处) but was not imposed`,
        citations: basis,
      });
    }
    if (sanction.kind !== 'fine' && sanction.amount !== undefined) {
      const own = imposed.sanctions.find((candidate) => candidate.kind === sanction.kind);
      if (own?.amount !== undefined && !decimalOf(own.amount).equals(decimalOf(sanction.amount))) {
        findings.push({
          code: 'sanction-amount-differs',
          severity: 'warning',
          message: `${sanction.kind} of ${own.amount} differs from the amount established, ${sanction.amount}`,
          citations: basis,
        });
      }
    }
  }
  for (const own of imposed.sanctions) {
    if (own.kind !== 'fine' && !decision.sanctions.some((sanction) => sanction.kind === own.kind)) {
      findings.push({
        code: 'sanction-not-authorised',
        severity: 'error',
        message: `${own.kind} is not among the sanctions the statute and the tier authorise for this case`,
        citations: basis,
      });
    }
  }
  return findings;
}

/** The fine against the statutory range (and the 减轻 option), then against the tier. */
function checkFine(
  fine: FineSanction,
  amount: Decimal,
  decision: Decision,
  imposed: Imposed,
  basis: readonly ResolvedCitation[],
): ReviewFinding[] {
  const min = decimalOf(fine.statutory.min);
  const max = fine.statutory.max === undefined ? undefined : decimalOf(fine.statutory.max);
  // Built only for a finding: most fines are within the tier, and need no message.
  const shown = () =>
    `${amount.toFixed()} (statutory ${fine.statutory.min}–${fine.statutory.max ?? '…'}, tier ${fine.min}–${fine.max})`;
  if (max !== undefined && amount.greaterThan(max)) {
    return [
      {
        code: 'fine-outside-statutory',
        severity: 'error',
        message: `the fine ${shown()} is above the statutory maximum`,
        citations: basis,
      },
    ];
  }
  if (amount.lessThan(min)) {
    const reduced = decision.adjustments.find((adjustment) => adjustment.reduced !== undefined);
    if (reduced === undefined) {
      return [
        {
          code: 'reduced-without-ground',
          severity: 'error',
          message: `the fine ${shown()} is below the statutory minimum (减轻) with no mitigation ground`,
          citations: [...basis, apl(32)],
        },
      ];
    }
    if (amount.lessThan(reduced.reduced?.min ?? 0)) {
      return [
        {
          code: 'fine-outside-statutory',
          severity: 'error',
          message: `the fine ${shown()} is below even the 减轻 floor ${reduced.reduced?.min}`,
          citations: [...basis, ...reduced.citations],
        },
      ];
    }
    return [];
  }
  if (amount.lessThan(decimalOf(fine.min)) || amount.greaterThan(decimalOf(fine.max))) {
    const why =
      imposed.reasons.trim() === '' ? 'and the decision gives no reasons' : 'the reasons given must justify it';
    return [
      {
        code: 'fine-outside-tier',
        severity: 'warning',
        message: `the fine ${shown()} is within the statute but outside the benchmark tier; ${why}`,
        citations: basis,
      },
    ];
  }
  return [];
}

/** 第六十三条: fines and confiscations of 较大数额, and the graver sanctions, give a right to a hearing. */
function checkHearing(
  imposed: Imposed,
  party: string | undefined,
  thresholds: { individual?: string; organization?: string } | undefined,
): ReviewFinding[] {
  if (imposed.hearingOffered === true) return [];
  const reasons: { item: number; why: string }[] = [];
  for (const sanction of imposed.sanctions) {
    const item = HEARING_KINDS[sanction.kind as OtherSanction['kind']];
    if (item !== undefined) reasons.push({ item, why: sanction.kind });
  }
  const amounts = imposed.sanctions.filter(
    (sanction) =>
      sanction.amount !== undefined && (sanction.kind === 'fine' || sanction.kind.startsWith('confiscate-')),
  );
  if (amounts.length > 0) {
    const threshold = party === 'individual' || party === 'organization' ? thresholds?.[party] : undefined;
    if (threshold === undefined) {
      if (reasons.length === 0) {
        return [
          {
            code: 'hearing-threshold-unknown',
            severity: 'warning',
            message: `the rule set sets no 较大数额 (policy.hearingThresholds) for ${party ?? 'this party'}, so whether the amounts give a right to a hearing was not checked`,
            citations: [apl(63, 1, 1)],
          },
        ];
      }
    } else {
      for (const sanction of amounts) {
        if (decimalOf(sanction.amount as string).greaterThanOrEqualTo(decimalOf(threshold)))
          reasons.push({
            item: sanction.kind === 'fine' ? 1 : 2,
            why: `${sanction.kind} of ${sanction.amount} (较大数额 from ${threshold})`,
          });
      }
    }
  }
  if (reasons.length === 0) return [];
  return [
    {
      code: 'hearing-not-offered',
      severity: 'error',
      message: `the party had a right to request a hearing (${reasons.map((reason) => reason.why).join(', ')}) and was not told of it`,
      citations: [...new Set(reasons.map((reason) => reason.item))].sort().map((item) => apl(63, 1, item)),
    },
  ];
}

/** 第六十条: the decision within 90 days of opening the case. */
/**
 * The decision date the case was decided with: the case's own `dates.decision`, else the one in
 * `imposed.dates` (as {@link withImposedDates} merged them). 第六十条 is about the day the decision
 * was made, wherever the record states it, so the check must not look at `imposed.dates` alone.
 */
function decisionDateOf(kase: unknown): string | undefined {
  const dates = (kase as { dates?: { decision?: unknown } } | null)?.dates;
  return typeof dates?.decision === 'string' ? dates.decision : undefined;
}

/** 第六十条: 「应当自行政处罚案件立案之日起九十日内作出行政处罚决定」. */
function checkDecisionDate(decision: Decision, decided: string | undefined): ReviewFinding[] {
  const due = decision.deadlines.find((deadline) => deadline.kind === 'decision-due');
  if (due === undefined || decided === undefined || decided <= due.date) return [];
  return [
    {
      code: 'decision-late',
      severity: 'error',
      message: `decided on ${decided}, after the limit of ${due.date} (90 days from opening the case)`,
      citations: [apl(60)],
    },
  ];
}
