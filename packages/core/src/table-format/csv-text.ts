/**
 * CSV as RFC 4180 defines it: fields separated by commas, records by CRLF, a field quoted with
 * `"` when it holds a comma, a quote or a line break, quotes inside doubled. Written with a UTF-8
 * byte order mark so that Excel opens Chinese text correctly.
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes records as CSV text (RFC 4180), with a leading BOM.
 *
 * @example writeCsv([['序号', '违法行为'], ['1', 'a,b']]) // '\uFEFF序号,违法行为\r\n1,"a,b"\r\n'
 */
export function writeCsv(records: readonly (readonly string[])[]): string {
  const body = records.map((record) => record.map(quoteField).join(',')).join('\r\n');
  return `${UTF8_BOM}${body}\r\n`;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One record read, with the 1-based line where it starts (a quoted field may span lines). */
export interface CsvRecord {
  readonly fields: readonly string[];
  /** 1-based record number: the row a spreadsheet shows. */
  readonly row: number;
  readonly line: number;
}

export type CsvReadResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly row: number; readonly line: number; readonly message: string };

/**
 * Reads CSV text (RFC 4180; a leading BOM is dropped, LF alone also ends a record).
 *
 * @returns the records, or where the text stops being CSV (an unterminated quote, text after a
 *   closing quote)
 */
export function readCsv(text: string): CsvReadResult {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let index = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, row: records.length + 1, line: recordLine });
    fields = [];
    recordLine = line;
  };
  while (index < source.length) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        index += 1;
        continue;
      }
      if (char === '\n') line += 1;
      field += char;
      index += 1;
      continue;
    }
    if (char === ',') {
      endField();
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line += 1;
      endRecord();
      continue;
    }
    if (afterQuote) {
      return {
        ok: false,
        row: records.length + 1,
        line,
        message: `text after a closing quote in field ${fields.length + 1}: a quote inside a quoted field is written ""`,
      };
    }
    if (char === '"' && field === '') {
      quoted = true;
      index += 1;
      continue;
    }
    field += char;
    index += 1;
  }
  if (quoted)
    return {
      ok: false,
      row: records.length + 1,
      line: recordLine,
      message: 'a quoted field is not closed: the text ends inside quotes',
    };
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
