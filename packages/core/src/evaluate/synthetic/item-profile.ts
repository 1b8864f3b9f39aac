import { computedFactNames } from '../../ruleset/computed-amount.js';
import type { Condition } from '../../conditions/types.js';
import type { FactDeclaration } from '../../facts/types.js';
import { CIRCUMSTANCES, isCircumstance } from '../../general-rules/circumstances.js';
import type { RuleSet } from '../../ruleset/load.js';
import type { PenaltyItemData } from '../../ruleset/schema.js';

/** A fact a synthetic case gives, with the numbers its item's conditions compare it with. */
export interface FactProfile {
  readonly name: string;
  readonly declaration: FactDeclaration;
  /** Numbers the conditions compare the fact with: values are drawn near them. */
  readonly thresholds: readonly number[];
  /** Enum values the conditions name, drawn more often than the others. */
  readonly named: readonly string[];
}

/** What a synthetic case for an item must hold. */
export interface ItemProfile {
  readonly ruleSet: RuleSet;
  readonly item: PenaltyItemData;
  readonly facts: readonly FactProfile[];
  /** General circumstances (第三十二条, 第三十三条…) the item's conditions read. */
  readonly circumstances: readonly { readonly name: string; readonly declaration: FactDeclaration }[];
}

/**
 * The facts and circumstances an item reads — in its statutory alternatives, tiers, exemptions,
 * mitigation grounds, conditional sanctions and orders, and as the base of a multiple or a
 * confiscation — with the thresholds its conditions compare them with.
 *
 * @param ruleSet - the rule set holding the item
 * @param item - a penalty item of it
 * @returns the item's profile
 */
export function itemProfile(ruleSet: RuleSet, item: PenaltyItemData): ItemProfile {
  const thresholds = new Map<string, number[]>();
  const named = new Map<string, string[]>();
  const note = (name: string) => {
    if (!thresholds.has(name)) thresholds.set(name, []);
    if (!named.has(name)) named.set(name, []);
  };
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const key of ['all', 'any']) if (Array.isArray(record[key])) (record[key] as unknown[]).forEach(walk);
    if (record['not'] !== undefined) walk(record['not']);
    if (typeof record['fact'] !== 'string') return;
    const name = record['fact'];
    note(name);
    const value = record['value'];
    const values = Array.isArray(value) ? value : [value];
    for (const entry of values) {
      if (typeof entry === 'number' || (typeof entry === 'string' && /^-?\d+(\.\d+)?$/.test(entry)))
        thresholds.get(name)?.push(Number(entry));
      else if (typeof entry === 'string') named.get(name)?.push(entry);
      else if (typeof entry === 'object' && entry !== null && typeof (entry as { fact?: unknown }).fact === 'string')
        note((entry as { fact: string }).fact);
    }
  };
  const conditions: unknown[] = [item.statutory.precondition];
  for (const alternative of item.statutory.fine ?? []) {
    conditions.push(alternative.when);
    if (alternative.multiple !== undefined) note(alternative.multiple.of);
  }
  for (const sanction of [...(item.statutory.with ?? []), ...(item.statutory.also ?? [])]) {
    conditions.push(sanction.when, sanction.amountWhen);
    if (sanction.of !== undefined) note(sanction.of);
  }
  for (const tier of item.tiers) {
    conditions.push(tier.when);
    if (tier.fine?.multiple?.of !== undefined) note(tier.fine.multiple.of);
    for (const name of computedFactNames(tier.fine?.computed)) note(name);
  }
  for (const entry of [
    ...(item.exemptions ?? []),
    ...(item.mitigations ?? []),
    ...(item.orders ?? []),
    ...(item.referrals ?? []),
  ])
    conditions.push(entry.when);
  for (const condition of conditions) walk(condition as Condition | undefined);

  const declared = ruleSet.facts as Readonly<Record<string, FactDeclaration>>;
  const facts: FactProfile[] = [];
  const circumstances: ItemProfile['circumstances'][number][] = [];
  for (const name of thresholds.keys()) {
    const declaration = Object.hasOwn(declared, name) ? declared[name] : undefined;
    const profile = {
      thresholds: [...new Set(thresholds.get(name))].sort((a, b) => a - b),
      named: [...new Set(named.get(name))],
    };
    if (declaration !== undefined) facts.push({ name, declaration, ...profile });
    else if (isCircumstance(name)) circumstances.push({ name, declaration: CIRCUMSTANCES[name] as FactDeclaration });
  }
  return { ruleSet, item, facts, circumstances };
}
