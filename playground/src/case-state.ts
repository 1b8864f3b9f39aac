import { CIRCUMSTANCES } from '@cailiang/core';
import { readAmountText } from './amount-text.js';
import type { CircumstanceName, FactDeclaration, RuleSet } from '@cailiang/core';
import type { Item } from './item-facts.js';
import { itemFacts } from './item-facts.js';

/** What the form holds: every field as the text the user typed or chose. */
export interface CaseState {
  partyKind: 'organization' | 'individual';
  age: string;
  dates: Record<string, string>;
  facts: Record<string, string>;
  /** '' = 未认定 (not established: left out of the case), 'true', 'false', or an enum value. */
  circumstances: Record<string, string>;
}

/** A case to decide, or the fields that keep it from being one (`facts.goodsValue` → message). */
export interface BuiltCase {
  readonly kase: Record<string, unknown>;
  readonly problems: ReadonlyMap<string, string>;
}

/** The dates a penalty case gives (spec §2), with the Chinese the decision uses. */
export const PENALTY_DATES = [
  ['act', '违法行为发生之日', true],
  ['actEnded', '违法行为终了之日（连续或者继续状态）', false],
  ['discovered', '发现之日', true],
  ['decision', '作出处罚决定之日', true],
] as const;

export const LICENSING_DATES = [['accepted', '受理申请之日', true]] as const;

/** A filled-in form for an item, so that the page shows a decision at once. */
export function defaultState(ruleSet: RuleSet, item: Item): CaseState {
  const act = defaultActDate(ruleSet.effective);
  const facts: Record<string, string> = {};
  for (const [name, fact] of itemFacts(ruleSet, item).declared) facts[name] = defaultValue(fact, act);
  return {
    partyKind: 'organization',
    age: '',
    dates:
      item.kind === 'licensing'
        ? { accepted: act }
        : { act, actEnded: '', discovered: plusDays(act, 57), decision: plusDays(act, 102) },
    facts,
    circumstances: {},
  };
}

/**
 * Turns the form into a case (spec §2): money as decimal strings (validated, never through a
 * float), integers and numbers as numbers, booleans as booleans; empty fields left out, so the
 * engine names each missing fact itself.
 */
export function buildCase(ruleSet: RuleSet, item: Item, state: CaseState): BuiltCase {
  const problems = new Map<string, string>();
  const facts: Record<string, unknown> = {};
  for (const [name, fact] of itemFacts(ruleSet, item).declared) {
    const text = (state.facts[name] ?? '').trim();
    if (text === '') continue;
    const read = readValue(text, fact);
    if (read.ok) facts[name] = read.value;
    else problems.set(`facts.${name}`, read.message);
  }
  const circumstances: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(state.circumstances)) {
    if (text === '') continue;
    const declaration = CIRCUMSTANCES[name as CircumstanceName] as FactDeclaration;
    circumstances[name] = declaration.type === 'boolean' ? text === 'true' : text;
  }
  const dates: Record<string, string> = {};
  for (const [name, text] of Object.entries(state.dates)) if (text !== '') dates[name] = text;
  const party: Record<string, unknown> = { kind: state.partyKind };
  if (state.partyKind === 'individual' && state.age.trim() !== '') {
    const age = Number(state.age);
    if (Number.isInteger(age) && age >= 0) party['age'] = age;
    else problems.set('party.age', '年龄应为整数（周岁）');
  }
  const kase: Record<string, unknown> = { item: item.code, party, facts };
  if (Object.keys(circumstances).length > 0) kase['circumstances'] = circumstances;
  kase['dates'] = dates;
  return { kase, problems };
}

type Read = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

function readValue(text: string, fact: FactDeclaration): Read {
  switch (fact.type) {
    case 'money': {
      const amount = readAmountText(text);
      return amount.ok ? { ok: true, value: amount.value } : { ok: false, message: amount.message };
    }
    case 'integer': {
      const value = Number(text);
      return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, message: '应为整数' };
    }
    case 'number': {
      const value = Number(text);
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: '应为数值' };
    }
    case 'boolean':
      return { ok: true, value: text === 'true' };
    default:
      return { ok: true, value: text };
  }
}

function defaultValue(fact: FactDeclaration, act: string): string {
  switch (fact.type) {
    case 'money':
      return '8000';
    case 'quantity':
      return '1';
    case 'integer':
    case 'number':
      return String(fact.min ?? 0);
    case 'enum':
      return fact.values?.[0] ?? '';
    case 'boolean':
      return 'false';
    case 'date':
      return act;
  }
}

/**
 * An act date the rule set is in force on, so the first decision is not NOT_IN_FORCE: 2025-03-10,
 * or the first day in force when that is later, or — for a version that has expired (effective.until
 * before then, 江门 2020 参照表) — its first day in force.
 */
function defaultActDate(effective: { readonly from: string; readonly until?: string | undefined }): string {
  const act = laterDate('2025-03-10', effective.from);
  return effective.until !== undefined && act > effective.until ? effective.from : act;
}

function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** An ISO date plus whole days, computed in UTC so no time zone moves it. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
