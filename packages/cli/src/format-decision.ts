import type { Decision, Sanction } from '@cailiang/core';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '@cailiang/core';
import { choiceText, measureText, referralText } from '@cailiang/core/render';

const OUTCOMES: Record<Decision['outcome'], string> = {
  penalty: '给予行政处罚 (penalty)',
  'no-penalty': '不予行政处罚 (no penalty)',
  'time-barred': '超过追责时效，不再给予行政处罚 (time-barred)',
  licensing: '行政许可时限 (licensing)',
  'correction-ordered': '责令改正，暂不处罚 (correction ordered)',
};

const ROLES: Record<string, string> = {
  violates: '违法依据',
  basis: '处罚依据',
  benchmark: '裁量基准',
  'general-rule': '适用规则',
};

const DEEMED = { accepted: '视为受理', 'renewal-granted': '视为准予延续' } as const;

/** A decision as a terminal shows it: outcome, tier, sanctions, and every citation. */
export function formatDecisionText(decision: Decision): string {
  const lines = [
    `${decision.item.code} ${decision.item.name}`,
    `裁量基准 ${decision.ruleSet.id} ${decision.ruleSet.version} (${decision.ruleSet.digest.slice(0, 19)}…)`,
    `结果 ${OUTCOMES[decision.outcome]}`,
  ];
  if (decision.tier !== null) lines.push(`裁量阶次 ${decision.tier.label} (${String(decision.tier.level)})`);
  for (const sanction of decision.sanctions) lines.push(`  ${formatSanction(sanction)}`);
  for (const order of decision.orders) lines.push(`  ${measureText(order)}`);
  // Another authority's measure, never this agency's penalty: 移送/报请/建议, with its own provision.
  for (const referral of decision.referrals ?? [])
    lines.push(`  ${referralText(referral)} (${referral.citations.map((c) => c.text).join('、')}；非本机关行政处罚)`);
  for (const adjustment of decision.adjustments) {
    if (adjustment.kind === 'table-rule') {
      // A rule of the table (适用规则): what it did, and the table's article.
      const effect =
        adjustment.tier !== undefined
          ? `裁量阶次调整为 ${adjustment.tier.label}`
          : adjustment.range === undefined
            ? ''
            : `罚款 ${adjustment.range.min} – ${adjustment.range.max} 元`;
      lines.push(`适用规则 ${adjustment.label} ${adjustment.citations.map((c) => c.text).join('、')}；${effect}`);
      continue;
    }
    const reduced =
      adjustment.reduced === undefined ? '' : `；减轻 ${adjustment.reduced.min} – ${adjustment.reduced.max} 元`;
    lines.push(
      `从轻或者减轻 ${adjustment.mandatory ? '应当' : '可以'} ${adjustment.citations.map((c) => c.text).join('、')}${reduced}`,
    );
  }
  // 指导基准: the table's recommended amount, the range the departures that hold permit, and why.
  if (decision.outcome === 'penalty' && decision.guide !== undefined) {
    const { guide } = decision;
    for (const amount of guide.amounts)
      lines.push(
        `${guide.label} ${amount.kind} ${amount.recommended}；可在 ${amount.permitted.min} – ${amount.permitted.max}${amount.unit === undefined ? ' 元' : ` ${SANCTION_UNIT_LABELS[amount.unit]}`}`,
      );
    for (const ground of guide.grounds)
      lines.push(
        `  偏离 ${ground.direction === 'up' ? '上调' : '下调'} ${ground.label} ${ground.citations.map((c) => c.text).join('、')}`,
      );
  }
  if (decision.exemption !== null) {
    lines.push(
      `${decision.exemption.mandatory ? '不予处罚' : decision.exemption.retained !== undefined ? '可以免予处罚' : '可以不予处罚'} (${decision.exemption.id}) ${decision.exemption.citations.map((c) => c.text).join('、')}`,
    );
    // A special rule's exemption keeps some sanctions even when granted (但应当依法没收…).
    for (const retained of decision.exemption.retained ?? [])
      lines.push(`  免予处罚的，仍应 ${formatSanction(retained)}`);
  }
  if (decision.outcome === 'licensing')
    for (const act of decision.deemed ?? [])
      lines.push(`${DEEMED[act.kind]} ${act.date} ${act.citations.map((c) => c.text).join('、')}`);
  for (const deadline of decision.deadlines) {
    const days = deadline.workingDays === undefined ? '' : ` (${deadline.workingDays} 个工作日)`;
    lines.push(`期限 ${deadline.kind} ${deadline.date}${days}`);
    if (deadline.requires !== undefined) lines.push(`  须 ${deadline.requires.join('；')}`);
    if (deadline.deemed !== undefined) lines.push(`  逾期 ${deadline.deemed}`);
  }
  lines.push('依据');
  // A licence rests on 许可依据; 处罚依据 would misname it.
  const roles = decision.outcome === 'licensing' ? { ...ROLES, basis: '许可依据' } : ROLES;
  for (const citation of decision.citations) lines.push(`  ${roles[citation.role] ?? citation.role} ${citation.text}`);
  for (const warning of decision.warnings) lines.push(`注意 [${warning.code}] ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

function formatSanction(sanction: Sanction): string {
  if (sanction.kind === 'fine') {
    const statutory =
      sanction.statutory.max === undefined
        ? `${sanction.statutory.min} 元以上`
        : `${sanction.statutory.min} – ${sanction.statutory.max} 元`;
    const choice = (sanction.alternatives ?? [])
      .map((entry) => `${entry.text ?? SANCTION_LABELS[entry.kind]}或者`)
      .join('');
    return `${sanction.optional === true ? '可以处' : ''}${choice}罚款 ${sanction.min} – ${sanction.max} 元 (法定幅度 ${statutory})`;
  }
  const words = choiceText(sanction.text ?? SANCTION_LABELS[sanction.kind], sanction.alternatives);
  const parts = [sanction.requires === undefined ? words : `${sanction.requires}，${words}`];
  if (sanction.amount !== undefined) parts.push(`${sanction.amount} 元`);
  if (sanction.range !== undefined)
    parts.push(
      `${sanction.range.min} – ${sanction.range.max} ${sanction.unit === undefined ? '' : SANCTION_UNIT_LABELS[sanction.unit]}`,
    );
  if (sanction.optional === true) parts.push('(可以并处)');
  return parts.join(' ');
}
