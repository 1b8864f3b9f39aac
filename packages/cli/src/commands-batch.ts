import { accessSync, constants, createReadStream, fstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CailiangError, resolveLimits } from '@cailiang/core';
import { ruleSetDigest } from '@cailiang/core';
import type { CliIo } from './cli-io.js';
import type { Shard } from './shard.js';
import { createBatchEngine, loadBatchRuleSets } from './batch/batch-setup.js';
import type { BatchSetup } from './batch/batch-setup.js';
import { inProcessRunner } from './batch/chunk-runner.js';
import type { ChunkRunner } from './batch/chunk-runner.js';
import { fdSink, openFileSink } from './batch/file-sink.js';
import { createOrderedWriter } from './batch/ordered-writer.js';
import { createChunkProcessor } from './batch/process-chunk.js';
import { createProgress } from './batch/progress.js';
import { reportFormat, writeReviewReport } from './batch/write-review-report.js';
import { reviewPartial } from './batch/review-partial.js';
import { writePartialFile } from './partial-file.js';
import { inputLineOf, scanOutput } from './batch/resume.js';
import { runBatch } from './batch/run-batch.js';
import { SinkError } from './batch/sink.js';
import type { LineSink } from './batch/sink.js';
import { callbackSink, streamSink } from './batch/stream-sink.js';
import { batchSummary, reviewSummary } from './batch/summary-text.js';
import { BatchTally } from './batch/tally.js';
import { rerunLines } from './batch/rerun.js';
import { batchWorkerPath, threadSpawner } from './workers/thread-worker.js';
import { createWorkerPool, WorkerPoolError } from './workers/worker-pool.js';
import { unreadableFile, unwritableFile } from './file-errors.js';

/** A batch command, its arguments checked. */
export interface BatchCommand extends BatchSetup {
  /** Worker threads; 1 decides in this thread. */
  readonly workers: number;
  /** The input file; undefined (or `-`) for stdin. */
  readonly input?: string;
  /** The output file; undefined for stdout. */
  readonly out?: string;
  /** Continue the output file after its last whole line. */
  readonly resume: boolean;
  /** A Markdown or HTML report (review only). */
  readonly report?: string;
  /** Decide only this shard's lines (`--shard k/n`), for a job runner that spreads one corpus. */
  readonly shard?: Shard;
  /** Review only: save the exact tally here, for `cailiang review merge`. */
  readonly partial?: string;
}

/** Highest --workers accepted: more threads than this only cost memory. */
export const MAX_WORKERS = 64;

/**
 * Runs `cailiang batch` or `cailiang review --batch`: one output line per input line, in
 * order, then a summary on stderr (and the report, when asked).
 *
 * @param command - the checked arguments
 * @param io - where to read and write
 * @returns the exit code: 0 all decided (and no review failed); 1 error records or failed
 *   reviews; 3 internal error records (a bug, or a line that killed its worker twice) or a
 *   run stopped because workers kept dying
 * @throws CailiangError for usage, unreadable rule sets or input, and an output that cannot
 *   be written (exit 2 from runCli)
 * @example await runBatchCommand({ mode: 'decide', rules: ['food.rules.yaml'], holidays: [], trace: true, workers: 2, resume: false }, io);
 */
