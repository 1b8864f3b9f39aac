import type { ConditionTrace } from '../conditions/types.js';
import type {
  Deadline,
  Decision,
  DeemedAct,
  FineSanction,
  Guide,
  OtherSanction,
  PersonDecision,
  Sanction,
} from '../decide/decision.js';
import { toChineseMultiple } from './chinese-amount.js';
import { computedText } from './computed-text.js';
import { guideEn, guideZh } from './guide-text.js';
import type { Engine } from '../decide/engine.js';
import type { FactDeclaration } from '../facts/types.js';
import { CIRCUMSTANCES, isCircumstance } from '../general-rules/circumstances.js';
import type { RuleSet } from '../ruleset/load.js';
import { choiceText, measureText, referralText } from '../render/measure-text.js';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '../ruleset/sanction-kinds.js';
import type { SanctionKind } from '../ruleset/sanction-kinds.js';
import { ruleSetScope } from '../ruleset/scope.js';
import type { Language } from './condition-text.js';
import { describeCondition, factLabel, formatValue } from './condition-text.js';

/** The reasoning paragraph (裁量说理) of a decision, in Chinese and in English. */
export interface Reasoning {
  readonly decision: Decision;
  readonly zh: string;
  readonly en: string;
}

/**
 * Decides a case and writes the paragraph an officer pastes into the 处罚决定书: the facts as
 * labelled, the provisions violated and applied, the benchmark and its tier with the
 * circumstances that selected it, each mitigation or exemption with its article, and the
 * resulting range. Deterministic: the same case gives the same text.
 *
 * @example explainDecision(engine, kase).zh // '经查，当事人…'
 */
export function explainDecision(engine: Engine, caseInput: unknown): Reasoning {
  const decision = engine.decide(caseInput);
  const ruleSet = engine.ruleSets.find(
    (candidate) => candidate.id === decision.ruleSet.id && candidate.version === decision.ruleSet.version,
  ) as RuleSet;
  return {
    decision,
    zh: reasoningText(decision, ruleSet, caseInput, 'zh'),
    en: reasoningText(decision, ruleSet, caseInput, 'en'),
  };
}

