import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeLine } from '../../src/batch/decode-line.js';
import { readLines } from '../../src/batch/line-reader.js';
import type { RawLine } from '../../src/batch/line-reader.js';

/** Reads the lines of byte chunks given one by one, as a stream would deliver them. */
async function lines(chunks: (string | Uint8Array)[], maxLineBytes?: number): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const raw of readLines(
    Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    maxLineBytes === undefined ? {} : { maxLineBytes },
  ))
    out.push(raw);
  return out;
}

const text = (raw: RawLine) => (raw.bytes === null ? null : Buffer.from(raw.bytes).toString('utf8'));

describe('readLines', () => {
  it('numbers every line, blank ones included, and keeps a last line without a newline', async () => {
    const read = await lines(['{"a":1}\n\n  \n{"b":2}']);
    expect(read.map((raw) => [raw.line, text(raw), raw.terminated])).toEqual([
      [1, '{"a":1}', true],
      [2, '', true],
      [3, '  ', true],
      [4, '{"b":2}', false],
    ]);
  });

  it('does not invent a line after a final newline, and reads nothing from empty input', async () => {
    expect((await lines(['{"a":1}\n'])).length).toBe(1);
    expect(await lines([])).toEqual([]);
    expect(await lines([''])).toEqual([]);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"name":"食品"}\n{"b":2}\n');
    const read = await lines([bytes.subarray(0, 11), bytes.subarray(11, 12), bytes.subarray(12)]);
    expect(read.map(text)).toEqual(['{"name":"食品"}', '{"b":2}']);
  });

  it('keeps CRLF line ends for the decoder, which drops the \\r', async () => {
    const read = await lines(['{"a":1}\r\n{"b":2}\r\n']);
    expect(read.map(text)).toEqual(['{"a":1}\r', '{"b":2}\r']);
    expect(read.map((raw) => decodeLine(raw.bytes as Uint8Array, raw.line))).toEqual([
      { ok: true, value: { a: 1 } },
      { ok: true, value: { b: 2 } },
    ]);
  });

  it('reads a huge line (8 MB, in 64 KiB chunks) whole', async () => {
    const huge = JSON.stringify({ note: 'x'.repeat(8 * 1024 * 1024) });
    const bytes = Buffer.from(`${huge}\n{"after":true}\n`);
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < bytes.length; offset += 65536) chunks.push(bytes.subarray(offset, offset + 65536));
    const read = await lines(chunks);
    expect(read.map((raw) => raw.length)).toEqual([huge.length, 14]);
    expect(decodeLine(read[0]?.bytes as Uint8Array, 1)).toMatchObject({ ok: true });
  });

  it('does not keep a line over the limit, and goes on at the next line', async () => {
    const read = await lines(['{"a":"', 'x'.repeat(100), '"}\n{"b":2}\n'], 50);
    expect(read.map((raw) => [raw.line, raw.bytes === null, raw.length])).toEqual([
      [1, true, 108],
      [2, false, 7],
    ]);
  });
});

describe('decodeLine', () => {
  const decode = (text: string | Uint8Array, line = 2) =>
    decodeLine(typeof text === 'string' ? Buffer.from(text) : text, line);

  it('parses a line of JSON', () => {
    expect(decode('{"item":"FS-124-1-3"}')).toEqual({ ok: true, value: { item: 'FS-124-1-3' } });
  });

  it('refuses a line that is not JSON, saying why', () => {
    expect(decode('{"item": FS}')).toMatchObject({
      ok: false,
      issue: { code: 'invalid_json', path: '', message: expect.stringMatching(/^not JSON: /) },
    });
    expect(decode('{"a":1} trailing')).toMatchObject({ ok: false, issue: { code: 'invalid_json' } });
  });

  it('refuses a blank line rather than skipping it', () => {
    expect(decode('')).toMatchObject({ ok: false, issue: { code: 'blank_line' } });
    expect(decode(' \t\r')).toMatchObject({ ok: false, issue: { code: 'blank_line' } });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    expect(decode(Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toMatchObject({
      ok: false,
      issue: { code: 'encoding' },
    });
  });

  it('drops a BOM on line 1 only', () => {
    expect(decode('\uFEFF{"a":1}', 1)).toEqual({ ok: true, value: { a: 1 } });
    expect(decode('\uFEFF{"a":1}', 2)).toMatchObject({ ok: false, issue: { code: 'invalid_json' } });
  });

  it('keeps a __proto__ key as data, without touching any prototype', () => {
    const decoded = decode('{"__proto__":{"polluted":true}}');
    expect(decoded.ok && Object.keys(decoded.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
