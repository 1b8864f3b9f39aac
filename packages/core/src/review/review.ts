import { generalRuleCitation, penaltyLaw } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { Decision, FineSanction, MitigationAdjustment, OtherSanction, Sanction } from '../decide/decision.js';
import type { Engine } from '../decide/engine.js';
import type { Decimal } from '../money/decimal.js';
import { decimalOf } from '../money/decimal-memo.js';
import type { ReviewFinding, ReviewVerdict } from './findings.js';
import { verdictOf } from './findings.js';
import { readImposed } from './imposed.js';
import { checkMeasures, cumulatedAlternatives, kindsOf, referralNote, satisfied } from './measures.js';
import type { Imposed } from './imposed.js';
import { checkPersons } from './persons.js';
import { reviewMessage } from './messages.js';
import { SANCTION_LABELS } from '../ruleset/sanction-kinds.js';
import { choiceText } from '../render/measure-text.js';
import type { ReviewMessageParams, Say } from './messages.js';
import type { Language } from '../explain/condition-text.js';

/** Options of a review. */
export interface ReviewOptions {
  /** The language of the findings' messages: zh (default) or en. Codes are the same in both. */
  readonly language?: Language;
}

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
 * @param options - `language`: the messages in zh (default) or en
 * @returns the verdict, the findings (stable codes, messages in the language asked for) and the decision
 * @throws CailiangError INVALID_CASE / INVALID_IMPOSED for malformed input, and anything `decide` throws
 * @example review(engine, kase, { sanctions: [{ kind: 'fine', amount: '90000' }], reasons: '' }).verdict // 'warn'
 */
export function review(
  engine: Engine,
  caseInput: unknown,
  imposedInput: unknown,
  options: ReviewOptions = {},
): ReviewResult {
  return reviewImposed(engine, caseInput, readImposed(imposedInput), options);
}

/**
 * {@link review} of what was imposed, already read by {@link readImposed}: for callers that read
 * it themselves (the evaluation counts it too), so that it is not read twice per record.
 *
 * @param engine - the engine holding the benchmark
 * @param caseInput - the case as `decide` takes it
 * @param imposed - from `readImposed`
 * @param options - `language`: the messages in zh (default) or en
 * @returns as {@link review}
 * @throws CailiangError INVALID_CASE for a malformed case, and anything `decide` throws
 * @example reviewImposed(engine, kase, readImposed({ sanctions: [], reasons: '' })).verdict
 */
