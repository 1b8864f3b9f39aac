import { z } from 'zod';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { fromZodIssues } from '../ruleset/zod-issues.js';
import { EvaluationCounts } from './evaluation-counts.js';
import type { EvaluationSettings, EvaluatorState, RuleSetEntry } from './evaluation-counts.js';
import type { CatalogueItem } from './item-catalogue.js';
import { FINE_POSITIONS } from './types.js';
import type { Evaluation, EvaluationSource } from './types.js';

/**
 * The format tag of a partial evaluation. The version changes whenever what a partial holds or
 * means changes; partials of different versions are never merged.
 */
export const PARTIAL_FORMAT = 'cailiang.evaluation-partial/v1';

/**
 * A partial evaluation (部分汇总): the exact counts of an evaluation over some of the records —
 * one district's, or one shard of a corpus — with everything needed to merge it with others and
 * report on the whole without the rule set files: the rule sets' digests, the settings, the
 * items. Counts are whole numbers and fine sums exact decimal strings, so merging is
 * associative and commutative: any grouping and order gives the same partial, and the report of
 * the merged partial is byte for byte the report of one run over all the records (while no
 * item has more distinct deviation reasons than the reason capacity; see docs/evaluation.md).
 */
export interface EvaluationPartial {
  readonly format: typeof PARTIAL_FORMAT;
  /** Where the records came from, each once, in the order of their names. */
  readonly sources: readonly EvaluationSource[];
  readonly ruleSets: readonly RuleSetEntry[];
  readonly settings: EvaluationSettings;
  /** The rule sets' items, in their order, as the report lists them. */
  readonly items: readonly CatalogueItem[];
  readonly counts: EvaluatorState;
}

/** What an evaluator knows besides its counts. */
interface PartialContext {
  readonly ruleSets: readonly RuleSetEntry[];
  readonly settings: EvaluationSettings;
  readonly catalogue: readonly CatalogueItem[];
  readonly sources: readonly EvaluationSource[];
}

/** The partial of an evaluator's counts (see `Evaluator.partial`). */
export function partialOf(counts: EvaluatorState, context: PartialContext): EvaluationPartial {
  return {
    format: PARTIAL_FORMAT,
    sources: canonicalSources(context.sources),
    ruleSets: context.ruleSets.map(({ id, version, title, digest }) => ({ id, version, title, digest })),
    settings: context.settings,
    items: context.catalogue.map(({ code, name, ruleSet, kind, tiers }) => ({
      code,
      name,
      ruleSet,
      kind,
      tiers: tiers.map(({ level, label }) => ({ level, label })),
    })),
    counts,
  };
}

/**
 * Checks a partial read from a file: its format version, then every field.
 *
 * @param data - the parsed JSON
 * @param source - the file's name, for the error
 * @returns the partial
 * @throws CailiangError INVALID_PARTIAL naming each field that is wrong
 * @example const partial = readPartial(JSON.parse(text), 'district-1.json');
 */
export function readPartial(data: unknown, source?: string): EvaluationPartial {
  const fail = (issues: Issue[]) =>
    new CailiangError('INVALID_PARTIAL', issues, source === undefined ? {} : { source });
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== PARTIAL_FORMAT) {
    const message =
      typeof format === 'string' && format.startsWith('cailiang.evaluation-partial/')
        ? `a partial of format ${format}; this cailiang reads and merges only ${PARTIAL_FORMAT} (make the partials again with one version of cailiang)`
        : `not a partial evaluation: expected "format": "${PARTIAL_FORMAT}" (written by cailiang evaluate --partial)`;
    throw fail([{ code: 'partial_format', path: 'format', message }]);
  }
  const parsed = PARTIAL_SCHEMA.safeParse(data);
  if (!parsed.success) throw fail(fromZodIssues(parsed.error.issues, [], data));
  const partial = parsed.data as EvaluationPartial;
  const issues = consistencyIssues(partial);
  if (issues.length > 0) throw fail(issues);
  return partial;
}

