import type { Evaluator } from '@cailiang/core/evaluate';
import { decodeLine, tooLongIssue } from '../batch/decode-line.js';
import { MAX_SOURCE_LENGTH } from '@cailiang/core';
import type { LineChunk } from './ndjson-chunks.js';
import { inShard } from '../shard.js';
import type { Shard } from '../shard.js';

const NEWLINE = 0x0a;

/**
 * Evaluates the lines of a chunk, each as a decision record numbered by its line. A line that
 * is not a record — not UTF-8, blank, not JSON, too long — is counted as a `PARSE_ERROR`, never
 * skipped: the report accounts for every line. Decoding is the batch commands' own, so a file
 * `cailiang review --batch` reads is read the same way here.
 *
 * @param evaluator - where the records are counted
 * @param chunk - whole lines, from {@link lineChunks}
 * @param maxLineBytes - the line-length limit the chunk was cut with (for the message)
 * @param shard - evaluate only this shard's lines (`--shard i/n`); numbers stay the corpus's
 */
export function evaluateChunk(
  evaluator: Evaluator,
  chunk: LineChunk,
  maxLineBytes = MAX_SOURCE_LENGTH,
  shard?: Shard,
): void {
  const { data, tooLong } = chunk;
  let skipped = 0;
  let line = chunk.firstLine;
  let start = 0;
  const skipTooLong = () => {
    // Lines too long to keep are not in `data`: they are counted where they stood.
    while (skipped < tooLong.length && (tooLong[skipped] as { line: number }).line === line) {
      const entry = tooLong[skipped] as { line: number; length: number };
      if (inShard(line, shard))
        evaluator.addError('PARSE_ERROR', tooLongIssue(entry.length, maxLineBytes).message, line);
      skipped++;
      line++;
    }
  };
  while (true) {
    skipTooLong();
    if (start >= data.length) break;
    const end = data.indexOf(NEWLINE, start);
    const stop = end === -1 ? data.length : end;
    if (!inShard(line, shard)) {
      line++;
      start = stop + 1;
      continue;
    }
    const decoded = decodeLine(data.subarray(start, stop), line);
    if (decoded.ok) evaluator.add(decoded.value, line);
    else evaluator.addError('PARSE_ERROR', decoded.issue.message, line);
    line++;
    start = stop + 1;
  }
}
