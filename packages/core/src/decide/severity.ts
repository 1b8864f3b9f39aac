/**
 * Which of two decisions is lighter (第三十七条 compares versions by it).
 */
import { Decimal } from '../money/decimal.js';
import { SANCTION_KINDS } from '../ruleset/sanction-kinds.js';
import type { Decision, OtherSanction } from './decision.js';

/**
 * How severe each kind of sanction is, lightest first, for comparing two decisions under
 * 第三十七条: the order in which 行政处罚法 第九条 lists the kinds (警告、通报批评 →
 * 罚款、没收 → 暂扣、降低资质、吊销 → 限制经营、停产停业、关闭、限制从业 → 行政拘留), which is
 * SANCTION_KINDS' order. Fines are left out: they are compared by amount.
 */
const SEVERITY: readonly OtherSanction['kind'][] = SANCTION_KINDS.filter(
  (kind): kind is OtherSanction['kind'] => kind !== 'fine',
);

const imposesPenalty = (decision: Decision) => decision.outcome === 'penalty';

/**
 * Compares how heavy two decisions are (spec §3, 从旧兼从轻): no penalty is lighter than a
 * penalty; then the lower fine maximum, then the lower fine minimum; then the milder other
 * sanctions (the most severe kind first, then how many), optional ones not counted; last, a
 * penalty the agency may forgo (可以不予行政处罚 on offer, e.g. 2021 第三十三条第一款 首违不罚, which the
 * 2017 text lacks) is lighter than the same penalty without that choice.
 *
 * @returns a negative number when `a` is lighter, positive when `b` is, 0 when neither is
 */
export function compareSeverity(a: Decision, b: Decision): number {
  if (imposesPenalty(a) !== imposesPenalty(b)) return imposesPenalty(a) ? 1 : -1;
  if (!imposesPenalty(a)) return 0;
  const fineA = a.sanctions.find((sanction) => sanction.kind === 'fine');
  const fineB = b.sanctions.find((sanction) => sanction.kind === 'fine');
  const byMax = compareAmounts(
    fineA?.kind === 'fine' ? fineA.max : undefined,
    fineB?.kind === 'fine' ? fineB.max : undefined,
  );
  if (byMax !== 0) return byMax;
  const byMin = compareAmounts(
    fineA?.kind === 'fine' ? fineA.min : undefined,
    fineB?.kind === 'fine' ? fineB.min : undefined,
  );
  if (byMin !== 0) return byMin;
  const byOthers = compareOthers(others(a), others(b));
  if (byOthers !== 0) return byOthers;
  return Number(offersExemption(b)) - Number(offersExemption(a));
}

const offersExemption = (decision: Decision) => decision.outcome === 'penalty' && decision.exemption !== null;

function compareAmounts(a: string | undefined, b: string | undefined): number {
  return new Decimal(a ?? 0).comparedTo(new Decimal(b ?? 0));
}

/** Severity ranks of the mandatory non-fine sanctions, most severe first. */
function others(decision: Decision): number[] {
  return decision.sanctions
    .filter((sanction): sanction is OtherSanction => sanction.kind !== 'fine' && sanction.optional !== true)
    .map((sanction) => SEVERITY.indexOf(sanction.kind))
    .sort((x, y) => y - x);
}

function compareOthers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return a.length - b.length;
}
