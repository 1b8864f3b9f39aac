import { canonicalJson } from '../ruleset/canonical-json.js';
import type { RuleSet } from '../ruleset/load.js';

/** One change between two versions of a rule set, at a path of the rule set. */
export interface Change {
  readonly kind: 'added' | 'removed' | 'changed' | 'renamed';
  /** Where, in terms a reviewer reads: `policy.fineBands.general`, `items[FS-124-1-3].tiers[heavier].fine`. */
  readonly path: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

type Items = RuleSet['items'];
type Item = Items[number];

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * What changed between two versions of a benchmark: the header (version, 文号, effective
 * dates), the policy (bands above all), laws and facts, and per item — matched by code — the
 * name (a rename), the citations, the statutory range, each tier (matched by level), exemptions
 * and time limits.
 *
 * @returns the changes, in the order of the rule set
 */
export function structuralChanges(from: RuleSet, to: RuleSet): Change[] {
  const changes: Change[] = [];
  for (const key of ['id', 'version', 'title', 'issuer', 'document', 'registration', 'effective'] as const) {
    if (!same(from[key], to[key])) changes.push({ kind: 'changed', path: key, from: from[key], to: to[key] });
  }
  changes.push(...recordChanges('policy.fineBands', from.policy?.fineBands ?? {}, to.policy?.fineBands ?? {}));
  for (const key of ['rounding', 'tierSelection', 'mitigation', 'versionSelection', 'hearingThresholds'] as const) {
    if (!same(from.policy?.[key], to.policy?.[key]))
      changes.push({ kind: 'changed', path: `policy.${key}`, from: from.policy?.[key], to: to.policy?.[key] });
  }
  changes.push(...recordChanges('laws', from.laws, to.laws), ...recordChanges('facts', from.facts, to.facts));
  changes.push(...itemChanges(from.items, to.items));
  return changes;
}

function recordChanges(
  path: string,
  from: Readonly<Record<string, unknown>>,
  to: Readonly<Record<string, unknown>>,
): Change[] {
  const changes: Change[] = [];
  for (const key of Object.keys(from)) {
    if (!(key in to)) changes.push({ kind: 'removed', path: `${path}.${key}`, from: from[key] });
    else if (!same(from[key], to[key]))
      changes.push({ kind: 'changed', path: `${path}.${key}`, from: from[key], to: to[key] });
  }
  for (const key of Object.keys(to))
    if (!(key in from)) changes.push({ kind: 'added', path: `${path}.${key}`, to: to[key] });
  return changes;
}

function itemChanges(from: Items, to: Items): Change[] {
  const changes: Change[] = [];
  const before = new Map(from.map((item) => [item.code, item]));
  const after = new Map(to.map((item) => [item.code, item]));
  for (const item of from) {
    const next = after.get(item.code);
    if (next === undefined) changes.push({ kind: 'removed', path: `items[${item.code}]`, from: item.name });
    else changes.push(...changesInItem(item, next));
  }
  for (const item of to)
    if (!before.has(item.code)) changes.push({ kind: 'added', path: `items[${item.code}]`, to: item.name });
  return changes;
}

function changesInItem(from: Item, to: Item): Change[] {
  const at = `items[${from.code}]`;
  const changes: Change[] = [];
  if (from.name !== to.name) changes.push({ kind: 'renamed', path: `${at}.name`, from: from.name, to: to.name });
  if (from.kind !== to.kind) return [...changes, { kind: 'changed', path: `${at}.kind`, from: from.kind, to: to.kind }];
  const keys =
    from.kind === 'penalty'
      ? (['violates', 'basis', 'orders', 'statutory', 'exemptions'] as const)
      : (['basis', 'timeLimit', 'conditions', 'materials'] as const);
  for (const key of keys) {
    const a = (from as Record<string, unknown>)[key];
    const b = (to as Record<string, unknown>)[key];
    if (!same(a, b)) changes.push({ kind: 'changed', path: `${at}.${key}`, from: a, to: b });
  }
  if (from.kind === 'penalty' && to.kind === 'penalty') {
    const levels = new Map(to.tiers.map((tier) => [String(tier.level), tier]));
    for (const tier of from.tiers) {
      const next = levels.get(String(tier.level));
      const path = `${at}.tiers[${String(tier.level)}]`;
      if (next === undefined) {
        changes.push({ kind: 'removed', path, from: tier.label });
        continue;
      }
      for (const key of ['label', 'when', 'fine', 'sanctions', 'add'] as const) {
        if (!same(tier[key], next[key]))
          changes.push({ kind: 'changed', path: `${path}.${key}`, from: tier[key], to: next[key] });
      }
    }
    const known = new Set(from.tiers.map((tier) => String(tier.level)));
    for (const tier of to.tiers)
      if (!known.has(String(tier.level)))
        changes.push({ kind: 'added', path: `${at}.tiers[${String(tier.level)}]`, to: tier.label });
    if (
      !same(
        from.tiers.map((tier) => String(tier.level)),
        to.tiers.filter((tier) => known.has(String(tier.level))).map((tier) => String(tier.level)),
      )
    ) {
      changes.push({
        kind: 'changed',
        path: `${at}.tiers`,
        from: from.tiers.map((tier) => tier.level),
        to: to.tiers.map((tier) => tier.level),
      });
    }
  }
  return changes;
}
