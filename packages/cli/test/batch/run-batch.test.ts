import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBatchEngine } from '../../src/batch/batch-setup.js';
import { inProcessRunner } from '../../src/batch/chunk-runner.js';
import type { ChunkRunner } from '../../src/batch/chunk-runner.js';
import { createOrderedWriter } from '../../src/batch/ordered-writer.js';
import { createChunkProcessor } from '../../src/batch/process-chunk.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { callbackSink } from '../../src/batch/stream-sink.js';
import { FOOD_RULES, generateFoodCases, ndjson } from '../../../../test-support/generate-cases.js';

const processChunk = createChunkProcessor(
  'decide',
  createBatchEngine({ mode: 'decide', rules: [FOOD_RULES], holidays: [], trace: false }),
);

async function batch(
  input: string,
  options: { runner?: ChunkRunner; skip?: number; maxLineBytes?: number } = {},
): Promise<{ text: string; lines: number }> {
  let text = '';
  const runner = options.runner ?? inProcessRunner(processChunk);
  // Written buffers go back to the processor, as in the CLI: later chunks are encoded into them.
  const writer = createOrderedWriter(
    callbackSink((chunk) => (text += chunk)),
    { onWritten: (data) => runner.recycle(data.buffer as ArrayBuffer) },
  );
  const totals = await runBatch({
    input: Readable.from([Buffer.from(input)]),
    runner,
    writer,
    chunkLines: 3,
    ...options,
  });
  return { text, lines: totals.lines };
}

describe('runBatch', () => {
  const cases = ndjson(generateFoodCases(20, 3, 0));

  it('writes what the engine decides, line for line, while reusing result buffers', async () => {
    const engine = createBatchEngine({ mode: 'decide', rules: [FOOD_RULES], holidays: [], trace: false });
    const expected = generateFoodCases(20, 3, 0)
      .map((kase) => `${JSON.stringify(engine.decide(kase))}\n`)
      .join('');
    expect((await batch(cases)).text).toBe(expected);
  });

  it('keeps input order when chunks finish out of order', async () => {
    const inOrder = await batch(cases);
    // Each chunk takes longer than the next: results arrive last-first.
    const slowFirst: ChunkRunner = {
      capacity: 8,
      run: (chunk) => new Promise((resolve) => setTimeout(() => resolve(processChunk(chunk)), 40 - chunk.id * 5)),
      recycle: () => undefined,
      close: async () => undefined,
    };
    const shuffled = await batch(cases, { runner: slowFirst });
    expect(shuffled.text).toBe(inOrder.text);
    expect(inOrder.text.split('\n')).toHaveLength(21);
  });

  it('gives a line over the length limit an error record, and reads on', async () => {
    const input = `{"item":"${'x'.repeat(200)}"}\n{"item":"FS-124-1-3"}\n`;
    const { text } = await batch(input, { maxLineBytes: 100 });
    const [first, second] = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first).toEqual({
      line: 1,
      error: {
        code: 'PARSE_ERROR',
        issues: [{ code: 'line_too_long', path: '', message: 'the line is 211 bytes long; at most 100 are read' }],
      },
    });
    expect(second).toMatchObject({ line: 2, error: { code: 'INVALID_CASE' } });
  });

  it('skips the lines a resumed output already answers', async () => {
    const full = (await batch(cases)).text.split('\n');
    const rest = await batch(cases, { skip: 7 });
    expect(rest.text).toBe(full.slice(7).join('\n'));
    expect(rest.lines).toBe(20);
  });

  it('stops at a runner failure, after writing what came before it in order', async () => {
    let text = '';
    const writer = createOrderedWriter(callbackSink((chunk) => (text += chunk)));
    const failing: ChunkRunner = {
      capacity: 2,
      run: async (chunk) => {
        if (chunk.id === 2) throw new Error('workers gone');
        return processChunk(chunk);
      },
      recycle: () => undefined,
      close: async () => undefined,
    };
    await expect(
      runBatch({ input: Readable.from([Buffer.from(cases)]), runner: failing, writer, chunkLines: 3 }),
    ).rejects.toThrow('workers gone');
    expect(text.split('\n')).toHaveLength(7);
  });
});