/** The reasoning of a decision already made, given the rule set it was made under and its case. */
export function reasoningText(decision: Decision, ruleSet: RuleSet, caseInput: unknown, language: Language): string {
  const t = language === 'zh' ? ZH : EN;
  const kase = (caseInput ?? {}) as {
    facts?: Record<string, unknown>;
    circumstances?: Record<string, unknown>;
    dates?: Record<string, string>;
  };
  const cites = (role: string) =>
    decision.citations.filter((citation) => citation.role === role).map((citation) => citation.text);
  const parts: string[] = [t.found(decision.item.name, describeFacts(kase, ruleSet, language))];
  if (decision.outcome === 'licensing')
    return [
      t.licensing(decision),
      ...(decision.deemed ?? []).map((act) =>
        t.deemed(
          act.kind,
          act.date,
          act.citations.map((c) => c.text),
        ),
      ),
      ...decision.deadlines.map((d) => t.deadline(d)),
    ].join('');
  if (cites('violates').length > 0) parts.push(t.violates(cites('violates')));
  const benchmark = cites('benchmark')[0] ?? `${ruleSet.document} ${decision.item.code}`;
  switch (decision.outcome) {
    case 'time-barred': {
      const limit = decision.trace.find((entry) => entry.step === 'limitation');
      parts.push(
        t.timeBarred(
          cites('general-rule').join('、'),
          limit?.step === 'limitation' ? limit : undefined,
          kase.dates?.['actEnded'] !== undefined,
        ),
      );
      break;
    }
    case 'no-penalty':
      if (newerPenaltyLaw(decision)) parts.push(t.penaltyLawRevised());
      parts.push(t.noPenalty(decision.exemption?.citations.map((c) => c.text).join('、') ?? ''));
      break;
    case 'correction-ordered':
      parts.push(t.correctionOrdered(decision.orders.map(measureText).join('、'), cites('basis')));
      break;
    case 'referred':
      // The statute gives this agency no sanction here: say so before the referrals below.
      parts.push(t.referredOnly(cites('basis')));
      break;
    case 'penalty': {
      const fine = decision.sanctions.find((s): s is FineSanction => s.kind === 'fine');
      parts.push(t.basis(cites('basis'), fine));
      const version = decision.trace.find((entry) => entry.step === 'version');
      if (
        version?.step === 'version' &&
        version.candidates !== undefined &&
        decision.citations.some((c) => c.text.endsWith('第三十七条'))
      ) {
        parts.push(t.lexMitior(version.selected));
      }
      if (newerPenaltyLaw(decision)) parts.push(t.penaltyLawRevised());
      if (decision.tier !== null)
        parts.push(t.tier(benchmark, decision.tier.label, tierCircumstances(decision, ruleSet, language)));
      // 权重累加 / 每增加1个…: the table's arithmetic, term by term.
      const computed = decision.trace.find((entry) => entry.step === 'computed');
      if (computed?.step === 'computed')
        parts.push(computedText(computed, ruleSet.facts as Readonly<Record<string, FactDeclaration>>, language));
      for (const adjustment of decision.adjustments) {
        if (adjustment.kind === 'table-rule') {
          const articles = adjustment.citations.map((c) => c.text).join('、');
          parts.push(
            t.tableRule(articles, adjustment.label, adjustment.tier?.label, adjustment.range, adjustment.required),
          );
          continue;
        }
        parts.push(
          t.mitigation(
            adjustment.citations.map((c) => c.text).join('、'),
            adjustment.mandatory,
            adjustment.range,
            adjustment.reduced,
          ),
        );
      }
      // 指导基准: what the table recommends and, where a departure holds, why the amount may leave it.
      if (decision.guide !== undefined) parts.push(t.guide(decision.guide));
      if (decision.exemption !== null && !decision.exemption.mandatory) {
        const [general, ...special] = decision.exemption.citations.map((c) => c.text);
        // A special rule's exemption (v2 `overrides`) names the general rule it displaces first.
        if (decision.exemption.retained !== undefined && general !== undefined && special.length > 0)
          parts.push(t.specialRuleOffered(general, special.join('、'), decision.exemption.retained));
        else parts.push(t.exemptionOffered(decision.exemption.citations.map((c) => c.text).join('、')));
      }
      if (decision.concurrence !== undefined)
        parts.push(t.concurrence(decision.concurrence.setAside.map((item) => item.name)));
      parts.push(t.conclusion(decision.sanctions, decision.orders.map(measureText)));
      // 双罚制: each responsible person, with the 款 that provides their sanction.
      for (const person of decision.persons ?? []) parts.push(t.person(person));
      break;
    }
  }
  // Another authority's measure: stated as a referral, never among this agency's penalties.
  for (const referral of decision.referrals ?? [])
    parts.push(
      t.referral(
        referralText(referral),
        referral.citations.map((citation) => citation.text),
      ),
    );
  return parts.join('');
}

/**
 * True when the trace shows that 行政处罚法 was revised between the act and the decision and the
 * revised text, being lighter, was applied (第三十七条).
 */
function newerPenaltyLaw(decision: Decision): boolean {
  const step = decision.trace.find((entry) => entry.step === 'penalty-law');
  return step?.step === 'penalty-law' && step.selected === step.candidates[step.candidates.length - 1];
}

/** The facts of the case as labelled: 货值金额8000元；两年内同类违法次数0… */
function describeFacts(
  kase: { facts?: Record<string, unknown>; circumstances?: Record<string, unknown> },
  ruleSet: RuleSet,
  language: Language,
): string[] {
  const facts = ruleSet.facts as Readonly<Record<string, FactDeclaration>>;
  const lines: string[] = [];
  for (const [name, value] of Object.entries(kase.facts ?? {})) {
    const fact = Object.hasOwn(facts, name) ? facts[name] : undefined;
    if (fact === undefined) continue;
    const shown =
      fact.type === 'money'
        ? language === 'zh'
          ? `${String(value)}元`
          : `${String(value)} yuan`
        : formatValue(value, fact, language);
    lines.push(language === 'zh' ? `${fact.label}：${shown}` : `${factLabel(name, fact)}: ${shown}`);
  }
  for (const [name, value] of Object.entries(kase.circumstances ?? {})) {
    if (!isCircumstance(name) || value === null || value === undefined) continue;
    const fact = CIRCUMSTANCES[name] as FactDeclaration;
    lines.push(
      language === 'zh'
        ? `${fact.label}：${formatValue(value, fact, 'zh')}`
        : `${factLabel(name, fact)}: ${String(value)}`,
    );
  }
  return lines;
}

