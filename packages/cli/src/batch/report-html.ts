import type { ReportData } from './report-data.js';
import { formatCount } from './report-data.js';
import { escapeHtml } from '../display-text.js';
import { reportWords } from './report-words.js';

// Inline, so that the report is one file a reviewer can mail or archive.
const STYLE = `body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}td.n{text-align:right}
.fail{color:#a00}.warn{color:#a60}.error{color:#a00;font-weight:600}.warning{color:#a60}
section.case{border-left:4px solid #ccc;padding-left:.8rem;margin:1rem 0}section.case.fail{border-color:#a00}section.case.warn{border-color:#a60}
ul.cite{color:#444;font-size:.9em}code{background:#f3f3f3;padding:0 .2rem}`;

/**
 * A review report as one self-contained HTML page (no scripts, no external files): the same
 * content as the Markdown report.
 *
 * @param data - from {@link reportData}
 * @param language - zh (default) or en: the report's words; finding messages come in the language the review used
 * @returns the HTML text
 * @example writeFileSync('review.html', renderHtmlReport(reportData(tally, context)));
 */
export function renderHtmlReport(data: ReportData, language: 'zh' | 'en' = 'zh'): string {
  const w = reportWords(language);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${w.lang}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(w.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(w.title)}</h1>`,
    '<ul>',
    `<li>${w.input(`<code>${escapeHtml(data.input)}</code>`, formatCount(data.lines))}</li>`,
    ...data.ruleSets.map(
      (ruleSet) =>
        `<li>${w.ruleSet(escapeHtml(ruleSet.id), escapeHtml(ruleSet.version), `<code>${escapeHtml(ruleSet.digest)}</code>`)}</li>`,
    ),
    '</ul>',
    `<h2>${w.verdicts}</h2>`,
    `<table><tr><th>${w.verdictColumn}</th><th>${w.casesColumn}</th></tr>`,
    `<tr><td class="fail">${w.verdict('fail')}</td><td class="n">${formatCount(data.verdicts.fail)}</td></tr>`,
    `<tr><td class="warn">${w.verdict('warn')}</td><td class="n">${formatCount(data.verdicts.warn)}</td></tr>`,
    `<tr><td>${w.verdict('pass')}</td><td class="n">${formatCount(data.verdicts.pass)}</td></tr>`,
    `<tr><td>${w.notReviewed}</td><td class="n">${formatCount(data.verdicts.error)}</td></tr>`,
    '</table>',
    `<h2>${w.findings}</h2>`,
  ];
  if (data.findings.length === 0) out.push(`<p>${w.noFindings}</p>`);
  else {
    out.push(`<table><tr><th>${w.findingColumn}</th><th>${w.severityColumn}</th><th>${w.casesColumn}</th></tr>`);
    for (const finding of data.findings) {
      out.push(
        `<tr><td><code>${escapeHtml(finding.code)}</code></td><td class="${escapeHtml(finding.severity)}">${escapeHtml(w.severity(finding.severity))}</td><td class="n">${formatCount(finding.cases)}</td></tr>`,
      );
    }
    out.push('</table>');
  }
  out.push(`<h2>${w.worstCases}</h2>`);
  if (data.worst.length === 0) out.push(`<p>${w.noCaseWithFindings}</p>`);
  else if (data.worst.length < data.withFindings) out.push(`<p>${w.worstOf(data.worst.length, data.withFindings)}</p>`);
  for (const entry of data.worst) {
    const { record } = entry;
    out.push(
      `<section class="case ${entry.verdict}"><h3>${w.caseHeading(entry.line)}: <span class="${entry.verdict}">${w.verdict(entry.verdict)}</span> — ${escapeHtml(record.item.code)} ${escapeHtml(record.item.name)}</h3><ul>`,
    );
    for (const finding of record.findings) {
      const citations = finding.citations.map((citation) => `<li>${escapeHtml(citation.text)}</li>`).join('');
      out.push(
        `<li><span class="${escapeHtml(finding.severity)}">${escapeHtml(w.severity(finding.severity))}</span> <code>${escapeHtml(finding.code)}</code>: ${escapeHtml(finding.message)}<ul class="cite">${citations}</ul></li>`,
      );
    }
    out.push('</ul></section>');
  }
  if (data.verdicts.error > 0) {
    out.push(`<h2>${w.unreviewable}</h2>`);
    if (data.errors.length < data.verdicts.error)
      out.push(`<p>${w.firstOf(data.errors.length, data.verdicts.error)}</p>`);
    out.push(`<table><tr><th>${w.lineColumn}</th><th>${w.errorColumn}</th><th>${w.problemColumn}</th></tr>`);
    for (const error of data.errors)
      out.push(
        `<tr><td class="n">${error.line}</td><td><code>${escapeHtml(error.code)}</code></td><td>${escapeHtml(error.message)}</td></tr>`,
      );
    out.push('</table>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
