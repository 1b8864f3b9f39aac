import { checkCondition } from '../conditions/check.js';
import type { Condition } from '../conditions/types.js';
import { isIsoDate } from '../dates/iso-date.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { FactDeclaration } from '../facts/types.js';
import { isCircumstance } from '../general-rules/circumstances.js';
import { Decimal } from '../money/decimal.js';
import { readMoney } from '../money/money.js';
import type { CitationData, PenaltyItemData, RuleSetData, TierAmountData, TierData } from './schema.js';
import { ruleSetScope } from './scope.js';

/**
 * Checks what the schema cannot: that every name a rule set uses is declared where it is used
 * (laws, facts, bands), that ranges run from min to max, and that each item can be executed.
 * These are load errors, not lint findings: a rule set that fails them cannot decide a case.
 *
 * @returns one issue per problem, with the path inside the rule set
 */
export function checkReferences(ruleSet: RuleSetData): Issue[] {
  const issues: Issue[] = [];
  const scope = ruleSetScope(ruleSet.facts);
  const bands = ruleSet.policy?.fineBands ?? {};

  if (ruleSet.effective.until !== undefined && ruleSet.effective.until < ruleSet.effective.from) {
    issues.push(issue('invalid_range', 'effective.until', `ends (${ruleSet.effective.until}) before it starts (${ruleSet.effective.from})`));
  }
  for (const [name, fact] of Object.entries(ruleSet.facts)) {
    if (isCircumstance(name)) {
      issues.push(issue('reserved_name', `facts.${name}`, `"${name}" is a general circumstance (行政处罚法); use it in conditions without declaring it`));
    }
    issues.push(...checkFactBounds(fact, `facts.${name}`));
  }
  for (const [name, band] of Object.entries(bands)) {
    if (new Decimal(band[0]).greaterThan(band[1])) {
      issues.push(issue('invalid_range', `policy.fineBands.${name}`, `the band starts (${band[0]}) after it ends (${band[1]})`));
    }
  }
  const mitigationBand = ruleSet.policy?.mitigation?.band;
  if (mitigationBand !== undefined && !Object.prototype.hasOwnProperty.call(bands, mitigationBand)) {
    issues.push(unknownBand(mitigationBand, 'policy.mitigation.band', bands));
  }

  const codes = new Map<string, number>();
  ruleSet.items.forEach((item, index) => {
    const at = `items[${index}]`;
    const earlier = codes.get(item.code);
    if (earlier !== undefined) issues.push(issue('duplicate_code', `${at}.code`, `item code "${item.code}" is already used by items[${earlier}]`));
    else codes.set(item.code, index);
    const citations = item.kind === 'penalty' ? [['violates', item.violates] as const, ['basis', item.basis] as const] : [['basis', item.basis] as const];
    for (const [key, list] of citations) issues.push(...checkCitations(list, `${at}.${key}`, ruleSet));
    if (item.kind === 'penalty') issues.push(...checkPenaltyItem(item, at, ruleSet, scope, bands));
    if (item.kind === 'licensing') {
      const ids = new Set<string>();
      for (const [key, list] of [['conditions', item.conditions ?? []], ['materials', item.materials ?? []]] as const) {
        list.forEach((entry, index) => {
          const path = `${at}.${key}[${index}]`;
          if (ids.has(entry.id)) issues.push(issue('duplicate_id', `${path}.id`, `id "${entry.id}" is used twice in this item`));
          ids.add(entry.id);
          if ('when' in entry) issues.push(...checkCondition(entry.when as Condition, scope, `${path}.when`));
          if (entry.basis !== undefined) issues.push(...checkCitations(entry.basis, `${path}.basis`, ruleSet));
        });
      }
    }
  });
  return issues;
}