/** The circumstances that selected the tier: the comparisons that held in its condition. */
function tierCircumstances(decision: Decision, ruleSet: RuleSet, language: Language): string[] {
  const selected = decision.trace.find((entry) => entry.step === 'tier' && entry.selected);
  if (selected?.step !== 'tier' || selected.condition === null) return [];
  const scope = ruleSetScope(ruleSet.facts as Readonly<Record<string, FactDeclaration>>);
  return heldLeaves(selected.condition).map((leaf) =>
    describeCondition({ fact: leaf.fact, operator: leaf.operator, value: leaf.value }, scope, language),
  );
}

type Leaf = Extract<ConditionTrace, { fact: string }>;

function heldLeaves(trace: ConditionTrace): Leaf[] {
  if ('fact' in trace) return trace.result ? [trace] : [];
  if ('not' in trace) return [];
  const children = 'all' in trace ? trace.all : trace.any;
  return trace.result ? children.flatMap(heldLeaves) : [];
}

/**
 * A fine priced per unit, worked out for the reader: 「（12.5平方米，每平方米1000元）」 — the quantity
 * and the rate the range multiplies (第十八条第三款 「按照占地面积处每平方米一千元罚款」).
 */
function perUnitZh(fine: FineSanction): string {
  const multiple = fine.multiple;
  if (multiple?.unit === undefined) return '';
  const rate = multiple.min === multiple.max ? `${multiple.min}元` : `${multiple.min}元至${multiple.max}元`;
  return `（${multiple.base}${multiple.unit}，每${multiple.unit}${rate}）`;
}

function perUnitEn(fine: FineSanction): string {
  const multiple = fine.multiple;
  if (multiple?.unit === undefined) return '';
  const rate = multiple.min === multiple.max ? multiple.min : `${multiple.min} to ${multiple.max}`;
  return ` (${multiple.base} ${multiple.unit} at ${rate} yuan per ${multiple.unit})`;
}

const sanctionZh = (sanction: Sanction): string => {
  if (sanction.kind === 'fine')
    return `${sanction.optional === true ? '可以' : ''}${(sanction.alternatives ?? []).map((entry) => `${entry.text ?? SANCTION_LABELS[entry.kind]}或者`).join('')}罚款${sanction.min}元至${sanction.max}元${perUnitZh(sanction)}`;
  const other = sanction as OtherSanction;
  const amount = other.amount === undefined ? '' : `${other.amount}元`;
  const range =
    other.range === undefined
      ? ''
      : `${other.range.min}至${other.range.max}${other.unit === undefined ? '' : SANCTION_UNIT_LABELS[other.unit]}`;
  const requires = other.requires === undefined ? '' : `${other.requires}，`;
  const words = choiceText(other.text ?? SANCTION_LABELS[other.kind], other.alternatives, other.choiceText);
  return `${requires}${other.optional === true ? '可以' : ''}${words}${amount}${range}`;
};

const sanctionEn = (sanction: Sanction): string => {
  if (sanction.kind === 'fine')
    return `a fine of ${sanction.min} to ${sanction.max} yuan${perUnitEn(sanction)}${sanction.optional === true ? ' (optional)' : ''}`;
  const other = sanction as OtherSanction;
  const amount = other.amount === undefined ? '' : ` of ${other.amount} yuan`;
  const range = other.range === undefined ? '' : ` of ${other.range.min} to ${other.range.max} ${other.unit ?? ''}s`;
  const choice =
    other.alternatives === undefined
      ? ''
      : ` or ${other.alternatives.map((entry) => ('kind' in entry ? entry.kind : entry.measure)).join(' or ')}`;
  const requires = other.requires === undefined ? '' : ` (requires: ${other.requires})`;
  return `${other.kind}${other.text === undefined ? '' : ` (${other.text})`}${choice}${amount}${range}${requires}${other.optional === true ? ' (optional)' : ''}`;
};

