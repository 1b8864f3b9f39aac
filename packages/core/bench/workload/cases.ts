/**
 * Generated cases: for each penalty item, random facts of the declared types, drawn near the
 * thresholds its conditions compare with so that every tier and statutory alternative is reached,
 * with general circumstances, parties and dates mixed in. Amounts keep two decimal places and stay
 * below 10^12, where JS numbers compare as the decimals do: json-rules-engine sees the same cases.
 */
import { CIRCUMSTANCE_NAMES, CIRCUMSTANCES } from '@cailiang/core';
import type { FactDeclaration, RuleSet } from '@cailiang/core';
import type { Random } from './random.js';

export type CaseInput = Record<string, unknown>;

/** The case for one item: every fact its rule set declares, some circumstances, a party and dates. */
export function generateCase(random: Random, ruleSet: RuleSet, code: string): CaseInput {
  const item = ruleSet.items.find((entry) => entry.code === code);
  if (item === undefined) throw new RangeError(`no item ${code} in ${ruleSet.id}`);
  const thresholds = conditionLiterals(item);
  const facts: Record<string, unknown> = {};
  for (const [name, declaration] of Object.entries(ruleSet.facts))
    facts[name] = factValue(random, declaration, thresholds.get(name) ?? []);
  const circumstances: Record<string, unknown> = {};
  for (const name of CIRCUMSTANCE_NAMES) {
    if (!random.chance(0.12)) continue;
    const declaration = CIRCUMSTANCES[name] as FactDeclaration;
    circumstances[name] = declaration.type === 'enum' ? random.pick(declaration.values ?? []) : random.chance(0.6);
  }
  const act = isoDay(
    Date.UTC(Math.max(2023, Number(ruleSet.effective.from.slice(0, 4)) + 1), 0, 1) + random.int(0, 700) * DAY,
  );
  const discovered = addDays(act, random.int(0, 800));
  const decision = addDays(discovered, random.int(5, 60));
  return {
    item: code,
    party: random.chance(0.7)
      ? { kind: 'organization' }
      : { kind: 'individual', age: random.chance(0.1) ? random.int(14, 17) : random.int(18, 70) },
    facts,
    ...(Object.keys(circumstances).length === 0 ? {} : { circumstances }),
    dates: { act, discovered, decision },
  };
}

const DAY = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

function factValue(random: Random, declaration: FactDeclaration, thresholds: readonly number[]): unknown {
  const near = thresholds.length > 0 && random.chance(0.5) ? random.pick(thresholds) : undefined;
  const min = declaration.min === undefined ? 0 : Number(declaration.min);
  const max = declaration.max === undefined ? Number.POSITIVE_INFINITY : Number(declaration.max);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  switch (declaration.type) {
    case 'money': {
      const cents =
        near === undefined ? Math.round(10 ** (random.next() * 8)) : Math.round(near * 100) + random.int(-1, 1);
      return clamp(cents / 100).toFixed(2);
    }
    case 'integer':
      return clamp(near === undefined ? random.int(0, 6) : near + random.int(-1, 1));
    case 'number':
      return clamp(near === undefined ? random.int(0, 60) / 10 : near + random.int(-1, 1) / 10);
    case 'boolean':
      return random.chance(0.5);
    case 'enum':
      return random.pick(declaration.values ?? []);
    case 'date':
      return isoDay(Date.UTC(2022, 0, 1) + random.int(0, 1200) * DAY);
  }
}

/** The numbers each fact is compared with anywhere in the item (money literals are decimal text). */
function conditionLiterals(item: unknown): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['fact'] === 'string' && typeof record['operator'] === 'string') {
      const value = Number(record['value']);
      if (Number.isFinite(value)) found.set(record['fact'], [...(found.get(record['fact']) ?? []), value]);
    }
    Object.values(record).forEach(visit);
  };
  visit(item);
  return found;
}
