import { CailiangError, createEngine, explainDecision, safeLoadRuleSet } from '@cailiang/core';
import type { Engine } from '@cailiang/core';
import { caseForm } from './case-form.js';
import type { CaseState } from './case-state.js';
import { buildCase, defaultState } from './case-state.js';
import { decisionView } from './decision-view.js';
import { h, replace } from './dom.js';
import type { Item } from './item-facts.js';
import { itemTable } from './item-table.js';
import type { RuleSetChoice } from './rule-sets.js';
import { PASTED, shippedRuleSets } from './rule-sets.js';
import { usageSnippet } from './snippet.js';

const app = document.getElementById('app') as HTMLElement;
const choices: RuleSetChoice[] = shippedRuleSets();
const engines = new Map<string, Engine>();

const ruleSetSelect = h('select', { id: 'rule-set', 'data-testid': 'rule-set' });
const itemSelect = h('select', { id: 'item', 'data-testid': 'item' });
const pasteArea = h('textarea', {
  id: 'paste',
  rows: 10,
  spellcheck: 'false',
  placeholder: 'format: cailiang.rule-set/v1\nid: …',
});
const pasteProblems = h('ul', { class: 'problems', 'data-testid': 'paste-problems' });
const tablePanel = h('div', { class: 'panel table-panel' });
const formPanel = h('div', { class: 'panel form-panel' });
const decisionPanel = h('div', { class: 'panel decision-panel', 'data-testid': 'decision-panel' });

let current: { choice: RuleSetChoice; item: Item; state: CaseState } | undefined;

replace(
  app,
  h(
    'section',
    { class: 'pickers' },
    h('label', { for: 'rule-set' }, '裁量基准 Benchmark', ruleSetSelect),
    h('label', { for: 'item' }, '事项 Item', itemSelect),
    h(
      'details',
      { class: 'paste' },
      h('summary', {}, '使用自己的规则集 Paste your own rule set (YAML or JSON)'),
      pasteArea,
      h('button', { type: 'button', onclick: loadPasted }, '载入 Load'),
      pasteProblems,
    ),
  ),
  h(
    'div',
    { class: 'columns' },
    h('div', { class: 'column' }, tablePanel, formPanel),
    h('div', { class: 'column' }, decisionPanel),
  ),
);

ruleSetSelect.addEventListener('change', () => selectRuleSet(ruleSetSelect.value));
itemSelect.addEventListener('change', () => selectItem(itemSelect.value));
window.addEventListener('hashchange', fromHash);
fillRuleSets();
fromHash();

function fillRuleSets(): void {
  replace(
    ruleSetSelect,
    choices.map((choice) => h('option', { value: choice.key }, choice.title)),
  );
}

/** `#food-safety/FS-124-1-3` selects a benchmark and an item, so a link shows one case. */
function fromHash(): void {
  const [key = '', code = ''] = decodeURIComponent(location.hash.slice(1)).split('/');
  const choice = choices.find((candidate) => candidate.key === key) ?? (choices[0] as RuleSetChoice);
  selectRuleSet(choice.key, code);
}

function selectRuleSet(key: string, code?: string): void {
  const choice = choices.find((candidate) => candidate.key === key) as RuleSetChoice;
  ruleSetSelect.value = choice.key;
  replace(
    itemSelect,
    choice.ruleSet.items.map((item) => h('option', { value: item.code }, `${item.code} ${item.name}`)),
  );
  const item = choice.ruleSet.items.find((candidate) => candidate.code === code) ?? (choice.ruleSet.items[0] as Item);
  show(choice, item);
}

function selectItem(code: string): void {
  if (current === undefined) return;
  show(current.choice, current.choice.ruleSet.items.find((item) => item.code === code) as Item);
}

function show(choice: RuleSetChoice, item: Item): void {
  itemSelect.value = item.code;
  const hash = `#${choice.key}/${item.code}`;
  if (location.hash !== hash && choice.key !== PASTED) history.replaceState(null, '', hash);
  current = { choice, item, state: defaultState(choice.ruleSet, item) };
  replace(tablePanel, h('h2', {}, '裁量基准表 The benchmark'), itemTable(choice.ruleSet, item));
  renderForm();
  decide();
}

function renderForm(): void {
  if (current === undefined) return;
  const { choice, item, state } = current;
  replace(
    formPanel,
    h('h2', {}, '案件 The case'),
    caseForm(choice.ruleSet, item, state, (reshape) => {
      if (reshape) renderForm();
      decide();
    }),
  );
}

function engineFor(choice: RuleSetChoice): Engine {
  let engine = engines.get(choice.key);
  if (engine === undefined) {
    engine = createEngine([choice.ruleSet]);
    engines.set(choice.key, engine);
  }
  return engine;
}

/** Decides the case in the form, in this page, with @cailiang/core. */
function decide(): void {
  if (current === undefined) return;
  const { choice, item, state } = current;
  const { kase, problems } = buildCase(choice.ruleSet, item, state);
  const fieldProblems = new Map(problems);
  let result: HTMLElement;
  try {
    if (problems.size > 0) throw new Error('请更正标出的字段 — correct the marked fields');
    const reasoning = explainDecision(engineFor(choice), kase);
    result = decisionView(choice.ruleSet, item, kase, reasoning);
  } catch (error) {
    if (!(error instanceof CailiangError) && problems.size === 0) throw error;
    const issues = error instanceof CailiangError ? error.issues : [];
    for (const issue of issues)
      if (/^(facts|dates|party|circumstances)\./.test(issue.path)) fieldProblems.set(issue.path, issue.message);
    result = h(
      'section',
      { class: 'decision refused', 'data-testid': 'refused' },
      h('h2', {}, '无法裁量 The engine refused this case'),
      error instanceof CailiangError ? h('p', {}, h('code', {}, error.code)) : h('p', {}, (error as Error).message),
      h(
        'ul',
        {},
        issues.map((issue) => h('li', {}, h('code', {}, issue.path || '(case)'), ' ', issue.message)),
      ),
    );
  }
  for (const slot of formPanel.querySelectorAll<HTMLElement>('[data-problem-for]'))
    slot.textContent = fieldProblems.get(slot.dataset['problemFor'] ?? '') ?? '';
  replace(
    decisionPanel,
    result,
    h(
      'details',
      { class: 'case-json' },
      h('summary', {}, '案件 JSON · the case as the engine received it'),
      h('pre', { 'data-testid': 'case-json' }, JSON.stringify(kase, null, 2)),
    ),
    h(
      'details',
      { class: 'snippet' },
      h('summary', {}, '在代码中 · the same decision in your code'),
      h('pre', {}, usageSnippet(choice, kase)),
    ),
  );
}

function loadPasted(): void {
  const result = safeLoadRuleSet(pasteArea.value, { source: 'pasted' });
  if (!result.success) {
    replace(
      pasteProblems,
      result.error.issues.map((issue) => h('li', {}, h('code', {}, issue.path || '(document)'), ' ', issue.message)),
    );
    return;
  }
  replace(pasteProblems, h('li', { class: 'ok' }, `载入成功：${result.data.title}（${result.data.items.length} 项）`));
  const pasted: RuleSetChoice = { key: PASTED, title: `${result.data.title}（粘贴 pasted）`, ruleSet: result.data };
  const index = choices.findIndex((choice) => choice.key === PASTED);
  if (index >= 0) choices.splice(index, 1, pasted);
  else choices.push(pasted);
  engines.delete(PASTED);
  fillRuleSets();
  selectRuleSet(PASTED);
}
