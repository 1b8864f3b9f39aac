import type { Engine } from '@cailiang/core';
import { CailiangError } from '@cailiang/core';
import type { Issue } from '@cailiang/core';
import { review } from '@cailiang/core/review';
import type { Chunk, ChunkResult } from './chunk.js';
import { chunkLength, chunkLine, chunkLineNumber } from './chunk.js';
import { decodeLine, tooLongIssue } from './decode-line.js';
import { errorRecord, recordErrorOf } from './records.js';
import type { RecordError } from './records.js';
import { createScratch, recycleBuffer, ResultBuilder } from './result-builder.js';
import type { BatchSetup } from './batch-setup.js';
import { unknownKey } from '@cailiang/core';

/** Decides (or reviews) every line of a chunk; the same function runs in a worker or in-process. */
export interface ChunkProcessor {
  (chunk: Chunk, hooks?: ProcessHooks): ChunkResult;
  /** Takes back the buffer of a result once written, so a later result reuses it. */
  recycle(buffer: ArrayBuffer): void;
}

export interface ProcessHooks {
  /** Called before each line: a worker records which line it is on, in case it dies there. */
  readonly beforeLine?: (line: number) => void;
}

/**
 * The chunk processor for a batch mode, around a compiled engine. Nothing a line holds can
 * stop the chunk: each line yields exactly one output line, a decision or review
 * record when it can, an error record with its line number when it cannot.
 *
 * @param mode - `decide` (each line a case) or `review` (each line `{ case, imposed }`)
 * @param engine - the compiled rule sets
 * @returns a function from a chunk to its output lines
 * @example const run = createChunkProcessor('decide', createBatchEngine(setup)); const result = run(chunk);
 */
export function createChunkProcessor(
  mode: BatchSetup['mode'],
  engine: Engine,
  language: 'zh' | 'en' = 'zh',
): ChunkProcessor {
  const lineRecord = mode === 'decide' ? decideLine(engine) : reviewLine(engine, language);
  // Chunks are processed one at a time, so one working buffer serves them all.
  const scratch = createScratch();
  const processChunk = (chunk: Chunk, hooks: ProcessHooks = {}): ChunkResult => {
    const out = new ResultBuilder(scratch);
    const count = chunkLength(chunk);
    for (let index = 0; index < count; index++) {
      const line = chunkLineNumber(chunk, index);
      hooks.beforeLine?.(line);
      const bytes = chunkLine(chunk, index);
      if (bytes === null) {
        addError(out, line, {
          code: 'PARSE_ERROR',
          issues: [tooLongIssue(chunk.oversize.find(([at]) => at === index)?.[1] ?? 0, chunk.maxLineBytes)],
        });
        continue;
      }
      const decoded = decodeLine(bytes, line);
      if (!decoded.ok) {
        addError(out, line, { code: 'PARSE_ERROR', issues: [decoded.issue] });
        continue;
      }
      const record = lineRecord(decoded.value, line);
      if (typeof record === 'string') out.add(record);
      else if ('error' in record) addError(out, line, record.error);
      else out.add(record.text, { line, status: record.status, findings: record.findings });
    }
    return out.finish(chunk.id, chunk.firstLine, chunk.inputBytes);
  };
  return Object.assign(processChunk, { recycle: (buffer: ArrayBuffer) => recycleBuffer(scratch, buffer) });
}

type LineRecord =
  | string
  | { readonly error: RecordError }
  | {
      readonly text: string;
      readonly status: 'warn' | 'fail';
      readonly findings: { code: string; severity: string }[];
    };

function addError(out: ResultBuilder, line: number, error: RecordError): void {
  out.add(errorRecord(line, error), {
    line,
    status: 'error',
    error: { code: error.code, message: error.issues[0]?.message ?? '' },
  });
}

function decideLine(engine: Engine): (value: unknown) => LineRecord {
  return (value) => {
    try {
      return JSON.stringify(engine.decide(value));
    } catch (error) {
      return { error: recordErrorOf(error) };
    }
  };
}

/**
 * The keys of a review line: the case and the decision made, and `synthetic`, the mark `evaluate
 * --save-synthetic` writes on a generated record (evaluate counts by it) — accepted, so that the
 * records evaluate writes are read "as review --batch reads them", and not otherwise used.
 */
const REVIEW_KEYS = ['case', 'imposed', 'synthetic'];
const REQUIRED_KEYS = ['case', 'imposed'];

function reviewLine(engine: Engine, language: 'zh' | 'en'): (value: unknown, line: number) => LineRecord {
  return (value, line) => {
    try {
      const { kase, imposed } = readReviewLine(value);
      const result = review(engine, kase, imposed, { language });
      const text = JSON.stringify({
        line,
        verdict: result.verdict,
        findings: result.findings,
        item: result.decision.item,
      });
      if (result.verdict === 'pass') return text;
      return {
        text,
        status: result.verdict,
        findings: result.findings.map((finding) => ({ code: finding.code, severity: finding.severity })),
      };
    } catch (error) {
      // The case's issues are about `case.…` in the line; readImposed already says `imposed.…`.
      const inCase =
        !(error instanceof CailiangError) || (error.code !== 'INVALID_IMPOSED' && error.code !== 'PARSE_ERROR');
      return { error: recordErrorOf(error, inCase ? 'case' : '') };
    }
  };
}

/**
 * A review line is `{ "case": …, "imposed": … }`, with `"synthetic": true|false` allowed, nothing else.
 *
 * @throws CailiangError PARSE_ERROR naming each missing or unknown key
 */
function readReviewLine(value: unknown): { kase: unknown; imposed: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CailiangError('PARSE_ERROR', [
      { code: 'invalid_type', path: '', message: 'expected { "case": …, "imposed": … }' },
    ]);
  }
  const record = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(record)) {
    if (!REVIEW_KEYS.includes(key)) issues.push(unknownKey(key, key, REVIEW_KEYS));
  }
  for (const key of REQUIRED_KEYS) {
    if (!Object.hasOwn(record, key))
      issues.push({
        code: 'missing',
        path: key,
        message: `missing "${key}"; a review line is { "case": …, "imposed": … }`,
      });
  }
  if (Object.hasOwn(record, 'synthetic') && typeof record['synthetic'] !== 'boolean')
    issues.push({ code: 'invalid_type', path: 'synthetic', message: '"synthetic" is true or false' });
  if (issues.length > 0) throw new CailiangError('PARSE_ERROR', issues);
  return { kase: record['case'], imposed: record['imposed'] };
}
