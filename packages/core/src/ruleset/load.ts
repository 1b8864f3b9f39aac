import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { checkDocument } from '../limits/document-walk.js';
import { resolveLimits } from '../limits/limits.js';
import type { Limits } from '../limits/limits.js';
import { digestOf, digestVisiting } from './digest.js';
import { isFrozenData } from './frozen-data.js';
import { parseSource } from './parse-source.js';
import { referenceIssuesDespite } from './checks-despite.js';
import { locateIssues } from './issue-location.js';
import { checkReferences } from './references.js';
import { RULE_SET_FORMAT, ruleSetSchema } from './schema.js';
import type { RuleSetData } from './schema.js';
import type { DeepReadonly } from './deep-readonly.js';
import { fromZodIssues } from './zod-issues.js';

/** A validated, deep-frozen rule set (spec §1). */
export type RuleSet = DeepReadonly<RuleSetData>;

export type { DeepReadonly };

export interface LoadRuleSetOptions {
  /** The file or other name the text came from, shown in every error. */
  readonly source?: string;
  /**
   * Raises (or lowers) the limits on the document's size, for a trusted caller with a larger
   * catalogue than the defaults allow (see `DEFAULT_LIMITS` and docs/reliability.md).
   */
  readonly limits?: Partial<Limits>;
  /**
   * The text an object input was parsed from, so that its issues get their line and column as
   * they would for the text itself (a caller that parsed the file first, to hand the data on).
   */
  readonly sourceText?: string;
}

export type SafeLoadResult =
  | { readonly success: true; readonly data: RuleSet }
  | { readonly success: false; readonly error: CailiangError };

/**
 * The key of the digest a loaded rule set carries: a field of the rule set itself, written by
 * {@link loadRuleSet} before it freezes the root, not enumerable (so neither the canonical JSON
 * nor the digest sees it) and not registered (no data and no other code can write it). A rule set
 * carries its digest by what the loader did, not by a table this module keeps.
 */
const LOADED_DIGEST = Symbol('cailiang.loadedRuleSetDigest');

/**
 * The rule set loaded from each input object that can never change (see isFrozenData), under the
 * default limits: loading it again would validate the same data to the same result. The shipped
 * rule sets of @cailiang/benchmarks are such objects (validated when that package is built, #21),
 * and an application that builds an engine per request hands them over every time. Weak, so a
 * rule set the application drops is not kept here.
 */
const loadedFromFrozen = new WeakMap<object, RuleSet>();

/**
 * Parses (YAML or JSON text) or takes (an object) a rule set, validates it strictly against the
 * format — unknown keys, undeclared facts, unknown operators, laws and bands, malformed money and
 * dates are errors — and returns it deep-frozen.
 *
 * @param input - YAML/JSON text, or the parsed object
 * @returns the rule set, frozen. Given an object that can never change (frozen all the way down,
 *   data properties only), under the default limits, the same rule set each time: it is validated
 *   once, as a shipped rule set of @cailiang/benchmarks is when an engine is built from it
 * @throws CailiangError `PARSE_ERROR` (not YAML/JSON, or beyond a limit of `options.limits`,
 *   naming the limit and where it was exceeded) or `INVALID_RULE_SET`, with one issue per problem
 *   and its path (`items[0].tiers[2].fine.band`), the code of the item it is in (`Issue.item`)
 *   and, for text, its `line` and `column`. Schema and reference problems come in one error:
 *   reference checks still run on the parts the schema accepted, and a last `not_checked` issue
 *   says which were left out; a `__proto__`, `constructor` or `prototype`
 *   key anywhere is `INVALID_RULE_SET` with its path
 * @example
 * const ruleSet = loadRuleSet(readFileSync('food-safety.rules.yaml', 'utf8'));
 */
export function loadRuleSet(input: unknown, options: LoadRuleSetOptions = {}): RuleSet {
  // Other limits could refuse what the default ones accepted: only the default ones are remembered.
  const remembered = typeof input === 'object' && input !== null && options.limits === undefined;
  if (remembered) {
    const known = loadedFromFrozen.get(input);
    if (known !== undefined) return known;
  }
  const sourceOption = options.source === undefined ? {} : { source: options.source };
  let data: RuleSetData;
  try {
    data = validated(input, options.source, sourceOption, resolveLimits(options.limits));
    const issues = checkReferences(data);
    if (issues.length > 0) throw new CailiangError('INVALID_RULE_SET', issues, sourceOption);
  } catch (error) {
    const text = typeof input === 'string' ? input : options.sourceText;
    throw text !== undefined && error instanceof CailiangError ? located(error, text) : error;
  }
  // Frozen object by object as the digest walks it: one walk over a catalogue instead of two.
  // Every object and array of the data is reached, as deepFreeze would reach it.
  // The root is frozen last, once its digest is written on it.
  const digest = digestVisiting(data, {
    visit: (value) => {
      if (value !== data) Object.freeze(value);
    },
  });
  Object.defineProperty(data, LOADED_DIGEST, { value: digest });
  const ruleSet = Object.freeze(data) as RuleSet;
  // Checked after validating, so the walk only meets data the limits have bounded.
  if (remembered && isFrozenData(input)) loadedFromFrozen.set(input, ruleSet);
  return ruleSet;
}

