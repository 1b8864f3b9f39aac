import type { ReportData } from './report-data.js';
import { formatCount } from './report-data.js';
import { reportWords } from './report-words.js';

/** Markdown text shown literally: the characters Markdown would read as markup are escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

/**
 * A review report in Markdown: counts per verdict and per finding, then the worst cases first,
 * each with its findings and the provisions they cite, then the lines that could not be
 * reviewed. Deterministic: the same output gives the same report.
 *
 * @param data - from {@link reportData}
 * @param language - zh (default) or en: the report's words
 * @returns the Markdown text
 * @example writeFileSync('review.md', renderMarkdownReport(reportData(tally, context)));
 */
export function renderMarkdownReport(data: ReportData, language: 'zh' | 'en' = 'zh'): string {
  const w = reportWords(language);
  const out: string[] = [`# ${w.title}`, ''];
  out.push(`- ${w.input(md(data.input), formatCount(data.lines))}`);
  for (const ruleSet of data.ruleSets)
    out.push(`- ${w.ruleSet(md(ruleSet.id), md(ruleSet.version), md(ruleSet.digest))}`);
  out.push('', `## ${w.verdicts}`, '', `| ${w.verdictColumn} | ${w.casesColumn} |`, '| --- | ---: |');
  out.push(
    `| ${w.verdict('fail')} | ${formatCount(data.verdicts.fail)} |`,
    `| ${w.verdict('warn')} | ${formatCount(data.verdicts.warn)} |`,
    `| ${w.verdict('pass')} | ${formatCount(data.verdicts.pass)} |`,
  );
  out.push(`| ${w.notReviewed} | ${formatCount(data.verdicts.error)} |`);
  out.push('', `## ${w.findings}`, '');
  if (data.findings.length === 0) out.push(w.noFindings);
  else {
    out.push(`| ${w.findingColumn} | ${w.severityColumn} | ${w.casesColumn} |`, '| --- | --- | ---: |');
    for (const finding of data.findings)
      out.push(`| ${md(finding.code)} | ${md(w.severity(finding.severity))} | ${formatCount(finding.cases)} |`);
  }
  out.push('', `## ${w.worstCases}`, '');
  if (data.worst.length === 0) out.push(w.noCaseWithFindings);
  else if (data.worst.length < data.withFindings) out.push(w.worstOf(data.worst.length, data.withFindings), '');
  for (const entry of data.worst) {
    const { record } = entry;
    out.push(
      `### ${w.caseHeading(entry.line)}: ${w.verdict(entry.verdict)} — ${md(record.item.code)} ${md(record.item.name)}`,
      '',
    );
    for (const finding of record.findings) {
      out.push(`- **${md(w.severity(finding.severity))}** ${md(finding.code)}: ${md(finding.message)}`);
      for (const citation of finding.citations) out.push(`  - ${md(citation.text)}`);
    }
    out.push('');
  }
  if (data.verdicts.error > 0) {
    out.push(`## ${w.unreviewable}`, '');
    if (data.errors.length < data.verdicts.error) out.push(w.firstOf(data.errors.length, data.verdicts.error), '');
    out.push(`| ${w.lineColumn} | ${w.errorColumn} | ${w.problemColumn} |`, '| ---: | --- | --- |');
    for (const error of data.errors) out.push(`| ${error.line} | ${md(error.code)} | ${md(error.message)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
