import { createEngine, loadRuleSet } from '@cailiang/core';
import type { Engine } from '@cailiang/core';
import { minimalRuleSet } from './builders.js';

/**
 * The evaluation test benchmark: item T-1 with a statutory range of 10,000–40,000 yuan split
 * 30/40/30, so its tiers are 从轻 10,000–19,000 (count = 0), 一般 19,000–31,000 (the fallback)
 * and 从重 31,000–40,000 (count ≥ 2). The 一般 range is 12,000 wide: its thirds end at 23,000
 * and 27,000 exactly. A 首违不罚 exemption (可以) holds when count = 0 and amount < 100. Item
 * T-2 exists only to be never used.
 */
export function evaluationEngine(): Engine {
  const data = minimalRuleSet({
    statutory: { fine: [{ range: { min: '10000', max: '40000' } }] },
    exemptions: [
      {
        id: 'first-violation',
        mandatory: false,
        when: {
          all: [
            { fact: 'count', operator: 'equal', value: 0 },
            { fact: 'amount', operator: 'lessThan', value: 100 },
          ],
        },
        basis: [{ law: 'L', article: 33 }],
      },
    ],
  });
  data.items.push({ ...data.items[0], code: 'T-2', name: '从未适用的违法行为', exemptions: undefined });
  return createEngine([loadRuleSet(data)], { trace: false });
}

export interface RecordOptions {
  /** Prior violations: 0 selects 从轻, 1 一般, 2 从重. */
  readonly count?: number;
  readonly amount?: string;
  readonly circumstances?: Record<string, unknown>;
  readonly party?: Record<string, unknown>;
  readonly item?: string;
  readonly reasons?: string;
  /** Omit the fine (the officer imposed nothing). */
  readonly sanctions?: readonly Record<string, unknown>[];
  readonly synthetic?: boolean;
}

/**
 * A decision record for T-1 (or `item`): the fine imposed, the case's facts, dates that keep
 * every time limit, and the hearing right told (so that no procedural finding muddies the
 * figures a test pins).
 *
 * @param fine - the fine imposed, or undefined for none
 */
export function record(fine: string | undefined, options: RecordOptions = {}): Record<string, unknown> {
  return {
    case: {
      item: options.item ?? 'T-1',
      party: options.party ?? { kind: 'organization' },
      facts: { amount: options.amount ?? '5000', count: options.count ?? 1 },
      ...(options.circumstances === undefined ? {} : { circumstances: options.circumstances }),
      dates: { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
    },
    imposed: {
      sanctions: options.sanctions ?? (fine === undefined ? [] : [{ kind: 'fine', amount: fine }]),
      hearingOffered: true,
      reasons: options.reasons ?? '',
    },
    ...(options.synthetic === undefined ? {} : { synthetic: options.synthetic }),
  };
}

/** `n` records (or anything else) made by `make`. */
export function times<T>(n: number, make: () => T): T[] {
  return Array.from({ length: n }, make);
}
