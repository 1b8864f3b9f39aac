import { SANCTION_LABELS } from '@cailiang/core';
import type { Decision, Reasoning, RuleSet, Sanction } from '@cailiang/core';
import { groupDigits, h } from './dom.js';
import type { Item } from './item-facts.js';
import { rangePicture } from './range-picture.js';
import { L, language } from './language.js';
import { traceList } from './trace-view.js';

const ROLES: Record<string, string> = {
  violates: '违法依据',
  basis: '处罚依据',
  benchmark: '裁量基准',
  'general-rule': '适用规则',
};
const UNITS: Record<string, string> = { day: '日', month: '个月', year: '年' };

/**
 * The decision as an officer reads it: outcome and tier, the picture of the fine, every sanction,
 * mitigation and exemption with its article, the citations by role, deadlines, warnings, the
 * reasoning paragraph in the page's language, the trace, and the JSON the API returns.
 */
export function decisionView(
  ruleSet: RuleSet,
  item: Item,
  kase: Record<string, unknown>,
  reasoning: Reasoning,
): HTMLElement {
  const { decision } = reasoning;
  const picture =
    item.kind === 'penalty'
      ? rangePicture(ruleSet, item, (kase['facts'] ?? {}) as Record<string, unknown>, decision)
      : undefined;
  return h(
    'section',
    { class: `decision outcome-${decision.outcome}`, 'data-testid': 'decision', 'data-outcome': decision.outcome },
    h('h2', {}, L.decision),
    h('p', { class: 'outcome', 'data-testid': 'outcome' }, L.outcomes[decision.outcome]),
    decision.tier === null
      ? null
      : h(
          'p',
          // The level (lighter, heavier) is the rule set's identifier: kept for machines, not shown.
          { class: 'tier', 'data-level': String(decision.tier.level) },
          '裁量阶次 ',
          h('strong', { 'data-testid': 'tier' }, decision.tier.label),
        ),
    picture === undefined
      ? null
      : h(
          'figure',
          { class: 'picture' },
          picture,
          h('figcaption', {}, '法定幅度、各裁量阶次的幅度与本案适用的幅度（虚线）'),
        ),
    list(
      L.sanctions,
      'sanctions',
      decision.sanctions.map((sanction) => sanctionItem(sanction, ruleSet)),
    ),
    list(
      L.orders,
      'orders',
      decision.orders.map((order) => h('li', {}, order.label, cites(order.citations))),
    ),
    list(
      L.mitigation,
      'adjustments',
      decision.adjustments.map((adjustment) =>
        adjustment.kind === 'table-rule'
          ? h(
              'li',
              {},
              `适用规则：${adjustment.label}`,
              adjustment.tier === undefined ? null : `：裁量阶次调整为 ${adjustment.tier.label}`,
              adjustment.range === undefined
                ? null
                : `：罚款 ${money(adjustment.range.min)} – ${money(adjustment.range.max)} 元`,
              cites(adjustment.citations),
            )
          : h(
              'li',
              {},
              `${adjustment.mandatory ? '应当' : '可以'}从轻或者减轻处罚`,
              adjustment.range === undefined
                ? null
                : `：从轻 ${money(adjustment.range.min)} – ${money(adjustment.range.max)} 元`,
              adjustment.reduced === undefined
                ? null
                : `；减轻 ${money(adjustment.reduced.min)} – ${money(adjustment.reduced.max)} 元`,
              cites(adjustment.citations),
            ),
      ),
    ),
    decision.exemption === null
      ? null
      : list(L.exemption, 'exemption', [
          h(
            'li',
            {},
            decision.exemption.mandatory ? '不予行政处罚' : '可以不予行政处罚',
            ` (${decision.exemption.id})`,
            cites(decision.exemption.citations),
          ),
        ]),
    decision.outcome !== 'licensing' || decision.eligibility === undefined
      ? null
      : list(L.eligibility, 'eligibility', [
          h('li', {}, decision.eligibility.eligible ? '符合许可条件' : '不符合许可条件'),
          ...decision.eligibility.unmet.map((requirement) =>
            h('li', {}, `未满足：${requirement.label}`, cites(requirement.citations)),
          ),
          ...decision.eligibility.materials.map((material) => h('li', {}, `申请材料：${material.label}`)),
        ]),
    list(
      L.citations,
      'citations',
      decision.citations.map((citation) =>
        h(
          'li',
          { 'data-role': citation.role },
          h('span', { class: 'role' }, ROLES[citation.role] ?? citation.role),
          ' ',
          citation.text,
        ),
      ),
    ),
    list(
      L.deadlines,
      'deadlines',
      decision.deadlines.map((deadline) =>
        h(
          'li',
          {},
          `${deadline.kind} ${deadline.date}${deadline.workingDays === undefined ? '' : `（${deadline.workingDays}个工作日）`}`,
        ),
      ),
    ),
    list(
      L.warnings,
      'warnings',
      decision.warnings.map((warning) => h('li', {}, h('code', {}, warning.code), ' ', warning.message)),
    ),
    h('h3', {}, L.reasoning),
    // The reasoning in the page's language only: a Chinese page carries no English paragraph.
    h('p', { class: 'reasoning', lang: language, 'data-testid': `reasoning-${language}` }, reasoning[language]),
    h(
      'details',
      { class: 'trace' },
      h('summary', {}, L.trace(decision.trace.length)),
      traceList(ruleSet, decision.trace),
    ),
    h('details', { class: 'json' }, h('summary', {}, L.decisionJson), h('pre', {}, JSON.stringify(decision, null, 2))),
    h('p', { class: 'digest' }, `${decision.ruleSet.id} ${decision.ruleSet.version} · ${decision.ruleSet.digest}`),
  );
}

