import { HUMAN_COLUMNS, PENALTY_ITEM_COLUMNS, PENALTY_SHEET } from '@cailiang/core/table-format';
import type { Sheet } from '@cailiang/core/table-format';
import { buildWorkbook } from '@cailiang/core/render';
import type { RuleSet } from '@cailiang/core';
import { loadExcelJs } from './exceljs.js';
import type { XlsxOptions, XlsxWorksheet } from './exceljs.js';

/** Column widths (characters) by header; others get 16. */
const WIDTHS: Readonly<Record<string, number>> = {
  序号: 6,
  违法行为: 24,
  违法依据: 26,
  处罚依据: 44,
  裁量阶次: 10,
  适用情形: 36,
  处罚标准: 40,
  事项编码: 14,
  条件表达式: 40,
  罚款标准: 22,
  附加处罚: 22,
  许可事项: 24,
  设定依据: 30,
  法定时限: 26,
  承诺时限: 12,
  许可条件: 40,
  申请材料: 36,
  路径: 34,
  值: 70,
};

const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HUMAN_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const MACHINE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * A rule set as an XLSX workbook: the sheets 裁量基准 (human columns, then the machine columns,
 * shaded differently; an item's cells merged over its tier rows), 行政许可 (when there are
 * licensing items) and 元数据 — the same cells as `renderCsv`, so `importXlsx` reads them back
 * without loss. Header rows are frozen and the sheets print A4 landscape, one page wide.
 *
 * @param ruleSet - a loaded rule set
 * @param options - the exceljs module to use (default: the installed `exceljs`)
 * @returns the bytes of the .xlsx file
 * @throws CailiangError IO_ERROR when exceljs is not installed
 * @example writeFileSync('benchmark.xlsx', await renderXlsx(ruleSet))
 */
export async function renderXlsx(ruleSet: RuleSet, options: XlsxOptions = {}): Promise<Uint8Array> {
  const exceljs = await loadExcelJs(options);
  const workbook = new exceljs.Workbook();
  workbook.creator = 'cailiang';
  for (const sheet of buildWorkbook(ruleSet).sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
    });
    writeSheet(worksheet, sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
}

function writeSheet(worksheet: XlsxWorksheet, sheet: Sheet): void {
  const header = sheet.rows[0] ?? [];
  const human = new Set(HUMAN_COLUMNS[sheet.name as keyof typeof HUMAN_COLUMNS] ?? []);
  header.forEach((name, index) => {
    worksheet.getColumn(index + 1).width = WIDTHS[name] ?? 16;
  });
  sheet.rows.forEach((cells, rowIndex) => {
    const row = worksheet.addRow(
      cells.map((cell, column) =>
        header[column] === '序号' && rowIndex > 0 && /^\d+$/.test(cell) ? Number(cell) : cell,
      ),
    );
    header.forEach((name, column) => {
      const cell = row.getCell(column + 1);
      cell.alignment = {
        wrapText: true,
        vertical: rowIndex === 0 ? 'middle' : 'top',
        horizontal: rowIndex === 0 || name === '序号' || name === '裁量阶次' ? 'center' : 'left',
      };
      cell.border = BORDER;
      if (rowIndex === 0) {
        cell.font = { bold: true };
        cell.fill = human.has(name) || sheet.name !== PENALTY_SHEET ? HUMAN_FILL : MACHINE_FILL;
      }
    });
  });
  if (sheet.name === PENALTY_SHEET) mergeItemCells(worksheet, sheet);
}

/** Merges 序号 … 处罚依据 over the tier rows of each item, as published tables do. */
function mergeItemCells(worksheet: XlsxWorksheet, sheet: Sheet): void {
  const header = sheet.rows[0] ?? [];
  const codeColumn = header.indexOf('事项编码');
  const itemColumns = PENALTY_ITEM_COLUMNS.map((name) => header.indexOf(name)).filter((index) => index >= 0);
  let start = 1;
  for (let index = 2; index <= sheet.rows.length; index += 1) {
    const code = sheet.rows[index]?.[codeColumn];
    if (code === sheet.rows[start]?.[codeColumn]) continue;
    if (index - 1 > start) {
      for (const column of itemColumns) worksheet.mergeCells(start + 1, column + 1, index, column + 1);
    }
    start = index;
  }
}
