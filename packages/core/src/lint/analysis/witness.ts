import { benchmarkCitation, resolveCitation } from '../../citation/format.js';
import type { ResolvedCitation } from '../../citation/types.js';
import type { FactValues } from '../../facts/types.js';
import { Decimal } from '../../money/decimal.js';
import { formatMoney } from '../../money/money.js';
import { ruleSetScope } from '../../ruleset/scope.js';
import type { SearchParam, WitnessParam } from '../message-parts.js';
import type { FactDomain } from './domain.js';
import type { ItemModel } from './model.js';
import type { SearchReport } from './search.js';

/** A witness: the facts of one combination, as a case would give them. */
export type Witness = Readonly<Record<string, unknown>>;

/**
 * A copy of the combination's facts as a case gives them: money as decimal strings, other
 * values as they are, absent circumstances left out (absent = not established, spec §3).
 *
 * @param facts - the (reused) facts object of the search
 * @param domain - the facts the search varies, in order
 * @returns a fresh plain object
 * @example witnessOf({ goodsValue: new Decimal('9999.99') }, domain) // { goodsValue: '9999.99' }
 */
export function witnessOf(facts: FactValues, domain: readonly FactDomain[]): Witness {
  const out: Record<string, unknown> = {};
  for (const { name } of domain) {
    const value = facts[name];
    if (value === undefined) continue;
    out[name] = Decimal.isDecimal(value) ? formatMoney(value as Decimal) : value;
  }
  return out;
}

/**
 * A witness as a message parameter: its values, and the facts the search varied with their
 * labels (declared facts and general circumstances alike), so that the message names each fact
 * as the officer knows it (「货值金额为9999.99元」), not by its id.
 *
 * @param witness - from {@link witnessOf}
 * @param model - the item (its domain, in order, and the rule set's facts)
 * @returns the parameter for messages.ts
 * @example witnessParam({ goodsValue: '9999.99' }, model).facts[0] // { name: 'goodsValue', label: '货值金额', type: 'money' }
 */
export function witnessParam(witness: Witness, model: ItemModel): WitnessParam {
  const scope = ruleSetScope(model.ruleSet.facts);
  return {
    values: witness,
    facts: model.domain.map(({ name }) => {
      const declaration = scope.lookup(name);
      return { name, label: declaration?.label, type: declaration?.type, valueLabels: declaration?.valueLabels };
    }),
  };
}

/**
 * How much of the search ran, for a message, when it sampled: the reader must know that "no
 * finding" for this item is not a proof. Undefined when every combination was tried.
 *
 * @example searchParam({ exhaustive: false, combinations: 90000, tried: 10500 }) // { tried: 10500, combinations: 90000 }
 */
export function searchParam(report: SearchReport): SearchParam | undefined {
  return report.exhaustive ? undefined : { tried: report.tried, combinations: report.combinations };
}

/**
 * The citations of a finding about an item: its 处罚依据 (where the statute is involved) and the
 * benchmark entry itself, formatted in the official style.
 *
 * @param model - the item
 * @param statute - include the item's `basis`
 * @returns the citations
 * @example itemCitations(model, true)[0].text // '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项'
 */
export function itemCitations(model: ItemModel, statute: boolean): ResolvedCitation[] {
  const { ruleSet, item } = model;
  const basis = statute
    ? item.basis.map((citation) =>
        resolveCitation('basis', citation, ruleSet.laws[citation.law] as { title: string; edition: string }),
      )
    : [];
  return [...basis, benchmarkCitation(ruleSet.document, item.code)];
}
