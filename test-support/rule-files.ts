/**
 * Where the benchmark library's files are, and its rule files listed and read: the one place that
 * knows how a shipped rule set is named. The tests of the other packages and the core's bench
 * import it too, rather than each listing packages/benchmarks/rules/ on its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = new URL('../packages/benchmarks/', import.meta.url);
export const RULES_DIR = new URL('rules/', PACKAGE_DIR);
export const REPO_ROOT = new URL('../../', PACKAGE_DIR);

const RULE_FILE_SUFFIX = '.rules.yaml';

export interface RuleFile {
  /** `food-safety.rules.yaml` */
  readonly file: string;
  /** `food-safety` */
  readonly slug: string;
  readonly path: string;
  readonly text: string;
}

/** The names of the shipped rule set files, sorted: the folder is read, so a new file counts at once. */
function ruleFileNames(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith(RULE_FILE_SUFFIX))
    .sort();
}

/** Every shipped rule set file, packages/benchmarks/rules/*.rules.yaml, sorted. */
export function ruleFiles(): RuleFile[] {
  return ruleFileNames().map((file) => {
    const url = new URL(file, RULES_DIR);
    return {
      file,
      slug: file.slice(0, -RULE_FILE_SUFFIX.length),
      path: fileURLToPath(url),
      text: readFileSync(url, 'utf8'),
    };
  });
}

/** The absolute path of every shipped rule set file, sorted as {@link ruleFiles}, without reading them. */
export function ruleFilePaths(): string[] {
  return ruleFileNames().map((file) => fileURLToPath(new URL(file, RULES_DIR)));
}

/** food-safety → foodSafety (the export name scripts/build-benchmarks.mjs gives a rule set). */
export function camelCase(slug: string): string {
  return slug.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}
