import type { Language } from '@cailiang/core';
import { findingRows, formatCount } from './report-data.js';
import type { BatchTally } from './tally.js';

/**
 * The line `cailiang batch` ends with on stderr, in Chinese by default (the officers who run it
 * read Chinese): `批量裁量：2,000 行 · 作出裁量 1,990 行 · 错误记录 10 条（PARSE_ERROR 6、INVALID_CASE 4）`;
 * with `en`, `batch: 2,000 lines · 1,990 decided · 10 error records (PARSE_ERROR 6, INVALID_CASE 4)`.
 * The error codes stay as they are: they are what the error records carry.
 *
 * @param tally - the counts of the whole output
 * @param resumedAfter - lines the output already held when the run began (0: a fresh run)
 * @param language - zh (default) or en
 * @returns the text, ending with a newline
 * @example io.stderr(batchSummary(tally, 0, 'en'));
 */
export function batchSummary(tally: BatchTally, resumedAfter: number, language: Language = 'zh'): string {
  if (language === 'en') {
    const parts = [
      `batch: ${formatCount(tally.lines)} lines`,
      `${formatCount(tally.ok)} decided`,
      `${formatCount(tally.errors)} error records${byCode(tally, 'en')}`,
    ];
    return `${parts.join(' · ')}${resumed(resumedAfter, 'en')}\n`;
  }
  const parts = [
    `批量裁量：${formatCount(tally.lines)} 行`,
    `作出裁量 ${formatCount(tally.ok)} 行`,
    `错误记录 ${formatCount(tally.errors)} 条${byCode(tally, 'zh')}`,
  ];
  return `${parts.join(' · ')}${resumed(resumedAfter, 'zh')}\n`;
}

/** The words of the review table, by language. */
const REVIEW_WORDS = {
  zh: {
    head: '批量审核：',
    lines: (n: string) => `${n} 行`,
    verdicts: (pass: string, warn: string, fail: string, errors: string, codes: string) => [
      `通过 ${pass}`,
      `需说明理由 ${warn}`,
      `不通过 ${fail}`,
      `错误记录 ${errors} 条${codes}`,
    ],
    columns: ['案件数', '类别', '问题'],
    severity: { error: '错误', warning: '警示' } as Record<string, string>,
  },
  en: {
    head: 'review: ',
    lines: (n: string) => `${n} lines`,
    verdicts: (pass: string, warn: string, fail: string, errors: string, codes: string) => [
      `pass ${pass}`,
      `warn ${warn}`,
      `fail ${fail}`,
      `error records ${errors}${codes}`,
    ],
    columns: ['cases', 'severity', 'finding'],
    severity: {} as Record<string, string>,
  },
} as const;

/**
 * The table `cailiang review --batch` ends with on stderr: counts per verdict, then cases per
 * finding code, errors first — in Chinese by default, in English with `en`. Finding codes stay
 * as they are: they are the keys of the report and of `cailiang lint`'s documentation.
 *
 * @param tally - the counts of the whole output
 * @param resumedAfter - lines the output already held when the run began
 * @param language - zh (default) or en
 * @returns the text, ending with a newline
 * @example io.stderr(reviewSummary(tally, 0));
 */
export function reviewSummary(tally: BatchTally, resumedAfter: number, language: Language = 'zh'): string {
  const w = REVIEW_WORDS[language];
  const verdicts = w.verdicts(
    formatCount(tally.pass),
    formatCount(tally.warn),
    formatCount(tally.fail),
    formatCount(tally.errors),
    byCode(tally, language),
  );
  const lines = [
    `${w.head}${w.lines(formatCount(tally.lines))} · ${verdicts.join(' · ')}${resumed(resumedAfter, language)}`,
  ];
  const findings = findingRows(tally);
  if (findings.length > 0) {
    const [cases, severity, finding] = w.columns;
    const width = Math.max(displayWidth(cases), ...findings.map(({ cases: n }) => formatCount(n).length));
    const severities = findings.map((row) => w.severity[row.severity] ?? row.severity);
    const severityWidth = Math.max(displayWidth(severity), ...severities.map(displayWidth));
    lines.push(`  ${padStart(cases, width)}  ${padEnd(severity, severityWidth)}  ${finding}`);
    for (const [index, row] of findings.entries()) {
      const shown = severities[index] ?? row.severity;
      lines.push(`  ${formatCount(row.cases).padStart(width)}  ${padEnd(shown, severityWidth)}  ${row.code}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Columns a string takes in a terminal: a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function byCode(tally: BatchTally, language: Language): string {
  if (tally.errorCodes.size === 0) return '';
  const codes = [...tally.errorCodes.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const listed = codes.map(([code, count]) => `${code} ${formatCount(count)}`);
  return language === 'en' ? ` (${listed.join(', ')})` : `（${listed.join('、')}）`;
}

function resumed(after: number, language: Language): string {
  if (after === 0) return '';
  return language === 'en'
    ? ` (resumed after line ${formatCount(after)})`
    : `（自第 ${formatCount(after)} 行之后续接）`;
}
