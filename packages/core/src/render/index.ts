/**
 * Render: a rule set as the table agencies publish (行政处罚裁量基准) — Markdown, a printable
 * HTML page, CSV (and XLSX in `@cailiang/cli`). CSV and XLSX also carry the machine columns and the
 * 元数据 sheet, so that `import/` reads them back without loss.
 */
export { renderCsv, workbookToCsv } from './csv.js';
export { renderHtml } from './html.js';
export type { RenderHtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
export { statutoryText, sanctionText } from './statutory-text.js';
export { choiceText, measureText, periodText, referralText } from './measure-text.js';
export type { MeasureWording, ReferralWording } from './measure-text.js';
export { tierStandard } from './standard-text.js';
export { benchmarkTable, FALLBACK_CIRCUMSTANCES } from './table.js';
export type {
  BenchmarkTable,
  GroundTableRow,
  LicensingTableRow,
  PenaltyTableItem,
  PenaltyTableTier,
  TableHeader,
} from './table.js';
export { buildWorkbook } from './workbook.js';