/**
 * The input parsed (when it is text) and validated by the schema. A function of its own so that
 * the parsed text, which the schema copies, is garbage as soon as this returns: for a catalogue of
 * thousands of items it is a hundred MiB that the collector would otherwise keep marking while the
 * rest of the load runs.
 */
function validated(
  input: unknown,
  source: string | undefined,
  sourceOption: { source?: string },
  limits: Limits,
): RuleSetData {
  const data = typeof input === 'string' ? parseSource(input, source, limits) : input;
  if (data === null || data === undefined) {
    throw new CailiangError(
      'INVALID_RULE_SET',
      [{ code: 'empty', path: '', message: `expected a rule set (format: ${RULE_SET_FORMAT}), got an empty document` }],
      sourceOption,
    );
  }
  // Before the schema copies anything: an alias bomb is counted, never expanded.
  const check = checkDocument(data, limits, { conditions: true });
  if (check.exceeded !== undefined) throw new CailiangError('PARSE_ERROR', [check.exceeded], sourceOption);
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success || check.reserved.length > 0) {
    const issues = withReservedKeys(
      parsed.success ? [] : fromZodIssues(parsed.error.issues, [], data, ruleSetSchema),
      check.reserved,
    );
    // One load reports every problem it can find: the reference checks still run where they can.
    throw new CailiangError('INVALID_RULE_SET', [...issues, ...referenceIssuesDespite(data, issues)], sourceOption);
  }
  return parsed.data;
}

/**
 * The error with each issue's item code and line:column in the text. A syntax error already
 * names its line in its message, and an issue of the whole document has no better place than
 * line 1: those are left as they are.
 */
function located(error: CailiangError, text: string): CailiangError {
  if (!error.issues.some((issue) => issue.path !== '')) return error;
  const issues = error.issues.filter((issue) => issue.path !== '');
  const found = locateIssues(text, issues, { items: true });
  let next = 0;
  const merged = error.issues.map((issue) => (issue.path === '' ? issue : (found[next++] as Issue)));
  return new CailiangError(error.code, merged, {
    ...(error.source === undefined ? {} : { source: error.source }),
    cause: error.cause,
  });
}

/**
 * The schema's issues and, after them, each reserved key it did not report itself: a reserved
 * fact name the identifier check already names, but a `__proto__` key the schema drops unseen.
 */
function withReservedKeys(issues: Issue[], reserved: readonly Issue[]): Issue[] {
  const reported = new Set(issues.map((issue) => `${issue.path}\n${issue.message}`));
  return [...issues, ...reserved.filter((issue) => !reported.has(`${issue.path}\n${issue.message}`))];
}

/**
 * Like {@link loadRuleSet}, but returns `{ success: false, error }` instead of throwing.
 *
 * @example
 * const result = safeLoadRuleSet(text);
 * if (!result.success) console.error(result.error.issues);
 */
export function safeLoadRuleSet(input: unknown, options: LoadRuleSetOptions = {}): SafeLoadResult {
  try {
    return { success: true, data: loadRuleSet(input, options) };
  } catch (error) {
    if (error instanceof CailiangError) return { success: false, error };
    throw error;
  }
}

/**
 * The digest of a rule set: `sha256:` of the canonical JSON of the validated data — the same
 * for the YAML and the JSON form of one rule set.
 */
export function ruleSetDigest(ruleSet: RuleSet): string {
  // A rule set that was not loaded may still change: its digest is worked out each time.
  return loadedDigest(ruleSet) ?? digestOf(ruleSet);
}

/** True for a rule set returned by {@link loadRuleSet}. */
export function isLoadedRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && loadedDigest(value) !== undefined;
}

/** The digest the loader wrote on the object, or undefined for any other object. */
function loadedDigest(value: object): string | undefined {
  if (!Object.hasOwn(value, LOADED_DIGEST)) return undefined;
  const digest: unknown = Reflect.get(value, LOADED_DIGEST);
  return typeof digest === 'string' ? digest : undefined;
}
