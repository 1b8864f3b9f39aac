import { CailiangError } from '../errors/cailiang-error.js';
import type { Language } from '../explain/condition-text.js';
import { isLoadedRuleSet, loadRuleSet } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';
import { checkAddedSanctions } from './added-sanctions.js';
import { analyseRuleSet } from './analysis/analyse.js';
import { checkBands } from './bands.js';
import { checkLicensing } from './licensing.js';
import { loadFindings } from './load-findings.js';
import { checkRangeRatio } from './range-ratio.js';
import { checkComputedAmounts } from './computed.js';
import { checkGuides } from './guide.js';
import { checkTableRules } from './table-rules.js';
import { sayIn } from './messages.js';
import type { LintSay } from './messages.js';
import { errorsFirst, withSource } from './types.js';
import type { Finding, LintInput } from './types.js';
import { checkUnusedFacts } from './unused-facts.js';
import { checkValueLabels } from './value-labels.js';
import { checkVersions } from './versions.js';
import type { LoadedInput } from './versions.js';

/** What `lint` takes: a loaded rule set, its YAML/JSON text or data, or `{ ruleSet, source }`. */
export type LintSubject = LintInput | RuleSet | string | object;

/** How `lint` reports. */
export interface LintOptions {
  /**
   * The language of the findings' messages: zh (default — 法制审核 staff read them) or en. Codes,
   * paths, citations and witnesses are the same in both.
   */
  readonly language?: Language;
}

/**
 * The legality review of benchmark tables (法制审核): checks rule sets against the law and
 * against themselves. A rule set that does not load is reported by its load problems only
 * (`undeclared-fact`, `unknown-law`, `missing-citation`, `fallback-count`, `unknown-band`,
 * `unknown-operator`, and the loader's other codes); one that loads is checked by
 * {@link lintRuleSet}; the rule sets given together are checked for `version-overlap`.
 *
 * @param input - one subject or a list of them: a loaded rule set, text, data, or `{ ruleSet, source }`
 * @param options - `language`: the messages in zh (default) or en
 * @returns findings, errors first; empty when the rule sets are clean
 * @example lint([{ ruleSet: yamlText, source: 'food.rules.yaml' }]).filter((f) => f.severity === 'error')
 * @example lint(loadRuleSet(text), { language: 'en' }) // the same checks, messages in English
 */
export function lint(inputs: readonly LintSubject[], options?: LintOptions): Finding[];
export function lint(input: LintSubject, options?: LintOptions): Finding[];
export function lint(input: unknown, options?: LintOptions): Finding[];
export function lint(input: unknown, options: LintOptions = {}): Finding[] {
  const language = options.language ?? 'zh';
  const say = sayIn(language);
  const subjects = Array.isArray(input) ? (input as readonly unknown[]) : [input];
  const findings: Finding[] = [];
  const loaded: LoadedInput[] = [];
  for (const subject of subjects) {
    const { ruleSet: raw, source } = asInput(subject);
    let ruleSet: RuleSet;
    try {
      ruleSet = isLoadedRuleSet(raw) ? raw : loadRuleSet(raw, source === undefined ? {} : { source });
    } catch (error) {
      if (!(error instanceof CailiangError)) throw error;
      findings.push(...loadFindings(error.issues, source, say, language));
      continue;
    }
    loaded.push({ ruleSet, source });
    findings.push(...checkRuleSet(ruleSet, say).map((finding) => withSource(finding, source)));
  }
  findings.push(...checkVersions(loaded, say));
  return errorsFirst(findings);
}

/**
 * The checks that run on a rule set that loaded: fine bands (`bands-overlap`, `bands-gap`),
 * sanctions tiers add (`add-not-authorised`), the condition analysis of every penalty item
 * (`statutory-none-holds`, `statutory-several-hold`, `no-tier-holds`, `tiers-overlap`,
 * `tier-exceeds-statutory`, `computed-exceeds-statutory`, `tier-order`, `tier-without-fine`, `conditional-sanction-not-imposed`),
 * licensing limits and requirements (`promised-exceeds-statutory`, `requirement-without-basis`),
 * and the warnings `range-ratio`, `unused-fact`, `tier-boundary-shared`, `enum-value-unlabelled`,
 * `limit-differs-from-licensing-law`, `table-rule-idle` (a table's 上调一个档次 on an item with one tier)
 * and `table-rule-requires-nothing` (a table's 应当依法予以拘留 that no item offers as 可以并处),
 * and for guiding amounts (指导基准) the errors `guide-outside-range` and `guide-without-guidance`.
 *
 * @param ruleSet - a rule set returned by `loadRuleSet`
 * @param options - `language`: the messages in zh (default) or en
 * @returns findings, errors first, without `source`
 * @example lintRuleSet(loadRuleSet(text)) // []
 */
export function lintRuleSet(ruleSet: RuleSet, options: LintOptions = {}): Finding[] {
  return checkRuleSet(ruleSet, sayIn(options.language ?? 'zh'));
}

function checkRuleSet(ruleSet: RuleSet, say: LintSay): Finding[] {
  return errorsFirst([
    ...checkBands(ruleSet, say),
    ...checkAddedSanctions(ruleSet, say),
    ...analyseRuleSet(ruleSet, say),
    ...checkLicensing(ruleSet, say),
    ...checkRangeRatio(ruleSet, say),
    ...checkComputedAmounts(ruleSet, say),
    ...checkUnusedFacts(ruleSet, say),
    ...checkValueLabels(ruleSet, say),
    ...checkTableRules(ruleSet, say),
    ...checkGuides(ruleSet, say),
  ]);
}

/**
 * `{ ruleSet, source }` as given, or anything else as the rule set itself. A rule set's data
 * always has `format`, so an object with `ruleSet` and without `format` is a LintInput.
 */
function asInput(subject: unknown): { ruleSet: unknown; source: string | undefined } {
  if (typeof subject === 'object' && subject !== null && !Array.isArray(subject) && !isLoadedRuleSet(subject)) {
    const record = subject as Record<string, unknown>;
    if (Object.hasOwn(record, 'ruleSet') && !Object.hasOwn(record, 'format')) {
      const source = record['source'];
      return { ruleSet: record['ruleSet'], source: typeof source === 'string' ? source : undefined };
    }
  }
  return { ruleSet: subject, source: undefined };
}
