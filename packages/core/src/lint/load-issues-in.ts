import type { Issue } from '../errors/cailiang-error.js';
import type { Language } from '../explain/condition-text.js';
import { loadFindings } from './load-findings.js';
import { sayIn } from './messages.js';

/**
 * The issues of a load failure worded as lint words them, for the commands that load a file and
 * print what is wrong with it (`decide`, `batch`, `render`…): the same sentence in `lint` and in
 * the command that refused the file. Only the messages change — codes, paths, items and lines are
 * the loader's, so a program reading them sees the same in both languages.
 *
 * @param issues - `CailiangError.issues` from the loader (or from reading a file)
 * @param language - zh (default) or en; in English the loader's own sentences are kept
 * @returns one issue per issue, in the same order
 * @example loadIssuesIn(error.issues)[0].message // '第3行第1列：键 id 在同一层中出现两次，只能保留一个'
 */
export function loadIssuesIn(issues: readonly Issue[], language: Language = 'zh'): Issue[] {
  const findings = loadFindings(issues, undefined, sayIn(language), language);
  return issues.map((issue, index) => ({ ...issue, message: findings[index]?.message ?? issue.message }));
}
