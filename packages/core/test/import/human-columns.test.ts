import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/table-format/csv-text.js';
import { importCsv, safeImportCsv } from '../../src/import/index.js';
import { LICENSING_COLUMNS, type SHEET_NAMES } from '../../src/table-format/index.js';
import { canonicalJson, loadRuleSet } from '../../src/index.js';
import type { RuleSet } from '../../src/index.js';
import { benchmarkTable, buildWorkbook, renderCsv } from '../../src/render/index.js';
import { buildSheet } from '../../src/render/workbook.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';
import { records } from './csv-edit.js';
import { oddRuleSet, oddRuleSetWithLicensing } from '../../../../test-support/odd-rule-set.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';

const ruleSets: [string, RuleSet][] = [
  ['the spec example', loadRuleSet(exampleRuleSetText())],
  ['the odd rule set', loadRuleSet(oddRuleSet())],
  ['the odd rule set with licensing', loadRuleSet(oddRuleSetWithLicensing())],
  ...ruleFiles().map(({ file, text }): [string, RuleSet] => [file, loadRuleSet(text, { source: file })]),
];

// Import regenerates 裁量基准 and 行政许可 alone; they must be the very sheets CSV and XLSX write.
describe('buildSheet', () => {
  for (const [label, ruleSet] of ruleSets) {
    it(`builds each sheet of buildWorkbook alone for ${label}`, () => {
      const table = benchmarkTable(ruleSet);
      for (const sheet of buildWorkbook(ruleSet).sheets) {
        const name = sheet.name as (typeof SHEET_NAMES)[number];
        expect(buildSheet(ruleSet, name)).toEqual(sheet);
        expect(buildSheet(ruleSet, name, table)).toEqual(sheet);
      }
    });
  }

  it('gives 行政许可 as its header row alone when the rule set has no licensing items', () => {
    const ruleSet = loadRuleSet(oddRuleSet());
    expect(buildWorkbook(ruleSet).sheets.map((sheet) => sheet.name)).not.toContain('行政许可');
    expect(buildSheet(ruleSet, '行政许可')).toEqual({ name: '行政许可', rows: [[...LICENSING_COLUMNS]] });
  });
});

/** CSV text without the 行政许可 section (its mark, header and rows). */
function withoutLicensing(csv: string): string {
  const rows = records(csv);
  const start = rows.findIndex((record) => record[0] === '#行政许可');
  const end = rows.findIndex((record) => record[0] === '#元数据');
  return writeCsv([...rows.slice(0, start), ...rows.slice(end)]);
}

/** CSV text with a 行政许可 section (header, then `rows`) put before 元数据. */
function withLicensing(csv: string, rows: readonly string[][]): string {
  const all = records(csv);
  const meta = all.findIndex((record) => record[0] === '#元数据');
  return writeCsv([...all.slice(0, meta), ['#行政许可'], [...LICENSING_COLUMNS], ...rows, ...all.slice(meta)]);
}

/** The issues of a failed import, as `code path`. */
function issues(csv: string, humanColumns: 'check' | 'fill-blank' = 'check'): string[] {
  const result = safeImportCsv(csv, { humanColumns });
  if (result.success) throw new Error('expected the import to fail');
  return result.error.issues.map((issue) => `${issue.code} ${issue.path}`);
}

describe('importCsv: the 行政许可 sheet', () => {
  const example = loadRuleSet(exampleRuleSetText());
  const csv = renderCsv(example);
  const licensingRow = records(csv).find((record) => record[7] === 'LIC-FS-35') as string[];

  it('reports the sheet missing when the rule set has licensing items, unless blank human cells are allowed', () => {
    const missing = withoutLicensing(csv);
    expect(safeImportCsv(missing).success).toBe(false);
    expect(issues(missing)).toEqual(['missing_sheet 行政许可']);
    expect(canonicalJson(importCsv(missing, { humanColumns: 'fill-blank' }))).toBe(canonicalJson(example));
  });

  it('reports a licensing row of an unknown item, and the item left without a row', () => {
    const renamed = withLicensing(withoutLicensing(csv), [
      licensingRow.map((cell, column) => (column === 7 ? 'LIC-XX' : cell)),
    ]);
    expect(issues(renamed)).toEqual(['unknown_item 行政许可!H9', 'missing_row 行政许可']);
  });

  it('reports a licensing item with two rows', () => {
    const doubled = withLicensing(withoutLicensing(csv), [licensingRow, licensingRow]);
    expect(issues(doubled)).toEqual(['duplicate_row 行政许可!H10']);
  });

  it('accepts a 行政许可 sheet of its header alone when the rule set has no licensing items', () => {
    const odd = loadRuleSet(oddRuleSet());
    const headerOnly = withLicensing(renderCsv(odd), []);
    expect(canonicalJson(importCsv(headerOnly))).toBe(canonicalJson(odd));
  });

  it('reports a licensing row when the rule set has no licensing items', () => {
    const odd = renderCsv(loadRuleSet(oddRuleSet()));
    const extra = withLicensing(odd, [licensingRow]);
    const row = records(extra).findIndex((record) => record[7] === 'LIC-FS-35') + 1;
    expect(issues(extra)).toEqual([`unknown_item 行政许可!H${row}`]);
  });
});
