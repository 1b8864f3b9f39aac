import { CailiangError, isRecord } from '@cailiang/core';
import type { Issue } from '@cailiang/core';
import { BatchTally } from './tally.js';
import type { TallyState } from './tally.js';

/** The format of a saved review tally; a merge reads only its own version. */
export const REVIEW_PARTIAL_FORMAT = 'cailiang.review-partial/v1';

/** The rule sets a review ran under: only tallies under the same ones add up. */
export interface RuleSetStamp {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
}

/**
 * What `cailiang review --batch … --partial FILE` saves: the exact counts of the lines it
 * reviewed, the worst reviews and first error records it kept, and what it ran under. Any
 * number of them — districts, or shards of one corpus — merge into the report one run over
 * all their lines gives.
 */
export interface ReviewPartial {
  readonly format: typeof REVIEW_PARTIAL_FORMAT;
  /** The input the lines came from (`stdin` for standard input). */
  readonly input: string;
  readonly ruleSets: readonly RuleSetStamp[];
  readonly keepWorst: number;
  readonly keepErrors: number;
  readonly tally: TallyState;
}

/**
 * A tally as a partial.
 *
 * @param tally - the run's tally (resumed lines included)
 * @param context - the input's name and the rule sets used
 * @returns the partial, plain JSON data
 * @example writeFileSync('district-1.json', JSON.stringify(reviewPartial(tally, { input, ruleSets })));
 */
export function reviewPartial(
  tally: BatchTally,
  context: { input: string; ruleSets: readonly RuleSetStamp[] },
): ReviewPartial {
  return {
    format: REVIEW_PARTIAL_FORMAT,
    input: context.input,
    ruleSets: context.ruleSets,
    keepWorst: tally.keepWorst,
    keepErrors: tally.keepErrors,
    tally: tally.state(),
  };
}

/** Tallies merged, and what the report says they came from. */
export interface MergedReviews {
  readonly tally: BatchTally;
  /** The one input all partials name, or their names joined with `, `. */
  readonly input: string;
  readonly ruleSets: readonly RuleSetStamp[];
}

/**
 * Merges review partials, in any order and grouping, into one tally.
 *
 * @param data - the partials as parsed JSON (checked here)
 * @param names - their file names, for errors (same order)
 * @returns the merged tally, the input and the rule sets
 * @throws CailiangError INVALID_PARTIAL for a value that is not a review partial; PARTIAL_MISMATCH
 *   for partials made under other rule sets or list sizes, which cannot be added up
 * @example const { tally } = mergeReviewPartials([JSON.parse(a), JSON.parse(b)], ['a.json', 'b.json']);
 */
export function mergeReviewPartials(data: readonly unknown[], names: readonly string[]): MergedReviews {
  const partials = data.map((value, index) => readReviewPartial(value, names[index] ?? `partial ${index + 1}`));
  const first = partials[0];
  if (first === undefined)
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: 'no partial to merge' }]);
  const tally = new BatchTally(first.keepWorst, first.keepErrors);
  partials.forEach((partial, index) => {
    const mismatch = mismatchOf(first, partial);
    if (mismatch !== undefined) {
      throw new CailiangError(
        'PARTIAL_MISMATCH',
        [{ code: 'partial_mismatch', path: mismatch.path, message: `${mismatch.message} than ${names[0]}` }],
        { source: names[index] ?? '' },
      );
    }
    tally.merge(partial.tally);
  });
  const inputs = [...new Set(partials.map((partial) => partial.input))];
  return { tally, input: inputs.join(', '), ruleSets: first.ruleSets };
}

function mismatchOf(first: ReviewPartial, other: ReviewPartial): { path: string; message: string } | undefined {
  const stamp = (partial: ReviewPartial) => partial.ruleSets.map((r) => `${r.id}@${r.version}#${r.digest}`).join(' ');
  if (stamp(first) !== stamp(other)) return { path: 'ruleSets', message: 'made under other rule sets (digests)' };
  if (first.keepWorst !== other.keepWorst || first.keepErrors !== other.keepErrors)
    return { path: 'keepWorst', message: 'keeps lists of another length' };
  return undefined;
}

/**
 * Checks a parsed value is a review partial.
 *
 * @param data - parsed JSON
 * @param source - its file name, for the error
 * @returns the partial
 * @throws CailiangError INVALID_PARTIAL naming each wrong field and what was expected
 */
export function readReviewPartial(data: unknown, source: string): ReviewPartial {
  const issues: Issue[] = [];
  const expect = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ code: 'invalid_type', path, message });
  };
  if (!isRecord(data) || data['format'] !== REVIEW_PARTIAL_FORMAT) {
    throw new CailiangError(
      'INVALID_PARTIAL',
      [
        {
          code: 'partial_format',
          path: 'format',
          message: `not a review partial: expected "format": "${REVIEW_PARTIAL_FORMAT}" (written by cailiang review --batch … --partial)`,
        },
      ],
      { source },
    );
  }
  const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  expect(typeof data['input'] === 'string', 'input', 'expected the input file name, a string');
  expect(
    Array.isArray(data['ruleSets']) &&
      data['ruleSets'].every(
        (r) => isRecord(r) && ['id', 'version', 'digest'].every((key) => typeof r[key] === 'string'),
      ),
    'ruleSets',
    'expected a list of { id, version, digest }',
  );
  expect(count(data['keepWorst']) && count(data['keepErrors']), 'keepWorst', 'expected whole numbers ≥ 0');
  const tally = data['tally'];
  if (!isRecord(tally)) issues.push({ code: 'invalid_type', path: 'tally', message: 'expected the tally, an object' });
  else {
    for (const key of ['lines', 'errors', 'internal', 'warn', 'fail'])
      expect(count(tally[key]), `tally.${key}`, 'expected a whole number ≥ 0');
    const pairs = (key: string, valid: (value: unknown) => boolean) =>
      expect(
        Array.isArray(tally[key]) &&
          tally[key].every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && valid(pair[1])),
        `tally.${key}`,
        'expected a list of [code, count] pairs',
      );
    pairs('errorCodes', count);
    pairs('findingCases', (entry) => isRecord(entry) && typeof entry['severity'] === 'string' && count(entry['cases']));
    expect(
      Array.isArray(tally['worst']) &&
        tally['worst'].every(
          (entry) =>
            isRecord(entry) &&
            count(entry['line']) &&
            (entry['verdict'] === 'warn' || entry['verdict'] === 'fail') &&
            count(entry['errors']) &&
            count(entry['findings']) &&
            isRecord(entry['record']),
        ),
      'tally.worst',
      'expected a list of { line, verdict: warn|fail, errors, findings, record }',
    );
    expect(
      Array.isArray(tally['errorSamples']) &&
        tally['errorSamples'].every(
          (entry) => isRecord(entry) && count(entry['line']) && typeof entry['code'] === 'string',
        ),
      'tally.errorSamples',
      'expected a list of { line, code, message }',
    );
  }
  if (issues.length > 0) throw new CailiangError('INVALID_PARTIAL', issues, { source });
  return data as unknown as ReviewPartial;
}
