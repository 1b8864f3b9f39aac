/**
 * What format v2 adds to v1, found in a document: a v1 document may not use it, so a file never
 * claims a format whose readers would drop what it says.
 */

/** The item keys v2 adds, where they occur: sanctions of `statutory.with` and `statutory.also`. */
const V2_SANCTION_KEYS = ['text', 'upTo', 'alternatives', 'choiceText', 'requires', 'amountWhen'] as const;
/** …orders (measures that are not penalties). */
const V2_ORDER_KEYS = ['optional', 'authority', 'period', 'alternatives', 'requires'] as const;
/** …the penalty item itself: referrals to other authorities, and 双罚制's persons. */
const V2_ITEM_KEYS = ['referrals', 'persons', 'overrides'] as const;
/** v1's measure kinds; any other is v2. */
const V1_ORDER_KINDS: readonly string[] = ['correct', 'correct-within-period'];
/** …and `statutory` itself. */
const V2_STATUTORY_KEYS = ['fineCondition'] as const;

interface ItemShape {
  readonly kind: string;
  readonly overrides?: unknown;
  readonly orders?: readonly { readonly kind: string }[];
  readonly tiers?: readonly { readonly fine?: object; readonly sanctions?: Readonly<Record<string, object>> }[];
  readonly statutory?: {
    readonly fine?: readonly object[];
    readonly with?: readonly object[];
    readonly also?: readonly object[];
  };
}

/**
 * The paths (under `items`) of every v2 key in `items`.
 *
 * @param items - the validated items of a rule set
 * @returns paths like `['items', 3, 'statutory', 'with', 0, 'text']`, in document order
 * @example v2KeyPaths([{ kind: 'penalty', statutory: { with: [{ kind: 'revoke-licence', text: '吊销营业执照' }] } }])
 *   // [['items', 0, 'statutory', 'with', 0, 'text']]
 */
export function v2KeyPaths(items: readonly ItemShape[]): (string | number)[][] {
  const paths: (string | number)[][] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'penalty') return;
    for (const key of V2_ITEM_KEYS) if (key in item) paths.push(['items', index, key]);
    (item.orders ?? []).forEach((order, position) => {
      if (!V1_ORDER_KINDS.includes(order.kind)) paths.push(['items', index, 'orders', position, 'kind']);
      for (const key of V2_ORDER_KEYS) if (key in order) paths.push(['items', index, 'orders', position, key]);
    });
    (item.statutory?.fine ?? []).forEach((fine, position) => {
      if ('alternatives' in fine) paths.push(['items', index, 'statutory', 'fine', position, 'alternatives']);
      if ('basis' in fine) paths.push(['items', index, 'statutory', 'fine', position, 'basis']);
    });
    for (const key of V2_STATUTORY_KEYS) {
      if (item.statutory !== undefined && key in item.statutory) paths.push(['items', index, 'statutory', key]);
    }
    (item.tiers ?? []).forEach((tier, position) => {
      // 指导基准: a guiding amount beside the tier's range.
      if (tier.fine !== undefined && 'guide' in tier.fine)
        paths.push(['items', index, 'tiers', position, 'fine', 'guide']);
      // 权重累加, 每增加1个…增加一万元: an amount the table computes.
      if (tier.fine !== undefined && 'computed' in tier.fine)
        paths.push(['items', index, 'tiers', position, 'fine', 'computed']);
      for (const [kind, amount] of Object.entries(tier.sanctions ?? {})) {
        if ('guide' in amount) paths.push(['items', index, 'tiers', position, 'sanctions', kind, 'guide']);
      }
    });
    for (const list of ['with', 'also'] as const) {
      (item.statutory?.[list] ?? []).forEach((sanction, position) => {
        for (const key of V2_SANCTION_KEYS) {
          if (key in sanction) paths.push(['items', index, 'statutory', list, position, key]);
        }
      });
    }
  });
  return paths;
}
