import { describe, expect, it } from 'vitest';
import { chunkLength, chunkLine, chunkLineNumber, subChunk } from '../../src/batch/chunk.js';
import type { Chunk } from '../../src/batch/chunk.js';
import { ChunkSplitter } from '../../src/batch/chunk-splitter.js';
import type { ChunkSplitterOptions } from '../../src/batch/chunk-splitter.js';
import { decodeLine } from '../../src/batch/decode-line.js';

/** Splits byte blocks given one by one, as a stream would deliver them. */
function split(
  blocks: (string | Uint8Array)[],
  options: ChunkSplitterOptions = {},
): { chunks: Chunk[]; lines: number } {
  const splitter = new ChunkSplitter(options);
  const chunks = blocks.flatMap((block) => splitter.push(typeof block === 'string' ? Buffer.from(block) : block));
  chunks.push(...splitter.end());
  return { chunks, lines: splitter.lines };
}

/** Every line of the chunks as [line number, text or null when over the limit]. */
function lines(chunks: readonly Chunk[]): [number, string | null][] {
  return chunks.flatMap((chunk) =>
    Array.from({ length: chunkLength(chunk) }, (_, index): [number, string | null] => {
      const bytes = chunkLine(chunk, index);
      return [chunkLineNumber(chunk, index), bytes === null ? null : Buffer.from(bytes).toString('utf8')];
    }),
  );
}

/** The input cut into blocks of `size` bytes. */
function blocksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) out.push(bytes.subarray(offset, offset + size));
  return out;
}

describe('ChunkSplitter', () => {
  it('numbers every line, blank ones included, and keeps a last line without a newline', () => {
    const { chunks, lines: count } = split(['{"a":1}\n\n  \n{"b":2}']);
    expect(lines(chunks)).toEqual([
      [1, '{"a":1}'],
      [2, ''],
      [3, '  '],
      [4, '{"b":2}'],
    ]);
    expect(count).toBe(4);
    // The input's bytes exactly: no newline is counted for the last line, which had none.
    expect(chunks[0]?.inputBytes).toBe(19);
  });

  it('does not invent a line after a final newline, and makes nothing of empty input', () => {
    expect(split(['{"a":1}\n']).lines).toBe(1);
    expect(split([])).toEqual({ chunks: [], lines: 0 });
    expect(split(['', ''])).toEqual({ chunks: [], lines: 0 });
  });

  it('joins lines split across blocks, at every possible cut, even inside a multi-byte character', () => {
    const text = '{"name":"食品安全"}\n\n{"b":2}\r\n{"c":"裁量"}';
    const bytes = Buffer.from(text);
    const expected = text.split('\n').map((line, index): [number, string] => [index + 1, line]);
    for (let size = 1; size <= bytes.length; size++) {
      expect(lines(split(blocksOf(bytes, size)).chunks)).toEqual(expected);
      for (const maxLines of [1, 2, 3])
        expect(lines(split(blocksOf(bytes, size), { maxLines }).chunks)).toEqual(expected);
    }
  });

  it('keeps CRLF line ends for the decoder, which drops the \\r', () => {
    const { chunks } = split(['{"a":1}\r\n{"b":', '2}\r\n']);
    const chunk = chunks[0] as Chunk;
    expect(lines(chunks)).toEqual([
      [1, '{"a":1}\r'],
      [2, '{"b":2}\r'],
    ]);
    expect([0, 1].map((index) => decodeLine(chunkLine(chunk, index) as Uint8Array, index + 1))).toEqual([
      { ok: true, value: { a: 1 } },
      { ok: true, value: { b: 2 } },
    ]);
  });

  it('cuts chunks at the line count and at the byte size, numbering them in order', () => {
    const input = Array.from({ length: 10 }, (_, index) => `{"n":${index}}\n`).join('');
    const byLines = split([input], { maxLines: 4 }).chunks;
    expect(byLines.map((chunk) => [chunk.id, chunk.firstLine, chunkLength(chunk)])).toEqual([
      [0, 1, 4],
      [1, 5, 4],
      [2, 9, 2],
    ]);
    expect(byLines.reduce((sum, chunk) => sum + chunk.inputBytes, 0)).toBe(Buffer.byteLength(input));
    // Each line is 8 bytes with its newline: 20 bytes fill up after the third.
    const byBytes = split([input], { maxBytes: 20 }).chunks;
    expect(byBytes.map(chunkLength)).toEqual([3, 3, 3, 1]);
    expect(lines(byBytes)).toEqual(lines(byLines));
  });

  it('gives each chunk a buffer of its own, holding exactly its lines', () => {
    const { chunks } = split(['{"a":1}\n{"b":2}\n{"c":3}\n'], { maxLines: 2 });
    expect(
      chunks.map((chunk) => [chunk.data.byteOffset, chunk.data.buffer.byteLength, Buffer.from(chunk.data).toString()]),
    ).toEqual([
      [0, 16, '{"a":1}\n{"b":2}\n'],
      [0, 8, '{"c":3}\n'],
    ]);
  });

  it('keeps no bytes of a line over the limit, in one block or many, and goes on at the next line', () => {
    const long = `{"a":"${'x'.repeat(100)}"}`;
    for (const size of [1000, 7]) {
      const { chunks } = split(blocksOf(Buffer.from(`${long}\n{"b":2}\n${long}`), size), { maxLineBytes: 50 });
      expect(lines(chunks)).toEqual([
        [1, null],
        [2, '{"b":2}'],
        [3, null],
      ]);
      expect(chunks[0]?.oversize).toEqual([
        [0, 108],
        [2, 108],
      ]);
      expect(chunks[0]?.maxLineBytes).toBe(50);
    }
  });

  it('reads a huge line (8 MB, in 64 KiB blocks) whole', () => {
    const huge = JSON.stringify({ note: 'x'.repeat(8 * 1024 * 1024) });
    const { chunks } = split(blocksOf(Buffer.from(`${huge}\n{"after":true}\n`), 65536));
    expect(chunks.map(chunkLength)).toEqual([1, 1]);
    expect(chunkLine(chunks[0] as Chunk, 0)?.length).toBe(huge.length);
    expect(lines(chunks)[1]).toEqual([2, '{"after":true}']);
  });

  it('skips the lines a resumed output already answers, but counts them', () => {
    const input = '{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}';
    for (const size of [100, 3]) {
      const { chunks, lines: count } = split(blocksOf(Buffer.from(input), size), { skip: 2 });
      expect(lines(chunks)).toEqual([
        [3, '{"n":3}'],
        [4, '{"n":4}'],
      ]);
      expect(count).toBe(4);
    }
    expect(split([input], { skip: 9 })).toEqual({ chunks: [], lines: 4 });
  });
});

