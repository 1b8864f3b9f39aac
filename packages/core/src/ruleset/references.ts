import { checkCondition } from '../conditions/check.js';
import type { Condition } from '../conditions/types.js';
import { isIsoDate } from '../calendar/iso-date.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { IssueCode } from '../errors/issues.js';
import type { FactDeclaration } from '../facts/types.js';
import { isCircumstance } from '../general-rules/circumstances.js';
import { Decimal } from '../money/decimal.js';
import { readMoney } from '../money/money.js';
import type {
  CitationData,
  ExemptionData,
  PenaltyItemData,
  PersonsData,
  RuleSetData,
  SanctionData,
  StatutoryFineData,
  TierAmountData,
  TierData,
} from './schema.js';
import { ruleSetScope } from './scope.js';
import type { ComputedAmountData } from './computed-amount.js';

export interface CheckReferencesOptions {
  /**
   * The index in the document of `ruleSet.items[index]`, for a rule set checked with some of its
   * items left out (those the schema refused): paths and messages name the document's own index.
   */
  readonly itemIndex?: (index: number) => number;
}

/**
 * Checks what the schema cannot: that every name a rule set uses is declared where it is used
 * (laws, facts, bands), that ranges run from min to max, and that each item can be executed.
 * These are load errors, not lint findings: a rule set that fails them cannot decide a case.
 *
 * @returns one issue per problem, with the path inside the rule set
 */
export function checkReferences(ruleSet: RuleSetData, options: CheckReferencesOptions = {}): Issue[] {
  const itemIndex = options.itemIndex ?? ((index: number) => index);
  const issues: Issue[] = [];
  const scope = ruleSetScope(ruleSet.facts);
  const bands = ruleSet.policy?.fineBands ?? {};

  if (ruleSet.effective.until !== undefined && ruleSet.effective.until < ruleSet.effective.from) {
    issues.push(
      issue(
        'invalid_range',
        'effective.until',
        `ends (${ruleSet.effective.until}) before it starts (${ruleSet.effective.from})`,
      ),
    );
  }
  for (const [name, fact] of Object.entries(ruleSet.facts)) {
    if (isCircumstance(name)) {
      issues.push(
        issue(
          'reserved_name',
          `facts.${name}`,
          `"${name}" is a general circumstance (行政处罚法); use it in conditions without declaring it`,
        ),
      );
    }
    checkFactBounds(fact, `facts.${name}`, issues);
  }
  for (const [name, band] of Object.entries(bands)) {
    if (new Decimal(band[0]).greaterThan(band[1])) {
      issues.push(
        issue('invalid_range', `policy.fineBands.${name}`, `the band starts (${band[0]}) after it ends (${band[1]})`),
      );
    }
  }
  const mitigationBand = ruleSet.policy?.mitigation?.band;
  if (mitigationBand !== undefined && !Object.hasOwn(bands, mitigationBand)) {
    issues.push(unknownBand(mitigationBand, 'policy.mitigation.band', bands));
  }

  const ruleIds = new Set<string>();
  (ruleSet.tableRules ?? []).forEach((rule, index) => {
    const path = `tableRules[${index}]`;
    if (ruleIds.has(rule.id))
      issues.push(issue('duplicate_id', `${path}.id`, `table rule id "${rule.id}" is used twice`));
    ruleIds.add(rule.id);
    append(issues, checkCondition(rule.when, scope, `${path}.when`));
    checkCitations(rule.basis, `${path}.basis`, ruleSet, issues);
  });
  const { guidance } = ruleSet;
  if (guidance !== undefined) {
    checkCitations(guidance.basis, 'guidance.basis', ruleSet, issues);
    const departureIds = new Set<string>();
    guidance.departures.forEach((departure, index) => {
      const path = `guidance.departures[${index}]`;
      if (departureIds.has(departure.id))
        issues.push(issue('duplicate_id', `${path}.id`, `departure id "${departure.id}" is used twice`));
      departureIds.add(departure.id);
      append(issues, checkCondition(departure.when as Condition, scope, `${path}.when`));
      checkCitations(departure.basis, `${path}.basis`, ruleSet, issues);
    });
  }

  // Every check below appends to `issues` in the order the problems are reported; a catalogue has
  // thousands of items, so no list is made per item or per tier only to be copied into it.
  const codes = new Map<string, number>();
  for (let index = 0; index < ruleSet.items.length; index++) {
    const item = ruleSet.items[index] as RuleSetData['items'][number];
    const at = `items[${itemIndex(index)}]`;
    const earlier = codes.get(item.code);
    if (earlier !== undefined)
      issues.push(
        issue('duplicate_code', `${at}.code`, `item code "${item.code}" is already used by items[${earlier}]`),
      );
    else codes.set(item.code, itemIndex(index));
    if (item.kind === 'penalty') {
      checkCitations(item.violates, `${at}.violates`, ruleSet, issues);
      checkCitations(item.basis, `${at}.basis`, ruleSet, issues);
      checkPenaltyItem(item, at, ruleSet, scope, bands, issues);
    } else {
      checkCitations(item.basis, `${at}.basis`, ruleSet, issues);
      const ids = new Set<string>();
      for (const [key, list] of [
        ['conditions', item.conditions ?? []],
        ['materials', item.materials ?? []],
      ] as const) {
        list.forEach((entry, index) => {
          const path = `${at}.${key}[${index}]`;
          if (ids.has(entry.id))
            issues.push(issue('duplicate_id', `${path}.id`, `id "${entry.id}" is used twice in this item`));
          ids.add(entry.id);
          if ('when' in entry) append(issues, checkCondition(entry.when as Condition, scope, `${path}.when`));
          if (entry.basis !== undefined) checkCitations(entry.basis, `${path}.basis`, ruleSet, issues);
        });
      }
    }
  }
  return issues;
}

