import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunkLength, chunkLine } from '../../src/batch/chunk.js';
import { ChunkSplitter } from '../../src/batch/chunk-splitter.js';
import { LineCutter } from '../../src/batch/line-cutter.js';
import { readLines } from '../../src/batch/line-reader.js';

/** A line as the plain reference sees it: number, bytes (null when too long), length, newline. */
interface Line {
  readonly line: number;
  readonly bytes: number[] | null;
  readonly length: number;
  readonly terminated: boolean;
}

/** The plain reference: the whole input split at every `\n`, with nothing after a final one. */
function reference(input: Uint8Array, maxLineBytes: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < input.length) {
    const newline = input.indexOf(0x0a, start);
    const end = newline === -1 ? input.length : newline;
    const length = end - start;
    out.push({
      line: out.length + 1,
      bytes: length > maxLineBytes ? null : Array.from(input.subarray(start, end)),
      length,
      terminated: newline !== -1,
    });
    start = end + 1;
  }
  return out;
}

/** Random inputs of short lines, blank lines, CRs and multi-byte characters, cut into random pieces. */
function* cases(
  rounds: number,
): Generator<{ input: Uint8Array; pieces: Uint8Array[]; maxLineBytes: number; next: (n: number) => number }> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let round = 0; round < rounds; round++) {
    const input = Buffer.from(
      Array.from({ length: next(40) }, () => ['a', 'bb', '\n', '\n', '记', '\r'][next(6)]).join(''),
    );
    const cuts = [...new Set(Array.from({ length: next(6) }, () => next(input.length + 1)))].sort((a, b) => a - b);
    const pieces = [0, ...cuts].map((from, index) => input.subarray(from, [...cuts, input.length][index]));
    yield { input, pieces, maxLineBytes: next(8), next };
  }
}

const bytesOf = (bytes: Uint8Array | null) => (bytes === null ? null : Array.from(bytes));

describe('LineCutter', () => {
  it('cuts any input however it is split into blocks, as splitting the whole text would', () => {
    for (const { input, pieces, maxLineBytes } of cases(1000)) {
      const cutter = new LineCutter(maxLineBytes);
      const seen: Line[] = [];
      for (const piece of pieces) {
        cutter.feed(piece);
        while (cutter.next()) {
          const block = cutter.block;
          // A line said to be in the block is there, its `\n` right after it.
          if (cutter.inBlock) expect([block[cutter.end], cutter.end - cutter.start]).toEqual([0x0a, cutter.length]);
          seen.push({
            line: cutter.line,
            bytes: bytesOf(cutter.lineBytes()),
            length: cutter.length,
            terminated: cutter.terminated,
          });
        }
        // What is not cut yet is exactly what follows the block's last newline.
        expect(cutter.consumed).toBe(piece.lastIndexOf(0x0a) + 1);
        expect(cutter.next()).toBe(false);
      }
      if (cutter.finish())
        seen.push({
          line: cutter.line,
          bytes: bytesOf(cutter.lineBytes()),
          length: cutter.length,
          terminated: cutter.terminated,
        });
      expect(cutter.finish()).toBe(false);
      expect(seen).toEqual(reference(input, maxLineBytes));
      expect(cutter.line).toBe(seen.length);
    }
  });

  it('counts a line past the limit without holding it, in one block or many', () => {
    const cutter = new LineCutter(4);
    for (const piece of ['ok\nxx', 'xxx', 'x\nfine\r\nlast']) {
      cutter.feed(piece);
      while (cutter.next())
        expect([cutter.line, cutter.length, cutter.lineBytes() === null]).toEqual(
          [
            [1, 2, false],
            [2, 6, true],
            [3, 5, true],
          ][cutter.line - 1],
        );
    }
    expect(cutter.finish()).toBe(true);
    expect([
      cutter.line,
      cutter.length,
      cutter.terminated,
      Buffer.from(cutter.lineBytes() as Uint8Array).toString(),
    ]).toEqual([4, 4, false, 'last']);
  });
});

describe("the line cutter's callers", () => {
  it('read the lines the plain reference reads: ChunkSplitter (batch and evaluate) and readLines', async () => {
    for (const { input, pieces, maxLineBytes, next } of cases(300)) {
      const expected = reference(input, maxLineBytes);

      const skip = next(4);
      const splitter = new ChunkSplitter({ maxLines: 1 + next(4), maxBytes: 1 + next(12), maxLineBytes, skip });
      const chunks = [...pieces.flatMap((piece) => splitter.push(piece)), ...splitter.end()];
      const split = chunks.flatMap((chunk) =>
        Array.from({ length: chunkLength(chunk) }, (_, index) => [
          chunk.firstLine + index,
          bytesOf(chunkLine(chunk, index)),
        ]),
      );
      expect(split).toEqual(expected.slice(skip).map((line) => [line.line, line.bytes]));
      expect(chunks.reduce((sum, chunk) => sum + chunk.inputBytes, 0)).toBe(
        expected.slice(skip).reduce((sum, line) => sum + line.length + (line.terminated ? 1 : 0), 0),
      );
      expect(splitter.lines).toBe(expected.length);

      const read: Line[] = [];
      for await (const raw of readLines(Readable.from(pieces), { maxLineBytes }))
        read.push({ ...raw, bytes: bytesOf(raw.bytes) });
      expect(read).toEqual(expected);
    }
  });
});
