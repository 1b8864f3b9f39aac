import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = new URL('../../', import.meta.url);
export const RULES_DIR = new URL('rules/', PACKAGE_DIR);
export const REPO_ROOT = new URL('../../', PACKAGE_DIR);

export interface RuleFile {
  /** `food-safety.rules.yaml` */
  readonly file: string;
  /** `food-safety` */
  readonly slug: string;
  readonly path: string;
  readonly text: string;
}

/** Every shipped rule set file, packages/benchmarks/rules/*.rules.yaml, sorted. */
export function ruleFiles(): RuleFile[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.rules.yaml'))
    .sort()
    .map((file) => {
      const url = new URL(file, RULES_DIR);
      return { file, slug: file.slice(0, -'.rules.yaml'.length), path: fileURLToPath(url), text: readFileSync(url, 'utf8') };
    });
}

/** food-safety → foodSafety (the export name scripts/build-benchmarks.mjs gives a rule set). */
export function camelCase(slug: string): string {
  return slug.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}
