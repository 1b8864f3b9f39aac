import { CIRCUMSTANCE_NAMES, CIRCUMSTANCES } from '@cailiang/core';
import type { CircumstanceName, FactDeclaration, RuleSet } from '@cailiang/core';
import type { CaseState } from './case-state.js';
import { LICENSING_DATES, PENALTY_DATES } from './case-state.js';
import { h } from './dom.js';
import { L } from './language.js';
import type { Item } from './item-facts.js';
import { itemFacts } from './item-facts.js';

/** Where each general circumstance comes from in the 行政处罚法 (2021). */
const CIRCUMSTANCE_ARTICLES: Record<CircumstanceName, string> = {
  capacity: '第三十一条',
  eliminatedHarm: '第三十二条第（一）项',
  coerced: '第三十二条第（二）项',
  confessedUnknown: '第三十二条第（三）项',
  meritorious: '第三十二条第（四）项',
  minorViolation: '第三十三条第一款',
  correctedInTime: '第三十三条第一款',
  harmfulConsequence: '第三十三条第一款、第三十六条',
  firstViolation: '第三十三条第一款',
  minorHarm: '第三十三条第一款',
  noFault: '第三十三条第二款',
  lifeHealthOrFinancialSafety: '第三十六条',
};

const CAPACITY_LABELS: Record<string, string> = { full: '完全', limited: '尚未完全丧失', none: '不能辨认或者控制' };

const TYPE_HINTS: Record<FactDeclaration['type'], string> = {
  money: '金额（元），可写 8,000',
  quantity: '数量（按所示单位）',
  integer: '整数',
  number: '数值',
  boolean: '是/否',
  enum: '选项',
  date: '日期',
};

/**
 * The case form of an item, generated from the facts it declares: money as text checked as a
 * decimal, integers and numbers as number fields, enums as selects labelled with `valueLabels`,
 * booleans as 是/否, dates as date fields; the general circumstances as tri-state selects, where
 * 未认定 (not established) is left out of the case rather than read as 否.
 *
 * @param onChange - called after every edit, with the state already updated; `reshape` when
 *   the form itself changes (an individual has an age)
 */
export function caseForm(
  ruleSet: RuleSet,
  item: Item,
  state: CaseState,
  onChange: (reshape: boolean) => void,
): HTMLFormElement {
  const { declared, circumstancesRead } = itemFacts(ruleSet, item);
  const dates = item.kind === 'licensing' ? LICENSING_DATES : PENALTY_DATES;
  const form = h(
    'form',
    { id: 'case-form', class: 'case-form', novalidate: true, onsubmit: (event) => event.preventDefault() },
    h(
      'fieldset',
      {},
      h('legend', {}, L.party),
      field(
        'party.kind',
        '当事人类型',
        select('party.kind', state.partyKind, [
          ['organization', '法人或者其他组织'],
          ['individual', '公民（自然人）'],
        ]),
        '必填',
      ),
      state.partyKind === 'individual'
        ? field(
            'party.age',
            '年龄（周岁）',
            input('party.age', state.age, { type: 'number', min: 0, step: 1, inputmode: 'numeric' }),
            '《中华人民共和国行政处罚法》第三十条',
          )
        : null,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, L.dates),
      dates.map(([name, label, required]) =>
        field(
          `dates.${name}`,
          label,
          input(`dates.${name}`, state.dates[name] ?? '', { type: 'date', required }),
          required ? '必填' : '选填',
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, L.facts),
      declared.length === 0 ? h('p', { class: 'hint' }, L.noFacts) : null,
      declared.map(([name, fact]) =>
        field(
          `facts.${name}`,
          fact.label,
          factInput(name, fact, state.facts[name] ?? ''),
          `${TYPE_HINTS[fact.type]}${bounds(fact)}`,
        ),
      ),
    ),
    item.kind === 'penalty'
      ? h(
          'details',
          { class: 'circumstances', open: circumstancesRead.size > 0 },
          h('summary', {}, L.circumstances),
          h('p', { class: 'hint' }, L.notEstablished),
          CIRCUMSTANCE_NAMES.map((name) =>
            field(
              `circumstances.${name}`,
              CIRCUMSTANCES[name].label,
              circumstanceSelect(name, state.circumstances[name] ?? ''),
              `${CIRCUMSTANCE_ARTICLES[name]}${circumstancesRead.has(name) ? ' · 本事项条件引用' : ''}`,
            ),
          ),
        )
      : null,
  );
  const update = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const [group, name] = target.name.split('.') as [string, string];
    if (group === 'party' && name === 'kind') state.partyKind = target.value as CaseState['partyKind'];
    else if (group === 'party') state.age = target.value;
    else if (group === 'dates') state.dates[name] = target.value;
    else if (group === 'facts') state.facts[name] = target.value;
    else if (group === 'circumstances') state.circumstances[name] = target.value;
    onChange(group === 'party' && name === 'kind');
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  return form;
}

