import type { Issue } from '@cailiang/core';
import type { RerunPolicy } from '../workers/worker-pool.js';
import type { Chunk, ChunkResult } from './chunk.js';
import { chunkLength, mergeResults, subChunk } from './chunk.js';
import { errorRecord, WORKER_FAILED } from './records.js';
import { ResultBuilder } from './result-builder.js';

/**
 * A batch's death policy: every input line gets its output line, so a dead worker's chunks run
 * again, the line it died on alone; a line that kills a worker twice gets a `WORKER_FAILED`
 * error record with its line number (exit 3).
 */
export const rerunLines: RerunPolicy<Chunk, ChunkResult> = {
  kind: 'rerun',
  lines: (chunk) => ({ first: chunk.firstLine, count: chunkLength(chunk), stride: chunk.stride }),
  slice: (chunk, from, to) => subChunk(chunk, from, to, chunk.attempt + 1),
  merge: mergeResults,
  failed: (chunk, line, reason) => failedLine(chunk.id, line, reason),
};

function failedLine(id: number, line: number, reason: string): ChunkResult {
  const out = new ResultBuilder();
  const issue: Issue = {
    code: 'worker_failed',
    path: '',
    message: `the worker deciding this line stopped, twice (${reason}); the line was not decided`,
  };
  out.add(errorRecord(line, { code: WORKER_FAILED, issues: [issue] }), {
    line,
    status: 'error',
    error: { code: WORKER_FAILED, message: issue.message },
  });
  return out.finish(id, line, 0);
}