/**
 * Merges partial evaluations into one: the counts of all their records, as if one run had
 * evaluated them. Any number (one or more), in any order and grouping, gives the same partial.
 *
 * @param partials - the partials, each as parsed JSON (checked here) or as an evaluator made it
 * @param names - their file names, for errors (same order)
 * @returns the merged partial
 * @throws CailiangError INVALID_PARTIAL for a malformed partial; PARTIAL_MISMATCH for partials
 *   made under different rule sets (digests) or settings, which cannot be added up
 * @example const city = mergePartials([district1, district2]); evaluationOfPartial(city);
 */
export function mergePartials(partials: readonly unknown[], names: readonly string[] = []): EvaluationPartial {
  if (partials.length === 0)
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: 'no partial to merge' }]);
  const read = partials.map((data, index) => readPartial(data, names[index]));
  const first = read[0] as EvaluationPartial;
  read.forEach((partial, index) => {
    const mismatch = mismatchIssue(first, partial, names[0] ?? 'the first partial');
    if (mismatch !== undefined)
      throw new CailiangError(
        'PARTIAL_MISMATCH',
        [mismatch],
        names[index] === undefined ? {} : { source: names[index] },
      );
  });
  const counts = new EvaluationCounts(first.items, first.settings);
  for (const partial of read) counts.merge(partial.counts);
  return partialOf(counts.state(), {
    ruleSets: first.ruleSets,
    settings: first.settings,
    catalogue: first.items,
    sources: read.flatMap((partial) => partial.sources),
  });
}

/**
 * The evaluation a partial's counts make: the report of all the records the partial stands for.
 *
 * @param partial - a partial (checked here), typically from {@link mergePartials}
 * @param source - its file name, for errors
 * @returns the evaluation, as `evaluate` returns it
 * @throws CailiangError INVALID_PARTIAL for a malformed partial
 * @example writeFileSync('city.json', evaluationJson(evaluationOfPartial(mergePartials(partials))));
 */
export function evaluationOfPartial(partial: unknown, source?: string): Evaluation {
  const checked = readPartial(partial, source);
  const counts = new EvaluationCounts(checked.items, checked.settings);
  counts.merge(checked.counts);
  return counts.result(checked.ruleSets, reportedSource(checked.sources));
}

/**
 * The partial as its JSON file holds it, indented, with a final newline.
 *
 * @example writeFileSync('district-1.json', partialJson(evaluator.partial()));
 */
export function partialJson(partial: EvaluationPartial): string {
  return `${JSON.stringify(partial, null, 2)}\n`;
}

/** One source is the report's; several are named together, as one run over all would not know them apart. */
function reportedSource(sources: readonly EvaluationSource[]): EvaluationSource | null {
  if (sources.length === 0) return null;
  if (sources.length === 1) return sources[0] as EvaluationSource;
  return { name: sources.map((source) => source.name).join(' + ') };
}

/** Each source once, by name then seed: a set, so that merging them is associative. */
function canonicalSources(sources: readonly EvaluationSource[]): EvaluationSource[] {
  const unique = new Map<string, EvaluationSource>();
  for (const { name, seed } of sources) {
    const source = seed === undefined ? { name } : { name, seed };
    unique.set(JSON.stringify(source), source);
  }
  return [...unique.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : (a.seed ?? -1) - (b.seed ?? -1),
  );
}

function mismatchIssue(first: EvaluationPartial, other: EvaluationPartial, firstName: string): Issue | undefined {
  const ruleSets = (partial: EvaluationPartial) =>
    partial.ruleSets
      .map((ruleSet) => `${ruleSet.id} ${ruleSet.version} (digest ${ruleSet.digest.slice(0, 12)})`)
      .join(', ');
  if (ruleSets(first) !== ruleSets(other)) {
    return {
      code: 'partial_mismatch',
      path: 'ruleSets',
      message: `made under other rule sets than ${firstName}: ${ruleSets(other)} here, ${ruleSets(first)} there; only partials of the same rule sets add up`,
    };
  }
  if (
    JSON.stringify(first.settings) !== JSON.stringify(other.settings) ||
    JSON.stringify(first.items) !== JSON.stringify(other.items)
  ) {
    return {
      code: 'partial_mismatch',
      path: 'settings',
      message: `made with other thresholds or limits than ${firstName}: ${JSON.stringify(other.settings)} here, ${JSON.stringify(first.settings)} there`,
    };
  }
  return undefined;
}

