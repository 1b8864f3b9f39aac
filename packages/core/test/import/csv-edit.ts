import { readCsv, writeCsv } from '../../src/table-format/csv-text.js';

/** The records of CSV text, as arrays of fields. */
export function records(csv: string): string[][] {
  const read = readCsv(csv);
  if (!read.ok) throw new Error(read.message);
  return read.records.map((record) => [...record.fields]);
}

/** Column letters to 0-based indexes: A → 0, K → 10. */
function columnIndex(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * CSV text with cells replaced, addressed as a spreadsheet shows them (`K4` is row 4 of the
 * file, column K). A value of `undefined` deletes the row.
 */
export function editCsv(csv: string, changes: Record<string, string | undefined>): string {
  const rows = records(csv);
  const deleted = new Set<number>();
  for (const [address, value] of Object.entries(changes)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (match === null) throw new Error(`bad address ${address}`);
    const row = Number(match[2]) - 1;
    if (value === undefined) {
      deleted.add(row);
      continue;
    }
    const record = rows[row] as string[];
    record[columnIndex(match[1] as string)] = value;
  }
  return writeCsv(rows.filter((_, index) => !deleted.has(index)));
}

/** The address of a 元数据 cell: the row holding `path` of item `code` ('' for the rule set). */
export function metaCell(csv: string, code: string, path: string, column: 'A' | 'B' | 'C' = 'C'): string {
  const rows = records(csv);
  const start = rows.findIndex((record) => record[0] === '#元数据');
  const index = rows.findIndex((record, row) => row > start && record[0] === code && record[1] === path);
  if (index < 0) throw new Error(`no 元数据 row ${code} ${path}`);
  return `${column}${index + 1}`;
}

/** The text of a cell. */
export function cellText(csv: string, address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return records(csv)[Number(match[2]) - 1]?.[columnIndex(match[1] as string)] ?? '';
}
