import type { ReportData } from './report-data.js';
import { formatCount } from './report-data.js';

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
 * @returns the Markdown text
 * @example writeFileSync('review.md', renderMarkdownReport(reportData(tally, context)));
 */
export function renderMarkdownReport(data: ReportData): string {
  const out: string[] = ['# Batch review report (法制审核)', ''];
  out.push(`- Input: ${md(data.input)}, ${formatCount(data.lines)} lines`);
  for (const ruleSet of data.ruleSets)
    out.push(`- Rule set: ${md(ruleSet.id)} ${md(ruleSet.version)} (${md(ruleSet.digest)})`);
  out.push('', '## Verdicts', '', '| verdict | cases |', '| --- | ---: |');
  out.push(
    `| fail | ${formatCount(data.verdicts.fail)} |`,
    `| warn | ${formatCount(data.verdicts.warn)} |`,
    `| pass | ${formatCount(data.verdicts.pass)} |`,
  );
  out.push(`| not reviewed (error record) | ${formatCount(data.verdicts.error)} |`);
  out.push('', '## Findings', '');
  if (data.findings.length === 0) out.push('No findings.');
  else {
    out.push('| finding | severity | cases |', '| --- | --- | ---: |');
    for (const finding of data.findings)
      out.push(`| ${md(finding.code)} | ${md(finding.severity)} | ${formatCount(finding.cases)} |`);
  }
  out.push('', '## Cases, worst first', '');
  if (data.worst.length === 0) out.push('No case has findings.');
  else if (data.worst.length < data.withFindings)
    out.push(
      `The ${formatCount(data.worst.length)} worst of ${formatCount(data.withFindings)} cases with findings.`,
      '',
    );
  for (const entry of data.worst) {
    const { record } = entry;
    out.push(`### Line ${entry.line}: ${entry.verdict} — ${md(record.item.code)} ${md(record.item.name)}`, '');
    for (const finding of record.findings) {
      out.push(`- **${md(finding.severity)}** ${md(finding.code)}: ${md(finding.message)}`);
      for (const citation of finding.citations) out.push(`  - ${md(citation.text)}`);
    }
    out.push('');
  }
  if (data.verdicts.error > 0) {
    out.push('## Lines that could not be reviewed', '');
    if (data.errors.length < data.verdicts.error)
      out.push(`The first ${formatCount(data.errors.length)} of ${formatCount(data.verdicts.error)}.`, '');
    out.push('| line | error | problem |', '| ---: | --- | --- |');
    for (const error of data.errors) out.push(`| ${error.line} | ${md(error.code)} | ${md(error.message)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