/** Appends `found` to `issues`; most checks find nothing, so most calls return at once. */
function append(issues: Issue[], found: readonly Issue[]): void {
  for (let i = 0; i < found.length; i++) issues.push(found[i] as Issue);
}

function checkPenaltyItem(
  item: PenaltyItemData,
  at: string,
  ruleSet: RuleSetData,
  scope: ReturnType<typeof ruleSetScope>,
  bands: Readonly<Record<string, readonly [string, string]>>,
  issues: Issue[],
): void {
  const condition = (when: Condition | undefined, path: string) => {
    if (when !== undefined) append(issues, checkCondition(when, scope, path));
  };
  condition(item.statutory.precondition, `${at}.statutory.precondition`);
  const orders = item.orders ?? [];
  for (let index = 0; index < orders.length; index++) {
    const order = orders[index] as NonNullable<PenaltyItemData['orders']>[number];
    condition(order.when, `${at}.orders[${index}].when`);
    if (order.basis !== undefined) checkCitations(order.basis, `${at}.orders[${index}].basis`, ruleSet, issues);
  }
  const referrals = item.referrals ?? [];
  for (let index = 0; index < referrals.length; index++) {
    const referral = referrals[index] as NonNullable<PenaltyItemData['referrals']>[number];
    condition(referral.when, `${at}.referrals[${index}].when`);
    checkCitations(referral.basis, `${at}.referrals[${index}].basis`, ruleSet, issues);
    if (referral.range?.max !== undefined && referral.range.min > referral.range.max) {
      issues.push(
        issue(
          'invalid_range',
          `${at}.referrals[${index}].range`,
          `min (${referral.range.min}) is above max (${referral.range.max})`,
        ),
      );
    }
  }
  const mitigations = item.mitigations ?? [];
  const mitigationIds = new Set<string>();
  for (let index = 0; index < mitigations.length; index++) {
    const mitigation = mitigations[index] as NonNullable<PenaltyItemData['mitigations']>[number];
    const path = `${at}.mitigations[${index}]`;
    if (mitigationIds.has(mitigation.id))
      issues.push(issue('duplicate_id', `${path}.id`, `mitigation id "${mitigation.id}" is used twice in this item`));
    mitigationIds.add(mitigation.id);
    condition(mitigation.when, `${path}.when`);
    checkCitations(mitigation.basis, `${path}.basis`, ruleSet, issues);
  }
  const overrides = item.overrides ?? [];
  const overrideIds = new Set<string>();
  for (let index = 0; index < overrides.length; index++) {
    const override = overrides[index] as NonNullable<PenaltyItemData['overrides']>[number];
    const path = `${at}.overrides[${index}]`;
    if (overrideIds.has(override.id))
      issues.push(issue('duplicate_id', `${path}.id`, `override id "${override.id}" is used twice in this item`));
    overrideIds.add(override.id);
    condition(override.scope, `${path}.scope`);
    condition(override.when, `${path}.when`);
    checkCitations(override.basis, `${path}.basis`, ruleSet, issues);
    (override.retain ?? []).forEach((sanction, position) => {
      if (sanction.of !== undefined) checkAmountFact(sanction.of, `${path}.retain[${position}].of`, ruleSet, issues);
    });
  }
  const fines = item.statutory.fine ?? [];
  for (let index = 0; index < fines.length; index++) {
    const alternative = fines[index] as StatutoryFineData;
    const path = `${at}.statutory.fine[${index}]`;
    condition(alternative.when, `${path}.when`);
    if (alternative.when === undefined && fines.length > 1) {
      issues.push(
        issue('missing_key', `${path}.when`, 'with several statutory alternatives, each says when it applies'),
      );
    }
    const bounds = alternative.range ?? alternative.multiple;
    if (bounds?.max !== undefined && new Decimal(bounds.min).greaterThan(bounds.max)) {
      issues.push(issue('invalid_range', path, `min (${bounds.min}) is above max (${bounds.max})`));
    }
    if (alternative.multiple !== undefined)
      checkAmountFact(alternative.multiple.of, `${path}.multiple.of`, ruleSet, issues, PER_UNIT);
  }
  if (item.persons !== undefined) checkPersons(item.persons, `${at}.persons`, ruleSet, issues);
  const sanctions: (readonly [SanctionData, string])[] = [];
  (item.statutory.with ?? []).forEach((sanction, index) => {
    sanctions.push([sanction, `with[${index}]`]);
  });
  (item.statutory.also ?? []).forEach((sanction, index) => {
    sanctions.push([sanction, `also[${index}]`]);
  });
  const ranged = new Set<string>();
  for (const [sanction, key] of sanctions) {
    condition(sanction.when, `${at}.statutory.${key}.when`);
    condition(sanction.amountWhen, `${at}.statutory.${key}.amountWhen`);
    if (sanction.of !== undefined) checkAmountFact(sanction.of, `${at}.statutory.${key}.of`, ruleSet, issues);
    if (sanction.range?.max !== undefined && new Decimal(sanction.range.min).greaterThan(sanction.range.max)) {
      issues.push(
        issue(
          'invalid_range',
          `${at}.statutory.${key}.range`,
          `min (${sanction.range.min}) is above max (${sanction.range.max})`,
        ),
      );
    }
    if (sanction.range !== undefined) ranged.add(sanction.kind);
  }

  const levels = new Map<string, number>();
  let fallback: number | undefined;
  for (let index = 0; index < item.tiers.length; index++) {
    const tier = item.tiers[index] as TierData;
    const path = `${at}.tiers[${index}]`;
    const level = String(tier.level);
    const earlier = levels.get(level);
    if (earlier !== undefined)
      issues.push(
        issue('duplicate_level', `${path}.level`, `tier level "${level}" is already used by tiers[${earlier}]`),
      );
    else levels.set(level, index);
    if (tier.when === undefined) {
      if (fallback !== undefined) {
        issues.push(
          issue(
            'several_fallbacks',
            `${path}.when`,
            `tiers[${fallback}] is already the fallback (the tier without when); give this tier a condition`,
          ),
        );
      } else fallback = index;
    }
    condition(tier.when, `${path}.when`);
    if (tier.fine !== undefined) {
      if (fines.length === 0)
        issues.push(
          issue(
            'no_statutory_fine',
            `${path}.fine`,
            'the item has no statutory fine (statutory.fine) for this tier to refine',
          ),
        );
      checkTierAmount(tier.fine, `${path}.fine`, fines, bands, ruleSet, issues);
    }
    if (tier.sanctions !== undefined) {
      for (const [kind, amount] of Object.entries(tier.sanctions)) {
        if (!ranged.has(kind)) {
          issues.push(
            issue(
              'unknown_sanction',
              `${path}.sanctions.${kind}`,
              `the item has no ranged "${kind}" in statutory.with or statutory.also`,
            ),
          );
        } else if (amount.band !== undefined && !Object.hasOwn(bands, amount.band)) {
          issues.push(unknownBand(amount.band, `${path}.sanctions.${kind}.band`, bands));
        } else if (amount.multiple !== undefined || amount.computed !== undefined) {
          const key = amount.multiple !== undefined ? 'multiple' : 'computed';
          issues.push(
            issue(
              'invalid_value',
              `${path}.sanctions.${kind}.${key}`,
              `a ranged sanction is set by a band or a range, not a ${key} amount`,
            ),
          );
        }
      }
    }
    // Only a ranged sanction needs a rule for its amount; most items have none.
    if (ranged.size > 0) checkRangedSanctionsSet(tier, path, item, issues);
  }
  const exemptions = item.exemptions ?? [];
  const exemptionIds = new Set<string>();
  for (let index = 0; index < exemptions.length; index++) {
    const exemption = exemptions[index] as ExemptionData;
    const path = `${at}.exemptions[${index}]`;
    if (exemptionIds.has(exemption.id))
      issues.push(issue('duplicate_id', `${path}.id`, `exemption id "${exemption.id}" is used twice in this item`));
    exemptionIds.add(exemption.id);
    condition(exemption.when, `${path}.when`);
    checkCitations(exemption.basis, `${path}.basis`, ruleSet, issues);
  }
}