export function reviewImposed(
  engine: Engine,
  caseInput: unknown,
  imposed: Imposed,
  options: ReviewOptions = {},
): ReviewResult {
  const say = (code: ReviewFinding['code'], params: ReviewMessageParams = {}) =>
    reviewMessage(code, params, options.language ?? 'zh');
  const kase = withImposedDates(caseInput, imposed);
  const decision = engine.decide(kase);
  const party = (caseInput as { party?: { kind?: string } }).party?.kind;
  const thresholds = engine.ruleSets.find(
    (ruleSet) => ruleSet.id === decision.ruleSet.id && ruleSet.version === decision.ruleSet.version,
  )?.policy?.hearingThresholds;
  const findings = [
    ...checkOutcome(decision, imposed, say),
    ...(decision.outcome === 'penalty' ? checkPenalty(decision, imposed, say) : []),
    ...checkMeasures(decision, imposed, say),
    ...checkPersons(decision, imposed, say),
    ...checkHearing(imposed, party, thresholds, say),
    ...checkDecisionDate(decision, decisionDateOf(kase), say),
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

function checkOutcome(decision: Decision, imposed: Imposed, say: Say): ReviewFinding[] {
  if (imposed.sanctions.length === 0 || decision.outcome === 'penalty' || decision.outcome === 'licensing') return [];
  if (decision.outcome === 'time-barred') {
    return [
      {
        code: 'time-barred',
        severity: 'error',
        message: say('time-barred'),
        citations: decision.citations.filter((c) => c.role === 'general-rule'),
      },
    ];
  }
  if (decision.outcome === 'referred') {
    // The statute gives this agency nothing to impose here: any sanction it imposed is not the law's.
    return [
      {
        code: 'referred-item-penalised',
        severity: 'error',
        message: say('referred-item-penalised'),
        citations: decision.citations.filter((c) => c.role === 'basis'),
      },
    ];
  }
  if (decision.outcome === 'correction-ordered') {
    return [
      {
        code: 'precondition-not-met',
        severity: 'error',
        message: say('precondition-not-met'),
        citations: [...decision.citations.filter((c) => c.role === 'basis')],
      },
    ];
  }
  return [
    {
      code: 'penalty-despite-exemption',
      severity: 'error',
      message: say('penalty-despite-exemption', { exemption: decision.exemption?.id ?? 'exemption' }),
      citations: decision.exemption?.citations ?? [],
    },
  ];
}

function checkPenalty(decision: Decision, imposed: Imposed, say: Say): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const basis = decision.citations.filter((citation) => citation.role === 'basis' || citation.role === 'benchmark');
  const fines = imposed.sanctions.filter((sanction) => sanction.kind === 'fine');
  if (fines.length > 1) {
    findings.push({
      code: 'double-fine',
      severity: 'error',
      message: say('double-fine', { count: fines.length }),
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
      message: say('exemption-not-considered', { exemption: decision.exemption.id }),
      citations: decision.exemption.citations,
    });
  }
  if (exempted) {
    for (const kept of retained) {
      if (imposed.sanctions.some((own) => own.kind === kept.kind)) continue;
      findings.push({
        code: 'retained-sanction-missing',
        severity: 'error',
        message: say('retained-sanction-missing', {
          exemption: decision.exemption?.id ?? '',
          kind: kept.kind,
          ...(kept.text === undefined ? {} : { text: kept.text }),
        }),
        citations: decision.exemption?.citations ?? [],
      });
    }
    return findings;
  }

  const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
  const imposedFine = fines[0];
  if (fine !== undefined && imposedFine?.amount !== undefined)
    findings.push(...checkFine(fine, decimalOf(imposedFine.amount), decision, imposed, basis, say));
  for (const sanction of decision.sanctions) {
    const required = sanction.optional !== true;
    if (required && !satisfied(sanction, imposed)) {
      findings.push({
        code: 'missing-mandatory-sanction',
        severity: 'error',
        message: say('missing-mandatory-sanction', {
          kind: sanction.kind,
          ...choiceWords(sanction),
        }),
        // A sanction the table made required (应当依法予以拘留) cites the table's article too.
        citations: [...basis, ...requiredBy(decision, sanction.kind)],
      });
    }
    if (sanction.kind !== 'fine' && sanction.amount !== undefined) {
      const own = imposed.sanctions.find((candidate) => candidate.kind === sanction.kind);
      if (own?.amount !== undefined && !decimalOf(own.amount).equals(decimalOf(sanction.amount))) {
        findings.push({
          code: 'sanction-amount-differs',
          severity: 'warning',
          message: say('sanction-amount-differs', {
            kind: sanction.kind,
            imposedAmount: own.amount,
            expectedAmount: sanction.amount,
          }),
          citations: basis,
        });
      }
    }
  }
  for (const own of imposed.sanctions) {
    if (own.kind !== 'fine' && !decision.sanctions.some((sanction) => kindsOf(sanction).includes(own.kind))) {
      findings.push({
        code: 'sanction-not-authorised',
        severity: 'error',
        message: say('sanction-not-authorised', {
          kind: own.kind,
          ...(referralNote(decision) === '' ? {} : { referrals: referralNote(decision) }),
        }),
        citations: basis,
      });
    }
  }
  findings.push(...cumulatedAlternatives(decision, imposed, basis, say));
  findings.push(...checkGuide(decision, imposed, say));
  return findings;
}

/**
 * v2 指导基准: each guided amount imposed against the range the guide and the departures that hold
 * permit. Only inside the decided range: outside it, fine-outside-tier or fine-outside-statutory
 * already says more.
 */
function checkGuide(decision: Decision, imposed: Imposed, say: Say): ReviewFinding[] {
  if (decision.outcome !== 'penalty' || decision.guide === undefined) return [];
  const { guide } = decision;
  const findings: ReviewFinding[] = [];
  for (const amount of guide.amounts) {
    const own = imposed.sanctions.find((sanction) => sanction.kind === amount.kind);
    const value = amount.kind === 'fine' ? own?.amount : own?.quantity;
    const decided = decision.sanctions.find((sanction) => sanction.kind === amount.kind);
    const range = decided?.kind === 'fine' ? decided : (decided as OtherSanction | undefined)?.range;
    if (value === undefined || range === undefined) continue;
    const imposedValue = decimalOf(value);
    if (imposedValue.lessThan(decimalOf(range.min)) || imposedValue.greaterThan(decimalOf(range.max))) continue;
    if (
      !imposedValue.lessThan(decimalOf(amount.permitted.min)) &&
      !imposedValue.greaterThan(decimalOf(amount.permitted.max))
    )
      continue;
    findings.push({
      code: 'departs-from-guide',
      severity: 'warning',
      message: say('departs-from-guide', {
        guide: {
          label: guide.label,
          kind: amount.kind,
          ...(amount.unit === undefined ? {} : { unit: amount.unit }),
          amount: imposedValue.toFixed(),
          recommended: amount.recommended,
          min: amount.permitted.min,
          max: amount.permitted.max,
        },
        reasons: imposed.reasons.trim() !== '',
      }),
      citations: guide.citations,
    });
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
  say: Say,
): ReviewFinding[] {
  const min = decimalOf(fine.statutory.min);
  const max = fine.statutory.max === undefined ? undefined : decimalOf(fine.statutory.max);
  // Built only for a finding: most fines are within the tier, and need no message.
  const shown = () => ({
    amount: amount.toFixed(),
    statutoryMin: fine.statutory.min,
    ...(fine.statutory.max === undefined ? {} : { statutoryMax: fine.statutory.max }),
    tierMin: fine.min,
    tierMax: fine.max,
  });
  if (max !== undefined && amount.greaterThan(max)) {
    return [
      {
        code: 'fine-outside-statutory',
        severity: 'error',
        message: say('fine-outside-statutory', { fine: shown() }),
        citations: basis,
      },
    ];
  }
  if (amount.lessThan(min)) {
    const reduced = decision.adjustments.find(
      (adjustment): adjustment is MitigationAdjustment =>
        adjustment.kind === 'mitigation' && adjustment.reduced !== undefined,
    );
    if (reduced === undefined) {
      return [
        {
          code: 'reduced-without-ground',
          severity: 'error',
          message: say('reduced-without-ground', { fine: shown() }),
          citations: [...basis, apl(32)],
        },
      ];
    }
    if (amount.lessThan(reduced.reduced?.min ?? 0)) {
      return [
        {
          code: 'fine-outside-statutory',
          severity: 'error',
          message: say('fine-outside-statutory', { fine: shown(), floor: reduced.reduced?.min ?? '0' }),
          citations: [...basis, ...reduced.citations],
        },
      ];
    }
    return [];
  }
  if (amount.lessThan(decimalOf(fine.min)) || amount.greaterThan(decimalOf(fine.max))) {
    return [
      {
        code: 'fine-outside-tier',
        severity: 'warning',
        message: say('fine-outside-tier', { fine: shown(), reasons: imposed.reasons.trim() !== '' }),
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
  say: Say,
): ReviewFinding[] {
  if (imposed.hearingOffered === true) return [];
  const reasons: { item: number; why: { kind: string; amount?: string; threshold?: string } }[] = [];
  for (const sanction of imposed.sanctions) {
    const item = HEARING_KINDS[sanction.kind as OtherSanction['kind']];
    if (item !== undefined) reasons.push({ item, why: { kind: sanction.kind } });
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
            message: say('hearing-threshold-unknown', party === undefined ? {} : { party }),
            citations: [apl(63, 1, 1)],
          },
        ];
      }
    } else {
      for (const sanction of amounts) {
        if (decimalOf(sanction.amount as string).greaterThanOrEqualTo(decimalOf(threshold)))
          reasons.push({
            item: sanction.kind === 'fine' ? 1 : 2,
            why: { kind: sanction.kind, amount: sanction.amount as string, threshold },
          });
      }
    }
  }
  if (reasons.length === 0) return [];
  return [
    {
      code: 'hearing-not-offered',
      severity: 'error',
      message: say('hearing-not-offered', { hearing: reasons.map((reason) => reason.why) }),
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
function checkDecisionDate(decision: Decision, decided: string | undefined, say: Say): ReviewFinding[] {
  const due = decision.deadlines.find((deadline) => deadline.kind === 'decision-due');
  if (due === undefined || decided === undefined || decided <= due.date) return [];
  return [
    {
      code: 'decision-late',
      severity: 'error',
      message: say('decision-late', { decided, due: due.date }),
      citations: [apl(60)],
    },
  ];
}

/**
 * The statute's words for a required sanction, and for a statutory choice all its members
 * (「责令停业或者责令关闭」), so the finding names what would have satisfied it.
 */
function choiceWords(sanction: Decision['sanctions'][number]): { text?: string } {
  if (sanction.alternatives === undefined)
    return sanction.kind !== 'fine' && sanction.text !== undefined ? { text: sanction.text } : {};
  const own = (sanction.kind === 'fine' ? undefined : sanction.text) ?? SANCTION_LABELS[sanction.kind];
  return { text: choiceText(own, sanction.alternatives, sanction.kind === 'fine' ? undefined : sanction.choiceText) };
}

/**
 * The articles of the table rules that made a 可以并处 sanction of this kind required for the case
 * (v2 `tableRules[].require`); empty when the statute itself requires it.
 */
function requiredBy(decision: Decision, kind: Sanction['kind']): readonly ResolvedCitation[] {
  return decision.adjustments.flatMap((adjustment) =>
    adjustment.kind === 'table-rule' && adjustment.required?.includes(kind) === true ? adjustment.citations : [],
  );
}
