/**
 * Import: a benchmark table (CSV here; XLSX in `@cailiang/cli`) back into a rule set. The format —
 * sheets, columns, the condition mini-syntax, the 元数据 paths — is in `table-format/` and
 * docs/render-import.md; `render/` writes it.
 */
export type { HumanColumnsMode } from './consistency.js';
export { ruleSetFromWorkbook } from './from-workbook.js';
export type { ImportOptions } from './from-workbook.js';
export { csvWorkbook, importCsv, safeImportCsv } from './import-csv.js';
export type { SafeImportResult } from './import-csv.js';
export { ruleSetToYaml } from './yaml-out.js';
export type { RuleSetYamlOptions } from './yaml-out.js';
