import { percent } from '../share.js';
import type { CandidateKind, Evaluation, ItemEvaluation, OfferedSummary } from '../types.js';
import { escapeHtml, formatAmount, formatCount, formatShare } from './text.js';

/** Candidates listed in the page; the JSON and CSV hold them all. */
export const PAGE_CANDIDATES = 40;

const KIND_LABELS: Readonly<Record<CandidateKind, string>> = {
  'cluster-at-maximum': 'fines at the statutory maximum (顶格处罚)',
  'above-range': 'fines above the tier',
  'below-range': 'fines below the tier',
  undecidable: 'cases the benchmark cannot decide',
  'dominant-tier': 'one tier takes nearly all cases',
  'tier-never-reached': 'tier never reached',
  'exemption-unused': 'exemption rarely used (免罚)',
  'item-never-used': 'item never used',
};

/** The ranked revision candidates, with their evidence. */
export function candidatesSection(evaluation: Evaluation): string {
  const { candidates } = evaluation;
  const out = ['<section id="candidates">', '<h2>Revision candidates (立改废释)</h2>'];
  if (candidates.length === 0) {
    out.push('<p>No item or tier meets a threshold for revision.</p></section>');
    return out.join('\n');
  }
  if (candidates.length > PAGE_CANDIDATES)
    out.push(
      `<p>The ${PAGE_CANDIDATES} strongest of ${formatCount(candidates.length)}; the JSON and CSV reports list them all.</p>`,
    );
  out.push('<table><thead><tr><th>#</th><th>kind</th><th>evidence</th><th>score</th></tr></thead><tbody>');
  for (const candidate of candidates.slice(0, PAGE_CANDIDATES)) {
    out.push(
      `<tr class="candidate ${candidate.kind}"><td class="n">${candidate.rank}</td><td>${escapeHtml(KIND_LABELS[candidate.kind])}</td><td>${escapeHtml(candidate.evidence)}</td><td class="n">${candidate.score}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

/** One row per item used: cases, fines, deviation, the maximum, grounds, reasons. */
export function itemsSection(evaluation: Evaluation): string {
  const used = evaluation.items.filter((item) => item.cases > 0);
  const out = ['<section id="items">', '<h2>Items</h2>'];
  if (used.length === 0) {
    out.push('<p>No record was decided.</p></section>');
    return out.join('\n');
  }
  out.push(
    '<table class="items"><thead><tr><th>item</th><th>cases</th><th>tiers (share)</th><th>fines</th><th>deviation</th><th>at max.</th><th>exemptions offered → used</th><th>mitigations offered → used</th><th>top reasons for deviations</th></tr></thead><tbody>',
  );
  for (const item of used) out.push(itemRow(item));
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

function itemRow(item: ItemEvaluation): string {
  const tiers = item.tiers.map((tier) => `${escapeHtml(tier.label)} ${formatShare(tier.share)}`).join('<br>');
  const never =
    item.tiersNeverReached.length === 0
      ? ''
      : `<br><span class="muted">never reached: ${item.tiersNeverReached.map((level) => escapeHtml(item.tiers.find((tier) => tier.level === level)?.label ?? level)).join(', ')}</span>`;
  const fines =
    item.fines.count === 0
      ? '–'
      : `${formatCount(item.fines.count)}<br><span class="muted">${formatAmount(item.fines.total)} 元</span>`;
  const deviation =
    item.fines.count === 0
      ? '–'
      : `${formatShare(item.deviation.rate)}<br><span class="muted">↑${formatCount(item.deviation.above)} ↓${formatCount(item.deviation.below)}, ${formatCount(item.deviation.withoutReasons)} without reasons</span>`;
  const maximum =
    item.maximum.compared === 0
      ? '–'
      : `<span class="${item.maximum.cluster ? 'alert' : ''}">${formatShare(item.maximum.share)}</span>`;
  const reasons = item.deviation.topReasons
    .slice(0, 3)
    .map((reason) => `${escapeHtml(reason.reason)} (${formatCount(reason.count)})`)
    .join('<br>');
  return `<tr><td><b>${escapeHtml(item.code)}</b><br>${escapeHtml(item.name)}</td><td class="n">${formatCount(item.cases)}</td><td>${tiers}${never}</td><td class="n">${fines}</td><td class="n">${deviation}</td><td class="n">${maximum}</td><td>${grounds(item.exemptions)}</td><td>${grounds(item.mitigations)}</td><td>${reasons || '–'}</td></tr>`;
}

function grounds(list: readonly OfferedSummary[]): string {
  if (list.length === 0) return '–';
  return list
    .map(
      (ground) =>
        `${escapeHtml(ground.id)}${ground.mandatory === true ? ' (应当)' : ground.mandatory === false ? ' (可以)' : ''}: ${formatCount(ground.offered)} → ${formatCount(ground.used)}`,
    )
    .join('<br>');
}

/** Items of the rule sets that no record decided. */
export function neverUsedSection(evaluation: Evaluation): string {
  const names = new Map(evaluation.items.map((item) => [item.code, item.name]));
  const out = [
    '<section id="never-used">',
    `<h2>Items never used (${formatCount(evaluation.itemsNeverUsed.length)} of ${formatCount(evaluation.items.length)})</h2>`,
  ];
  if (evaluation.itemsNeverUsed.length === 0) out.push('<p>Every item was used.</p>');
  else
    out.push(
      `<ul class="columns">${evaluation.itemsNeverUsed.map((code) => `<li><b>${escapeHtml(code)}</b> ${escapeHtml(names.get(code) ?? '')}</li>`).join('')}</ul>`,
    );
  out.push('</section>');
  return out.join('\n');
}

/** Records that could not be decided, by code, with the first examples. */
export function errorsSection(evaluation: Evaluation): string {
  const { records, errors } = evaluation;
  const out = ['<section id="errors">', `<h2>Records that could not be decided (${formatCount(records.errors)})</h2>`];
  if (records.errors === 0) {
    out.push('<p>Every record was decided.</p></section>');
    return out.join('\n');
  }
  out.push('<table><thead><tr><th>error</th><th>records</th><th>share</th></tr></thead><tbody>');
  for (const [code, n] of Object.entries(errors.byCode))
    out.push(
      `<tr><td><code>${escapeHtml(code)}</code></td><td class="n">${formatCount(n)}</td><td class="n">${percent(n, records.total)}</td></tr>`,
    );
  out.push('</tbody></table>');
  if (errors.samples.length > 0) {
    out.push(
      `<p>The first ${formatCount(errors.samples.length)}:</p><table><thead><tr><th>record</th><th>error</th><th>where</th><th>problem</th></tr></thead><tbody>`,
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
export function definitionsSection(evaluation: Evaluation): string {
  const t = evaluation.thresholds;
  const pct = (share: string) => formatShare(share).replace('.0%', '%');
  const terms: [string, string][] = [
    [
      'Tier share',
      "the tier's penalty decisions over the item's penalty decisions (not-penalised, time-barred and correction-only outcomes are counted apart).",
    ],
    [
      'Fine position',
      'an imposed fine against the range the benchmark set for its case (the tier\'s range, already narrowed where a mandatory mitigation ground holds): below it; below it but inside a 从轻 band or 减轻 range a mitigation ground offered ("mitigated", not a deviation); in its lower, middle or upper third (the middle third includes both edges); above it.',
    ],
    [
      'Deviation rate',
      "fines below or above the benchmark's range over the fines compared. Reasons are the decision's stated 裁量说理, white space collapsed; decisions stating none are counted apart.",
    ],
    [
      'At the statutory maximum',
      `a fine from ${pct(t.maximumWithin)} under the statutory maximum up to the maximum, counted only where the statutory range reaches below that band (a fixed fine leaves no choice). An item clusters there when at least ${pct(t.clusterShare)} of at least ${t.minSample} such fines do (国发〔2024〕5号: no automatic top fines).`,
    ],
    [
      'Exemptions offered → used',
      'cases in which a 不予处罚 ground held, and of those the cases in which nothing was imposed.',
    ],
    [
      'Mitigations offered → used',
      "cases in which a 从轻/减轻 ground held, and of those the cases whose fine lies inside the ground's 从轻 band or below the statutory minimum (减轻).",
    ],
    [
      'Revision candidates',
      `a tier with at least ${pct(t.deviationShare)} of its fines above (or below) its range; an item clustering at the maximum; records the benchmark cannot decide (no tier or range); a tier holding at least ${pct(t.dominantShare)} of decisions; a tier never reached; a discretionary exemption used in fewer than ${pct(t.exemptionUseShare)} of its cases; an item never used. Shares count only over at least ${t.minSample} cases. Ranked by weight × share (docs/evaluation.md).`,
    ],
  ];
  return [
    '<section id="definitions">',
    '<h2>Definitions</h2>',
    '<dl>',
    ...terms.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}