interface Phrases {
  found(name: string, facts: string[]): string;
  violates(provisions: string[]): string;
  basis(provisions: string[], fine: FineSanction | undefined): string;
  lexMitior(version: string): string;
  penaltyLawRevised(): string;
  tier(benchmark: string, label: string, held: string[]): string;
  mitigation(
    articles: string,
    mandatory: boolean,
    range?: { min: string; max: string },
    reduced?: { min: string; max: string },
  ): string;
  /**
   * A rule of the whole table (适用规则): the tier it moved the case to, the fine range it left, or
   * the sanctions it made required (可以并处 → 应当并处).
   */
  tableRule(
    articles: string,
    label: string,
    tier?: string,
    range?: { min: string; max: string },
    required?: readonly SanctionKind[],
  ): string;
  /** The guiding amount (指导基准) and the departures that hold. */
  guide(guide: Guide): string;
  exemptionOffered(articles: string): string;
  specialRuleOffered(general: string, special: string, retained: readonly Sanction[]): string;
  concurrence(setAside: string[]): string;
  conclusion(sanctions: readonly Sanction[], orders: string[]): string;
  person(person: PersonDecision): string;
  noPenalty(articles: string): string;
  timeBarred(
    articles: string,
    limit: { years: number; from: string; until: string; discovered: string } | undefined,
    continuing: boolean,
  ): string;
  correctionOrdered(orders: string, basis: string[]): string;
  referral(text: string, basis: string[]): string;
  /** An item that gives this agency no sanction of its own (outcome `referred`). */
  referredOnly(basis: string[]): string;
  licensing(decision: Decision): string;
  /** One clock: its name, last day, working days, the provisions, and what the law requires or deems. */
  deadline(deadline: Deadline): string;
  /** An act the law deems done (视为受理, 视为准予延续). */
  deemed(kind: DeemedAct['kind'], date: string, articles: readonly string[]): string;
}

const ZH: Phrases = {
  found: (name, facts) =>
    `经查，当事人存在“${name}”的行为${facts.length > 0 ? `，认定事实如下：${facts.join('；')}` : ''}。`,
  violates: (provisions) => `上述行为违反了${provisions.join('、')}的规定。`,
  basis: (provisions, fine) =>
    `依据${provisions.join('、')}${fine === undefined ? '' : `，本案法定罚款幅度为${fine.statutory.min}元至${fine.statutory.max === undefined ? '' : `${fine.statutory.max}元`}${fine.statutory.max === undefined ? '以上' : ''}`}。`,
  lexMitior: (version) =>
    `作出处罚决定时裁量基准已修订，修订后的规定（${version}）处罚较轻，依据《中华人民共和国行政处罚法》第三十七条适用修订后的规定。`,
  penaltyLawRevised: () =>
    '作出处罚决定时《中华人民共和国行政处罚法》已修订，修订后的规定处罚较轻，依据《中华人民共和国行政处罚法》第三十七条适用修订后的规定。',
  tier: (benchmark, label, held) =>
    `根据${benchmark}，本案${held.length > 0 ? `具有“${held.join('”“')}”情形，` : '不具有其他裁量阶次所列情形，'}适用“${label}”裁量阶次。`,
  mitigation: (articles, mandatory, range, reduced) =>
    `当事人具有${articles}规定的情形，${mandatory ? '应当' : '可以'}从轻或者减轻行政处罚${range === undefined ? '' : `：从轻处罚的罚款幅度为${range.min}元至${range.max}元`}${reduced === undefined ? '' : `，减轻处罚的罚款幅度为${reduced.min}元至${reduced.max}元`}。`,
  tableRule: (articles, label, tier, range, required) =>
    `依据${articles}（${label}），${tier === undefined ? '' : `裁量阶次调整为“${tier}”`}${range === undefined ? '' : `罚款幅度确定为${range.min === range.max ? `${range.min}元` : `${range.min}元至${range.max}元`}`}${required === undefined ? '' : `应当依法予以${required.map((kind) => SANCTION_LABELS[kind]).join('或')}（不再是可以并处）`}。`,
  guide: guideZh,
  exemptionOffered: (articles) => `当事人符合${articles}规定的情形，可以不予行政处罚，应结合案情决定并说明理由。`,
  specialRuleOffered: (general, special, retained) =>
    `${general}规定“法律、行政法规另有规定的，从其规定”；当事人符合${special}规定的情形，依照其规定可以免予处罚${retained.length > 0 ? `，但应当${retained.map(sanctionZh).join('、')}` : ''}，应结合案情决定并说明理由。`,
  concurrence: (setAside) =>
    `当事人的同一违法行为同时违反“${setAside.join('”“')}”的规定，依据《中华人民共和国行政处罚法》第二十九条，按照罚款数额高的规定处罚。`,
  conclusion: (sanctions, orders) =>
    `综上，${orders.length > 0 ? `${orders.join('、')}，并` : ''}拟给予以下行政处罚：${sanctions.map(sanctionZh).join('；')}。`,
  person: (person) =>
    person.sanctions
      .map(
        (fine) =>
          `依据${person.citations.map((c) => c.text).join('、')}，对${person.text}${person.name}${fine.optional === true ? '可以' : ''}处${fine.min}元至${fine.max}元罚款${fine.multiple === undefined ? '' : `（${fine.multiple.base}元的${toChineseMultiple(fine.multiple.max)}以下）`}。`,
      )
      .join(''),
  noPenalty: (articles) => `依据${articles}，不予行政处罚。`,
  timeBarred: (articles, limit, continuing) =>
    `该违法行为${limit === undefined ? '' : `${continuing ? '终了' : '发生'}于${limit.from}，至${limit.discovered}被发现，`}已超过${articles}规定的${limit?.years === 5 ? '五' : '二'}年期限，不再给予行政处罚。`,
  correctionOrdered: (orders, basis) => `依据${basis.join('、')}，${orders}；当事人逾期不改正的，依法给予行政处罚。`,
  referral: (text, basis) => `依据${basis.join('、')}，${text}（非本机关的行政处罚）。`,
  referredOnly: (basis) => `${basis.join('、')}未规定由本机关给予的行政处罚，本机关不予处罚，依法移送。`,
  licensing: (decision) =>
    `该申请事项为“${decision.item.name}”，依据${decision.citations
      .filter((c) => c.role === 'basis')
      .map((c) => c.text)
      .join('、')}办理。`,
  deadline: (d) =>
    `${DEADLINE_ZH[d.kind] ?? d.kind}${d.workingDays === undefined ? '' : `（${d.workingDays}个工作日）`}为${d.date}${articlesOf(d, '，依据', '、')}${d.requires === undefined ? '' : `；须${d.requires.join('，并')}`}${d.deemed === undefined ? '' : `；${d.deemed}`}。`,
  deemed: (kind, date, articles) =>
    kind === 'accepted'
      ? `行政机关未在法定期限内一次告知申请人需要补正的全部内容，依据${articles.join('、')}，自收到申请材料之日（${date}）起即为受理。`
      : `行政机关未在行政许可有效期届满（${date}）前作出是否准予延续的决定，依据${articles.join('、')}，视为准予延续。`,
};

