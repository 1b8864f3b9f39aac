import { minimalRuleSet } from './builders.js';

/**
 * A rule set that uses every corner of the format a table must carry without loss: numeric and
 * numeric-looking tier levels, multi-line and spreadsheet-sensitive text, conditions the
 * mini-syntax cannot write (a `name`), fact references, text that looks like a number, ranged
 * sanctions with units and per-tier settings, preconditions, orders, licensing conditions and
 * materials, odd band names, and empty lists.
 */
export function oddRuleSet(): Record<string, any> {
  return minimalRuleSet(
    {
      code: 'T-1.a',
      powerItem: { code: '330201001000', name: '对测试违法行为的处罚' },
      description: '第一行\n第二行, with "quotes"',
      orders: [
        { kind: 'correct-within-period', label: '责令限期改正', basis: [{ law: 'L', article: 50, paragraph: 2 }] },
      ],
      statutory: {
        precondition: { all: [{ fact: 'refused', operator: 'equal', value: true }] },
        fine: [
          {
            when: { fact: 'amount', operator: 'lessThan', value: '10000' },
            range: { min: '10000', max: '50000' },
            note: '=SUM(A1)',
          },
          {
            when: { fact: 'amount', operator: 'greaterThanInclusive', value: 10000 },
            multiple: { of: 'amount', min: '1.5', max: '3' },
            optional: true,
          },
        ],
        with: [
          { kind: 'warning' },
          { kind: 'detention', range: { min: '5', max: '15' }, unit: 'day' },
          {
            kind: 'confiscate-illegal-income',
            of: 'amount',
            when: { not: { fact: 'count', operator: 'equal', value: 0 } },
          },
        ],
        also: [
          {
            kind: 'suspend-business',
            range: { min: '1', max: '6' },
            unit: 'month',
            optional: true,
            note: '-情节严重的',
          },
        ],
      },
      tiers: [
        {
          level: 1,
          label: '从 轻',
          when: { all: [{ fact: 'count', operator: 'equal', value: 0, name: 'first' }] },
          fine: { band: 'light band.1' },
          add: [],
          description: '- 以破折号开头',
        },
        {
          level: '2',
          label: '2',
          fine: { range: { min: '20000', max: '30000' } },
          sanctions: { detention: { range: { min: '7', max: '10' } } },
        },
        {
          level: '较重',
          label: '较重',
          when: {
            any: [
              { fact: 'count', operator: 'greaterThanInclusive', value: 2 },
              { fact: 'amount', operator: 'greaterThan', value: { fact: 'limit' } },
              { fact: 'grade', operator: 'in', value: ['重大', 'a b', 'true'] },
            ],
          },
          fine: { multiple: { of: 'amount', min: '2', max: '3' } },
          add: [{ kind: 'suspend-business', optional: true }],
          sanctions: { 'suspend-business': { band: 'heavier' }, detention: { band: 'heavier' } },
        },
      ],
      exemptions: [
        {
          id: 'first',
          label: '首违不罚',
          mandatory: true,
          when: {
            all: [
              { fact: 'count', operator: 'equal', value: 0 },
              { fact: 'correctedInTime', operator: 'equal', value: true },
            ],
          },
          basis: [{ law: 'L', article: 33, paragraph: 1 }],
        },
      ],
    },
    {
      $schema: 'https://example.org/rule-set.schema.json',
      registration: 'SDXX-2025-0001',
      provenance: { source: 'example', convention: '30/40/30', note: 'line one\nline two' },
      effective: { from: '2025-01-01', until: '2025-12-31' },
      policy: {
        fineBands: { 'light band.1': ['0', '0.3'], general: ['0.3', 0.7], heavier: ['0.7', '1'] },
        rounding: { scale: 2, mode: 'half-even' },
        tierSelection: 'first',
        mitigation: { band: 'light band.1', reducedFloor: '0.5' },
        hearingThresholds: { individual: '2000', organization: 10000 },
      },
      facts: {
        amount: { type: 'money', label: '违法所得', min: 0 },
        limit: { type: 'money', label: '限额' },
        count: { type: 'integer', min: 0, max: '99', label: '次数', description: '含本次' },
        refused: { type: 'boolean', label: '拒不改正' },
        grade: { type: 'enum', values: ['重大', 'a b', 'true'], valueLabels: { 重大: '重大（一级）' }, label: '等级' },
        since: { type: 'date', label: '起算日', min: '2020-01-01' },
      },
    },
  );
}

/** The same, with a licensing item after the penalty item. */
export function oddRuleSetWithLicensing(): Record<string, any> {
  const data = oddRuleSet();
  data.laws.ALL = { title: '中华人民共和国行政许可法', edition: '2019-04-23' };
  data.items.push({
    code: 'LIC-1',
    name: '测试许可',
    kind: 'licensing',
    basis: [{ law: 'ALL', article: 42, paragraph: 1 }],
    timeLimit: { statutory: { workingDays: 20, extension: 10 }, promised: { workingDays: 5 } },
    conditions: [
      {
        id: 'site',
        label: '有固定场所',
        when: { fact: 'refused', operator: 'equal', value: false },
        basis: [{ law: 'L', article: 10 }],
      },
    ],
    materials: [
      { id: 'form', label: '申请书' },
      { id: 'licence.copy', label: '营业执照复印件', basis: [{ law: 'L', article: 11 }] },
    ],
  });
  return data;
}

/**
 * Every v2 key a table must carry: a fine on its own condition (`fineCondition`, 拒不改正的，处…罚款)
 * beside a sanction imposed now, the statute's words (`text`) on `with` and `also` sanctions, the
 * escalation 「直至」 (`upTo`), a percentage multiple (百分之五, `min: "0.05"`) with its own `basis`, and an
 * optional one.
 */
export function oddRuleSetV2(): Record<string, any> {
  const data = oddRuleSet();
  data.format = 'cailiang.rule-set/v2';
  const item = data.items[0];
  delete item.statutory.precondition;
  item.statutory.fineCondition = { all: [{ fact: 'refused', operator: 'equal', value: true }] };
  item.statutory.fine[1].multiple = { of: 'amount', min: '0.05', max: '0.5' };
  item.statutory.fine[1].basis = [{ law: 'L', article: 50, paragraph: 2 }];
  item.statutory.with[0] = { kind: 'warning', text: '予以警告' };
  item.statutory.also = [
    { kind: 'suspend-business', text: '责令停业整顿', when: { fact: 'refused', operator: 'equal', value: true } },
    { kind: 'revoke-licence', text: '吊销许可证', upTo: true, optional: true, note: '直至吊销许可证' },
  ];
  item.tiers[2].fine = { multiple: { of: 'amount', min: '0.3', max: '0.5' } };
  item.tiers[2].add = [{ kind: 'suspend-business' }, { kind: 'revoke-licence', optional: true }];
  delete item.tiers[2].sanctions['suspend-business'];
  return data;
}
