import { formatCount } from '../display-text.js';

/**
 * The words of a review report (法制审核), in Chinese (the default: the report goes to legal
 * reviewers) or English (--lang en). Codes (finding codes, error codes) stay as they are in both:
 * they are what a reader searches the documentation for.
 */
export interface ReportWords {
  readonly lang: string;
  readonly title: string;
  input(name: string, lines: string): string;
  ruleSet(id: string, version: string, digest: string): string;
  readonly verdicts: string;
  readonly verdictColumn: string;
  readonly casesColumn: string;
  verdict(verdict: 'fail' | 'warn' | 'pass'): string;
  readonly notReviewed: string;
  readonly findings: string;
  readonly findingColumn: string;
  readonly severityColumn: string;
  severity(severity: string): string;
  readonly noFindings: string;
  readonly worstCases: string;
  readonly noCaseWithFindings: string;
  worstOf(shown: number, all: number): string;
  caseHeading(line: number): string;
  readonly unreviewable: string;
  firstOf(shown: number, all: number): string;
  readonly lineColumn: string;
  readonly errorColumn: string;
  readonly problemColumn: string;
}

const ZH_VERDICTS = { fail: '不通过', warn: '需说明理由', pass: '通过' } as const;
const ZH_SEVERITIES: Record<string, string> = { error: '错误', warning: '警示' };

const ZH: ReportWords = {
  lang: 'zh-CN',
  title: '批量法制审核报告',
  input: (name, lines) => `输入：${name}，共${lines}行`,
  ruleSet: (id, version, digest) => `规则集：${id} ${version}（${digest}）`,
  verdicts: '审核结论',
  verdictColumn: '结论',
  casesColumn: '案件数',
  verdict: (verdict) => ZH_VERDICTS[verdict],
  notReviewed: '未能审核（错误记录）',
  findings: '审核发现的问题',
  findingColumn: '问题',
  severityColumn: '严重程度',
  severity: (severity) => ZH_SEVERITIES[severity] ?? severity,
  noFindings: '未发现问题。',
  worstCases: '案件（问题最严重的在前）',
  noCaseWithFindings: '没有发现问题的案件。',
  worstOf: (shown, all) => `有问题的${formatCount(all)}件案件中最严重的${formatCount(shown)}件。`,
  caseHeading: (line) => `第${line}行`,
  unreviewable: '未能审核的行',
  firstOf: (shown, all) => `共${formatCount(all)}行，列出前${formatCount(shown)}行。`,
  lineColumn: '行',
  errorColumn: '错误',
  problemColumn: '问题',
};

const EN: ReportWords = {
  lang: 'en',
  title: 'Batch review report (法制审核)',
  input: (name, lines) => `Input: ${name}, ${lines} lines`,
  ruleSet: (id, version, digest) => `Rule set: ${id} ${version} (${digest})`,
  verdicts: 'Verdicts',
  verdictColumn: 'verdict',
  casesColumn: 'cases',
  verdict: (verdict) => verdict,
  notReviewed: 'not reviewed (error record)',
  findings: 'Findings',
  findingColumn: 'finding',
  severityColumn: 'severity',
  severity: (severity) => severity,
  noFindings: 'No findings.',
  worstCases: 'Cases, worst first',
  noCaseWithFindings: 'No case has findings.',
  worstOf: (shown, all) => `The ${formatCount(shown)} worst of ${formatCount(all)} cases with findings.`,
  caseHeading: (line) => `Line ${line}`,
  unreviewable: 'Lines that could not be reviewed',
  firstOf: (shown, all) => `The first ${formatCount(shown)} of ${formatCount(all)}.`,
  lineColumn: 'line',
  errorColumn: 'error',
  problemColumn: 'problem',
};

/**
 * The words of a review report in a language.
 *
 * @param language - zh (default) or en
 * @returns the words
 * @example reportWords('zh').title // '批量法制审核报告'
 */
export function reportWords(language: 'zh' | 'en' = 'zh'): ReportWords {
  return language === 'en' ? EN : ZH;
}
