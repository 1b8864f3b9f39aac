import { createReadStream, existsSync } from 'node:fs';
import { CailiangError } from '@cailiang/core';
import { decodeLine } from './decode-line.js';
import { readLines } from './line-reader.js';
import type { Shard } from '../shard.js';
import type { BatchTally } from './tally.js';

/** Where a resumed run starts: after `lines` whole lines, which end at byte `bytes`. */
export interface ResumePoint {
  readonly lines: number;
  readonly bytes: number;
}

/**
 * Reads an existing output file to continue it (`--resume`): counts its whole lines (each
 * answers the input line of the same number, or for a shard k/n the shard's next line),
 * checks that each is a record this command
 * writes, and counts them into the tally so the summary covers the whole output. A last line
 * without a newline — cut short when the previous run stopped — is not counted: the run
 * writes it again, in full.
 *
 * @param path - the output file; a missing file resumes from the start
 * @param mode - what the batch writes
 * @param tally - receives the existing records
 * @returns the number of whole lines and the byte offset after them
 * @throws CailiangError USAGE when a line is not one of this command's records
 * @example const { lines, bytes } = await scanOutput('decisions.ndjson', 'decide', tally);
 */
export async function scanOutput(
  path: string,
  mode: 'decide' | 'review',
  tally: BatchTally,
  shard?: Shard,
): Promise<ResumePoint> {
  if (!existsSync(path)) return { lines: 0, bytes: 0 };
  let lines = 0;
  let bytes = 0;
  try {
    for await (const raw of readLines(createReadStream(path))) {
      if (!raw.terminated) break;
      const decoded = raw.bytes === null ? undefined : decodeLine(raw.bytes, raw.line);
      if (decoded === undefined || !decoded.ok) {
        throw new CailiangError(
          'USAGE',
          [
            {
              code: 'resume_mismatch',
              path: '--resume',
              message: `line ${raw.line} of the output is not JSON; resume only continues an output this command wrote`,
            },
          ],
          { source: path },
        );
      }
      try {
        tally.addRecord(decoded.value, inputLineOf(raw.line, shard), mode);
      } catch (error) {
        throw error instanceof CailiangError ? error.withSource(path) : error;
      }
      lines = raw.line;
      bytes += raw.length + 1;
    }
  } catch (error) {
    if (error instanceof CailiangError) throw error;
    throw new CailiangError(
      'IO_ERROR',
      [
        {
          code: 'unreadable',
          path: '',
          message: `cannot read the output to resume it: ${(error as Error).message ?? String(error)}`,
        },
      ],
      { source: path },
    );
  }
  return { lines, bytes };
}

/**
 * The input line that output line `outputLine` answers: the same, or for a shard k/n the
 * shard's `outputLine`-th line, k + (outputLine − 1) × n.
 *
 * @example inputLineOf(3, { index: 2, count: 4 }) // 10
 */
export function inputLineOf(outputLine: number, shard: Shard | undefined): number {
  if (shard === undefined || outputLine === 0) return outputLine;
  return shard.index + (outputLine - 1) * shard.count;
}