/** A tier's amount must be computable from every statutory alternative it can meet. */
function checkTierAmount(
  amount: TierAmountData,
  path: string,
  fines: NonNullable<PenaltyItemData['statutory']['fine']>,
  bands: Readonly<Record<string, readonly [string, string]>>,
  ruleSet: RuleSetData,
  issues: Issue[],
): void {
  if (amount.band !== undefined) {
    if (!Object.hasOwn(bands, amount.band)) {
      issues.push(unknownBand(amount.band, `${path}.band`, bands));
      return;
    }
    const open = fines.findIndex((alternative) => (alternative.range ?? alternative.multiple)?.max === undefined);
    if (open >= 0) {
      issues.push(
        issue(
          'unbounded_range',
          `${path}.band`,
          `a band is a share of the statutory range, but statutory.fine[${open}] has no max (「…以上」); give this tier an absolute range`,
        ),
      );
    }
    return;
  }
  if (amount.computed !== undefined) {
    checkComputedAmount(amount.computed, `${path}.computed`, fines, ruleSet, issues);
    if (amount.guide !== undefined)
      issues.push(issue('invalid_value', `${path}.guide`, 'a computed amount is the amount itself; it has no guide'));
    return;
  }
  const bounds = amount.range ?? amount.multiple;
  if (bounds !== undefined && new Decimal(bounds.min).greaterThan(bounds.max)) {
    issues.push(issue('invalid_range', path, `min (${bounds.min}) is above max (${bounds.max})`));
  }
  if (amount.multiple !== undefined) {
    if (amount.multiple.of !== undefined) {
      checkAmountFact(amount.multiple.of, `${path}.multiple.of`, ruleSet, issues, PER_UNIT);
      checkSameKindOfMultiple(amount.multiple.of, `${path}.multiple.of`, fines, ruleSet, issues);
    } else {
      const fixed = fines.findIndex((alternative) => alternative.multiple === undefined);
      if (fixed >= 0) {
        issues.push(
          issue(
            'missing_key',
            `${path}.multiple.of`,
            `statutory.fine[${fixed}] is not a multiple of a fact, so this tier names the fact it multiplies (of)`,
          ),
        );
      }
    }
  }
}

