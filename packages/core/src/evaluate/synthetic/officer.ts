import type {
  Adjustment,
  AmountRange,
  Decision,
  FineSanction,
  MitigationAdjustment,
  OtherSanction,
} from '../../decide/decision.js';
import type { Random } from './random.js';

/**
 * How the officers handling an item tend to set fines. Most follow the benchmark; on some
 * items they habitually fine at the statutory maximum, or above or below the tier — the
 * patterns a post-evaluation exists to find.
 */
export type Habit = 'follows' | 'top-fines' | 'above-tier' | 'below-tier';

/** Per habit: the chances of a fine at the statutory maximum, above the tier, below it (else inside). */
const HABITS: Readonly<Record<Habit, { readonly top: number; readonly above: number; readonly below: number }>> = {
  follows: { top: 0, above: 0.05, below: 0.03 },
  'top-fines': { top: 0.6, above: 0.05, below: 0 },
  'above-tier': { top: 0, above: 0.45, below: 0.03 },
  'below-tier': { top: 0, above: 0.03, below: 0.4 },
};

const REASONS_ABOVE = [
  '违法行为持续时间较长',
  '涉案产品流向多个地区，社会影响较大',
  '当事人拒不配合调查',
  '案发后未采取任何整改措施',
  '系同类违法行为的组织者',
];
const REASONS_BELOW = [
  '当事人积极配合调查，主动提供证据',
  '案发后主动召回全部涉案产品',
  '当事人系小微企业，经营困难',
  '违法行为持续时间短，未造成实际危害',
  '当事人主动退赔消费者损失',
];
const REASONS_WITHIN = ['依据裁量基准，综合考虑违法情节', '按照裁量基准相应阶次确定罚款数额'];

/** What a synthetic officer decided: `imposed` as `review` reads it. */
export interface ImposedDraft {
  readonly sanctions: { kind: string; amount?: string; quantity?: string }[];
  readonly hearingOffered: boolean;
  readonly reasons: string;
}

/**
 * What an officer imposes on a case the benchmark decided: mostly what the benchmark says, a fine
 * placed at a round amount inside the tier; sometimes outside it, with reasons or without; a
 * discretionary exemption (首违不罚) used more often than not; a discretionary mitigation
 * sometimes used, rarely down to 减轻; now and then a mandatory sanction forgotten or the
 * hearing right not told — the mistakes a legality review catches.
 *
 * @param decision - the benchmark's decision for the case
 * @param habit - how officers on this item set fines
 * @param random - the seeded source
 * @returns the imposed decision
 */
export function officerDecision(decision: Decision, habit: Habit, random: Random): ImposedDraft {
  const hearingOffered = random.chance(0.95);
  if (decision.outcome !== 'penalty') {
    const reasons =
      decision.outcome === 'no-penalty'
        ? '依法不予行政处罚'
        : decision.outcome === 'time-barred'
          ? '超过追责时效，不再给予行政处罚'
          : '';
    return { sanctions: [], hearingOffered, reasons };
  }
  if (decision.exemption !== null && !decision.exemption.mandatory && random.chance(0.6)) {
    return { sanctions: [], hearingOffered, reasons: '首违不罚：初次违法、危害后果轻微并及时改正' };
  }
  const sanctions: ImposedDraft['sanctions'] = [];
  let reasons = '';
  const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
  if (fine !== undefined && !(fine.optional === true && random.chance(0.3))) {
    const chosen = fineAmount(fine, decision.adjustments, habit, random);
    sanctions.push({ kind: 'fine', amount: chosen.amount });
    reasons = chosen.reasons;
  }
  for (const sanction of decision.sanctions) {
    if (sanction.kind === 'fine') continue;
    const other = sanction as OtherSanction;
    if (!(other.optional === true ? random.chance(0.2) : random.chance(0.97))) continue;
    sanctions.push({
      kind: other.kind,
      ...(other.amount === undefined ? {} : { amount: other.amount }),
      ...(other.range === undefined ? {} : { quantity: amountIn(other.range, random, 1) }),
    });
  }
  return { sanctions, hearingOffered, reasons };
}

function fineAmount(
  fine: FineSanction,
  adjustments: readonly Adjustment[],
  habit: Habit,
  random: Random,
): { amount: string; reasons: string } {
  const offered = adjustments.find(
    (adjustment): adjustment is MitigationAdjustment =>
      adjustment.kind === 'mitigation' && !adjustment.mandatory && adjustment.range !== undefined,
  );
  if (offered !== undefined && random.chance(0.5)) {
    const reduced = offered.reduced;
    if (reduced !== undefined && Number(reduced.min) < Number(reduced.max) && random.chance(0.1)) {
      return {
        amount: amountIn({ min: reduced.min, max: String(Number(reduced.max) - 1) }, random),
        reasons: '当事人受他人胁迫实施违法行为，依法减轻处罚',
      };
    }
    return { amount: amountIn(offered.range as AmountRange, random), reasons: '当事人具有法定从轻情节，依法从轻处罚' };
  }
  const odds = HABITS[habit];
  const roll = random.next();
  const statutoryMax = fine.statutory.max;
  if (roll < odds.top && statutoryMax !== undefined)
    return { amount: statutoryMax, reasons: random.chance(0.5) ? pickReason(REASONS_ABOVE, random) : '' };
  if (roll < odds.top + odds.above) {
    const top = statutoryMax ?? String(Number(fine.max) * 1.5);
    if (Number(top) > Number(fine.max) + 1)
      return {
        amount: amountIn({ min: String(Number(fine.max) + 1), max: top }, random),
        reasons: deviationReason(REASONS_ABOVE, random),
      };
  }
  if (roll >= 1 - odds.below && Number(fine.min) - 1 > Number(fine.statutory.min)) {
    return {
      amount: amountIn({ min: fine.statutory.min, max: String(Number(fine.min) - 1) }, random),
      reasons: deviationReason(REASONS_BELOW, random),
    };
  }
  return { amount: amountIn(fine, random), reasons: random.chance(0.3) ? pickReason(REASONS_WITHIN, random) : '' };
}

/** Reasons for a deviation: usually given, sometimes missing — which the review warns about. */
function deviationReason(reasons: readonly string[], random: Random): string {
  return random.chance(0.7) ? pickReason(reasons, random) : '';
}

function pickReason(reasons: readonly string[], random: Random): string {
  return random.pick(reasons);
}

/**
 * An amount inside a range, as officers choose them: peaked in the middle (a triangular draw)
 * and rounded to a round step — 1,000 yuan on a range in the hundred thousands, 1 on one in
 * the hundreds — but never leaving the range. Ranges are whole yuan (or days) in the benchmarks;
 * a range with no whole number in it gives its minimum.
 *
 * @param range - decimal strings
 * @param minStep - the smallest step (1 for days)
 */
export function amountIn(range: AmountRange, random: Random, minStep = 1): string {
  const low = Number(range.min);
  const high = Number(range.max);
  if (Math.ceil(low) > Math.floor(high)) return range.min;
  const step = Math.max(minStep, 10 ** Math.max(0, Math.floor(Math.log10(Math.max(high, 1))) - 2));
  const position = (random.next() + random.next()) / 2;
  const raw = low + position * (high - low);
  const rounded = Math.round(raw / step) * step;
  const value =
    rounded >= low && rounded <= high ? rounded : Math.min(Math.max(Math.round(raw), Math.ceil(low)), Math.floor(high));
  return String(value);
}
