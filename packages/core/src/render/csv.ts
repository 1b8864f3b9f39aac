import { writeCsv } from '../table-format/csv-text.js';
import { guardFormula } from '../table-format/formula-guard.js';
import { CSV_SECTION_MARK, PENALTY_SHEET } from '../table-format/layout.js';
import type { Workbook } from '../table-format/layout.js';
import type { RuleSet } from '../ruleset/load.js';
import { buildWorkbook } from './workbook.js';

export { CSV_SECTION_MARK } from '../table-format/layout.js';

/**
 * A rule set as one CSV file (RFC 4180, UTF-8 with BOM, CRLF): the 裁量基准 table first, from
 * row 1, then each further sheet of the workbook as a section — an empty row, a row whose first
 * cell is `#` and the sheet name (`#行政许可`, `#元数据`), the sheet's header row and its rows.
 * Every record has the same number of fields. A cell a spreadsheet would run as a formula gets a
 * leading `'` ({@link guardFormula}). `importCsv` reads it back to the same rule set.
 *
 * @param ruleSet - a loaded rule set
 * @returns the CSV text
 * @example writeFileSync('benchmark.csv', renderCsv(ruleSet))
 */
export function renderCsv(ruleSet: RuleSet): string {
  return workbookToCsv(buildWorkbook(ruleSet));
}

/** Writes a workbook as CSV sections (see {@link renderCsv}). */
export function workbookToCsv(workbook: Workbook): string {
  const records: string[][] = [];
  workbook.sheets.forEach((sheet, index) => {
    if (index > 0 || sheet.name !== PENALTY_SHEET) {
      if (records.length > 0) records.push([]);
      records.push([`${CSV_SECTION_MARK}${sheet.name}`]);
    }
    for (const row of sheet.rows) records.push(row.map(guardFormula));
  });
  const width = Math.max(...records.map((record) => record.length));
  return writeCsv(records.map((record) => [...record, ...Array<string>(width - record.length).fill('')]));
}
