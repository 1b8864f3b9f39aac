import { languageArgument, parseCommandArgs, usageError } from '../cli-args.js';
import { readPartialFile, writePartialFile } from '../partial-file.js';
import { mergeReviewPartials, reviewPartial } from './review-partial.js';
import { reviewSummary } from './summary-text.js';
import { reportFormat, writeReviewReport } from './write-review-report.js';

/**
 * Runs `cailiang review merge`: adds up the tallies of `review --batch … --partial` runs —
 * districts, or shards of one corpus — into the summary and report one run over all their
 * lines gives (the same bytes), and, with --partial, into a partial again.
 *
 * @param args - the arguments after `review merge`
 * @param io - where the summary goes
 * @returns 0 every line reviewed and none failed; 1 failed reviews or error records; 3 internal
 *   error records
 * @throws CailiangError for usage, unreadable or mismatched partials and an unwritable report (exit 2)
 * @example reviewMergeCommand(['district-1.json', 'district-2.json', '--report', 'city.html'], io);
 */
export function reviewMergeCommand(args: string[], io: { stdout(text: string): void }): number {
  const parsed = parseCommandArgs(
    'review',
    args,
    { report: { type: 'string' }, partial: { type: 'string' }, lang: { type: 'string' } },
    true,
  );
  const language = languageArgument('review', parsed.values['lang']);
  const report = parsed.values['report'] as string | undefined;
  const partial = parsed.values['partial'] as string | undefined;
  const files = parsed.positionals;
  if (files.length === 0)
    throw usageError('review', 'review merge: name the partial files (written by cailiang review --batch … --partial)');
  if (report !== undefined && reportFormat(report) === undefined)
    throw usageError('review', `expected a file ending in .md or .html, got "${report}"`, '--report');
  const merged = mergeReviewPartials(files.map(readPartialFile), files);
  if (report !== undefined) writeReviewReport(report, merged.tally, merged, language);
  if (partial !== undefined) writePartialFile(partial, reviewPartial(merged.tally, merged));
  io.stdout(reviewSummary(merged.tally, 0, language));
  if (merged.tally.internal > 0) return 3;
  return merged.tally.errors > 0 || merged.tally.fail > 0 ? 1 : 0;
}