export async function runBatchCommand(command: BatchCommand, io: CliIo): Promise<number> {
  checkArguments(command);
  // Everything that can refuse the command comes before the output is opened (and truncated).
  const { sources, ruleSets } = loadBatchRuleSets(command.rules, command.limits);
  const engine = createBatchEngine(command, ruleSets);
  const spawn = command.workers === 1 ? undefined : threadSpawner(batchWorkerPath(), io.stderr);
  const input = openInput(command, io);
  const tally = new BatchTally();
  const point =
    command.resume && command.out !== undefined
      ? await scanOutput(command.out, command.mode, tally, command.shard)
      : { lines: 0, bytes: 0 };
  const sink = await openSink(command, io, point.bytes);
  const setup: BatchSetup = {
    mode: command.mode,
    rules: command.rules,
    holidays: command.holidays,
    trace: command.trace,
    sources,
    ...(command.language === undefined ? {} : { language: command.language }),
    ...(command.limits === undefined ? {} : { limits: command.limits }),
  };
  const progress =
    io.stderrIsTTY === true
      ? createProgress(io.stderr, input.size === undefined ? {} : { totalBytes: input.size })
      : undefined;
  const onDeath = (reason: string, line: number) => {
    const where = line > 0 ? ` on line ${line}` : '';
    // On a terminal, clear the progress line first; it is redrawn after.
    io.stderr(
      `${progress === undefined ? '' : '\r\x1b[K'}cailiang: a batch worker died${where} (${reason}); its lines are run again\n`,
    );
  };
  // Workers start last, right before the `finally` that stops them.
  const runner: ChunkRunner =
    spawn === undefined
      ? inProcessRunner(createChunkProcessor(command.mode, engine, command.language))
      : createWorkerPool({ size: command.workers, setup, spawn, deaths: rerunLines, onDeath });
  const writer = createOrderedWriter(sink, { onWritten: (data) => runner.recycle(data.buffer as ArrayBuffer) });
  const wholeLines = () => point.lines + writer.written;
  try {
    await runBatch({
      input: input.stream,
      runner,
      writer,
      skip: inputLineOf(point.lines, command.shard),
      ...(command.shard === undefined ? {} : { shard: command.shard }),
      progress,
      maxLineBytes: resolveLimits(command.limits).maxLineBytes,
      onResult: (result) => tally.addResult(result),
    });
  } catch (error) {
    if (progress !== undefined) io.stderr('\n');
    const kept = `the output holds ${wholeLines()} whole lines${command.out === undefined ? '' : ', continue it with --resume'}`;
    if (error instanceof SinkError) {
      throw new CailiangError(
        'IO_ERROR',
        [{ code: 'write_failed', path: '', message: `cannot write: ${error.reason}; ${kept}` }],
        { source: sink.name },
      );
    }
    if (error instanceof WorkerPoolError) {
      io.stderr(`cailiang: ${error.message}; ${kept}\n`);
      return 3;
    }
    throw error;
  } finally {
    await runner.close();
  }
  const resumedAfter = inputLineOf(point.lines, command.shard);
  const language = command.language ?? 'zh';
  io.stderr(
    command.mode === 'decide'
      ? batchSummary(tally, resumedAfter, language)
      : reviewSummary(tally, resumedAfter, language),
  );
  const context = {
    input: command.input === undefined || command.input === '-' ? 'stdin' : command.input,
    ruleSets: engine.ruleSets.map((ruleSet) => ({
      id: ruleSet.id,
      version: ruleSet.version,
      digest: ruleSetDigest(ruleSet),
    })),
  };
  if (command.report !== undefined) writeReviewReport(command.report, tally, context, command.language);
  if (command.partial !== undefined) writePartialFile(command.partial, reviewPartial(tally, context));
  if (tally.internal > 0) return 3;
  return tally.errors > 0 || tally.fail > 0 ? 1 : 0;
}

function usage(path: string, message: string): CailiangError {
  return new CailiangError('USAGE', [{ code: 'usage', path, message }]);
}

function checkArguments(command: BatchCommand): void {
  if (!Number.isSafeInteger(command.workers) || command.workers < 1 || command.workers > MAX_WORKERS) {
    throw usage('--workers', `expected a whole number of worker threads from 1 to ${MAX_WORKERS}`);
  }
  if (command.resume && command.out === undefined) {
    throw usage('--resume', 'needs --out FILE: a run can only continue a file, and stdout cannot be read back');
  }
  if (command.report !== undefined && reportFormat(command.report) === undefined) {
    throw usage('--report', `expected a file ending in .md or .html, got "${command.report}"`);
  }
  if (
    command.out !== undefined &&
    command.input !== undefined &&
    command.input !== '-' &&
    resolve(command.out) === resolve(command.input)
  ) {
    throw usage('--out', 'the output file is the input file; writing it would destroy the cases');
  }
}

/** The input stream, and its size when it is a file (for the progress bar). */
function openInput(
  command: BatchCommand,
  io: CliIo,
): { stream: AsyncIterable<Uint8Array | string>; size: number | undefined } {
  if (command.input !== undefined && command.input !== '-') {
    const path = command.input;
    let size: number;
    try {
      accessSync(path, constants.R_OK);
      const stats = statSync(path);
      if (stats.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
      size = stats.size;
    } catch (error) {
      throw unreadableFile(path, error);
    }
    return { stream: createReadStream(path, { highWaterMark: 1024 * 1024 }), size };
  }
  if (io.stdin === undefined) throw usage('', 'no standard input here: name the input file');
  const stream = io.stdin();
  return {
    stream,
    size: regularFileSize((stream as { fd?: unknown }).fd),
  };
}

function regularFileSize(fd: unknown): number | undefined {
  if (typeof fd !== 'number') return undefined;
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The output: the file of --out, or stdout — written directly when it is a file or a device
 * (so a full disk can be cut back to whole lines), as a stream when it is a pipe or terminal.
 */
async function openSink(command: BatchCommand, io: CliIo, start: number): Promise<LineSink> {
  if (command.out !== undefined) {
    try {
      return await openFileSink(command.out, start);
    } catch (error) {
      throw unwritableFile(command.out, SinkError.of(error).reason);
    }
  }
  if (io.stdoutStream === undefined) return callbackSink(io.stdout);
  const stream = io.stdoutStream();
  const fd = (stream as { fd?: unknown }).fd;
  const isTTY = (stream as { isTTY?: boolean }).isTTY === true;
  if (typeof fd === 'number' && !isTTY) {
    const stats = fstatSync(fd);
    if (stats.isFile() || stats.isCharacterDevice()) return fdSink(fd, 'stdout');
  }
  return streamSink(stream, 'stdout');
}