/**
 * A tier's multiple is of the same kind as the statute's: yuan per unit of a quantity where the
 * statute prices per unit (每处五千元), multiples of money where it multiplies money (十倍). A tier that
 * mixed them would put a rate per 平方米 against a statutory range in 倍 — a fine no statute sets.
 */
function checkSameKindOfMultiple(
  of: string,
  path: string,
  fines: readonly StatutoryFineData[],
  ruleSet: RuleSetData,
  issues: Issue[],
): void {
  const perUnit = (name: string) =>
    Object.hasOwn(ruleSet.facts, name) ? ruleSet.facts[name]?.type === 'quantity' : false;
  const statute = fines.find((alternative) => alternative.multiple !== undefined)?.multiple?.of;
  if (statute === undefined || perUnit(statute) === perUnit(of)) return;
  issues.push(
    issue(
      'invalid_value',
      path,
      perUnit(of)
        ? `"${of}" is a quantity, but the statute multiplies the money fact "${statute}": a tier prices per unit only where the statute does`
        : `"${of}" is a money fact, but the statute prices per unit of the quantity "${statute}": the tier gives yuan per unit of it`,
    ),
  );
}

/**
 * Each ranged sanction a tier imposes needs a rule for its amount: its own entry under
 * `sanctions`, or else the fine's band. `with` sanctions are imposed in every tier, `also`
 * sanctions only in the tiers that `add` them.
 */
