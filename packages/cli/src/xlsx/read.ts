import { CailiangError } from '@cailiang/core';
import { ruleSetFromWorkbook } from '@cailiang/core/import';
import type { ImportOptions } from '@cailiang/core/import';
import type { Sheet, Workbook } from '@cailiang/core/table-format';
import type { RuleSet } from '@cailiang/core';
import { loadExcelJs } from './exceljs.js';
import type { XlsxCell, XlsxOptions } from './exceljs.js';

/**
 * Reads an XLSX benchmark workbook (written by `renderXlsx`, or edited from it) back into a
 * rule set. Each sheet is read as text: numbers and booleans as written, dates as ISO dates,
 * rich text as its plain text, formulas by their result; a cell covered by a merge reads empty.
 *
 * @param data - the bytes of the .xlsx file
 * @param options - file name for messages, human-column mode, the exceljs module
 * @returns the rule set, validated and frozen
 * @throws CailiangError PARSE_ERROR when the bytes are not an XLSX file; INVALID_RULE_SET with
 *   one issue per problem at its cell (`裁量基准!K7: …`); IO_ERROR when exceljs is missing
 * @example const ruleSet = await importXlsx(readFileSync('benchmark.xlsx'), { source: 'benchmark.xlsx' });
 */
export async function importXlsx(
  data: Uint8Array | ArrayBuffer,
  options: ImportOptions & XlsxOptions = {},
): Promise<RuleSet> {
  return ruleSetFromWorkbook(await xlsxWorkbook(data, options), options);
}

/** The sheets of an XLSX file as text. */
export async function xlsxWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: ImportOptions & XlsxOptions = {},
): Promise<Workbook> {
  const exceljs = await loadExcelJs(options);
  const workbook = new exceljs.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CailiangError('PARSE_ERROR', [{ code: 'xlsx', path: '', message: `not an XLSX workbook: ${message}` }], {
      ...(options.source === undefined ? {} : { source: options.source }),
      cause: error,
    });
  }
  const sheets: Sheet[] = workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    for (let row = 1; row <= worksheet.rowCount; row += 1) {
      const cells: string[] = [];
      const source = worksheet.getRow(row);
      for (let column = 1; column <= worksheet.columnCount; column += 1) cells.push(cellText(source.getCell(column)));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      rows.push(cells);
      rowNumbers.push(row);
    }
    return { name: worksheet.name, rows, rowNumbers };
  });
  return { sheets };
}

function cellText(cell: XlsxCell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return valueText(cell.value);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const record = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(record.richText)) return record.richText.map((run) => run.text).join('');
    if ('result' in record) return valueText(record.result);
    if (typeof record.text === 'string') return record.text;
    if (record.error !== undefined) return String(record.error);
  }
  return String(value);
}
