import type { Decision, Sanction } from '@cailiang/core';
import { SANCTION_LABELS, SANCTION_UNIT_LABELS } from '@cailiang/core';

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

/** A decision as a terminal shows it: outcome, tier, sanctions, and every citation. */
export function formatDecisionText(decision: Decision): string {
  const lines = [
    `${decision.item.code} ${decision.item.name}`,
    `裁量基准 ${decision.ruleSet.id} ${decision.ruleSet.version} (${decision.ruleSet.digest.slice(0, 19)}…)`,
    `结果 ${OUTCOMES[decision.outcome]}`,
  ];
  if (decision.tier !== null) lines.push(`裁量阶次 ${decision.tier.label} (${String(decision.tier.level)})`);
  for (const sanction of decision.sanctions) lines.push(`  ${formatSanction(sanction)}`);
  for (const order of decision.orders) lines.push(`  ${order.label}`);
  for (const adjustment of decision.adjustments) {
    const reduced =
      adjustment.reduced === undefined ? '' : `；减轻 ${adjustment.reduced.min} – ${adjustment.reduced.max} 元`;
    lines.push(
      `从轻或者减轻 ${adjustment.mandatory ? '应当' : '可以'} ${adjustment.citations.map((c) => c.text).join('、')}${reduced}`,
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
  for (const deadline of decision.deadlines) lines.push(`期限 ${deadline.kind} ${deadline.date}`);
  lines.push('依据');
  for (const citation of decision.citations) lines.push(`  ${ROLES[citation.role] ?? citation.role} ${citation.text}`);
  for (const warning of decision.warnings) lines.push(`注意 [${warning.code}] ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

function formatSanction(sanction: Sanction): string {
  if (sanction.kind === 'fine') {
    const statutory =
      sanction.statutory.max === undefined
        ? `${sanction.statutory.min} 元以上`
        : `${sanction.statutory.min} – ${sanction.statutory.max} 元`;
    return `${sanction.optional === true ? '可以处' : ''}罚款 ${sanction.min} – ${sanction.max} 元 (法定幅度 ${statutory})`;
  }
  const parts = [sanction.text ?? SANCTION_LABELS[sanction.kind]];
  if (sanction.amount !== undefined) parts.push(`${sanction.amount} 元`);
  if (sanction.range !== undefined)
    parts.push(
      `${sanction.range.min} – ${sanction.range.max} ${sanction.unit === undefined ? '' : SANCTION_UNIT_LABELS[sanction.unit]}`,
    );
  if (sanction.optional === true) parts.push('(可以并处)');
  return parts.join(' ');
}
