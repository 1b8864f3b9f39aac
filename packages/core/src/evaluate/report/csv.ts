import { writeCsv } from '../../table-format/csv-text.js';
import { guardFormula } from '../../table-format/formula-guard.js';
import { FINE_POSITIONS } from '../types.js';
import type { Evaluation, FineSummary, ItemEvaluation, OfferedSummary } from '../types.js';

/** The CSV's columns: one figure per row, so every figure of the JSON has a place. */
export const CSV_COLUMNS = ['section', 'item', 'tier', 'key', 'measure', 'value'] as const;

type Row = readonly [
  section: string,
  item: string,
  tier: string,
  key: string,
  measure: string,
  value: string | number | boolean | null,
];

/**
 * The evaluation as CSV (RFC 4180, CRLF line ends), in long form: one figure per row —
 * `section,item,tier,key,measure,value` — so a spreadsheet's pivot table can rebuild any view,
 * and every figure of the JSON report is there. Starts with a UTF-8 byte-order mark, without
 * which Excel and WPS misread the Chinese. A text cell starting with `=`, `+`, `-`, `@` or a tab
 * is prefixed with `'`, so that free text an officer typed can never run as a formula.
 *
 * @param evaluation - from `evaluate`
 * @returns the CSV text
 * @example writeFileSync('evaluation.csv', evaluationCsv(evaluation));
 */
export function evaluationCsv(evaluation: Evaluation): string {
  const rows: Row[] = [];
  const { records, thresholds } = evaluation;
  rows.push(['source', '', '', '', 'name', evaluation.source?.name ?? null]);
  if (evaluation.source?.seed !== undefined) rows.push(['source', '', '', '', 'seed', evaluation.source.seed]);
  for (const ruleSet of evaluation.ruleSets) {
    rows.push(
      ['rule-set', '', '', ruleSet.id, 'version', ruleSet.version],
      ['rule-set', '', '', ruleSet.id, 'digest', ruleSet.digest],
    );
  }
  for (const [measure, value] of Object.entries(records)) rows.push(['records', '', '', '', measure, value]);
  for (const [measure, value] of Object.entries(thresholds)) rows.push(['threshold', '', '', '', measure, value]);
  for (const [code, n] of Object.entries(evaluation.errors.byCode)) rows.push(['error', '', '', code, 'records', n]);
  for (const sample of evaluation.errors.samples) {
    rows.push(
      ['error-sample', '', '', String(sample.record), 'code', sample.code],
      ['error-sample', '', '', String(sample.record), 'path', sample.path],
      ['error-sample', '', '', String(sample.record), 'message', sample.message],
    );
  }
  for (const item of evaluation.items) rows.push(...itemRows(item));
  for (const code of evaluation.itemsNeverUsed) rows.push(['item', code, '', '', 'neverUsed', true]);
  for (const candidate of evaluation.candidates) {
    const key = String(candidate.rank);
    const tier = candidate.tier ?? '';
    for (const measure of ['kind', 'ground', 'count', 'of', 'score', 'evidence'] as const) {
      const value = candidate[measure];
      if (value !== undefined) rows.push(['candidate', candidate.item, tier, key, measure, value]);
    }
  }
  return writeCsv([CSV_COLUMNS, ...rows.map((row) => row.map(cellText))]);
}

function itemRows(item: ItemEvaluation): Row[] {
  const { code } = item;
  const rows: Row[] = [
    ['item', code, '', '', 'name', item.name],
    ['item', code, '', '', 'ruleSet', item.ruleSet],
    ['item', code, '', '', 'kind', item.kind],
    ['item', code, '', '', 'cases', item.cases],
    ['item', code, '', '', 'withoutFine', item.withoutFine],
  ];
  const counts = (section: string, values: Readonly<Record<string, number>>, measure: string) => {
    for (const [key, n] of Object.entries(values)) rows.push([section, code, '', key, measure, n]);
  };
  counts('item-error', item.errors, 'records');
  counts('outcome', item.outcomes, 'cases');
  counts('verdict', item.verdicts, 'cases');
  counts('finding', item.findings, 'cases');
  rows.push(...fineRows(code, '', item.fines));
  for (const tier of item.tiers) {
    rows.push(
      ['tier', code, tier.level, '', 'label', tier.label],
      ['tier', code, tier.level, '', 'cases', tier.cases],
      ['tier', code, tier.level, '', 'share', tier.share],
    );
    if (item.tiersNeverReached.includes(tier.level)) rows.push(['tier', code, tier.level, '', 'neverReached', true]);
    rows.push(...fineRows(code, tier.level, tier.fines));
  }
  const { deviation, maximum } = item;
  for (const measure of ['count', 'rate', 'above', 'below', 'withoutReasons', 'reasonsExact', 'reasonsError'] as const)
    rows.push(['deviation', code, '', '', measure, deviation[measure]]);
  for (const reason of deviation.topReasons) rows.push(['reason', code, '', reason.reason, 'count', reason.count]);
  for (const [measure, value] of Object.entries(maximum)) rows.push(['maximum', code, '', '', measure, value]);
  rows.push(...offeredRows('exemption', code, item.exemptions), ...offeredRows('mitigation', code, item.mitigations));
  return rows;
}

function fineRows(code: string, tier: string, fines: FineSummary): Row[] {
  const section = tier === '' ? 'fines' : 'tier-fines';
  const rows: Row[] = [];
  for (const measure of ['count', 'total', 'min', 'max', 'deviations', 'deviationRate'] as const)
    rows.push([section, code, tier, '', measure, fines[measure]]);
  for (const position of FINE_POSITIONS) rows.push([section, code, tier, position, 'fines', fines.positions[position]]);
  return rows;
}

function offeredRows(section: string, code: string, grounds: readonly OfferedSummary[]): Row[] {
  const rows: Row[] = [];
  for (const ground of grounds) {
    for (const measure of ['mandatory', 'offered', 'used', 'usedShare', 'reduced'] as const) {
      const value = ground[measure];
      if (value !== undefined) rows.push([section, code, '', ground.id, measure, value]);
    }
  }
  return rows;
}

/** A figure as its cell's text, before quoting: free text that could start a formula gets a `'`. */
function cellText(value: string | number | boolean | null): string {
  if (value === null) return '';
  return typeof value === 'string' ? guardFormula(value) : String(value);
}
