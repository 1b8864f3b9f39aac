import { CailiangError } from '../errors/cailiang-error.js';
import type { RuleSet } from '../ruleset/load.js';
import { readCsv } from '../table-format/csv-text.js';
import { unguardFormula } from '../table-format/formula-guard.js';
import { ruleSetFromWorkbook } from './from-workbook.js';
import type { ImportOptions } from './from-workbook.js';
import { PENALTY_SHEET } from '../table-format/layout.js';
import { CSV_SECTION_MARK } from '../table-format/layout.js';
import type { Sheet, Workbook } from '../table-format/layout.js';

export type SafeImportResult =
  | { readonly success: true; readonly data: RuleSet }
  | { readonly success: false; readonly error: CailiangError };

/**
 * Reads a benchmark table written by `renderCsv` (or edited from it) back into a rule set. The
 * file is RFC 4180 CSV (a BOM is dropped); it starts with the 裁量基准 sheet, and each row
 * whose first cell is `#` and a sheet name (`#行政许可`, `#元数据`), the rest empty, starts the
 * next sheet. Blank rows are skipped. Rows are numbered as in the file, so `裁量基准!K7` is row
 * 7 of the file as a spreadsheet shows it.
 *
 * @param text - the CSV text
 * @param options - the file name for messages; how to treat blank human cells
 * @returns the rule set, validated and frozen — the same (canonical JSON) as the one rendered
 * @throws CailiangError PARSE_ERROR when the text is not CSV; INVALID_RULE_SET with one issue
 *   per problem, each at its cell (`裁量基准!K7: unknown operator "=>" (character 17)`)
 * @example const ruleSet = importCsv(readFileSync('benchmark.csv', 'utf8'), { source: 'benchmark.csv' });
 */
export function importCsv(text: string, options: ImportOptions = {}): RuleSet {
  return ruleSetFromWorkbook(csvWorkbook(text, options.source), options);
}

/** Like {@link importCsv}, returning `{ success: false, error }` instead of throwing. */
export function safeImportCsv(text: string, options: ImportOptions = {}): SafeImportResult {
  try {
    return { success: true, data: importCsv(text, options) };
  } catch (error) {
    if (error instanceof CailiangError) return { success: false, error };
    throw error;
  }
}

/**
 * Splits CSV text into the sheets of a benchmark workbook.
 *
 * @throws CailiangError PARSE_ERROR naming the row and line where the text stops being CSV
 */
export function csvWorkbook(text: string, source?: string): Workbook {
  const read = readCsv(text);
  if (!read.ok) {
    throw new CailiangError(
      'PARSE_ERROR',
      [{ code: 'csv_syntax', path: `row ${read.row}`, message: `${read.message} (line ${read.line})` }],
      source === undefined ? {} : { source },
    );
  }
  const sheets: { name: string; rows: string[][]; rowNumbers: number[]; implicit: boolean }[] = [];
  let current = { name: PENALTY_SHEET as string, rows: [] as string[][], rowNumbers: [] as number[], implicit: true };
  for (const record of read.records) {
    // renderCsv wrote a cell that starts like a formula with a leading ': taken off again here.
    const cells = trimTrailing(record.fields).map(unguardFormula);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const first = (cells[0] ?? '').trim();
    if (first.startsWith(CSV_SECTION_MARK) && cells.slice(1).every((cell) => cell.trim() === '')) {
      if (!(current.implicit && current.rows.length === 0)) sheets.push(current);
      current = { name: first.slice(CSV_SECTION_MARK.length).trim(), rows: [], rowNumbers: [], implicit: false };
      continue;
    }
    current.rows.push(cells);
    current.rowNumbers.push(record.row);
  }
  if (!(current.implicit && current.rows.length === 0)) sheets.push(current);
  return { sheets: sheets.map(({ name, rows, rowNumbers }): Sheet => ({ name, rows, rowNumbers })) };
}

function trimTrailing(fields: readonly string[]): string[] {
  let end = fields.length;
  while (end > 0 && (fields[end - 1] as string).trim() === '') end -= 1;
  return fields.slice(0, end);
}
