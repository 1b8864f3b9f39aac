import type { Issue } from '../errors/cailiang-error.js';
import { benchmarkTable } from '../render/table.js';
import { buildSheet } from '../render/workbook.js';
import type { RuleSet } from '../ruleset/load.js';
import {
  formatCell,
  HUMAN_COLUMNS,
  LICENSING_SHEET,
  PENALTY_ITEM_COLUMNS,
  PENALTY_SHEET,
  SHEET_COLUMNS,
} from '../table-format/layout.js';
import type { SheetName } from '../table-format/layout.js';
import type { ReadSheet } from './from-workbook.js';

/** `check`: every human cell must match; `fill-blank`: blank human cells are accepted. */
export type HumanColumnsMode = 'check' | 'fill-blank';

/**
 * The rule for hand edits: the human columns are a view of the machine data. On import they are
 * generated again from the rule set the machine data gives and compared cell by cell (line
 * breaks and spaces at line ends aside); a cell that differs is reported, never ignored — an
 * amount changed in 处罚标准 but not in 罚款标准 would otherwise be published but not applied.
 * An item's cells (序号 … 处罚依据) may be blank on its later rows, as merged cells read.
 * Only the two sheets with human columns are rendered again; 元数据 has none to check.
 *
 * @param ruleSet - the rule set the machine data gives
 * @param actual - the sheets read
 * @returns one issue per differing cell
 */
export function checkConsistency(
  ruleSet: RuleSet,
  actual: ReadonlyMap<string, ReadSheet>,
  mode: HumanColumnsMode,
): Issue[] {
  const issues: Issue[] = [];
  const table = benchmarkTable(ruleSet);
  for (const name of [PENALTY_SHEET, LICENSING_SHEET] as const) {
    const have = actual.get(name);
    const wantRows = buildSheet(ruleSet, name, table).rows.slice(1);
    if (have === undefined) {
      if (wantRows.length > 0 && mode === 'check') {
        issues.push({
          code: 'missing_sheet',
          path: name,
          message: `the sheet "${name}" is missing; it lists ${wantRows.length} item(s) of the rule set`,
        });
      }
      continue;
    }
    issues.push(...compareSheet(name, wantRows, have, mode));
  }
  return issues;
}

function compareSheet(
  name: SheetName,
  wantRows: readonly (readonly string[])[],
  have: ReadSheet,
  mode: HumanColumnsMode,
): Issue[] {
  const issues: Issue[] = [];
  const columns = SHEET_COLUMNS[name];
  const codeColumn = columns.indexOf('事项编码');
  const expectedByCode = new Map<string, (readonly string[])[]>();
  for (const row of wantRows) {
    const code = row[codeColumn] as string;
    expectedByCode.set(code, [...(expectedByCode.get(code) ?? []), row]);
  }
  const seen = new Map<string, number>();
  for (const entry of have.rows) {
    const code = (entry.cells[have.columns.get('事项编码') as number] ?? '').trim();
    const position = seen.get(code) ?? 0;
    seen.set(code, position + 1);
    const group = expectedByCode.get(code);
    const want = group?.[position];
    if (want === undefined || group === undefined) {
      // Tier rows of unknown items were reported already; a licensing row is checked here.
      if (name === LICENSING_SHEET) {
        issues.push({
          code: group === undefined ? 'unknown_item' : 'duplicate_row',
          path: formatCell({ sheet: name, row: entry.row, column: have.columns.get('事项编码') as number }),
          message:
            group === undefined
              ? `"${code}" is not a licensing item of the rule set (元数据)`
              : `licensing item "${code}" has more than one row`,
        });
      }
      continue;
    }
    for (const column of HUMAN_COLUMNS[name]) {
      const index = have.columns.get(column) as number;
      const text = entry.cells[index] ?? '';
      const merged = name === PENALTY_SHEET && position > 0 && PENALTY_ITEM_COLUMNS.includes(column as never);
      const wanted = merged
        ? ((group[0] as readonly string[])[columns.indexOf(column)] as string)
        : (want[columns.indexOf(column)] as string);
      if (normalise(text) === normalise(wanted)) continue;
      if (normalise(text) === '' && (merged || mode === 'fill-blank')) continue;
      issues.push({
        code: 'inconsistent_cell',
        path: formatCell({ sheet: name, row: entry.row, column: index }),
        message: mismatch(column, text, wanted, mode),
      });
    }
  }
  if (name === LICENSING_SHEET) {
    for (const [code, rows] of expectedByCode) {
      if ((seen.get(code) ?? 0) < rows.length) {
        issues.push({
          code: 'missing_row',
          path: name,
          message: `licensing item "${code}" has no row; the sheet lists every licensing item of 元数据`,
        });
      }
    }
  }
  return issues;
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

function mismatch(column: string, text: string, wanted: string, mode: HumanColumnsMode): string {
  const a = normalise(text);
  const b = normalise(wanted);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  const excerpt = (value: string) => {
    const from = Math.max(0, start - 12);
    const shown = value.slice(from, start + 28).replace(/\n/g, '⏎');
    return `${from > 0 ? '…' : ''}${shown}${start + 28 < value.length ? '…' : ''}`;
  };
  return (
    `${column} does not match the machine data: ${a === '' ? 'the cell is empty' : `the cell reads 「${excerpt(a)}」`} where the rule set gives 「${excerpt(b)}」. ` +
    `The human columns are generated: change the machine columns or 元数据, and copy the generated text here${mode === 'check' ? ' (or clear the cell and import with humanColumns: fill-blank)' : ''}`
  );
}
