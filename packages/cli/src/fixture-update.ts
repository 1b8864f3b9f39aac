import { parseDocument } from 'yaml';
import { isRecord } from '@cailiang/core';
import type { FixtureRunResult } from '@cailiang/fixtures';
import { readTextFile } from '@cailiang/core/node';
import { writeOutputFile } from './file-errors.js';

/**
 * Rewrites the expectations of the failing cases of a fixture file to what the engine now
 * decides — only what `--update` asks for, after the report has shown each difference. The new
 * expectation keeps the shape of the old one (the same keys, the same fields of array elements),
 * so a fixture stays a readable subset of the decision. Comments and the rest of the file stay.
 *
 * @returns how many cases were rewritten
 */
export function updateFixtureFile(path: string, result: FixtureRunResult): number {
  const document = parseDocument(readTextFile(path), { keepSourceTokens: false });
  const cases = document.get('cases', true) as { items?: unknown[] } | undefined;
  let updated = 0;
  result.cases.forEach((outcome, index) => {
    if (outcome.passed) return;
    const old =
      (document.getIn(['cases', index, 'expect']) as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? {};
    const next =
      outcome.error !== undefined && outcome.actual === undefined
        ? { error: { code: outcome.error.code } }
        : project(old, outcome.actual);
    if (cases?.items?.[index] === undefined) return;
    document.setIn(['cases', index, 'expect'], document.createNode(next, { flow: false }));
    updated++;
  });
  if (updated === 0) return 0;
  writeOutputFile(path, document.toString({ lineWidth: 0 }));
  return updated;
}

/** `actual` cut down to the shape of `expected`: its keys, and for arrays its elements' keys. */
export function project(expected: unknown, actual: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const shapes = expected.filter(isRecord);
    if (shapes.length === 0) return actual;
    const shape = Object.assign({}, ...shapes) as Record<string, unknown>;
    return actual.map((element) => (isRecord(element) ? project(shape, element) : element));
  }
  if (isRecord(expected) && isRecord(actual)) {
    if ('error' in expected && !('error' in actual)) return { outcome: actual['outcome'] };
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) if (key in actual) out[key] = project(expected[key], actual[key]);
    return out;
  }
  return actual;
}
