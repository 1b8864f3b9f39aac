import type { Evaluator } from '@cailiang/core/evaluate';
import { decodeLine, tooLongIssue } from '../batch/decode-line.js';
import { chunkLength, chunkLine, chunkLineNumber } from '../batch/chunk.js';
import type { Chunk } from '../batch/chunk.js';
import { inShard } from '../shard.js';
import type { Shard } from '../shard.js';

/**
 * Evaluates the lines of a chunk, each as a decision record numbered by its line. A line that
 * is not a record — not UTF-8, blank, not JSON, too long — is counted as a `PARSE_ERROR`, never
 * skipped: the report accounts for every line. Chunks, and the decoding of their lines, are the
 * batch commands' own, so a file `cailiang review --batch` reads is read the same way here.
 *
 * @param evaluator - where the records are counted
 * @param chunk - whole lines, from a {@link ChunkSplitter}
 * @param shard - evaluate only this shard's lines (`--shard i/n`); numbers stay the corpus's
 * @example evaluateChunk(evaluator, chunk, { index: 1, count: 4 })
 */
export function evaluateChunk(evaluator: Evaluator, chunk: Chunk, shard?: Shard): void {
  const count = chunkLength(chunk);
  for (let index = 0; index < count; index++) {
    const line = chunkLineNumber(chunk, index);
    if (!inShard(line, shard)) continue;
    const bytes = chunkLine(chunk, index);
    if (bytes === null) {
      // Too long to keep: counted where it stood, with the length it had.
      const length = chunk.oversize.find(([at]) => at === index)?.[1] ?? 0;
      evaluator.addError('PARSE_ERROR', tooLongIssue(length, chunk.maxLineBytes).message, line);
      continue;
    }
    const decoded = decodeLine(bytes, line);
    if (decoded.ok) evaluator.add(decoded.value, line);
    else evaluator.addError('PARSE_ERROR', decoded.issue.message, line);
  }
}
