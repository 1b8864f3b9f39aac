import { Decimal, describeCondition, formatCitation, ruleSetScope, SANCTION_LABELS, toChineseAmount, toChineseMultiple } from '@cailiang/core';
import type { CitationData, Condition, FactScope, RuleSet, SanctionKind } from '@cailiang/core';
import { bandOf, bands, multipleAt, percent } from './amounts.js';
import { h } from './dom.js';
import type { Item } from './item-facts.js';

type PenaltyItem = Extract<Item, { kind: 'penalty' }>;
type Alternative = NonNullable<PenaltyItem['statutory']['fine']>[number];
type Tier = PenaltyItem['tiers'][number];

/**
 * An item as the published benchmark table shows it (行政处罚裁量基准表): the act, the
 * provisions violated and applied, the statutory penalty, then one row per tier — 裁量阶次,
 * 适用情形 (the tier's conditions as sentences, by describeCondition) and 处罚标准.
 */
export function itemTable(ruleSet: RuleSet, item: Item): HTMLElement {
  const scope = ruleSetScope(ruleSet.facts);
  const cite = (citations: readonly CitationData[]) => citations.map((citation) => formatCitation(citation, ruleSet.laws[citation.law] as { title: string; edition: string })).join('；');
  const head = h(
    'tbody',
    {},
    row('事项编码', item.code),
    row(item.kind === 'penalty' ? '违法行为' : '许可事项', item.name),
    item.powerItem === undefined ? null : row('权责清单事项', `${item.powerItem.code} ${item.powerItem.name}`),
    item.kind === 'penalty' ? row('违法依据', cite(item.violates)) : null,
    row(item.kind === 'penalty' ? '处罚依据' : '许可依据', cite(item.basis)),
    item.kind === 'penalty' ? row('法定处罚', statutoryText(item, scope)) : row('办理时限', licensingLimits(item)),
    item.kind === 'licensing' && (item.conditions ?? []).length > 0 ? row('许可条件', (item.conditions ?? []).map((condition) => `${condition.label}（${describe(condition.when, scope)}）`).join('；')) : null,
    item.kind === 'licensing' && (item.materials ?? []).length > 0 ? row('申请材料', (item.materials ?? []).map((material) => material.label).join('；')) : null,
  );
  const parts: HTMLElement[] = [h('table', { class: 'official item-head' }, head)];
  if (item.kind === 'penalty') {
    parts.push(
      h(
        'table',
        { class: 'official tiers', 'data-testid': 'tier-table' },
        h('thead', {}, h('tr', {}, h('th', {}, '裁量阶次'), h('th', {}, '适用情形'), h('th', {}, '处罚标准'))),
        h(
          'tbody',
          {},
          item.tiers.map((tier) =>
            h('tr', { 'data-tier': String(tier.level) }, h('th', { scope: 'row' }, tier.label), h('td', {}, tier.when === undefined ? '其他情形（无其他阶次适用时）' : describe(tier.when, scope)), h('td', {}, tierStandard(ruleSet, item, tier, scope))),
          ),
        ),
      ),
    );
    const exemptions = item.exemptions ?? [];
    if (exemptions.length > 0) {
      parts.push(
        h(
          'table',
          { class: 'official exemptions' },
          h('thead', {}, h('tr', {}, h('th', {}, '免罚情形'), h('th', {}, '条件'), h('th', {}, '依据'))),
          h('tbody', {}, exemptions.map((exemption) => h('tr', {}, h('th', { scope: 'row' }, exemption.mandatory ? '不予处罚' : '可以不予处罚'), h('td', {}, describe(exemption.when, scope)), h('td', {}, cite(exemption.basis))))),
        ),
      );
    }
  }
  return h('section', { class: 'item-table', 'aria-label': '裁量基准表' }, h('p', { class: 'source' }, `${ruleSet.issuer} · ${ruleSet.document} · ${ruleSet.version}`), parts);
}

function row(label: string, value: string): HTMLElement {
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
}

function describe(condition: unknown, scope: FactScope): string {
  return describeCondition(condition as Condition, scope);
}

/** 货值金额不足一万元的，处五万元以上十万元以下罚款；…，并处没收违法所得 */
function statutoryText(item: PenaltyItem, scope: FactScope): string {
  const fines = (item.statutory.fine ?? []).map((alternative) => `${alternative.when === undefined ? '' : `${describe(alternative.when, scope)}的，`}${alternativeText(alternative, scope)}`);
  const withs = (item.statutory.with ?? []).map((sanction) => `${sanction.optional === true ? '可以并处' : '并处'}${SANCTION_LABELS[sanction.kind]}`);
  const also = (item.statutory.also ?? []).map((sanction) => SANCTION_LABELS[sanction.kind]);
  const parts = [...fines, ...withs];
  if (also.length > 0) parts.push(`情节严重的，${also.join('、')}`);
  return parts.length === 0 ? '—' : `${parts.join('；')}。`;
}

