/**
 * Import: a benchmark table (CSV here; XLSX in `node-xlsx/`) back into a rule set. The format —
 * sheets, columns, the condition mini-syntax, the 元数据 paths — is described in
 * docs/render-import.md; `render/` writes it.
 */
export { formatCellValue, parseCellValue } from './cell-values.js';
export type { CellValueResult } from './cell-values.js';
export { formatConditionExpression, parseConditionExpression } from './condition-syntax.js';
export type { ConditionParseResult, ConditionSyntaxProblem } from './condition-syntax.js';
export { readCsv, UTF8_BOM, writeCsv } from './csv-text.js';
export type { CsvReadResult, CsvRecord } from './csv-text.js';
export type { HumanColumnsMode } from './consistency.js';
export { ruleSetFromWorkbook } from './from-workbook.js';
export type { ImportOptions } from './from-workbook.js';
export { csvWorkbook, importCsv, safeImportCsv } from './import-csv.js';
export type { SafeImportResult } from './import-csv.js';
export {
  columnLetter,
  formatCell,
  LICENSING_COLUMNS,
  LICENSING_SHEET,
  META_COLUMNS,
  META_SHEET,
  PENALTY_COLUMNS,
  PENALTY_HUMAN_COLUMNS,
  PENALTY_MACHINE_COLUMNS,
  PENALTY_SHEET,
  SHEET_NAMES,
} from './layout.js';
export type { CellLocation, Sheet, SheetName, Workbook } from './layout.js';
export { flattenMeta, formatMetaPath, parseMetaPath } from './meta-paths.js';
export type { MetaEntry, PathSegment } from './meta-paths.js';
export { ruleSetToYaml } from './yaml-out.js';
export type { RuleSetYamlOptions } from './yaml-out.js';
