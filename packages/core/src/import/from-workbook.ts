import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { loadRuleSet } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';
import { parseCellValue } from '../table-format/cell-values.js';
import { parseConditionExpression } from '../table-format/condition-syntax.js';
import { checkConsistency } from './consistency.js';
import type { HumanColumnsMode } from './consistency.js';
import {
  columnLetter,
  formatCell,
  formatRow,
  META_SHEET,
  PENALTY_SHEET,
  SHEET_COLUMNS,
  SHEET_NAMES,
  TIER_COLUMN_KEYS,
} from '../table-format/layout.js';
import type { CellLocation, Sheet, Workbook } from '../table-format/layout.js';
import { isItemConditionPath, MetaBuilder, parseMetaPath } from '../table-format/meta-paths.js';
import type { PathSegment } from '../table-format/meta-paths.js';
import { LocationIndex } from './locations.js';

/** Options of the importers. */
export interface ImportOptions {
  /** The file name, shown before every problem (`rules.csv: 裁量基准!K7: …`). */
  readonly source?: string;
  /**
   * What to do with the human columns (序号 … 处罚标准, and the 行政许可 sheet), which are
   * generated from the machine data: `check` (default) reports every cell that differs from
   * what the machine data gives; `fill-blank` accepts blank human cells (a table authored in the
   * machine columns alone) and still reports cells that differ.
   */
  readonly humanColumns?: HumanColumnsMode;
}

