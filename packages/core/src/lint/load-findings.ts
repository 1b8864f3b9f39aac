import type { Issue } from '../errors/cailiang-error.js';
import type { Language } from '../explain/condition-text.js';
import { loadMessageZh } from './load-message-zh.js';
import type { LintFindingCode, LintSay } from './messages.js';
import { withSource } from './types.js';
import type { Finding } from './types.js';

/** Loader issue codes that lint reports under the names of the legality-review issue. */
const RENAMED: Readonly<Record<string, string>> = Object.freeze({
  several_fallbacks: 'fallback-count',
  undeclared_fact: 'undeclared-fact',
  unknown_law: 'unknown-law',
  unknown_band: 'unknown-band',
  unknown_operator: 'unknown-operator',
});

/**
 * Where a citation list is required: an item's 违法依据 (`violates`) and 处罚依据 (`basis`), an
 * exemption's or mitigation ground's `basis`. A penalty decision must state both provisions
 * (行政处罚法 第四十四条、第五十九条), so a benchmark item without them cannot be applied lawfully.
 */
const CITATION_LIST = /^items\[\d+\]\.(?:violates|basis|(?:exemptions|mitigations)\[\d+\]\.basis)$/;

/** Loader codes that mean "missing or empty" (zod's `too_small` for `[]`, `missing_key` for absent). */
const MISSING = new Set(['missing_key', 'too_small']);

/**
 * The lint code for one load issue: the issue's names for the problems lint is asked to report
 * (`fallback-count`, `undeclared-fact`, `unknown-law`, `missing-citation`, `unknown-band`,
 * `unknown-operator`), the loader's own code for everything else.
 *
 * @param issue - an issue from `CailiangError.issues`
 * @returns the finding code
 * @example lintCode({ code: 'several_fallbacks', path: 'items[0].tiers[2].when', message: '…' }) // 'fallback-count'
 */
export function lintCode(issue: Issue): string {
  if (MISSING.has(issue.code) && CITATION_LIST.test(issue.path)) return 'missing-citation';
  return RENAMED[issue.code] ?? issue.code;
}

/** The lint codes of load problems, which have their own wording in messages.ts. */
type LoadCode = Extract<
  LintFindingCode,
  'fallback-count' | 'undeclared-fact' | 'unknown-law' | 'missing-citation' | 'unknown-band' | 'unknown-operator'
>;
const LOAD_CODES: ReadonlySet<string> = new Set<LoadCode>([
  'fallback-count',
  'undeclared-fact',
  'unknown-law',
  'missing-citation',
  'unknown-band',
  'unknown-operator',
]);

/**
 * Load issues as findings, all errors but the `not_checked` note (a warning): a rule set that does
 * not load cannot decide a case, and cannot be analysed further either — its conditions may name
 * facts that do not exist. The problems lint names are worded in the lint's language; the loader's
 * other problems are its own sentence, in Chinese (`loadMessageZh`) unless English is asked for.
 *
 * @param issues - the issues of the CailiangError the loader threw
 * @param source - the file, when known
 * @param say - writes the message in the lint's language
 * @param language - the lint's language: zh (default) or en, for the loader's own sentences
 * @returns one error finding per issue, in the loader's order
 * @example loadFindings(error.issues, 'food.rules.yaml', sayIn('zh'))
 */
export function loadFindings(
  issues: readonly Issue[],
  source: string | undefined,
  say: LintSay,
  language: Language = 'zh',
): Finding[] {
  return issues.map((issue) => {
    const code = lintCode(issue);
    const message = LOAD_CODES.has(code)
      ? loadMessage(code as LoadCode, issue, say)
      : language === 'zh'
        ? loadMessageZh(issue.message)
        : issue.message;
    return withSource(
      {
        code,
        // What could not be checked is a note beside the errors, not one more of them.
        severity: issue.code === 'not_checked' ? 'warning' : 'error',
        path: issue.path,
        message,
        ...(issue.item === undefined ? {} : { item: issue.item }),
        ...(issue.line === undefined ? {} : { line: issue.line, column: issue.column ?? 1 }),
      },
      source,
    );
  });
}

function loadMessage(code: LoadCode, issue: Issue, say: LintSay): string {
  const detail = issue.message;
  switch (code) {
    case 'fallback-count':
    case 'missing-citation':
      return say(code, { path: issue.path, detail });
    default:
      return say(code, { name: quotedName(detail), detail });
  }
}

/** The name the loader's sentence quotes first (`unknown fact "goodsValu"; …` → goodsValu). */
function quotedName(message: string): string | undefined {
  return /"([^"]+)"/.exec(message)?.[1];
}
