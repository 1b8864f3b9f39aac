import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createBatchEngine } from '../../src/batch/batch-setup.js';
import type { BatchSetup } from '../../src/batch/batch-setup.js';
import type { Chunk, ChunkResult } from '../../src/batch/chunk.js';
import { ChunkSplitter } from '../../src/batch/chunk-splitter.js';
import { triggerFault } from '../batch/fault-injection.js';
import type { Fault } from '../batch/fault-injection.js';
import { createChunkProcessor } from '../../src/batch/process-chunk.js';
import { BatchTally } from '../../src/batch/tally.js';
import { rerunLines } from '../../src/batch/rerun.js';
import { refusedWorkerFlags, workerExecArgv } from '../../src/workers/thread-worker.js';
import { createWorkerPool, WorkerPoolError } from '../../src/workers/worker-pool.js';
import type { SpawnWorker, WorkerLike, WorkerReply, WorkerRequest } from '../../src/workers/worker-protocol.js';
import { FOOD_RULES, generateFoodCases, ndjson } from '../../../../test-support/generate-cases.js';

const setup: BatchSetup = { mode: 'decide', rules: [FOOD_RULES], holidays: [], trace: false };
const processChunk = createChunkProcessor('decide', createBatchEngine(setup));
const INPUT = `${ndjson(generateFoodCases(120, 7))}not json\n`;

async function chunks(text: string, perChunk: number): Promise<Chunk[]> {
  const splitter = new ChunkSplitter({ maxLines: perChunk, maxBytes: 1 << 20, maxLineBytes: 1 << 20 });
  return [...splitter.push(Buffer.from(text)), ...splitter.end()];
}

const decoder = new TextDecoder();
const textOf = (results: readonly ChunkResult[]) => results.map((result) => decoder.decode(result.data)).join('');

/**
 * A worker in this thread with the same protocol as the real one: it decides a chunk on the
 * next turn of the event loop, writes the line it is on to the shared slot, and can die like
 * a thread does — 'error' then 'exit' — after which it handles nothing more.
 */
function fakeSpawner(
  options: { fault?: Fault; dieBeforeReady?: boolean; dieOnEveryChunk?: boolean } = {},
): SpawnWorker<BatchSetup> & { spawned: number } {
  const spawner = (init: Parameters<SpawnWorker<BatchSetup>>[0]): WorkerLike => {
    spawner.spawned++;
    const events = new EventEmitter();
    const current = new Uint32Array(init.current);
    let dead = false;
    const die = (error?: Error) => {
      if (dead) return;
      dead = true;
      if (error !== undefined) events.emit('error', error);
      events.emit('exit', 1);
    };
    setImmediate(() =>
      options.dieBeforeReady === true
        ? die(new Error('cannot load'))
        : events.emit('message', { type: 'ready' } satisfies WorkerReply),
    );
    return {
      postMessage: (request: WorkerRequest) => {
        if (request.type !== 'job') return;
        const chunk = structuredClone(request.job) as Chunk;
        setImmediate(() => {
          if (dead) return;
          if (options.dieOnEveryChunk === true) return die(new Error('out of memory'));
          try {
            const result = processChunk(chunk, {
              beforeLine: (line) => {
                Atomics.store(current, 0, line);
                if (options.fault !== undefined) triggerFault({ ...options.fault, how: 'throw' }, line, chunk.attempt);
              },
            });
            Atomics.store(current, 0, 0);
            events.emit('message', { type: 'result', task: request.task, result } satisfies WorkerReply);
          } catch (error) {
            die(error as Error);
          }
        });
      },
      on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
      terminate: () => {
        dead = true;
      },
    } as WorkerLike;
  };
  spawner.spawned = 0;
  return spawner;
}

async function runAll(spawn: SpawnWorker<BatchSetup>, perChunk = 16): Promise<ChunkResult[]> {
  const pool = createWorkerPool({ size: 2, setup, spawn, deaths: rerunLines });
  try {
    return await Promise.all((await chunks(INPUT, perChunk)).map((chunk) => pool.run(chunk)));
  } finally {
    await pool.close();
  }
}