function alternativeText(alternative: Alternative, scope: FactScope): string {
  const can = alternative.optional === true ? '可以处' : '处';
  if (alternative.range !== undefined) return `${can}${rangeText(alternative.range.min, alternative.range.max)}罚款`;
  const multiple = alternative.multiple as NonNullable<Alternative['multiple']>;
  const of = scope.lookup(multiple.of)?.label ?? multiple.of;
  return `${can}${of}${toChineseMultiple(multiple.min)}${multiple.max === undefined ? '以上' : `以上${toChineseMultiple(multiple.max)}以下`}罚款`;
}

function rangeText(min: string, max: string | undefined): string {
  if (max === undefined) return `${toChineseAmount(min)}以上`;
  if (new Decimal(min).isZero()) return `${toChineseAmount(max)}以下`;
  return `${toChineseAmount(min)}以上${toChineseAmount(max)}以下`;
}

/** What a tier imposes, per statutory alternative: 处六万五千元以上八万五千元以下罚款（法定幅度的30%–70%）. */
function tierStandard(ruleSet: RuleSet, item: PenaltyItem, tier: Tier, scope: FactScope): string {
  const parts: string[] = [];
  const fine = tier.fine;
  if (fine?.band !== undefined) {
    const band = bands(ruleSet).get(fine.band);
    if (band !== undefined) {
      const alternatives = item.statutory.fine ?? [];
      const per = alternatives.map((alternative) => {
        const prefix = alternatives.length > 1 && alternative.when !== undefined ? `${describe(alternative.when, scope)}的，` : '';
        if (alternative.range !== undefined) {
          const amounts = bandOf(ruleSet, { min: new Decimal(alternative.range.min), max: alternative.range.max === undefined ? undefined : new Decimal(alternative.range.max) }, band);
          return `${prefix}处${amounts === undefined ? rangeText(alternative.range.min, undefined) : rangeText(amounts.min, amounts.max)}罚款`;
        }
        const multiple = alternative.multiple as NonNullable<Alternative['multiple']>;
        const of = scope.lookup(multiple.of)?.label ?? multiple.of;
        if (multiple.max === undefined) return `${prefix}处${of}${toChineseMultiple(multiple.min)}以上罚款`;
        return `${prefix}处${of}${toChineseMultiple(multipleAt(multiple.min, multiple.max, band[0]))}以上${toChineseMultiple(multipleAt(multiple.min, multiple.max, band[1]))}以下罚款`;
      });
      parts.push(`${per.join('；')}（法定幅度的${percent(band[0])}–${percent(band[1])}）`);
    }
  } else if (fine?.range !== undefined) {
    parts.push(`处${rangeText(fine.range.min, fine.range.max)}罚款`);
  } else if (fine?.multiple !== undefined) {
    const of = scope.lookup(fine.multiple.of ?? item.statutory.fine?.[0]?.multiple?.of ?? '')?.label ?? '';
    parts.push(`处${of}${toChineseMultiple(fine.multiple.min)}以上${toChineseMultiple(fine.multiple.max)}以下罚款`);
  } else if ((item.statutory.fine ?? []).length === 0) {
    parts.push('不处罚款');
  }
  for (const [kind, amount] of Object.entries(tier.sanctions ?? {})) {
    const label = SANCTION_LABELS[kind as SanctionKind];
    if (amount?.band !== undefined) {
      const band = bands(ruleSet).get(amount.band);
      parts.push(`${label}：法定幅度的${band === undefined ? amount.band : `${percent(band[0])}–${percent(band[1])}`}`);
    } else if (amount?.range !== undefined) {
      parts.push(`${label}${amount.range.min}–${amount.range.max}`);
    }
  }
  for (const added of tier.add ?? []) parts.push(`${added.optional === true ? '可以并处' : '并处'}${SANCTION_LABELS[added.kind]}`);
  return parts.join('；') || '—';
}

function licensingLimits(item: Extract<Item, { kind: 'licensing' }>): string {
  const { statutory, promised } = item.timeLimit;
  const extension = statutory.extension === undefined ? '' : `，可延长${statutory.extension}个工作日`;
  return `法定${statutory.workingDays}个工作日${extension}${promised === undefined ? '' : `；承诺${promised.workingDays}个工作日`}`;
}
