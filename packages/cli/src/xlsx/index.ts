/**
 * XLSX rendering and import, through exceljs (loaded on first use; see `EXCELJS_PACKAGE`). The
 * cells are those of the CSV form (render/workbook.ts), so the two formats read back the same.
 */
export { EXCELJS_PACKAGE, loadExcelJs } from './exceljs.js';
export type { ExcelJsModule, XlsxOptions } from './exceljs.js';
export { importXlsx, xlsxWorkbook } from './read.js';
export { renderXlsx } from './write.js';