function field(name: string, label: string, control: HTMLElement, hint: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    h('small', { class: 'hint' }, hint),
    h('span', { class: 'problem', 'data-problem-for': name, role: 'alert' }),
  );
}

function factInput(name: string, fact: FactDeclaration, value: string): HTMLElement {
  const key = `facts.${name}`;
  switch (fact.type) {
    case 'money':
      return input(key, value, {
        type: 'text',
        inputmode: 'decimal',
        pattern: '(0|[1-9][0-9]*)(\\.[0-9]+)?',
        placeholder: '如 8000.50',
        autocomplete: 'off',
      });
    case 'quantity':
      // 占地面积 12.5 平方米, 3 处: a decimal the engine reads exactly; whole where the fact is counted.
      return input(key, value, {
        type: 'text',
        inputmode: fact.countable === true ? 'numeric' : 'decimal',
        pattern: fact.countable === true ? '(0|[1-9][0-9]*)' : '(0|[1-9][0-9]*)(\\.[0-9]+)?',
        placeholder: fact.countable === true ? `如 3（${fact.unit ?? ''}）` : `如 12.5（${fact.unit ?? ''}）`,
        autocomplete: 'off',
      });
    case 'integer':
      return input(key, value, { type: 'number', step: 1, min: fact.min, max: fact.max, inputmode: 'numeric' });
    case 'number':
      return input(key, value, { type: 'number', step: 'any', min: fact.min, max: fact.max });
    case 'boolean':
      return select(key, value, [
        ['', '请选择'],
        ['true', '是'],
        ['false', '否'],
      ]);
    case 'enum':
      return select(key, value, [
        ['', '请选择'],
        ...(fact.values ?? []).map((entry) => [entry, fact.valueLabels?.[entry] ?? entry] as const),
      ]);
    case 'date':
      return input(key, value, { type: 'date', min: fact.min, max: fact.max });
  }
}

function circumstanceSelect(name: CircumstanceName, value: string): HTMLSelectElement {
  const declaration = CIRCUMSTANCES[name] as FactDeclaration;
  const options: (readonly [string, string])[] =
    declaration.type === 'enum'
      ? (declaration.values ?? []).map((entry) => [entry, CAPACITY_LABELS[entry] ?? entry] as const)
      : [
          ['true', '是'],
          ['false', '否'],
        ];
  return select(`circumstances.${name}`, value, [['', '未认定'], ...options]);
}

function input(
  name: string,
  value: string,
  attributes: Record<string, string | number | boolean | undefined>,
): HTMLInputElement {
  const element = h('input', { id: fieldId(name), name, 'data-field': name, ...attributes });
  element.value = value;
  return element;
}

function select(name: string, value: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const element = h(
    'select',
    { id: fieldId(name), name, 'data-field': name },
    options.map(([key, label]) => h('option', { value: key }, label)),
  );
  element.value = value;
  return element;
}

function bounds(fact: FactDeclaration): string {
  if (fact.min === undefined && fact.max === undefined) return '';
  return ` · ${fact.min ?? '…'}–${fact.max ?? '…'}`;
}

function fieldId(name: string): string {
  return `field-${name.replace('.', '-')}`;
}
