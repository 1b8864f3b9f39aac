/**
 * An item whose statute gives this agency no sanction of its own, only a referral to another
 * authority: 食品安全法 第一百二十三条第三款 「违法使用剧毒、高毒农药的，除依照有关法律、法规规定给予处罚
 * 外，可以由公安机关依照第一款规定给予拘留」. Its `statutory` is empty and its referrals are the decision
 * (outcome `referred`), so that the police's measure is never printed as this agency's penalty.
 */

/** The parts of `statutory` that would be this agency's own sanction. */
interface StatutoryParts {
  readonly fine?: readonly unknown[] | undefined;
  readonly with?: readonly unknown[] | undefined;
  readonly also?: readonly unknown[] | undefined;
}

/**
 * Whether an item imposes nothing of its own: no fine, no `with`, no `also` sanction.
 *
 * @param item - a penalty item (its `statutory`)
 * @returns true when the item's decision can only be its referrals
 * @example
 * referredOnly({ statutory: {} }); // true
 * referredOnly({ statutory: { fine: [{ range: { min: '0', max: '50000' } }] } }); // false
 */
export function referredOnly(item: { readonly statutory: StatutoryParts }): boolean {
  const { fine, with: withSanctions, also } = item.statutory;
  return (fine?.length ?? 0) === 0 && (withSanctions?.length ?? 0) === 0 && (also?.length ?? 0) === 0;
}