function checkPenaltyItem(
  item: PenaltyItemData,
  at: string,
  ruleSet: RuleSetData,
  scope: ReturnType<typeof ruleSetScope>,
  bands: Readonly<Record<string, readonly [string, string]>>,
): Issue[] {
  const issues: Issue[] = [];
  const condition = (when: Condition | undefined, path: string) => {
    if (when !== undefined) issues.push(...checkCondition(when, scope, path));
  };
  condition(item.statutory.precondition as Condition | undefined, `${at}.statutory.precondition`);
  (item.orders ?? []).forEach((order, index) => {
    condition(order.when as Condition | undefined, `${at}.orders[${index}].when`);
    if (order.basis !== undefined) issues.push(...checkCitations(order.basis, `${at}.orders[${index}].basis`, ruleSet));
  });
  const mitigationIds = new Set<string>();
  (item.mitigations ?? []).forEach((mitigation, index) => {
    const path = `${at}.mitigations[${index}]`;
    if (mitigationIds.has(mitigation.id)) issues.push(issue('duplicate_id', `${path}.id`, `mitigation id "${mitigation.id}" is used twice in this item`));
    mitigationIds.add(mitigation.id);
    condition(mitigation.when as Condition, `${path}.when`);
    issues.push(...checkCitations(mitigation.basis, `${path}.basis`, ruleSet));
  });
  const fines = item.statutory.fine ?? [];
  fines.forEach((alternative, index) => {
    const path = `${at}.statutory.fine[${index}]`;
    condition(alternative.when, `${path}.when`);
    if (alternative.when === undefined && fines.length > 1) {
      issues.push(issue('missing_key', `${path}.when`, 'with several statutory alternatives, each says when it applies'));
    }
    const bounds = alternative.range ?? alternative.multiple;
    if (bounds?.max !== undefined && new Decimal(bounds.min).greaterThan(bounds.max)) {
      issues.push(issue('invalid_range', path, `min (${bounds.min}) is above max (${bounds.max})`));
    }
    if (alternative.multiple !== undefined) issues.push(...checkAmountFact(alternative.multiple.of, `${path}.multiple.of`, ruleSet));
  });
  const sanctions = [...(item.statutory.with ?? []).map((s, i) => [s, `with[${i}]`] as const), ...(item.statutory.also ?? []).map((s, i) => [s, `also[${i}]`] as const)];
  for (const [sanction, key] of sanctions) {
    condition(sanction.when as Condition | undefined, `${at}.statutory.${key}.when`);
    if (sanction.of !== undefined) issues.push(...checkAmountFact(sanction.of, `${at}.statutory.${key}.of`, ruleSet));
    if (sanction.range?.max !== undefined && new Decimal(sanction.range.min).greaterThan(sanction.range.max)) {
      issues.push(issue('invalid_range', `${at}.statutory.${key}.range`, `min (${sanction.range.min}) is above max (${sanction.range.max})`));
    }
  }
  const ranged = new Set(sanctions.filter(([s]) => s.range !== undefined).map(([s]) => s.kind));

  const levels = new Map<string, number>();
  let fallback: number | undefined;
  item.tiers.forEach((tier, index) => {
    const path = `${at}.tiers[${index}]`;
    const level = String(tier.level);
    const earlier = levels.get(level);
    if (earlier !== undefined) issues.push(issue('duplicate_level', `${path}.level`, `tier level "${level}" is already used by tiers[${earlier}]`));
    else levels.set(level, index);
    if (tier.when === undefined) {
      if (fallback !== undefined) {
        issues.push(issue('several_fallbacks', `${path}.when`, `tiers[${fallback}] is already the fallback (the tier without when); give this tier a condition`));
      } else fallback = index;
    }
    condition(tier.when, `${path}.when`);
    if (tier.fine !== undefined) {
      if (fines.length === 0) issues.push(issue('no_statutory_fine', `${path}.fine`, 'the item has no statutory fine (statutory.fine) for this tier to refine'));
      issues.push(...checkTierAmount(tier.fine, `${path}.fine`, fines, bands, ruleSet));
    }
    for (const [kind, amount] of Object.entries(tier.sanctions ?? {})) {
      if (!ranged.has(kind as never)) {
        issues.push(issue('unknown_sanction', `${path}.sanctions.${kind}`, `the item has no ranged "${kind}" in statutory.with or statutory.also`));
      } else if (amount.band !== undefined && !Object.prototype.hasOwnProperty.call(bands, amount.band)) {
        issues.push(unknownBand(amount.band, `${path}.sanctions.${kind}.band`, bands));
      } else if (amount.multiple !== undefined) {
        issues.push(issue('invalid_value', `${path}.sanctions.${kind}.multiple`, 'a ranged sanction is set by a band or a range, not a multiple'));
      }
    }
    issues.push(...checkRangedSanctionsSet(tier, path, item));
  });
  const exemptionIds = new Set<string>();
  (item.exemptions ?? []).forEach((exemption, index) => {
    const path = `${at}.exemptions[${index}]`;
    if (exemptionIds.has(exemption.id)) issues.push(issue('duplicate_id', `${path}.id`, `exemption id "${exemption.id}" is used twice in this item`));
    exemptionIds.add(exemption.id);
    condition(exemption.when, `${path}.when`);
    issues.push(...checkCitations(exemption.basis, `${path}.basis`, ruleSet));
  });
  return issues;
}

