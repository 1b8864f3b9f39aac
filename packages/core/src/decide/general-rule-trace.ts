/**
 * The general rules of 行政处罚法 (2021 text 第三十条–第三十三条; 2017 text 第二十五条–第二十七条)
 * as a decision applies and traces them.
 */
import type { Party } from '../case/types.js';
import { generalRuleCitation } from '../citation/general-laws.js';
import type { FactValues } from '../facts/types.js';
import { valuesRead } from '../general-rules/grounds.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import type { TraceEntry } from './decision.js';

/** Entries by the values read, then the result: a tree of Maps ending in the entry. */
type EntryTree = Map<unknown, EntryTree | TraceEntry>;

/**
 * The trace entries of the general rules (行政处罚法 第三十条–第三十三条), made while an engine
 * decides and shared by its decisions.
 *
 * A traced decision records every rule of its edition (eleven in the 2021 text, seven in the
 * 2017 text), and each reads only an age or a circumstance or two (true/false, an enum), so the same few entries recur case after case: each combination is built
 * once and shared, frozen, like the decision's citations. The tree is keyed by the values read
 * and by the result, so an entry always says what the rule saw in this case; a rule's provision
 * is a constant of the rule. One engine owns one, so nothing outlives the engine.
 */
export class GeneralRuleEntries {
  private readonly byRule = new Map<GeneralRule, RuleEntries>();
  private readonly byRules = new Map<readonly GeneralRule[], EditionRules>();

  /** The entry of one rule for one case: the rule, its provision, the values it read and whether it held. */
  entry(rule: GeneralRule, party: Party | undefined, facts: FactValues, holds: boolean): TraceEntry {
    let entries = this.byRule.get(rule);
    if (entries === undefined) {
      entries = { tree: new Map(), absent: [undefined, undefined] };
      this.byRule.set(rule, entries);
    }
    return ruleEntry(entries, rule, party, facts, holds);
  }

  /**
   * An edition's rules as the decide path walks them: a plain copy of the list (V8 walks a frozen
   * array, as the editions' are, at about half the speed) and each rule's entries, in its order —
   * looked up once per case rather than once per rule.
   */
  of(rules: readonly GeneralRule[]): EditionRules {
    let edition = this.byRules.get(rules);
    if (edition === undefined) {
      const plain = [...rules];
      const entries = plain.map((rule) => {
        let known = this.byRule.get(rule);
        if (known === undefined) {
          known = { tree: new Map(), absent: [undefined, undefined] };
          this.byRule.set(rule, known);
        }
        return known;
      });
      edition = { rules: plain, entries };
      this.byRules.set(rules, edition);
    }
    return edition;
  }
}

/** An edition's rules and their entries, index for index. */
interface EditionRules {
  readonly rules: readonly GeneralRule[];
  readonly entries: readonly RuleEntries[];
}

/**
 * One rule's entries: the tree by the values read, and — the case of nearly every case — the
 * entries where the case gives none of them (no age, no circumstance the rule reads), held apart
 * so that they are found without walking the tree.
 */
interface RuleEntries {
  readonly tree: EntryTree;
  /** The entry where every value read is absent, by result (false, true), once made. */
  readonly absent: [TraceEntry | undefined, TraceEntry | undefined];
}

function ruleEntry(
  entries: RuleEntries,
  rule: GeneralRule,
  party: Party | undefined,
  facts: FactValues,
  holds: boolean,
): TraceEntry {
  let absent = true;
  for (const name of rule.reads) {
    if ((name === 'party.age' ? party?.age : facts[name]) !== undefined) {
      absent = false;
      break;
    }
  }
  const slot = holds ? 1 : 0;
  if (absent) {
    const known = entries.absent[slot];
    if (known !== undefined) return known;
  }
  let node = entries.tree;
  for (const name of rule.reads) node = branch(node, name === 'party.age' ? party?.age : facts[name]);
  let entry = node.get(holds) as TraceEntry | undefined;
  if (entry === undefined) {
    const citation = generalRuleCitation(rule.citation).text;
    entry = Object.freeze({
      step: 'general-rule',
      rule: rule.id,
      citation,
      saw: Object.freeze(valuesRead(rule, party, facts)),
      result: holds,
    }) as TraceEntry;
    node.set(holds, entry);
  }
  if (absent) entries.absent[slot] = entry;
  return entry;
}

/**
 * The general rules of one edition that hold for a case, in that edition's order, with every
 * rule's entry recorded when a trace is kept.
 */
export function generalRulesHolding(
  rules: readonly GeneralRule[],
  party: Party | undefined,
  facts: FactValues,
  trace: TraceEntry[] | undefined,
  entries: GeneralRuleEntries,
): GeneralRule[] {
  const holding: GeneralRule[] = [];
  const edition = entries.of(rules);
  const list = edition.rules;
  if (trace === undefined) {
    for (let index = 0; index < list.length; index++) {
      const rule = list[index] as GeneralRule;
      if (rule.holds(party, facts)) holding.push(rule);
    }
    return holding;
  }
  for (let index = 0; index < list.length; index++) {
    const rule = list[index] as GeneralRule;
    const holds = rule.holds(party, facts);
    if (holds) holding.push(rule);
    trace.push(ruleEntry(edition.entries[index] as RuleEntries, rule, party, facts, holds));
  }
  return holding;
}

function branch(node: EntryTree, value: unknown): EntryTree {
  let next = node.get(value) as EntryTree | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(value, next);
  }
  return next;
}
