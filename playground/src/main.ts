import { CailiangError, createEngine, explainDecision, safeLoadRuleSet } from '@cailiang/core';
import type { Engine } from '@cailiang/core';
import { caseForm } from './case-form.js';
import type { CaseState } from './case-state.js';
import { buildCase, defaultState } from './case-state.js';
import { decisionView } from './decision-view.js';
import { h, replace } from './dom.js';
import type { Item } from './item-facts.js';
import { itemTable } from './item-table.js';
import { L, language } from './language.js';
import type { RuleSetChoice } from './rule-sets.js';
import { PASTED, shippedRuleSets } from './rule-sets.js';
import { usageSnippet } from './snippet.js';

const app = document.getElementById('app') as HTMLElement;
document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
document.title = L.title;
masthead();
const choices: RuleSetChoice[] = shippedRuleSets(L.specExampleSuffix);
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
    h('label', { for: 'rule-set' }, L.benchmark, ruleSetSelect),
    h('label', { for: 'item' }, L.item, itemSelect),
    h(
      'details',
      { class: 'paste' },
      h('summary', {}, L.paste),
      pasteArea,
      h('button', { type: 'button', onclick: loadPasted }, L.load),
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
  replace(tablePanel, h('h2', {}, L.theTable), itemTable(choice.ruleSet, item));
  renderForm();
  decide();
}

function renderForm(): void {
  if (current === undefined) return;
  const { choice, item, state } = current;
  replace(
    formPanel,
    h('h2', {}, L.theCase),
    caseForm(choice.ruleSet, item, state, (reshape) => {
      if (reshape) renderForm();
      decide();
    }),
  );
}

function engineFor(choice: RuleSetChoice): Engine {
  let engine = engines.get(choice.key);
  if (engine === undefined) {
    engine = createEngine([choice.ruleSet], { language });
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
    if (problems.size > 0) throw new Error(L.correctFields);
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
      h('h2', {}, L.refused),
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
      h('summary', {}, L.caseJson),
      h('pre', { 'data-testid': 'case-json' }, JSON.stringify(kase, null, 2)),
    ),
    h('details', { class: 'snippet' }, h('summary', {}, L.snippet), h('pre', {}, usageSnippet(choice, kase))),
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
  replace(pasteProblems, h('li', { class: 'ok' }, L.loaded(result.data.title, result.data.items.length)));
  const pasted: RuleSetChoice = { key: PASTED, title: `${result.data.title}${L.pastedSuffix}`, ruleSet: result.data };
  const index = choices.findIndex((choice) => choice.key === PASTED);
  if (index >= 0) choices.splice(index, 1, pasted);
  else choices.push(pasted);
  engines.delete(PASTED);
  fillRuleSets();
  selectRuleSet(PASTED);
}

/** The header in the page's language, with the select that reloads it in the other (`?lang=en`). */
function masthead(): void {
  const header = document.querySelector('header.masthead') as HTMLElement;
  const languageSelect = h(
    'select',
    { id: 'language', 'data-testid': 'language' },
    h('option', { value: 'zh' }, '中文'),
    h('option', { value: 'en' }, 'English'),
  );
  languageSelect.value = language;
  languageSelect.addEventListener('change', () => {
    const url = new URL(location.href);
    if (languageSelect.value === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    location.assign(url.href);
  });
  replace(
    header,
    h('h1', {}, L.title),
    h('p', {}, L.intro),
    h('label', { for: 'language', class: 'language' }, L.languageLabel, ' ', languageSelect),
  );
}
