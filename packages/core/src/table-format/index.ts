/**
 * The benchmark table format (表格格式) that render writes and import reads back: the sheets and
 * their columns, the cell value syntax, the condition mini-syntax, the 元数据 paths, CSV text and
 * the spreadsheet-formula guard. Its own folder so that render and import both depend on it and
 * not on each other; described in docs/render-import.md.
 */
export { formatCellValue, parseCellValue } from './cell-values.js';
export type { CellValueResult } from './cell-values.js';
export { formatConditionExpression, parseConditionExpression } from './condition-syntax.js';
export type { ConditionParseResult, ConditionSyntaxProblem } from './condition-syntax.js';
export { readCsv, UTF8_BOM, writeCsv } from './csv-text.js';
export type { CsvReadResult, CsvRecord } from './csv-text.js';
export {
  columnLetter,
  formatCell,
  HUMAN_COLUMNS,
  LICENSING_COLUMNS,
  LICENSING_SHEET,
  META_COLUMNS,
  META_SHEET,
  PENALTY_COLUMNS,
  PENALTY_HUMAN_COLUMNS,
  PENALTY_ITEM_COLUMNS,
  PENALTY_MACHINE_COLUMNS,
  PENALTY_SHEET,
  SHEET_NAMES,
  TIER_COLUMN_KEYS,
} from './layout.js';
export type { CellLocation, Sheet, SheetName, Workbook } from './layout.js';
export { flattenMeta, formatMetaPath, parseMetaPath } from './meta-paths.js';
export type { MetaEntry, PathSegment } from './meta-paths.js';
