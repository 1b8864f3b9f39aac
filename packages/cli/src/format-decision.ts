import type { Decision, Sanction } from '@cailiang/core';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '@cailiang/core';
import { choiceText, measureText, referralText } from '@cailiang/core/render';

const OUTCOMES_ZH: Record<Decision['outcome'], string> = {
  penalty: '给予行政处罚 (penalty)',
  'no-penalty': '不予行政处罚 (no penalty)',
  'time-barred': '超过追责时效，不再给予行政处罚 (time-barred)',
  licensing: '行政许可时限 (licensing)',
  'correction-ordered': '责令改正，暂不处罚 (correction ordered)',
  referred: '本机关不予处罚，依法移送 (referred)',
};

const OUTCOMES_EN: Record<Decision['outcome'], string> = {
  penalty: 'penalty',
  'no-penalty': 'no penalty',
  'time-barred': 'time-barred: past the limitation period, no penalty is given',
  licensing: 'licensing time limits',
  'correction-ordered': 'correction ordered, no penalty for now',
  referred: 'no penalty of this agency: referred to another authority',
};

/**
 * The layout's own words in each language. Only these change with `--lang`: the item's name,
 * the tier's label, the sanctions' words and the citations are the table's and the statute's
 * own text and stay as written (a translation would not be the law).
 */