function checkRangedSanctionsSet(tier: TierData, path: string, item: PenaltyItemData, issues: Issue[]): void {
  const added = new Set((tier.add ?? []).map((entry) => entry.kind));
  const imposed = [
    ...(item.statutory.with ?? []),
    ...(item.statutory.also ?? []).filter((sanction) => added.has(sanction.kind)),
  ];
  for (const sanction of imposed) {
    if (sanction.range === undefined) continue;
    if (tier.sanctions?.[sanction.kind] === undefined && tier.fine?.band === undefined) {
      issues.push(
        issue(
          'missing_key',
          `${path}.sanctions`,
          `this tier imposes ${sanction.kind} with a statutory range; set its amount (sanctions.${sanction.kind}: { band } or { range }) since the tier's fine is not a band`,
        ),
      );
    }
  }
}

/** 双罚制: the persons' citations resolve, their range is ordered, and a multiple takes a money fact. */
function checkPersons(persons: PersonsData, path: string, ruleSet: RuleSetData, issues: Issue[]): void {
  checkCitations(persons.basis, `${path}.basis`, ruleSet, issues);
  const bounds = persons.fine.range ?? persons.fine.multiple;
  if (bounds?.max !== undefined && new Decimal(bounds.min).greaterThan(bounds.max))
    issues.push(issue('invalid_range', `${path}.fine`, `min (${bounds.min}) is above max (${bounds.max})`));
  if (persons.fine.multiple !== undefined)
    checkAmountFact(persons.fine.multiple.of, `${path}.fine.multiple.of`, ruleSet, issues);
}

/**
 * The facts a computed amount reads exist and have the type its terms need: a weighted term an enum
 * fact with a weight for each of its values and for nothing else (a value without weight would be a
 * case the table cannot price; a weight for an undeclared value is a typo), a term per unit a number,
 * the multiplier a money fact; `statutoryMax` needs every statutory alternative to have a maximum.
 */
function checkComputedAmount(
  computed: ComputedAmountData,
  path: string,
  fines: readonly StatutoryFineData[],
  ruleSet: RuleSetData,
  issues: Issue[],
): void {
  computed.terms.forEach((term, index) => {
    const at = `${path}.terms[${index}]`;
    if (term.of === undefined) return;
    const fact = Object.hasOwn(ruleSet.facts, term.of) ? ruleSet.facts[term.of] : undefined;
    if (fact === undefined) {
      issues.push(issue('undeclared_fact', `${at}.of`, `unknown fact "${term.of}"; declare it under facts`));
      return;
    }
    if (term.weights !== undefined) {
      if (fact.type !== 'enum') {
        issues.push(
          issue(
            'invalid_value',
            `${at}.of`,
            `"${term.of}" is a ${fact.type} fact; weights are given per value of an enum fact`,
          ),
        );
        return;
      }
      const values = fact.values ?? [];
      for (const value of Object.keys(term.weights))
        if (!values.includes(value))
          issues.push(
            issue(
              'invalid_value',
              `${at}.weights.${value}`,
              `"${value}" is not a value of "${term.of}" (${values.join(', ')})`,
            ),
          );
      const missing = values.filter((value) => !Object.hasOwn(term.weights ?? {}, value));
      if (missing.length > 0)
        issues.push(
          issue(
            'missing_key',
            `${at}.weights`,
            `no weight for ${missing.map((value) => `"${value}"`).join(', ')} of "${term.of}"`,
          ),
        );
    } else if (!NUMBER_TYPES.includes(fact.type)) {
      issues.push(
        issue(
          'invalid_value',
          `${at}.of`,
          `"${term.of}" is a ${fact.type} fact; a term per unit counts a quantity, integer or number fact`,
        ),
      );
    }
  });
  const times = computed.times;
  if (times?.of !== undefined) checkAmountFact(times.of, `${path}.times.of`, ruleSet, issues);
  if (times?.statutoryMax === true) {
    const open = fines.findIndex((alternative) => (alternative.range ?? alternative.multiple)?.max === undefined);
    if (open >= 0)
      issues.push(
        issue(
          'unbounded_range',
          `${path}.times.statutoryMax`,
          `statutory.fine[${open}] has no max (「…以上」) to multiply`,
        ),
      );
  }
}

