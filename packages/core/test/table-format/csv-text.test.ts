import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../src/table-format/csv-text.js';

describe('writeCsv', () => {
  const records = [
    ['序号', '违法行为'],
    ['1', 'a,b'],
    ['2', '说"明"'],
    ['3', '一\n二'],
    ['4', ' 前后空格\u3000'],
  ];

  it("quotes commas, quotes, line breaks and white space at a field's edges, after a BOM, with CRLF", () => {
    expect(writeCsv(records)).toBe(
      '\uFEFF序号,违法行为\r\n1,"a,b"\r\n2,"说""明"""\r\n3,"一\n二"\r\n4," 前后空格\u3000"\r\n',
    );
  });

  it('is read back field for field', () => {
    const read = readCsv(writeCsv(records));
    expect(read.ok && read.records.map((record) => record.fields)).toEqual(records);
  });
});