/** A tier's amount must be computable from every statutory alternative it can meet. */
function checkTierAmount(
  amount: TierAmountData,
  path: string,
  fines: NonNullable<PenaltyItemData['statutory']['fine']>,
  bands: Readonly<Record<string, readonly [string, string]>>,
  ruleSet: RuleSetData,
): Issue[] {
  if (amount.band !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(bands, amount.band)) return [unknownBand(amount.band, `${path}.band`, bands)];
    const open = fines.findIndex((alternative) => (alternative.range ?? alternative.multiple)?.max === undefined);
    if (open >= 0) {
      return [issue('unbounded_range', `${path}.band`, `a band is a share of the statutory range, but statutory.fine[${open}] has no max (「…以上」); give this tier an absolute range`)];
    }
    return [];
  }
  const bounds = amount.range ?? amount.multiple;
  const issues: Issue[] = [];
  if (bounds !== undefined && new Decimal(bounds.min).greaterThan(bounds.max)) {
    issues.push(issue('invalid_range', path, `min (${bounds.min}) is above max (${bounds.max})`));
  }
  if (amount.multiple !== undefined) {
    if (amount.multiple.of !== undefined) {
      issues.push(...checkAmountFact(amount.multiple.of, `${path}.multiple.of`, ruleSet));
    } else {
      const fixed = fines.findIndex((alternative) => alternative.multiple === undefined);
      if (fixed >= 0) {
        issues.push(issue('missing_key', `${path}.multiple.of`, `statutory.fine[${fixed}] is not a multiple of a fact, so this tier names the fact it multiplies (of)`));
      }
    }
  }
  return issues;
}

/**
 * Each ranged sanction a tier imposes needs a rule for its amount: its own entry under
 * `sanctions`, or else the fine's band. `with` sanctions are imposed in every tier, `also`
 * sanctions only in the tiers that `add` them.
 */
function checkRangedSanctionsSet(tier: TierData, path: string, item: PenaltyItemData): Issue[] {
  const added = new Set((tier.add ?? []).map((entry) => entry.kind));
  const imposed = [
    ...(item.statutory.with ?? []),
    ...(item.statutory.also ?? []).filter((sanction) => added.has(sanction.kind)),
  ];
  const issues: Issue[] = [];
  for (const sanction of imposed) {
    if (sanction.range === undefined) continue;
    if (tier.sanctions?.[sanction.kind] === undefined && tier.fine?.band === undefined) {
      issues.push(
        issue('missing_key', `${path}.sanctions`, `this tier imposes ${sanction.kind} with a statutory range; set its amount (sanctions.${sanction.kind}: { band } or { range }) since the tier's fine is not a band`),
      );
    }
  }
  return issues;
}

function checkAmountFact(name: string, path: string, ruleSet: RuleSetData): Issue[] {
  const fact = Object.prototype.hasOwnProperty.call(ruleSet.facts, name) ? ruleSet.facts[name] : undefined;
  if (fact === undefined) return [issue('undeclared_fact', path, `unknown fact "${name}"; declare it under facts`)];
  if (fact.type !== 'money') return [issue('invalid_value', path, `"${name}" is a ${fact.type} fact; an amount is taken from a money fact`)];
  return [];
}

function checkCitations(citations: readonly CitationData[], path: string, ruleSet: RuleSetData): Issue[] {
  const issues: Issue[] = [];
  citations.forEach((citation, index) => {
    if (!Object.prototype.hasOwnProperty.call(ruleSet.laws, citation.law)) {
      const known = Object.keys(ruleSet.laws);
      issues.push(issue('unknown_law', `${path}[${index}].law`, `unknown law "${citation.law}"; declared laws are ${known.length === 0 ? '(none)' : known.join(', ')}`));
    }
    if (citation.subitem !== undefined && citation.item === undefined) {
      issues.push(issue('invalid_value', `${path}[${index}].subitem`, 'a 目 (subitem) is cited within a 项 (item)'));
    }
  });
  return issues;
}

function checkFactBounds(fact: FactDeclaration, path: string): Issue[] {
  const issues: Issue[] = [];
  const bounds: Partial<Record<'min' | 'max', Decimal | string>> = {};
  for (const key of ['min', 'max'] as const) {
    const bound = fact[key];
    if (bound === undefined) continue;
    if (fact.type === 'date') {
      if (!isIsoDate(bound)) issues.push(issue('invalid_value', `${path}.${key}`, 'expected an ISO date such as "2025-03-10"'));
      else bounds[key] = bound;
    } else {
      const read = readMoney(bound, { allowNegative: true });
      if (!read.ok) issues.push(issue('invalid_value', `${path}.${key}`, `expected ${read.expected}`));
      else if (fact.type === 'integer' && !read.value.isInteger()) issues.push(issue('invalid_value', `${path}.${key}`, 'expected a whole number'));
      else bounds[key] = read.value;
    }
  }
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined) {
    const inverted = typeof min === 'string' ? min > (max as string) : (min as Decimal).greaterThan(max as Decimal);
    if (inverted) issues.push(issue('invalid_range', path, `min (${String(fact.min)}) is above max (${String(fact.max)})`));
  }
  return issues;
}

function unknownBand(name: string, path: string, bands: Readonly<Record<string, unknown>>): Issue {
  const known = Object.keys(bands);
  return issue('unknown_band', path, `unknown band "${name}"; policy.fineBands has ${known.length === 0 ? 'no bands' : known.join(', ')}`);
}

function issue(code: string, path: string, message: string): Issue {
  return { code, path, message };
}
