import { describeCondition, ruleSetScope } from '@cailiang/core';
import type { Condition, ConditionTrace, FactDeclaration, FactScope, RuleSet, TraceEntry } from '@cailiang/core';
import { h } from './dom.js';
import { L } from './language.js';

/**
 * The trace as a list, one entry per step the engine took, each condition down to the fact
 * value it saw: `货值金额 goodsValue lessThan 10000 — saw "8000" ✓`.
 */
export function traceList(ruleSet: RuleSet, trace: readonly TraceEntry[]): HTMLElement {
  const scope = ruleSetScope(ruleSet.facts);
  return h(
    'ol',
    { class: 'trace-list', 'data-testid': 'trace' },
    trace.map((entry) =>
      h(
        'li',
        { class: resultClass(entryResult(entry)) },
        h('span', { class: 'step' }, L.steps[entry.step] ?? entry.step),
        ' ',
        summary(entry),
        conditionOf(entry, scope),
      ),
    ),
  );
}

function summary(entry: TraceEntry): string {
  switch (entry.step) {
    case 'version':
    case 'penalty-law':
      return `${entry.selected} — ${entry.reason}`;
    case 'limitation':
      return `${entry.years} 年，${entry.from} 至 ${entry.until}，发现于 ${entry.discovered}`;
    case 'general-rule':
      return `${entry.rule} ${entry.citation} ${JSON.stringify(entry.saw)}`;
    case 'concurrence':
      return `${entry.applied}（${entry.reason}）`;
    case 'statutory':
      return `第 ${entry.alternative + 1} 项`;
    case 'tier':
      return `${String(entry.level)}${entry.selected ? ' ← 适用' : ''}`;
    case 'override':
      return `${entry.id} → ${entry.rule}${entry.displaced ? '（排除适用）' : ''}`;
    case 'exemption':
    case 'mitigation':
    case 'licensing-condition':
      return entry.id;
    case 'order':
    case 'sanction':
      return entry.kind;
    case 'referral':
      return `${entry.authority} ${entry.measure}`;
    case 'per-unit':
      return `${entry.of} ${entry.quantity}${entry.unit} × 每${entry.unit} ${entry.rate.min}–${entry.rate.max ?? '…'}元 = ${entry.statutory.min}–${entry.statutory.max ?? '…'}元`;
    case 'person-fine':
      return `${entry.person}：${entry.exact.min}–${entry.exact.max ?? '…'}${entry.of === undefined ? '' : `（${entry.of} ${entry.base ?? ''}）`}`;
    default:
      return '';
  }
}

function entryResult(entry: TraceEntry): boolean | undefined {
  return 'result' in entry ? entry.result : undefined;
}

function conditionOf(entry: TraceEntry, scope: FactScope): HTMLElement | null {
  const condition = 'condition' in entry ? entry.condition : null;
  return condition === null || condition === undefined ? null : conditionTree(condition, scope);
}

function conditionTree(trace: ConditionTrace, scope: FactScope): HTMLElement {
  if ('all' in trace || 'any' in trace) {
    const children = 'all' in trace ? trace.all : trace.any;
    return h(
      'ul',
      { class: resultClass(trace.result) },
      h('li', { class: 'junction' }, 'all' in trace ? L.all : L.any),
      children.map((child) => h('li', {}, conditionTree(child, scope))),
    );
  }
  if ('not' in trace)
    return h(
      'ul',
      { class: resultClass(trace.result) },
      h('li', { class: 'junction' }, L.not),
      h('li', {}, conditionTree(trace.not, scope)),
    );
  // The condition as the published table words it (labels, never fact names), then what the case gave.
  const value = trace.valueFact === undefined ? trace.value : { fact: trace.valueFact };
  const sentence = describeCondition({ fact: trace.fact, operator: trace.operator, value } as Condition, scope);
  const fact = scope.lookup(trace.fact);
  const seen = trace.factValue === null ? '未认定' : formatValue(trace.factValue, fact);
  return h(
    'span',
    { class: `leaf ${resultClass(trace.result)}` },
    sentence,
    ` — 本案：${seen} ${trace.result ? '✓ 满足' : '✗ 不满足'}`,
  );
}

/** A value the case gave, as an officer reads it: the enum's label, 是/否, an amount in 元. */
function formatValue(value: unknown, fact: FactDeclaration | undefined): string {
  if (fact?.type === 'enum' && typeof value === 'string') return fact.valueLabels?.[value] ?? value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (fact?.type === 'money') return `${String(value)}元`;
  return String(value);
}

function resultClass(result: boolean | undefined): string {
  return result === undefined ? '' : result ? 'holds' : 'fails';
}
