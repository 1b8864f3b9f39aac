import { percent } from '../share.js';
import type { Evaluation } from '../types.js';
import { deviationChart, finePositionsChart, tierSharesChart } from './charts.js';
import {
  candidatesSection,
  definitionsSection,
  errorsSection,
  itemsSection,
  neverUsedSection,
} from './html-sections.js';
import { escapeHtml, formatCount } from './text.js';
import { evaluationWords } from './words.js';
import type { EvaluationWords } from './words.js';
import type { Language } from '../../explain/condition-text.js';

/** Options of the HTML report. */
export interface EvaluationHtmlOptions {
  /** The language of the page: zh (default) or en. The figures are the same in both. */
  readonly language?: Language;
}

// Inline, so that the report is one file a legal-affairs office can mail, print or archive.
const STYLE = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
.muted{color:#666;font-size:.9em}.alert{color:#b00;font-weight:600}code{background:#f3f3f3;padding:0 .2rem}
.synthetic{border:3px solid #b00;background:#fff3f3;color:#700;padding:.6rem 1rem;font-size:1.1rem;font-weight:600;margin:1rem 0}
.tiles{display:flex;flex-wrap:wrap;gap:.8rem}.tile{border:1px solid #ccc;border-radius:4px;padding:.5rem .9rem;min-width:9rem}.tile b{display:block;font-size:1.4rem}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg.chart{max-width:100%;height:auto}
ul.columns{columns:2}dt{font-weight:600;margin-top:.5rem}
@media print{.synthetic{-webkit-print-color-adjust:exact;print-color-adjust:exact}}`;

/**
 * The evaluation as one self-contained HTML page: no scripts, no network, no external files —
 * the charts are inline SVG with their figures in hover titles. When any record is synthetic the
 * page says so at the top, in its title and under each chart, so that generated figures can
 * never pass for real ones.
 *
 * @param evaluation - from `evaluate`
 * @param options - `language`: zh (default) or en
 * @returns the HTML text
 * @example writeFileSync('evaluation.html', evaluationHtml(evaluation));
 */
export function evaluationHtml(evaluation: Evaluation, options: EvaluationHtmlOptions = {}): string {
  const w = evaluationWords(options.language ?? 'zh');
  const { records } = evaluation;
  const synthetic = records.synthetic > 0;
  const title = `${synthetic ? w.syntheticTag : ''}${w.title}`;
  const chartNote = synthetic ? w.syntheticChart : '';
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${w.lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    '<header>',
    `<h1>${escapeHtml(w.title)}</h1>`,
    synthetic ? syntheticBanner(evaluation, w) : '',
    metaList(evaluation, w),
    '</header>',
    summaryTiles(evaluation, w),
    candidatesSection(evaluation, w),
    '<section id="charts">',
    `<h2>${w.charts}</h2>`,
    `<figure><figcaption>${escapeHtml(w.captions[0])}${chartNote}</figcaption>${tierSharesChart(evaluation, w)}</figure>`,
    `<figure><figcaption>${escapeHtml(w.captions[1])}${chartNote}</figcaption>${finePositionsChart(evaluation, w)}</figure>`,
    `<figure><figcaption>${escapeHtml(w.captions[2])}${chartNote}</figcaption>${deviationChart(evaluation, w)}</figure>`,
    '</section>',
    itemsSection(evaluation, w),
    neverUsedSection(evaluation, w),
    errorsSection(evaluation, w),
    definitionsSection(evaluation, w),
    `<footer class="muted"><p>${escapeHtml(w.footer(synthetic, evaluation.format))}</p></footer>`,
    '</body>',
    '</html>',
  ];
  return `${out.filter((part) => part !== '').join('\n')}\n`;
}

function syntheticBanner(evaluation: Evaluation, w: EvaluationWords): string {
  const { total, synthetic } = evaluation.records;
  const seed = evaluation.source?.seed === undefined ? '' : w.seed(String(evaluation.source.seed));
  const which =
    synthetic === total ? w.syntheticAll(total) : w.syntheticSome(synthetic, total, percent(synthetic, total));
  return `<div class="synthetic" role="alert">${escapeHtml(w.syntheticBanner(which, seed))}</div>`;
}

function metaList(evaluation: Evaluation, w: EvaluationWords): string {
  const { records } = evaluation;
  const items = [
    `<li>${w.source(`<code>${escapeHtml(evaluation.source?.name ?? w.sourceDefault)}</code>`)}</li>`,
    ...evaluation.ruleSets.map(
      (ruleSet) =>
        `<li>${w.ruleSet(escapeHtml(ruleSet.title), escapeHtml(ruleSet.id), escapeHtml(ruleSet.version), `<code>${escapeHtml(ruleSet.digest.slice(0, 19))}…</code>`)}</li>`,
    ),
    `<li>${w.records(records.total, records.decided, records.errors, records.synthetic)}</li>`,
  ];
  return `<ul class="meta">${items.join('')}</ul>`;
}

function summaryTiles(evaluation: Evaluation, w: EvaluationWords): string {
  const used = evaluation.items.filter((item) => item.cases > 0).length;
  let fines = 0;
  let deviations = 0;
  let atMaximum = 0;
  let compared = 0;
  for (const item of evaluation.items) {
    fines += item.fines.count;
    deviations += item.deviation.count;
    atMaximum += item.maximum.atMaximum;
    compared += item.maximum.compared;
  }
  const [decided, itemsUsed, compared_, rate, maximum, candidates] = w.tiles;
  const tiles: [string, string][] = [
    [decided, formatCount(evaluation.records.decided)],
    [itemsUsed, `${formatCount(used)} / ${formatCount(evaluation.items.length)}`],
    [compared_, formatCount(fines)],
    [rate, percent(deviations, fines)],
    [maximum, percent(atMaximum, compared)],
    [candidates, formatCount(evaluation.candidates.length)],
  ];
  return `<section id="summary" class="tiles">${tiles.map(([label, value]) => `<div class="tile"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`).join('')}</section>`;
}
