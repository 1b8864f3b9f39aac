import { percent } from '../share.js';
import type { Evaluation, ItemEvaluation, OfferedSummary } from '../types.js';
import { escapeHtml, formatAmount, formatCount, formatShare } from './text.js';
import { evaluationWords } from './words.js';
import type { EvaluationWords } from './words.js';

const ZH = evaluationWords('zh');

/** Candidates listed in the page; the JSON and CSV hold them all. */
export const PAGE_CANDIDATES = 40;

/** The ranked revision candidates, with their evidence. */
export function candidatesSection(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const { candidates } = evaluation;
  const out = ['<section id="candidates">', `<h2>${w.candidates}</h2>`];
  if (candidates.length === 0) {
    out.push(`<p>${w.noCandidates}</p></section>`);
    return out.join('\n');
  }
  if (candidates.length > PAGE_CANDIDATES) out.push(`<p>${w.strongest(PAGE_CANDIDATES, candidates.length)}</p>`);
  out.push(
    `<table><thead><tr>${w.candidateColumns.map((column) => `<th>${column}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const candidate of candidates.slice(0, PAGE_CANDIDATES)) {
    out.push(
      `<tr class="candidate ${candidate.kind}"><td class="n">${candidate.rank}</td><td>${escapeHtml(w.kinds[candidate.kind])}</td><td>${escapeHtml(w.evidence(candidate, evaluation))}</td><td class="n">${candidate.score}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

/** One row per item used: cases, fines, deviation, the maximum, grounds, reasons. */
export function itemsSection(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const used = evaluation.items.filter((item) => item.cases > 0);
  const out = ['<section id="items">', `<h2>${w.items}</h2>`];
  if (used.length === 0) {
    out.push(`<p>${w.noRecordDecided}</p></section>`);
    return out.join('\n');
  }
  out.push(
    `<table class="items"><thead><tr>${w.itemColumns.map((column) => `<th>${column}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const item of used) out.push(itemRow(item, w));
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

function itemRow(item: ItemEvaluation, w: EvaluationWords): string {
  const tiers = item.tiers.map((tier) => `${escapeHtml(tier.label)} ${formatShare(tier.share)}`).join('<br>');
  const never =
    item.tiersNeverReached.length === 0
      ? ''
      : `<br><span class="muted">${w.neverReached}${item.tiersNeverReached.map((level) => escapeHtml(item.tiers.find((tier) => tier.level === level)?.label ?? level)).join(', ')}</span>`;
  const fines =
    item.fines.count === 0
      ? '–'
      : `${formatCount(item.fines.count)}<br><span class="muted">${formatAmount(item.fines.total)} ${w.yuan}</span>`;
  const deviation =
    item.fines.count === 0
      ? '–'
      : `${formatShare(item.deviation.rate)}<br><span class="muted">${w.deviationNote(formatCount(item.deviation.above), formatCount(item.deviation.below), formatCount(item.deviation.withoutReasons))}</span>`;
  const maximum =
    item.maximum.compared === 0
      ? '–'
      : `<span class="${item.maximum.cluster ? 'alert' : ''}">${formatShare(item.maximum.share)}</span>`;
  const reasons = item.deviation.topReasons
    .slice(0, 3)
    .map((reason) => `${escapeHtml(reason.reason)} (${formatCount(reason.count)})`)
    .join('<br>');
  return `<tr><td><b>${escapeHtml(item.code)}</b><br>${escapeHtml(item.name)}</td><td class="n">${formatCount(item.cases)}</td><td>${tiers}${never}</td><td class="n">${fines}</td><td class="n">${deviation}</td><td class="n">${maximum}</td><td>${grounds(item.exemptions, w)}</td><td>${grounds(item.mitigations, w)}</td><td>${reasons || '–'}</td></tr>`;
}

function grounds(list: readonly OfferedSummary[], w: EvaluationWords): string {
  if (list.length === 0) return '–';
  return list
    .map(
      (ground) =>
        `${escapeHtml(ground.id)}${ground.mandatory === true ? w.mandatory : ground.mandatory === false ? w.discretionary : ''}: ${formatCount(ground.offered)} → ${formatCount(ground.used)}`,
    )
    .join('<br>');
}

/** Items of the rule sets that no record decided. */
export function neverUsedSection(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const names = new Map(evaluation.items.map((item) => [item.code, item.name]));
  const out = [
    '<section id="never-used">',
    `<h2>${w.neverUsed(evaluation.itemsNeverUsed.length, evaluation.items.length)}</h2>`,
  ];
  if (evaluation.itemsNeverUsed.length === 0) out.push(`<p>${w.everyItemUsed}</p>`);
  else
    out.push(
      `<ul class="columns">${evaluation.itemsNeverUsed.map((code) => `<li><b>${escapeHtml(code)}</b> ${escapeHtml(names.get(code) ?? '')}</li>`).join('')}</ul>`,
    );
  out.push('</section>');
  return out.join('\n');
}

/** Records that could not be decided, by code, with the first examples. */
export function errorsSection(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const { records, errors } = evaluation;
  const out = ['<section id="errors">', `<h2>${w.undecided(records.errors)}</h2>`];
  if (records.errors === 0) {
    out.push(`<p>${w.everyRecordDecided}</p></section>`);
    return out.join('\n');
  }
  out.push(`<table><thead><tr>${w.errorColumns.map((column) => `<th>${column}</th>`).join('')}</tr></thead><tbody>`);
  for (const [code, n] of Object.entries(errors.byCode))
    out.push(
      `<tr><td><code>${escapeHtml(code)}</code></td><td class="n">${formatCount(n)}</td><td class="n">${percent(n, records.total)}</td></tr>`,
    );
  out.push('</tbody></table>');
  if (errors.samples.length > 0) {
    out.push(
      `<p>${w.firstSamples(errors.samples.length)}</p><table><thead><tr>${w.sampleColumns.map((column) => `<th>${column}</th>`).join('')}</tr></thead><tbody>`,
    );
    for (const sample of errors.samples)
      out.push(
        `<tr><td class="n">${sample.record}</td><td><code>${escapeHtml(sample.code)}</code></td><td><code>${escapeHtml(sample.path)}</code></td><td>${escapeHtml(sample.message)}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** How each figure is computed, with the thresholds this evaluation used. */
export function definitionsSection(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  return [
    '<section id="definitions">',
    `<h2>${w.definitions}</h2>`,
    '<dl>',
    ...w.terms(evaluation.thresholds).map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}
