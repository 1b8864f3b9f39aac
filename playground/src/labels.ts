import type { Decision, Language, TraceEntry } from '@cailiang/core';

/**
 * Every word the page itself writes, one table per language (issue #20: Chinese by default,
 * English on request). The rule set's own words — item names, tier labels, citations — are the
 * published table's and stay as published; the engine's words follow its `language` option.
 */
export interface Labels {
  readonly title: string;
  readonly intro: string;
  readonly languageLabel: string;
  readonly benchmark: string;
  readonly item: string;
  readonly paste: string;
  readonly load: string;
  readonly loaded: (title: string, count: number) => string;
  readonly pastedSuffix: string;
  readonly specExampleSuffix: string;
  readonly theTable: string;
  readonly theCase: string;
  readonly correctFields: string;
  readonly refused: string;
  readonly caseJson: string;
  readonly snippet: string;
  readonly decision: string;
  readonly outcomes: Readonly<Record<Decision['outcome'], string>>;
  readonly sanctions: string;
  readonly orders: string;
  readonly mitigation: string;
  readonly exemption: string;
  readonly eligibility: string;
  readonly citations: string;
  readonly deadlines: string;
  readonly warnings: string;
  readonly reasoning: string;
  readonly trace: (steps: number) => string;
  readonly decisionJson: string;
  readonly party: string;
  readonly dates: string;
  readonly facts: string;
  readonly noFacts: string;
  readonly circumstances: string;
  readonly notEstablished: string;
  readonly steps: Readonly<Record<TraceEntry['step'], string>>;
  readonly all: string;
  readonly any: string;
  readonly not: string;
}

export const zh: Labels = {
  title: '裁量 · 在线试用',
  intro:
    '选择裁量基准事项，填写案件，查看裁量结果及其法律依据。以下全部计算都在本页面内完成：没有服务器，不发送任何数据。',
  languageLabel: '语言',
  benchmark: '裁量基准',
  item: '事项',
  paste: '使用自己的规则集（YAML 或 JSON）',
  load: '载入',
  loaded: (title, count) => `载入成功：${title}（${count} 项）`,
  pastedSuffix: '（粘贴）',
  specExampleSuffix: '（规范示例）',
  theTable: '裁量基准表',
  theCase: '案件',
  correctFields: '请更正标出的字段',
  refused: '无法裁量',
  caseJson: '案件 JSON · 引擎收到的案件',
  snippet: '在代码中 · 同一裁量',
  decision: '裁量结果',
  outcomes: {
    penalty: '给予行政处罚',
    'no-penalty': '不予行政处罚',
    'time-barred': '超过追责时效，不再给予行政处罚',
    licensing: '行政许可',
    'correction-ordered': '责令改正，暂不处罚',
    referred: '本机关不予处罚，依法移送',
  },
  sanctions: '处罚',
  orders: '责令改正',
  mitigation: '从轻、减轻',
  exemption: '不予处罚',
  eligibility: '许可条件',
  citations: '依据',
  deadlines: '期限',
  warnings: '注意',
  reasoning: '裁量说理',
  trace: (steps) => `裁量过程（${steps} 步）`,
  decisionJson: '裁量结果 JSON',
  party: '当事人',
  dates: '日期',
  facts: '案件事实',
  noFacts: '本事项不读取案件事实。',
  circumstances: '法定情节（《中华人民共和国行政处罚法》）',
  notEstablished: '未认定：不写入案件，绝不当作“否”。',
  steps: {
    version: '版本',
    'penalty-law': '行政处罚法版本',
    limitation: '追责时效',
    'general-rule': '一般规则',
    exemption: '免罚',
    override: '特别规定（从其规定）',
    concurrence: '竞合',
    'licensing-condition': '许可条件',
    order: '责令改正等措施',
    referral: '移送其他机关',
    mitigation: '从轻减轻',
    'table-rule': '适用规则',
    departure: '偏离指导基准',
    precondition: '前提',
    'fine-condition': '罚款的条件',
    sanction: '并处',
    statutory: '法定幅度',
    tier: '裁量阶次',
    'person-fine': '双罚制',
    'per-unit': '按单位计罚',
    computed: '计算罚款（权重累加 / 按单位增加）',
  },
  all: '全部满足',
  any: '任一满足',
  not: '不满足',
};

export const en: Labels = {
  title: 'cailiang playground',
  intro:
    'Pick a benchmark item, describe a case, and read the decision with its legal basis. Everything below runs @cailiang/core in this page: no server, nothing sent anywhere.',
  languageLabel: 'Language',
  benchmark: 'Benchmark',
  item: 'Item',
  paste: 'Paste your own rule set (YAML or JSON)',
  load: 'Load',
  loaded: (title, count) => `Loaded: ${title} (${count} items)`,
  pastedSuffix: ' (pasted)',
  specExampleSuffix: ' (spec example)',
  theTable: 'The benchmark',
  theCase: 'The case',
  correctFields: 'Correct the marked fields',
  refused: 'The engine refused this case',
  caseJson: 'Case JSON · the case as the engine received it',
  snippet: 'In your code · the same decision',
  decision: 'Decision',
  outcomes: {
    penalty: 'Penalty',
    'no-penalty': 'No penalty',
    'time-barred': 'Time-barred: no penalty',
    licensing: 'Licensing',
    'correction-ordered': 'Correction ordered, no penalty yet',
    referred: 'Referred: no penalty of this agency',
  },
  sanctions: 'Sanctions',
  orders: 'Orders',
  mitigation: 'Mitigation',
  exemption: 'Exemption',
  eligibility: 'Eligibility',
  citations: 'Citations',
  deadlines: 'Deadlines',
  warnings: 'Warnings',
  reasoning: 'Reasoning',
  trace: (steps) => `Trace (${steps} steps)`,
  decisionJson: 'Decision JSON',
  party: 'Party',
  dates: 'Dates',
  facts: 'Facts',
  noFacts: 'This item reads no declared facts.',
  circumstances: 'General circumstances (Administrative Penalty Law)',
  notEstablished: 'Not established: left out of the case, never read as “no”.',
  steps: {
    version: 'version',
    'penalty-law': 'penalty law',
    limitation: 'limitation',
    'general-rule': 'general rule',
    exemption: 'exemption',
    override: 'special rule',
    concurrence: 'concurrence',
    'licensing-condition': 'licensing condition',
    order: 'measure',
    referral: 'referral',
    mitigation: 'mitigation',
    'table-rule': 'table rule',
    departure: 'departure from the guide',
    precondition: 'precondition',
    'fine-condition': 'fine condition',
    sanction: 'sanction',
    statutory: 'statutory range',
    tier: 'tier',
    'person-fine': 'responsible person',
    'per-unit': 'per-unit fine',
    computed: 'computed fine',
  },
  all: 'all of',
  any: 'any of',
  not: 'not',
};

/**
 * The page's language: `?lang=en` asks for English; anything else, or nothing, is Chinese.
 *
 * @param search - the address's query string, `location.search`
 * @returns 'en' or 'zh'
 * @example pageLanguage('?lang=en') // 'en'
 */
export function pageLanguage(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}

/** The label table of a language. */
export function labelsFor(language: Language): Labels {
  return language === 'en' ? en : zh;
}