const NUMBER_TYPES: readonly string[] = ['quantity', 'integer', 'number'];

/**
 * A fine's multiple may also be a rate per unit of a quantity fact (「按照占地面积处每平方米一千元罚款」);
 * an amount taken as it is (没收违法所得) and a person's multiple are money only.
 */
const PER_UNIT = true;

function checkAmountFact(name: string, path: string, ruleSet: RuleSetData, issues: Issue[], perUnit = false): void {
  const fact = Object.hasOwn(ruleSet.facts, name) ? ruleSet.facts[name] : undefined;
  if (fact === undefined) issues.push(issue('undeclared_fact', path, `unknown fact "${name}"; declare it under facts`));
  else if (perUnit && fact.type === 'quantity') return;
  else if (fact.type !== 'money')
    issues.push(
      issue(
        'invalid_value',
        path,
        perUnit
          ? `"${name}" is a ${fact.type} fact; a fine multiplies a money fact (倍) or a quantity fact (每平方米…元)`
          : `"${name}" is a ${fact.type} fact; an amount is taken from a money fact`,
      ),
    );
}

function checkCitations(citations: readonly CitationData[], path: string, ruleSet: RuleSetData, issues: Issue[]): void {
  for (let index = 0; index < citations.length; index++) {
    const citation = citations[index] as CitationData;
    if (!Object.hasOwn(ruleSet.laws, citation.law)) {
      const known = Object.keys(ruleSet.laws);
      issues.push(
        issue(
          'unknown_law',
          `${path}[${index}].law`,
          `unknown law "${citation.law}"; declared laws are ${known.length === 0 ? '(none)' : known.join(', ')}`,
        ),
      );
    }
    if (citation.subitem !== undefined && citation.item === undefined) {
      issues.push(issue('invalid_value', `${path}[${index}].subitem`, 'a 目 (subitem) is cited within a 项 (item)'));
    }
  }
}

function checkFactBounds(fact: FactDeclaration, path: string, issues: Issue[]): void {
  const bounds: Partial<Record<'min' | 'max', Decimal | string>> = {};
  for (const key of ['min', 'max'] as const) {
    const bound = fact[key];
    if (bound === undefined) continue;
    if (fact.type === 'date') {
      if (!isIsoDate(bound))
        issues.push(issue('invalid_value', `${path}.${key}`, 'expected an ISO date such as "2025-03-10"'));
      else bounds[key] = bound;
    } else {
      const read = readMoney(bound, { allowNegative: true });
      if (!read.ok) issues.push(issue('invalid_value', `${path}.${key}`, `expected ${read.expected}`));
      else if (fact.type === 'integer' && !read.value.isInteger())
        issues.push(issue('invalid_value', `${path}.${key}`, 'expected a whole number'));
      else bounds[key] = read.value;
    }
  }
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined) {
    const inverted = typeof min === 'string' ? min > (max as string) : (min as Decimal).greaterThan(max as Decimal);
    if (inverted)
      issues.push(issue('invalid_range', path, `min (${String(fact.min)}) is above max (${String(fact.max)})`));
  }
}

function unknownBand(name: string, path: string, bands: Readonly<Record<string, unknown>>): Issue {
  const known = Object.keys(bands);
  return issue(
    'unknown_band',
    path,
    `unknown band "${name}"; policy.fineBands has ${known.length === 0 ? 'no bands' : known.join(', ')}`,
  );
}

function issue(code: IssueCode, path: string, message: string): Issue {
  return { code, path, message };
}
