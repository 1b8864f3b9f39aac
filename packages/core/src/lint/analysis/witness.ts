import { benchmarkCitation, resolveCitation } from '../../citation/format.js';
import type { ResolvedCitation } from '../../citation/types.js';
import type { FactValues } from '../../facts/types.js';
import { Decimal } from '../../money/decimal.js';
import { formatMoney } from '../../money/money.js';
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
 * A witness in a sentence: `goodsValue 9999.99, harm serious, correctedInTime absent`. A
 * circumstance the witness leaves out is named as absent (not established, spec §3), since that
 * is often what the finding turns on.
 *
 * @param witness - from {@link witnessOf}
 * @param domain - the facts the search varied, in order
 * @example describeWitness({ goodsValue: '9999.99' }, domain) // 'goodsValue 9999.99'
 */
export function describeWitness(witness: Witness, domain: readonly FactDomain[]): string {
  const parts = domain.map(({ name }) =>
    Object.hasOwn(witness, name) ? `${name} ${String(witness[name])}` : `${name} absent`,
  );
  return parts.length === 0 ? 'any facts' : parts.join(', ');
}

/**
 * What to add to a message when the search sampled: the reader must know that "no finding" for
 * this item is not a proof.
 *
 * @example searchNote({ exhaustive: false, combinations: 90000, tried: 10500 }) // ' (search not exhaustive: …)'
 */
export function searchNote(report: SearchReport): string {
  if (report.exhaustive) return '';
  return ` (search not exhaustive: ${report.tried} of ${report.combinations} combinations of candidate values tried)`;
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
