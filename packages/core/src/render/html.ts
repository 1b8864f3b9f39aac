import type { RuleSet } from '../ruleset/load.js';
import { ruleSetDigest } from '../ruleset/load.js';
import { GROUND_HEADINGS, LICENSING_HEADINGS, PENALTY_HEADINGS, SECTION_TITLES } from './markdown.js';
import { benchmarkTable, licensingCells } from './table.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Extra CSS appended to the built-in style sheet (a seal, an agency's fonts…). */
  readonly css?: string;
}

const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 24px; font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif; font-size: 10.5pt; line-height: 1.55; }
header.document { margin-bottom: 16px; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 12px; font-family: "Heiti SC", "SimHei", "Noto Sans CJK SC", sans-serif; }
h2 { font-size: 13pt; margin: 18px 0 8px; font-family: "Heiti SC", "SimHei", "Noto Sans CJK SC", sans-serif; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
ol.rules { margin: 0; padding-left: 1.6em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #e8e8e8; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.ordinal, td.tier { text-align: center; }
footer { margin-top: 16px; font-size: 8pt; color: #444; }
@media print {
  body { margin: 0; font-size: 9pt; }
  thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
`.trim();

const PENALTY_WIDTHS = ['4%', '12%', '12%', '22%', '6%', '22%', '22%'];
const LICENSING_WIDTHS = ['4%', '14%', '16%', '14%', '8%', '24%', '20%'];
const GROUND_WIDTHS = ['4%', '20%', '40%', '14%', '22%'];

/**
 * A rule set as a self-contained, printable HTML page for publication (公示): inline CSS with
 * print rules (A4 landscape, header rows repeated on each page), no scripts, no network. The
 * header gives title, 制定机关, 文号, 施行日期, version and provenance; the penalty table spans
 * each item's cells over its tier rows (`rowspan`). Each item is a `<tbody data-item="CODE">`
 * and each tier a `<tr data-level="LEVEL">`, for tests and scripts.
 *
 * @param ruleSet - a loaded rule set
 * @param options - extra CSS
 * @returns the HTML document
 * @example writeFileSync('benchmark.html', renderHtml(ruleSet))
 */
export function renderHtml(ruleSet: RuleSet, options: RenderHtmlOptions = {}): string {
  const table = benchmarkTable(ruleSet);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="cailiang">',
    `<title>${escapeHtml(table.header.title)}</title>`,
    `<style>\n${STYLE}${options.css === undefined ? '' : `\n${options.css.replace(/<\/style/gi, '<\\/style')}`}\n</style>`,
    '</head>',
    '<body>',
    '<header class="document">',
    `<h1>${escapeHtml(table.header.title)}</h1>`,
    '<dl class="fields">',
    ...table.header.fields.map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`),
    '</dl>',
    '</header>',
    `<section class="rules"><h2>${SECTION_TITLES.rules}</h2>`,
    '<ol class="rules">',
    ...table.header.rules.map((rule) => `<li>${escapeHtml(rule)}</li>`),
    '</ol>',
    '</section>',
  ];
  // A licensing-only benchmark has no penalty table: an empty one would read as 「无处罚事项」.
  if (table.penalty.length > 0 || table.licensing.length === 0)
    out.push(
      `<section class="penalty"><h2>${SECTION_TITLES.penalty}</h2>`,
      '<table class="benchmark">',
      colgroup(PENALTY_WIDTHS),
      headRow(PENALTY_HEADINGS),
    );
  for (const item of table.penalty) {
    out.push(`<tbody data-item="${escapeHtml(item.code)}">`);
    const span = item.tiers.length > 1 ? ` rowspan="${item.tiers.length}"` : '';
    item.tiers.forEach((tier, index) => {
      const cells = [
        ...(index === 0
          ? [
              `<td class="ordinal"${span}>${item.ordinal}</td>`,
              `<td class="offence"${span}>${lines(item.offence)}</td>`,
              `<td class="violates"${span}>${lines(item.violates)}</td>`,
              `<td class="basis"${span}>${lines(item.basis)}</td>`,
            ]
          : []),
        `<td class="tier">${escapeHtml(tier.label)}</td>`,
        `<td class="circumstances">${lines(tier.circumstances)}</td>`,
        `<td class="standard">${lines(tier.standard)}</td>`,
      ];
      out.push(`<tr data-level="${escapeHtml(String(tier.level))}">${cells.join('')}</tr>`);
    });
    out.push('</tbody>');
  }
  if (table.penalty.length > 0 || table.licensing.length === 0) out.push('</table>', '</section>');
  if (table.licensing.length > 0) {
    out.push(
      `<section class="licensing"><h2>${SECTION_TITLES.licensing}</h2>`,
      '<table class="licensing">',
      colgroup(LICENSING_WIDTHS),
      headRow(LICENSING_HEADINGS),
      '<tbody>',
    );
    for (const row of table.licensing) {
      const cells = licensingCells(row);
      out.push(
        `<tr data-item="${escapeHtml(row.code)}">${cells.map((cell, index) => `<td${index === 0 ? ' class="ordinal"' : ''}>${lines(cell)}</td>`).join('')}</tr>`,
      );
    }
    out.push('</tbody>', '</table>', '</section>');
  }
  if (table.grounds.length > 0) {
    out.push(
      `<section class="grounds"><h2>${SECTION_TITLES.grounds}</h2>`,
      '<table class="grounds">',
      colgroup(GROUND_WIDTHS),
      headRow(GROUND_HEADINGS),
      '<tbody>',
    );
    for (const row of table.grounds) {
      const cells = [String(row.ordinal), row.offence, row.circumstances, row.treatment, row.basis];
      out.push(
        `<tr data-item="${escapeHtml(row.code)}">${cells.map((cell, index) => `<td${index === 0 ? ' class="ordinal"' : ''}>${lines(cell)}</td>`).join('')}</tr>`,
      );
    }
    out.push('</tbody>', '</table>', '</section>');
  }
  out.push(
    `<footer>由 cailiang 依据规则集 ${escapeHtml(ruleSet.id)} ${escapeHtml(ruleSet.version)} 生成，摘要 <code>${ruleSetDigest(ruleSet)}</code></footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

function colgroup(widths: readonly string[]): string {
  return `<colgroup>${widths.map((width) => `<col style="width:${width}">`).join('')}</colgroup>`;
}

function headRow(headings: readonly string[]): string {
  return `<thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>`;
}

function lines(value: string | readonly string[]): string {
  const list = typeof value === 'string' ? value.split('\n') : value.flatMap((line) => line.split('\n'));
  return list.map(escapeHtml).join('<br>');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