/** What the schema cannot say: counts that contradict each other, items the catalogue lacks. */
function consistencyIssues(partial: EvaluationPartial): Issue[] {
  const issues: Issue[] = [];
  const { counts } = partial;
  if (counts.decided > counts.total)
    issues.push({
      code: 'invalid_value',
      path: 'counts.decided',
      message: `${counts.decided} decided of ${counts.total} records`,
    });
  if (counts.synthetic > counts.total)
    issues.push({
      code: 'invalid_value',
      path: 'counts.synthetic',
      message: `${counts.synthetic} synthetic of ${counts.total} records`,
    });
  const codes = partial.items.map((item) => item.code);
  counts.items.forEach((item, index) => {
    if (item.code !== codes[index])
      issues.push({
        code: 'invalid_value',
        path: `counts.items[${index}].code`,
        message: `expected the counts of ${codes[index] ?? 'no item'} (the items' order), got ${item.code}`,
      });
  });
  if (counts.items.length !== codes.length)
    issues.push({
      code: 'invalid_value',
      path: 'counts.items',
      message: `expected counts for ${codes.length} items, got ${counts.items.length}`,
    });
  return issues;
}

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const text = z.string();
const amount = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected an exact decimal string ("1234.5")');
const share = z.string().regex(/^(0(\.\d+)?|1)$/, 'expected a share from "0" to "1" as a decimal string');
const keyed = z.array(z.tuple([text, count]));
const offered = z.strictObject({ mandatory: z.boolean().nullable(), offered: count, used: count, reduced: count });
const fines = z.strictObject({
  count,
  positions: z.strictObject(
    Object.fromEntries(FINE_POSITIONS.map((position) => [position, count])) as Record<
      (typeof FINE_POSITIONS)[number],
      typeof count
    >,
  ),
  total: amount,
  min: amount.nullable(),
  max: amount.nullable(),
});
const itemCounts = z.strictObject({
  code: text,
  cases: count,
  withoutFine: count,
  deviationsWithoutReasons: count,
  errors: keyed,
  outcomes: keyed,
  verdicts: z.strictObject({ pass: count, warn: count, fail: count }),
  findings: keyed,
  tiers: z.array(z.tuple([text, z.strictObject({ label: text, cases: count, fines })])),
  maximum: z.strictObject({ compared: count, atMaximum: count }),
  exemptions: z.array(z.tuple([text, offered])),
  mitigations: z.array(z.tuple([text, offered])),
  reasons: z.strictObject({ counts: keyed, evicted: count }),
});
const PARTIAL_SCHEMA = z.strictObject({
  format: z.literal(PARTIAL_FORMAT),
  sources: z.array(z.strictObject({ name: text, seed: count.optional() })),
  ruleSets: z.array(z.strictObject({ id: text, version: text, title: text, digest: text })).min(1),
  settings: z.strictObject({
    thresholds: z.strictObject({
      minSample: count.min(1),
      deviationShare: share,
      maximumWithin: share,
      clusterShare: share,
      dominantShare: share,
      exemptionUseShare: share,
    }),
    reasonCapacity: count.min(1),
    errorSamples: count,
  }),
  items: z.array(
    z.strictObject({
      code: text,
      name: text,
      ruleSet: text,
      kind: z.enum(['penalty', 'licensing']),
      tiers: z.array(z.strictObject({ level: text, label: text })),
    }),
  ),
  counts: z.strictObject({
    total: count,
    decided: count,
    synthetic: count,
    errorCodes: keyed,
    samples: z.array(z.strictObject({ record: count, code: text, path: text, message: text })),
    items: z.array(itemCounts),
  }),
});