describe('createWorkerPool', () => {
  it('gives, chunk by chunk, the bytes the in-process processor gives', async () => {
    const expected = (await chunks(INPUT, 16)).map((chunk) => processChunk(chunk));
    const results = await runAll(fakeSpawner());
    expect(results.map((result) => [result.id, result.firstLine, result.count])).toEqual(
      expected.map((result) => [result.id, result.firstLine, result.count]),
    );
    expect(textOf(results)).toBe(textOf(expected));
    expect(textOf(results).split('\n').length - 1).toBe(121);
  });

  it('loses nothing when a worker dies once on a line: the line is run again, the output is unchanged', async () => {
    const spawn = fakeSpawner({ fault: { how: 'throw', line: 37, once: true } });
    const results = await runAll(spawn);
    expect(textOf(results)).toBe(textOf((await chunks(INPUT, 16)).map((chunk) => processChunk(chunk))));
    expect(spawn.spawned).toBe(3);
  });

  it('gives a WORKER_FAILED record, with its line number, for a line that kills its worker twice', async () => {
    const spawn = fakeSpawner({ fault: { how: 'throw', line: 37, once: false } });
    const results = await runAll(spawn);
    const lines = textOf(results).trimEnd().split('\n');
    const expected = textOf((await chunks(INPUT, 16)).map((chunk) => processChunk(chunk)))
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(121);
    expect(JSON.parse(lines[36] as string)).toMatchObject({
      line: 37,
      error: {
        code: 'WORKER_FAILED',
        issues: [{ code: 'worker_failed', message: expect.stringContaining('injected fault at line 37') }],
      },
    });
    expect([...lines.slice(0, 36), ...lines.slice(37)]).toEqual([...expected.slice(0, 36), ...expected.slice(37)]);
    expect(
      results
        .flatMap((result) => result.outcomes)
        .filter((outcome) => outcome.error?.code === 'WORKER_FAILED')
        .map((outcome) => outcome.line),
    ).toEqual([37]);
    expect(spawn.spawned).toBe(4);
  });

  it('stops with an error, not a hang, when a worker dies while loading', async () => {
    await expect(runAll(fakeSpawner({ dieBeforeReady: true }))).rejects.toBeInstanceOf(WorkerPoolError);
  });

  it('stops with an error, not a hang, when workers keep dying', async () => {
    await expect(runAll(fakeSpawner({ dieOnEveryChunk: true }))).rejects.toThrow(/died 17 times/);
  });
});

describe('workerExecArgv', () => {
  it('passes the Node options on, except --input-type, which would stop a worker started from a file', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--enable-source-maps'])).toEqual([
      '-e',
      'code',
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['--input-type', 'module', '--max-old-space-size=4096'])).toEqual([
      '--max-old-space-size=4096',
    ]);
  });
});

describe('refusedWorkerFlags', () => {
  it('names the V8 options a worker refuses (node --max-semi-space-size=32 cli.js batch --workers 2), so they can be left out', () => {
    let refused: unknown;
    try {
      void new Worker('', { eval: true, execArgv: ['--enable-source-maps', '--max-semi-space-size=32', '--trace-gc'] });
    } catch (error) {
      refused = error;
    }
    expect(refusedWorkerFlags(refused)).toEqual(new Set(['--max-semi-space-size=32', '--trace-gc']));
    expect(refusedWorkerFlags(new Error('another failure'))).toBeUndefined();
  });
});

/**
 * The built worker (dist/batch-worker.js) in real threads, made to fail at one line by a
 * test-only wrapper (fixtures/faulty-batch-worker.mjs) started through the pool's SpawnWorker
 * seam: the death policy end to end, with nothing of the fault in what ships.
 */
describe('createWorkerPool with real threads', () => {
  const FAULTY_WORKER = fileURLToPath(new URL('../batch/fixtures/faulty-batch-worker.mjs', import.meta.url));
  const threads = (fault: Fault): SpawnWorker<BatchSetup> => {
    const tripped = new SharedArrayBuffer(4);
    return (init) =>
      new Worker(FAULTY_WORKER, { workerData: { ...init, fault: { ...fault, tripped } }, stdout: true, stderr: true });
  };
  const run = async (fault: Fault) => {
    const deaths: string[] = [];
    const pool = createWorkerPool({
      size: 2,
      setup,
      spawn: threads(fault),
      deaths: rerunLines,
      onDeath: (reason, line) => deaths.push(`${line}: ${reason}`),
    });
    try {
      return { results: await Promise.all((await chunks(INPUT, 16)).map((chunk) => pool.run(chunk))), deaths };
    } finally {
      await pool.close();
    }
  };

  it('loses nothing when a thread exits on a line once: the same bytes as in-process', async () => {
    const { results, deaths } = await run({ how: 'exit', line: 37, once: true });
    expect(textOf(results)).toBe(textOf((await chunks(INPUT, 16)).map((chunk) => processChunk(chunk))));
    expect(deaths).toEqual(['37: it exited with code 70']);
  });

  it('gives a WORKER_FAILED record for a line that throws in its thread every time, every other line unchanged', async () => {
    const { results, deaths } = await run({ how: 'throw', line: 37, once: false });
    const lines = textOf(results).trimEnd().split('\n');
    const expected = textOf((await chunks(INPUT, 16)).map((chunk) => processChunk(chunk)))
      .trimEnd()
      .split('\n');
    expect(JSON.parse(lines[36] as string)).toMatchObject({
      line: 37,
      error: { code: 'WORKER_FAILED', issues: [{ message: expect.stringContaining('injected fault at line 37') }] },
    });
    expect([...lines.slice(0, 36), ...lines.slice(37)]).toEqual([...expected.slice(0, 36), ...expected.slice(37)]);
    expect(deaths).toEqual(['37: Error: injected fault at line 37', '37: Error: injected fault at line 37']);
    // Counted as an internal error, which makes `cailiang batch` exit 3.
    const tally = new BatchTally();
    for (const result of results) tally.addResult(result);
    expect([tally.internal, tally.errorCodes.get('WORKER_FAILED')]).toEqual([1, 1]);
  });
});