function list(title: string, testId: string, items: readonly HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h('div', { class: 'block' }, h('h3', {}, title), h('ul', { 'data-testid': testId }, items));
}

function sanctionItem(sanction: Sanction, ruleSet: RuleSet): HTMLElement {
  if (sanction.kind === 'fine') {
    const statutory =
      sanction.statutory.max === undefined
        ? `${money(sanction.statutory.min)} 元以上`
        : `${money(sanction.statutory.min)} – ${money(sanction.statutory.max)} 元`;
    return h(
      'li',
      { 'data-testid': 'fine', 'data-min': sanction.min, 'data-max': sanction.max },
      h(
        'strong',
        {},
        `${sanction.optional === true ? '可以处' : ''}罚款 ${sanction.min === sanction.max ? money(sanction.min) : `${money(sanction.min)} – ${money(sanction.max)}`} 元`,
      ),
      `（法定幅度 ${statutory}${sanction.multiple === undefined ? '' : `；${factLabel(ruleSet, sanction.multiple.of)} ${money(sanction.multiple.base)} 元的 ${sanction.multiple.min}–${sanction.multiple.max} 倍`}）`,
    );
  }
  const parts: string[] = [SANCTION_LABELS[sanction.kind]];
  if (sanction.amount !== undefined) parts.push(`${money(sanction.amount)} 元`);
  if (sanction.range !== undefined)
    parts.push(`${sanction.range.min} – ${sanction.range.max} ${UNITS[sanction.unit ?? ''] ?? ''}`);
  if (sanction.optional === true) parts.push('（可以并处）');
  return h('li', { 'data-kind': sanction.kind }, parts.join(' '));
}

function cites(citations: readonly { readonly text: string }[]): HTMLElement | null {
  if (citations.length === 0) return null;
  return h('span', { class: 'cites' }, ` — ${citations.map((citation) => citation.text).join('、')}`);
}

function money(amount: string): string {
  return groupDigits(amount);
}

/** A fact as the table words it (广告费用), never its identifier (adFee): the text is an officer's. */
function factLabel(ruleSet: RuleSet, name: string): string {
  return (ruleSet.facts as Readonly<Record<string, { readonly label?: string }>>)[name]?.label ?? name;
}
