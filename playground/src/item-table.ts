import { formatCitation } from '@cailiang/core';
import { benchmarkTable, statutoryText } from '@cailiang/core/render';
import type { CitationData, RuleSet } from '@cailiang/core';
import type { BenchmarkTable } from '@cailiang/core/render';
import { h } from './dom.js';
import type { Child } from './dom.js';
import type { Item } from './item-facts.js';

type PenaltyItem = Extract<Item, { kind: 'penalty' }>;

/**
 * An item as the published benchmark table shows it (行政处罚裁量基准表): the act, the
 * provisions violated and applied, the statutory penalty, one row per tier — 裁量阶次, 适用情形,
 * 处罚标准 — its 不予处罚 and 从轻减轻 grounds, and the rule set's 裁量规则 (how bands turn into
 * amounts). Every text is core's (`benchmarkTable`, `statutoryText`), so the page shows the
 * words the rendered Markdown, HTML, CSV and XLSX tables publish.
 */
export function itemTable(ruleSet: RuleSet, item: Item): HTMLElement {
  const table = tableOf(ruleSet);
  const cite = (citations: readonly CitationData[]) =>
    citations
      .map((citation) => formatCitation(citation, ruleSet.laws[citation.law] as { title: string; edition: string }))
      .join('；');
  const parts: HTMLElement[] = [];
  if (item.kind === 'penalty') {
    const entry = table.penalty.find((candidate) => candidate.code === item.code);
    parts.push(
      itemHead(
        item,
        '违法行为',
        row('违法依据', cite(item.violates)),
        row('处罚依据', cite(item.basis)),
        row('法定处罚', statutoryPenalty(item, ruleSet)),
      ),
      h(
        'table',
        { class: 'official tiers', 'data-testid': 'tier-table' },
        h('thead', {}, h('tr', {}, h('th', {}, '裁量阶次'), h('th', {}, '适用情形'), h('th', {}, '处罚标准'))),
        h(
          'tbody',
          {},
          (entry?.tiers ?? []).map((tier) =>
            h(
              'tr',
              { 'data-tier': String(tier.level) },
              h('th', { scope: 'row' }, tier.label),
              h('td', {}, lines(tier.circumstances)),
              h('td', {}, lines(tier.standard)),
            ),
          ),
        ),
      ),
    );
    const grounds = table.grounds.filter((ground) => ground.code === item.code);
    if (grounds.length > 0) {
      parts.push(
        h(
          'table',
          { class: 'official grounds' },
          h('thead', {}, h('tr', {}, h('th', {}, '处理'), h('th', {}, '情形'), h('th', {}, '依据'))),
          h(
            'tbody',
            {},
            grounds.map((ground) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, ground.treatment),
                h('td', {}, ground.circumstances),
                h('td', {}, lines(ground.basis)),
              ),
            ),
          ),
        ),
      );
    }
    parts.push(
      h('p', { class: 'hint' }, '裁量规则'),
      h(
        'ol',
        { class: 'rules', 'aria-label': '裁量规则' },
        table.header.rules.map((rule) => h('li', {}, rule)),
      ),
    );
  } else {
    const entry = table.licensing.find((candidate) => candidate.code === item.code);
    parts.push(
      itemHead(
        item,
        '许可事项',
        row('设定依据', lines(entry?.basis ?? [])),
        row('法定时限', entry?.statutoryLimit ?? ''),
        row('承诺时限', entry?.promisedLimit ?? ''),
        (entry?.conditions ?? []).length > 0 ? row('许可条件', lines(entry?.conditions ?? [])) : null,
        (entry?.materials ?? []).length > 0 ? row('申请材料', lines(entry?.materials ?? [])) : null,
      ),
    );
  }
  return h(
    'section',
    { class: 'item-table', 'aria-label': '裁量基准表' },
    h('p', { class: 'source' }, `${ruleSet.issuer} · ${ruleSet.document} · ${ruleSet.version}`),
    parts,
  );
}

/** Loaded rule sets are frozen, so a table once built stays right: switching items reuses it. */
const tables = new WeakMap<RuleSet, BenchmarkTable>();

function tableOf(ruleSet: RuleSet): BenchmarkTable {
  let table = tables.get(ruleSet);
  if (table === undefined) {
    table = benchmarkTable(ruleSet);
    tables.set(ruleSet, table);
  }
  return table;
}

function row(label: string, value: Child): HTMLElement {
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
}

/** The item's head rows: its code, its name under `nameLabel`, its 权责清单 entry, then `rows`. */
function itemHead(item: Item, nameLabel: string, ...rows: (HTMLElement | null)[]): HTMLElement {
  const powerItem =
    item.powerItem === undefined ? null : row('权责清单事项', `${item.powerItem.code} ${item.powerItem.name}`);
  return h(
    'table',
    { class: 'official item-head' },
    h('tbody', {}, row('事项编码', item.code), row(nameLabel, item.name), powerItem, ...rows),
  );
}

/** The statute's penalty as a sentence; '—' when the item states none. */
function statutoryPenalty(item: PenaltyItem, ruleSet: RuleSet): string {
  const text = statutoryText(item, ruleSet);
  return text === '' ? '—' : `${text}。`;
}

/** The lines of a table cell, one under another, as the published table breaks them. */
function lines(cell: readonly string[]): Child[] {
  return cell.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]));
}