/** A sheet with its columns found by header. */
export interface ReadSheet {
  readonly sheet: Sheet;
  readonly columns: ReadonlyMap<string, number>;
  /** Data rows (header excluded, blank rows skipped), each with its row number. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly row: number }[];
}

/**
 * Reads a benchmark workbook (the sheets of an XLSX file or the sections of a CSV file) back
 * into a rule set: 元数据 gives the rule set and each item, 裁量基准 the tiers (one row each,
 * from the machine columns), and the human columns are then checked against what the machine
 * data gives. Every problem is reported at its cell (`裁量基准!K7: unknown operator "=>"`).
 *
 * @param workbook - the sheets, as text
 * @param options - source name, human-column mode
 * @returns the validated, frozen rule set
 * @throws CailiangError INVALID_RULE_SET with one issue per problem; each issue's path is the
 *   cell (`元数据!C12`), and its message names the rule-set path where there is one
 */
export function ruleSetFromWorkbook(workbook: Workbook, options: ImportOptions = {}): RuleSet {
  const issues: Issue[] = [];
  const fail = (): never => {
    throw new CailiangError('INVALID_RULE_SET', issues, options.source === undefined ? {} : { source: options.source });
  };
  const sheets = readSheets(workbook, issues);
  const meta = sheets.get(META_SHEET);
  const penalty = sheets.get(PENALTY_SHEET);
  if (issues.length > 0 || meta === undefined || penalty === undefined) fail();
  const locations = new LocationIndex(formatRow(META_SHEET, 1));

  const { root, items } = readMeta(meta as ReadSheet, issues, locations);
  const tierRows = readTierRows(penalty as ReadSheet, items, issues);
  if (issues.length > 0) fail();

  const data = assemble(root, items, tierRows, issues, locations);
  if (issues.length > 0) fail();

  let ruleSet: RuleSet;
  try {
    ruleSet = loadRuleSet(data);
  } catch (error) {
    if (!(error instanceof CailiangError)) throw error;
    for (const issue of error.issues) {
      const cell = locations.locate(issue.path);
      issues.push({
        code: issue.code,
        path: cell,
        message: issue.path === '' ? issue.message : `${issue.message} (${issue.path})`,
      });
    }
    return fail();
  }
  issues.push(...checkConsistency(ruleSet, sheets, options.humanColumns ?? 'check'));
  if (issues.length > 0) fail();
  return ruleSet;
}

function readSheets(workbook: Workbook, issues: Issue[]): Map<string, ReadSheet> {
  const out = new Map<string, ReadSheet>();
  for (const sheet of workbook.sheets) {
    if (!(SHEET_NAMES as readonly string[]).includes(sheet.name)) {
      issues.push({
        code: 'unknown_sheet',
        path: sheet.name,
        message: `unknown sheet "${sheet.name}"; a benchmark workbook has the sheets ${SHEET_NAMES.join('、')}`,
      });
      continue;
    }
    if (out.has(sheet.name)) {
      issues.push({ code: 'duplicate_sheet', path: sheet.name, message: `the sheet "${sheet.name}" appears twice` });
      continue;
    }
    const read = readSheet(sheet, issues);
    if (read !== undefined) out.set(sheet.name, read);
  }
  for (const required of [PENALTY_SHEET, META_SHEET]) {
    if (!workbook.sheets.some((sheet) => sheet.name === required)) {
      issues.push({
        code: 'missing_sheet',
        path: required,
        message: `the sheet "${required}" is missing${required === META_SHEET ? ': it holds the rule set itself (header, laws, facts, items)' : ''}`,
      });
    }
  }
  return out;
}

function readSheet(sheet: Sheet, issues: Issue[]): ReadSheet | undefined {
  const rowNumber = (index: number) => sheet.rowNumbers?.[index] ?? index + 1;
  const header = sheet.rows[0];
  if (header === undefined) {
    issues.push({
      code: 'missing_header',
      path: formatRow(sheet.name, 1),
      message: `the sheet has no header row; expected ${(SHEET_COLUMNS[sheet.name as keyof typeof SHEET_COLUMNS] ?? []).join(', ')}`,
    });
    return undefined;
  }
  const expected = SHEET_COLUMNS[sheet.name as keyof typeof SHEET_COLUMNS] ?? [];
  const columns = new Map<string, number>();
  let problems = false;
  header.forEach((cell, column) => {
    const name = cell.trim();
    if (name === '') return;
    const at = formatCell({ sheet: sheet.name, row: rowNumber(0), column });
    if (!expected.includes(name)) {
      issues.push({
        code: 'unknown_column',
        path: at,
        message: `unknown column "${name}"; this sheet has the columns ${expected.join(', ')}`,
      });
      problems = true;
    } else if (columns.has(name)) {
      issues.push({
        code: 'duplicate_column',
        path: at,
        message: `the column "${name}" appears twice (also ${columnLetter(columns.get(name) as number)})`,
      });
      problems = true;
    } else {
      columns.set(name, column);
    }
  });
  for (const name of expected) {
    if (!columns.has(name)) {
      issues.push({
        code: 'missing_column',
        path: formatRow(sheet.name, rowNumber(0)),
        message: `the column "${name}" is missing from the header row`,
      });
      problems = true;
    }
  }
  if (problems) return undefined;
  const rows: { cells: string[]; row: number }[] = [];
  sheet.rows.slice(1).forEach((cells, index) => {
    const row = rowNumber(index + 1);
    if (cells.every((cell) => cell.trim() === '')) return;
    cells.forEach((cell, column) => {
      if (cell.trim() !== '' && (header[column] ?? '').trim() === '') {
        issues.push({
          code: 'unknown_column',
          path: formatCell({ sheet: sheet.name, row, column }),
          message: 'a value in a column without a header',
        });
      }
    });
    rows.push({ cells: [...cells], row });
  });
  return { sheet, columns, rows };
}

/** The text of a named column in a row, and where it is. */
function cellOf(read: ReadSheet, entry: ReadSheet['rows'][number], column: string): { text: string; at: CellLocation } {
  const index = read.columns.get(column) as number;
  return { text: entry.cells[index] ?? '', at: { sheet: read.sheet.name, row: entry.row, column: index } };
}

interface MetaItem {
  readonly code: string;
  readonly builder: MetaBuilder<CellLocation>;
  /** The 事项编码 cell of the item's first row in 元数据. */
  readonly at: CellLocation;
}

function readMeta(
  meta: ReadSheet,
  issues: Issue[],
  locations: LocationIndex,
): { root: MetaBuilder<CellLocation>; items: Map<string, MetaItem> } {
  const root = new MetaBuilder<CellLocation>({ sheet: META_SHEET, row: 1, column: 0 });
  const items = new Map<string, MetaItem>();
  for (const entry of meta.rows) {
    const code = cellOf(meta, entry, '事项编码');
    const pathCell = cellOf(meta, entry, '路径');
    const valueCell = cellOf(meta, entry, '值');
    const itemCode = code.text.trim();
    const parsedPath = parseMetaPath(pathCell.text);
    if (!parsedPath.ok) {
      issues.push({ code: 'invalid_path', path: formatCell(pathCell.at), message: parsedPath.message });
      continue;
    }
    const path = parsedPath.path;
    if (itemCode === '' && path[0] === 'items') {
      issues.push({
        code: 'invalid_path',
        path: formatCell(pathCell.at),
        message:
          'items are given by their code: put the item code in 事项编码 and the path inside the item here (statutory.fine[0].range)',
      });
      continue;
    }
    if (itemCode !== '' && path[0] === 'code' && path.length === 1) {
      issues.push({
        code: 'invalid_path',
        path: formatCell(pathCell.at),
        message: 'the item code is the 事项编码 column, not a path',
      });
      continue;
    }
    if (itemCode !== '' && path[0] === 'tiers' && path.length <= 2) {
      issues.push({
        code: 'invalid_path',
        path: formatCell(pathCell.at),
        message: `tiers are the rows of ${PENALTY_SHEET}; here only a tier field without a column of its own (tiers[0].someField)`,
      });
      continue;
    }
    if (valueCell.text.trim() === '') {
      issues.push({
        code: 'missing_value',
        path: formatCell(valueCell.at),
        message: 'no value; write "" for empty text',
      });
      continue;
    }
    const value = readValue(valueCell.text, valueCell.at, itemCode !== '' && isItemConditionPath(path), issues);
    if (value === NO_VALUE) continue;
    let builder = root;
    if (itemCode !== '') {
      let item = items.get(itemCode);
      if (item === undefined) {
        item = { code: itemCode, builder: new MetaBuilder<CellLocation>(code.at), at: code.at };
        items.set(itemCode, item);
      }
      builder = item.builder;
    }
    const conflict = builder.set(path, value, valueCell.at, formatCell);
    if (conflict !== undefined)
      issues.push({ code: 'conflicting_path', path: formatCell(pathCell.at), message: conflict });
  }
  for (const entry of root.entries) locations.add(entry.path, entry.origin);
  return { root, items };
}

const NO_VALUE = Symbol('no value');

function readValue(text: string, at: CellLocation, condition: boolean, issues: Issue[]): unknown {
  if (condition) {
    const parsed = parseConditionExpression(text);
    if (parsed.ok) return parsed.condition;
    for (const problem of parsed.problems)
      issues.push({
        code: problem.code,
        path: formatCell(at),
        message: `${problem.message} (character ${problem.character})`,
      });
    return NO_VALUE;
  }
  const parsed = parseCellValue(text);
  if (parsed.ok) return parsed.value;
  issues.push({ code: 'invalid_value', path: formatCell(at), message: parsed.message });
  return NO_VALUE;
}

interface TierRow {
  readonly tier: Record<string, unknown>;
  /** Where each tier field came from; '' for the row itself. */
  readonly cells: ReadonlyMap<string, CellLocation>;
}

function readTierRows(
  penalty: ReadSheet,
  items: ReadonlyMap<string, MetaItem>,
  issues: Issue[],
): Map<string, TierRow[]> {
  const groups = new Map<string, TierRow[]>();
  const firstRow = new Map<string, number>();
  let previous: string | undefined;
  for (const entry of penalty.rows) {
    const code = cellOf(penalty, entry, '事项编码');
    const itemCode = code.text.trim();
    if (itemCode === '') {
      issues.push({
        code: 'missing_value',
        path: formatCell(code.at),
        message: 'each tier row names its item in 事项编码',
      });
      previous = undefined;
      continue;
    }
    if (!items.has(itemCode)) {
      issues.push({
        code: 'unknown_item',
        path: formatCell(code.at),
        message: `item "${itemCode}" is not in ${META_SHEET}, where each item has its rows (name, kind, citations…)`,
      });
      continue;
    }
    if (groups.has(itemCode) && previous !== itemCode) {
      issues.push({
        code: 'scattered_item',
        path: formatCell(code.at),
        message: `the rows of item "${itemCode}" must follow one another (its first row is ${firstRow.get(itemCode)})`,
      });
    }
    previous = itemCode;
    const tier: Record<string, unknown> = {};
    const cells = new Map<string, CellLocation>([
      ['', { ...code.at, column: penalty.columns.get(TIER_COLUMN_KEYS.level) as number }],
    ]);
    for (const [key, column] of Object.entries(TIER_COLUMN_KEYS)) {
      const cell = cellOf(penalty, entry, column);
      cells.set(key, cell.at);
      if (cell.text.trim() === '') {
        if (key === 'level' || key === 'label')
          issues.push({ code: 'missing_value', path: formatCell(cell.at), message: `every tier has a ${column}` });
        continue;
      }
      const value = readValue(cell.text, cell.at, key === 'when', issues);
      if (value !== NO_VALUE) tier[key] = value;
    }
    const group = groups.get(itemCode) ?? [];
    if (group.length === 0) firstRow.set(itemCode, entry.row);
    group.push({ tier, cells });
    groups.set(itemCode, group);
  }
  return groups;
}

function assemble(
  root: MetaBuilder<CellLocation>,
  items: ReadonlyMap<string, MetaItem>,
  tierRows: ReadonlyMap<string, TierRow[]>,
  issues: Issue[],
  locations: LocationIndex,
): Record<string, unknown> {
  const built = root.build();
  for (const problem of built.problems)
    issues.push({ code: 'invalid_path', path: formatCell(problem.origin), message: problem.message });
  const data: Record<string, unknown> = { ...built.value };
  const list: Record<string, unknown>[] = [];
  let index = 0;
  for (const item of items.values()) {
    const at: PathSegment[] = ['items', index];
    const fields = item.builder.build();
    for (const problem of fields.problems)
      issues.push({ code: 'invalid_path', path: formatCell(problem.origin), message: problem.message });
    const value: Record<string, unknown> = { code: item.code, ...fields.value };
    locations.add(at, item.at);
    locations.add([...at, 'code'], item.at);
    for (const entry of item.builder.entries) locations.add([...at, ...entry.path], entry.origin);
    const rows = tierRows.get(item.code);
    if (rows !== undefined) {
      const firstCode = rows[0]?.cells.get('') as CellLocation;
      if (value['kind'] !== 'penalty') {
        issues.push({
          code: 'unexpected_tiers',
          path: formatCell(firstCode),
          message: `item "${item.code}" is not a penalty item (kind: ${String(value['kind'])} in ${META_SHEET}), so it has no tier rows`,
        });
      } else {
        const extras = value['tiers'];
        value['tiers'] = rows.map((row, tierIndex) => {
          for (const [key, cell] of row.cells)
            locations.add(key === '' ? [...at, 'tiers', tierIndex] : [...at, 'tiers', tierIndex, key], cell);
          return { ...row.tier };
        });
        locations.add([...at, 'tiers'], firstCode);
        mergeTierExtras(value['tiers'] as Record<string, unknown>[], extras, item, issues);
      }
    } else if (value['kind'] === 'penalty') {
      issues.push({
        code: 'missing_tiers',
        path: formatCell(item.at),
        message: `penalty item "${item.code}" has no rows in ${PENALTY_SHEET}; each tier is a row there`,
      });
    }
    list.push(value);
    index += 1;
  }
  data['items'] = list;
  return data;
}

/** Tier fields given in 元数据 (`tiers[1].someField`): fields without a column of their own. */
function mergeTierExtras(tiers: Record<string, unknown>[], extras: unknown, item: MetaItem, issues: Issue[]): void {
  if (extras === undefined) return;
  const origin = (tierIndex: number) =>
    item.builder.entries.find((entry) => entry.path[0] === 'tiers' && entry.path[1] === tierIndex)?.origin ?? item.at;
  if (!Array.isArray(extras)) {
    issues.push({
      code: 'invalid_path',
      path: formatCell(origin(0)),
      message: 'tiers[…] in 元数据 index the tier rows: tiers[0].someField',
    });
    return;
  }
  extras.forEach((extra, tierIndex) => {
    const tier = tiers[tierIndex];
    if (tier === undefined) {
      issues.push({
        code: 'invalid_path',
        path: formatCell(origin(tierIndex)),
        message: `tiers[${tierIndex}] does not exist: item "${item.code}" has ${tiers.length} tier rows in ${PENALTY_SHEET}`,
      });
      return;
    }
    for (const [key, value] of Object.entries(extra as Record<string, unknown>)) {
      if (Object.hasOwn(TIER_COLUMN_KEYS, key)) {
        issues.push({
          code: 'conflicting_path',
          path: formatCell(origin(tierIndex)),
          message: `tiers[${tierIndex}].${key} has its own column in ${PENALTY_SHEET} (${TIER_COLUMN_KEYS[key as keyof typeof TIER_COLUMN_KEYS]})`,
        });
        continue;
      }
      tier[key] = value;
    }
  });
}