describe('subChunk', () => {
  it('takes lines out of a chunk with their line numbers and the lines over the limit', () => {
    const { chunks } = split([`{"a":1}\n${'x'.repeat(60)}\n{"c":3}\n{"d":4}`], { maxLineBytes: 50 });
    const chunk = chunks[0] as Chunk;
    expect(lines([subChunk(chunk, 1, 3, 2)])).toEqual([
      [2, null],
      [3, '{"c":3}'],
    ]);
    expect(subChunk(chunk, 1, 3, 2).oversize).toEqual([[0, 60]]);
    expect(lines([subChunk(chunk, 3, 4, 2)])).toEqual([[4, '{"d":4}']]);
    expect(lines([subChunk(chunk, 0, 1, 2)])).toEqual([[1, '{"a":1}']]);
  });
});

describe('ChunkSplitter --shard', () => {
  const input = Array.from({ length: 11 }, (_, index) => `{"n":${index + 1}}`).join('\n');
  const numbered = (chunks: readonly Chunk[]) =>
    chunks.flatMap((chunk) =>
      Array.from({ length: chunkLength(chunk) }, (_, index) => [
        chunkLineNumber(chunk, index),
        Buffer.from(chunkLine(chunk, index) ?? []).toString('utf8'),
      ]),
    );

  it("puts only the shard's lines into chunks, each with its number in the whole input", () => {
    for (const size of [1, 3, 7, 1000]) {
      for (const maxLines of [1, 2, 256]) {
        const { chunks, lines: count } = split(blocksOf(Buffer.from(input), size), {
          maxLines,
          shard: { index: 2, count: 3 },
        });
        expect(numbered(chunks)).toEqual([2, 5, 8, 11].map((n) => [n, `{"n":${n}}`]));
        expect(count).toBe(11);
      }
    }
  });

  it('covers every line exactly once over the N shards', () => {
    const all = [1, 2, 3, 4].flatMap((index) => numbered(split([input], { shard: { index, count: 4 } }).chunks));
    expect(all.map(([line]) => line).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 11 }, (_, index) => index + 1),
    );
  });

  it('skips a resumed shard up to the input line its output answers', () => {
    const { chunks } = split([input], { shard: { index: 2, count: 3 }, skip: 5 });
    expect(numbered(chunks).map(([line]) => line)).toEqual([8, 11]);
  });

  it('keeps the stride in a sub-chunk run again after a worker died', () => {
    const chunk = split([input], { shard: { index: 1, count: 5 } }).chunks[0] as Chunk;
    const again = subChunk(chunk, 1, 3, 2);
    expect(numbered([again])).toEqual([
      [6, '{"n":6}'],
      [11, '{"n":11}'],
    ]);
  });
});
