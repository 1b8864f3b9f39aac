/**
 * The layout of a benchmark workbook — the same for CSV (sections of one file) and XLSX (sheets):
 * which sheets there are, which columns each has, and how a cell is named in messages
 * (`裁量基准!K7`). Columns are found by their header, so their order may change; the header
 * texts are the contract (docs/render-import.md).
 */

/** The first cell of a row that starts a section of a CSV file: `#元数据` (written and read). */
export const CSV_SECTION_MARK = '#';

/** 裁量基准: one row per tier of each penalty item. */
export const PENALTY_SHEET = '裁量基准';
/** 行政许可: one row per licensing item (a view of the metadata; no machine columns but the code). */
export const LICENSING_SHEET = '行政许可';
/** 元数据: everything else, one value per row, addressed by item code and path. */
export const META_SHEET = '元数据';

export const SHEET_NAMES = [PENALTY_SHEET, LICENSING_SHEET, META_SHEET] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** Columns people read; regenerated from the machine columns and checked on import. */
export const PENALTY_HUMAN_COLUMNS = [
  '序号',
  '违法行为',
  '违法依据',
  '处罚依据',
  '裁量阶次',
  '适用情形',
  '处罚标准',
] as const;

/** Columns that hold the rule set: the item code and each field of the tier. */
export const PENALTY_MACHINE_COLUMNS = [
  '事项编码',
  '阶次代码',
  '阶次名称',
  '条件表达式',
  '罚款标准',
  '附加处罚',
  '阶次罚种',
  '阶次说明',
] as const;

export const PENALTY_COLUMNS = [...PENALTY_HUMAN_COLUMNS, ...PENALTY_MACHINE_COLUMNS] as const;

/** Of the human columns, those that belong to the item (merged across its tier rows). */
export const PENALTY_ITEM_COLUMNS: readonly PenaltyColumn[] = ['序号', '违法行为', '违法依据', '处罚依据'];

export const LICENSING_HUMAN_COLUMNS = [
  '序号',
  '许可事项',
  '设定依据',
  '法定时限',
  '承诺时限',
  '许可条件',
  '申请材料',
] as const;
export const LICENSING_COLUMNS = [...LICENSING_HUMAN_COLUMNS, '事项编码'] as const;

export const META_COLUMNS = ['事项编码', '路径', '值'] as const;

export type PenaltyColumn = (typeof PENALTY_COLUMNS)[number];
export type LicensingColumn = (typeof LICENSING_COLUMNS)[number];
export type MetaColumn = (typeof META_COLUMNS)[number];

/** The columns of each sheet, in the order the renderer writes them. */
export const SHEET_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = {
  [PENALTY_SHEET]: PENALTY_COLUMNS,
  [LICENSING_SHEET]: LICENSING_COLUMNS,
  [META_SHEET]: META_COLUMNS,
};

/** The human (view) columns of each sheet: checked against the machine data on import. */
export const HUMAN_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = {
  [PENALTY_SHEET]: PENALTY_HUMAN_COLUMNS,
  [LICENSING_SHEET]: LICENSING_HUMAN_COLUMNS,
  [META_SHEET]: [],
};

/** One sheet as text: a header row and data rows, each cell a string (`''` for empty). */
export interface Sheet {
  readonly name: string;
  /** The header row, then the data rows. */
  readonly rows: readonly (readonly string[])[];
  /** The row number (1-based, as a spreadsheet shows it) of each entry of `rows`. */
  readonly rowNumbers?: readonly number[];
}

/** A benchmark table as sheets of text, the common form of CSV and XLSX. */
export interface Workbook {
  readonly sheets: readonly Sheet[];
}

/** A cell as messages name it. */
export interface CellLocation {
  readonly sheet: string;
  /** 1-based row number. */
  readonly row: number;
  /** 0-based column index. */
  readonly column: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let out = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    out = String.fromCharCode(65 + remainder) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** `裁量基准!K7`, the way spreadsheets name a cell. */
export function formatCell(location: CellLocation): string {
  return `${location.sheet}!${columnLetter(location.column)}${location.row}`;
}

/** `元数据!7`, a whole row. */
export function formatRow(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** The tier fields that have their own machine column, and the column. */
export const TIER_COLUMN_KEYS = {
  level: '阶次代码',
  label: '阶次名称',
  when: '条件表达式',
  fine: '罚款标准',
  add: '附加处罚',
  sanctions: '阶次罚种',
  description: '阶次说明',
} as const;