const WORDS = {
  zh: {
    ruleSet: '裁量基准',
    outcome: '结果',
    outcomes: OUTCOMES_ZH,
    tier: '裁量阶次',
    tableRule: '适用规则',
    tierAdjusted: '裁量阶次调整为',
    madeRequired: '应当依法予以',
    fine: '罚款',
    yuan: '元',
    mitigation: '从轻或者减轻',
    mandatory: '应当',
    optional: '可以',
    reduced: '减轻',
    permitted: '可在',
    departure: '偏离',
    up: '上调',
    down: '下调',
    exempt: { mandatory: '不予处罚', retained: '可以免予处罚', optional: '可以不予处罚' },
    retained: '免予处罚的，仍应',
    deemed: { accepted: '视为受理', 'renewal-granted': '视为准予延续' },
    deadline: '期限',
    workingDays: (days: number) => `${days} 个工作日`,
    requires: '须',
    overdue: '逾期',
    basis: '依据',
    roles: { violates: '违法依据', basis: '处罚依据', benchmark: '裁量基准', 'general-rule': '适用规则' },
    licenceBasis: '许可依据',
    warning: '注意',
    notOurs: '非本机关行政处罚',
  },
  en: {
    ruleSet: 'Rule set',
    outcome: 'Outcome',
    outcomes: OUTCOMES_EN,
    tier: 'Tier',
    tableRule: 'Table rule',
    tierAdjusted: 'tier adjusted to',
    madeRequired: 'required:',
    fine: 'fine',
    yuan: 'yuan',
    mitigation: 'Lighter or reduced penalty',
    mandatory: 'shall',
    optional: 'may',
    reduced: 'reduced',
    permitted: 'permitted',
    departure: 'departure',
    up: 'up',
    down: 'down',
    exempt: { mandatory: 'No penalty', retained: 'May be exempted', optional: 'May be given no penalty' },
    retained: 'if exempted, still',
    deemed: { accepted: 'Deemed accepted', 'renewal-granted': 'Deemed renewed' },
    deadline: 'Deadline',
    workingDays: (days: number) => `${days} working days`,
    requires: 'requires',
    overdue: 'if overdue',
    basis: 'Basis',
    roles: { violates: 'violates', basis: 'penalty basis', benchmark: 'benchmark', 'general-rule': 'general rule' },
    licenceBasis: 'licensing basis',
    warning: 'Warning',
    notOurs: "another authority's measure, not this agency's penalty",
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/**
 * A decision as a terminal shows it: outcome, tier, sanctions, and every citation.
 *
 * @param decision - the decision
 * @param language - the layout's headings: zh (default) or en. The warnings come in the language
 *   the engine was made with; the table's and statute's words stay Chinese in both.
 * @returns the text, ending in a newline
 * @example formatDecisionText(engine.decide(kase), 'en')
 */
export function formatDecisionText(decision: Decision, language: 'zh' | 'en' = 'zh'): string {
  const w: Words = WORDS[language];
  const lines = [
    `${decision.item.code} ${decision.item.name}`,
    `${w.ruleSet} ${decision.ruleSet.id} ${decision.ruleSet.version} (${decision.ruleSet.digest.slice(0, 19)}…)`,
    `${w.outcome} ${w.outcomes[decision.outcome]}`,
  ];
  if (decision.tier !== null) lines.push(`${w.tier} ${decision.tier.label} (${String(decision.tier.level)})`);
  for (const sanction of decision.sanctions) lines.push(`  ${formatSanction(sanction, w)}`);
  for (const order of decision.orders) lines.push(`  ${measureText(order)}`);
  // Another authority's measure, never this agency's penalty: 移送/报请/建议, with its own provision.
  for (const referral of decision.referrals ?? [])
    lines.push(`  ${referralText(referral)} (${referral.citations.map((c) => c.text).join('、')}；${w.notOurs})`);
  for (const adjustment of decision.adjustments) {
    if (adjustment.kind === 'table-rule') {
      // A rule of the table (适用规则): what it did, and the table's article.
      const effect =
        adjustment.tier !== undefined
          ? `${w.tierAdjusted} ${adjustment.tier.label}`
          : adjustment.required !== undefined
            ? `${w.madeRequired} ${adjustment.required.map((kind) => SANCTION_LABELS[kind]).join('、')}`
            : adjustment.range === undefined
              ? ''
              : `${w.fine} ${adjustment.range.min} – ${adjustment.range.max} ${w.yuan}`;
      lines.push(`${w.tableRule} ${adjustment.label} ${adjustment.citations.map((c) => c.text).join('、')}；${effect}`);
      continue;
    }
    const reduced =
      adjustment.reduced === undefined
        ? ''
        : `；${w.reduced} ${adjustment.reduced.min} – ${adjustment.reduced.max} ${w.yuan}`;
    lines.push(
      `${w.mitigation} ${adjustment.mandatory ? w.mandatory : w.optional} ${adjustment.citations.map((c) => c.text).join('、')}${reduced}`,
    );
  }
  // 指导基准: the table's recommended amount, the range the departures that hold permit, and why.
  if (decision.outcome === 'penalty' && decision.guide !== undefined) {
    const { guide } = decision;
    for (const amount of guide.amounts)
      lines.push(
        `${guide.label} ${amount.kind} ${amount.recommended}；${w.permitted} ${amount.permitted.min} – ${amount.permitted.max}${amount.unit === undefined ? ` ${w.yuan}` : ` ${SANCTION_UNIT_LABELS[amount.unit]}`}`,
      );
    for (const ground of guide.grounds)
      lines.push(
        `  ${w.departure} ${ground.direction === 'up' ? w.up : w.down} ${ground.label} ${ground.citations.map((c) => c.text).join('、')}`,
      );
  }
  if (decision.exemption !== null) {
    lines.push(
      `${decision.exemption.mandatory ? w.exempt.mandatory : decision.exemption.retained !== undefined ? w.exempt.retained : w.exempt.optional} (${decision.exemption.id}) ${decision.exemption.citations.map((c) => c.text).join('、')}`,
    );
    // A special rule's exemption keeps some sanctions even when granted (但应当依法没收…).
    for (const retained of decision.exemption.retained ?? [])
      lines.push(`  ${w.retained} ${formatSanction(retained, w)}`);
  }
  if (decision.outcome === 'licensing')
    for (const act of decision.deemed ?? [])
      lines.push(`${w.deemed[act.kind]} ${act.date} ${act.citations.map((c) => c.text).join('、')}`);
  for (const deadline of decision.deadlines) {
    const days = deadline.workingDays === undefined ? '' : ` (${w.workingDays(deadline.workingDays)})`;
    lines.push(`${w.deadline} ${deadline.kind} ${deadline.date}${days}`);
    if (deadline.requires !== undefined) lines.push(`  ${w.requires} ${deadline.requires.join('；')}`);
    if (deadline.deemed !== undefined) lines.push(`  ${w.overdue} ${deadline.deemed}`);
  }
  lines.push(w.basis);
  // A licence rests on 许可依据; 处罚依据 would misname it.
  const roles: Record<string, string> =
    decision.outcome === 'licensing' ? { ...w.roles, basis: w.licenceBasis } : w.roles;
  for (const citation of decision.citations) lines.push(`  ${roles[citation.role] ?? citation.role} ${citation.text}`);
  for (const warning of decision.warnings) lines.push(`${w.warning} [${warning.code}] ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

function formatSanction(sanction: Sanction, w: Words): string {
  if (sanction.kind === 'fine') {
    const statutory =
      sanction.statutory.max === undefined
        ? w === WORDS.zh
          ? `${sanction.statutory.min} 元以上`
          : `at least ${sanction.statutory.min} yuan`
        : `${sanction.statutory.min} – ${sanction.statutory.max} ${w.yuan}`;
    const choice = (sanction.alternatives ?? [])
      .map((entry) => `${entry.text ?? SANCTION_LABELS[entry.kind]}或者`)
      .join('');
    if (w === WORDS.zh)
      return `${sanction.optional === true ? '可以处' : ''}${choice}罚款 ${sanction.min} – ${sanction.max} 元 (法定幅度 ${statutory})`;
    // The alternatives are the statute's words (或者…), kept as written.
    return `${sanction.optional === true ? 'optional: ' : ''}${choice}fine ${sanction.min} – ${sanction.max} yuan (statutory range ${statutory})`;
  }
  const words = choiceText(sanction.text ?? SANCTION_LABELS[sanction.kind], sanction.alternatives, sanction.choiceText);
  const parts = [sanction.requires === undefined ? words : `${sanction.requires}，${words}`];
  if (sanction.amount !== undefined) parts.push(`${sanction.amount} ${w.yuan}`);
  if (sanction.range !== undefined)
    parts.push(
      `${sanction.range.min} – ${sanction.range.max} ${sanction.unit === undefined ? '' : SANCTION_UNIT_LABELS[sanction.unit]}`,
    );
  if (sanction.optional === true) parts.push(w === WORDS.zh ? '(可以并处)' : '(may be imposed in addition)');
  return parts.join(' ');
}