const EN: Phrases = {
  found: (name, facts) =>
    `The party committed the act "${name}"${facts.length > 0 ? `; facts established: ${facts.join('; ')}` : ''}. `,
  violates: (provisions) => `This violates ${provisions.join(', ')}. `,
  basis: (provisions, fine) =>
    `Under ${provisions.join(', ')}${fine === undefined ? '' : `, the statutory fine range is ${fine.statutory.min} to ${fine.statutory.max ?? 'no maximum'} yuan`}. `,
  lexMitior: (version) =>
    `The benchmark was revised before the decision and the revised version (${version}) is lighter, so it applies (Administrative Penalty Law, Article 37). `,
  penaltyLawRevised: () =>
    'The Administrative Penalty Law was revised before the decision and the revised text is lighter, so its general rules apply (Administrative Penalty Law, Article 37). ',
  tier: (benchmark, label, held) =>
    `Under ${benchmark}, ${held.length > 0 ? `the case shows: ${held.join('; ')}; ` : 'the case shows none of the circumstances of the other tiers; '}the tier "${label}" applies. `,
  mitigation: (articles, mandatory, range, reduced) =>
    `The party meets ${articles}: the penalty ${mandatory ? 'shall' : 'may'} be lighter or mitigated${range === undefined ? '' : ` (lighter: ${range.min} to ${range.max} yuan`}${reduced === undefined ? '' : `; mitigated: ${reduced.min} to ${reduced.max} yuan`}${range === undefined ? '' : ')'}. `,
  tableRule: (articles, label, tier, range, required) =>
    `Under ${articles} (${label}), ${tier === undefined ? '' : `the case moves to the tier "${tier}"`}${range === undefined ? '' : `the fine range becomes ${range.min === range.max ? `${range.min} yuan` : `${range.min} to ${range.max} yuan`}`}${required === undefined ? '' : `${required.join(' or ')} shall be imposed (no longer optional)`}. `,
  guide: guideEn,
  exemptionOffered: (articles) =>
    `The party meets ${articles}: the agency may decide not to penalise, stating its reasons. `,
  specialRuleOffered: (general, special, retained) =>
    `${general} yields to a special rule of law; the party meets ${special}, under which the agency may exempt the party from the penalty${retained.length > 0 ? `, but shall still impose: ${retained.map(sanctionEn).join('; ')}` : ''}, stating its reasons. `,
  concurrence: (setAside) =>
    `The same act also breaches ${setAside.map((name) => `"${name}"`).join(', ')}; under Article 29 it is fined once, under the norm with the higher fine. `,
  conclusion: (sanctions, orders) =>
    `Therefore${orders.length > 0 ? ` the party is ordered to correct (${orders.join(', ')}) and` : ''} the proposed penalty is: ${sanctions.map(sanctionEn).join('; ')}.`,
  person: (person) =>
    person.sanctions
      .map(
        (fine) =>
          ` Under ${person.citations.map((c) => c.text).join(', ')}, the responsible person ${person.name} ${fine.optional === true ? 'may be' : 'is'} fined ${fine.min} to ${fine.max} yuan${fine.multiple === undefined ? '' : ` (up to ${fine.multiple.max} × ${fine.multiple.base} yuan)`}.`,
      )
      .join(''),
  noPenalty: (articles) => `Under ${articles}, no administrative penalty is given.`,
  timeBarred: (articles, limit, continuing) =>
    `${limit === undefined ? 'The act' : `The act, ${continuing ? 'which ended' : 'committed'} on ${limit.from},`} was discovered ${limit === undefined ? 'after' : `on ${limit.discovered}, after`} the ${limit?.years ?? 2}-year period of ${articles}; no administrative penalty is given.`,
  correctionOrdered: (orders, basis) =>
    `Under ${basis.join(', ')}: ${orders}; a penalty follows only if the party fails to correct in time.`,
  referral: (text, basis) =>
    ` Under ${basis.join(', ')}, referred to another authority (not this agency's penalty): ${text}.`,
  referredOnly: (basis) => `${basis.join(', ')} gives this agency no penalty to impose; the case is referred.`,
  licensing: (decision) =>
    `The application concerns "${decision.item.name}", handled under ${decision.citations
      .filter((c) => c.role === 'basis')
      .map((c) => c.text)
      .join(', ')}. `,
  deadline: (d) =>
    `The ${d.kind} time limit${d.workingDays === undefined ? '' : ` (${d.workingDays} working days)`} ends on ${d.date}${articlesOf(d, ', under ', ', ')}${d.requires === undefined ? '' : `; it requires: ${d.requires.join('; ')}`}${d.deemed === undefined ? '' : `; if it passes: ${d.deemed}`}. `,
  deemed: (kind, date, articles) =>
    kind === 'accepted'
      ? `No correction was asked for in time, so under ${articles.join(', ')} the application counts as accepted on the day its materials were received (${date}). `
      : `No renewal decision was made before the licence expired (${date}), so under ${articles.join(', ')} the renewal is deemed granted. `,
};

/** The clocks of a licensing decision by name (行政许可法 第三十二条 to 第五十条). */
const DEADLINE_ZH: Readonly<Record<string, string>> = {
  'correction-notice': '一次告知补正的期限',
  promised: '承诺办结期限',
  'lower-review': '下级行政机关审查期限',
  statutory: '法定办结期限',
  'statutory-extended': '延长后的法定办结期限',
  certificate: '颁发、送达行政许可证件的期限',
  'renewal-application': '申请延续的最后一日',
  'renewal-decision': '作出是否准予延续决定的期限',
};

/**
 * The provisions a clock rests on, after `lead`, or nothing when it cites none. The item's own
 * basis is left out: the opening sentence cites it once for every clock.
 */
function articlesOf(deadline: Deadline, lead: string, separator: string): string {
  const texts = (deadline.citations ?? []).filter((c) => c.role !== 'basis').map((citation) => citation.text);
  return texts.length === 0 ? '' : `${lead}${texts.join(separator)}`;
}
