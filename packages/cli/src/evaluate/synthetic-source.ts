import { closeSync, openSync, writeSync } from 'node:fs';
import type { Engine } from '@cailiang/core';
import type { Evaluator } from '@cailiang/core/evaluate';
import { syntheticRecords } from '@cailiang/core/evaluate';
import type { SyntheticOptions } from '@cailiang/core/evaluate';
import { CailiangError } from '@cailiang/core';
import type { Progress } from '../batch/progress.js';
import { unwritableFile } from '../file-errors.js';

/** Bytes gathered before each write: few system calls, flat memory. */
const WRITE_BUFFER = 1024 * 1024;

export interface SyntheticRunOptions extends SyntheticOptions {
  /** Also write the records to this NDJSON file, which must not exist yet. */
  readonly save?: string;
  readonly progress?: Progress;
}

/**
 * Generates synthetic records and evaluates each as it is made, streaming: neither the records
 * nor the file's text are held. With `save`, the records also go to an NDJSON file — created
 * new, never over an existing file, which could hold real decisions.
 *
 * @param engine - the benchmark
 * @param evaluator - where the records are counted
 * @param options - count, seed, file, progress
 * @throws CailiangError IO_ERROR when the file exists or cannot be written
 * @example evaluateSynthetic(engine, evaluator, { count: 1_000_000, seed: 1, save: 'corpus.ndjson' });
 */
export function evaluateSynthetic(engine: Engine, evaluator: Evaluator, options: SyntheticRunOptions): void {
  const fd = options.save === undefined ? undefined : openNew(options.save);
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (fd === undefined || pending.length === 0) return;
    try {
      writeSync(fd, pending.join(''));
    } catch (error) {
      throw new CailiangError(
        'IO_ERROR',
        [{ code: 'write_failed', path: '', message: `cannot write: ${(error as Error).message}` }],
        { source: options.save as string },
      );
    }
    pending = [];
    pendingLength = 0;
  };
  try {
    let count = 0;
    for (const record of syntheticRecords(engine, options)) {
      evaluator.add(record);
      count++;
      if (fd !== undefined) {
        const line = `${JSON.stringify(record)}\n`;
        pending.push(line);
        pendingLength += line.length;
        if (pendingLength >= WRITE_BUFFER) flush();
      }
      if (count % 1000 === 0) options.progress?.update(count, count);
    }
    flush();
    options.progress?.finish(count, count);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function openNew(path: string): number {
  try {
    // 'wx': fail if the file exists — a synthetic corpus never replaces a file.
    return openSync(path, 'wx');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? 'the file exists; synthetic records are only written to a new file'
        : (error as Error).message;
    throw unwritableFile(path, reason);
  }
}
