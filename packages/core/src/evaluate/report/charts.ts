import { percent } from '../share.js';
import { FINE_POSITIONS } from '../types.js';
import type { Evaluation, FinePosition } from '../types.js';
import { barChart } from './svg.js';
import type { BarRow, Swatch } from './svg.js';
import { formatCount } from './text.js';
import { evaluationWords } from './words.js';
import type { EvaluationWords } from './words.js';

const ZH = evaluationWords('zh');

/** Rows per chart: the items (or tiers) with most cases; the tables and JSON hold the rest. */
export const CHART_ROWS = 20;

/** Tier colours, lightest tier first: green through amber to red, as benchmarks grade severity. */
const TIER_SWATCHES: readonly Swatch[] = [
  { fill: '#8fd19e', ink: '#111' },
  { fill: '#d9ef8b', ink: '#111' },
  { fill: '#fee08b', ink: '#111' },
  { fill: '#fdae61', ink: '#111' },
  { fill: '#f46d43', ink: '#fff' },
  { fill: '#a50026', ink: '#fff' },
];

export const POSITION_SWATCHES: Readonly<Record<FinePosition, Swatch>> = {
  below: { fill: '#5e3c99', ink: '#fff' },
  mitigated: { fill: '#b2abd2', ink: '#111' },
  lower: { fill: '#c7e9c0', ink: '#111' },
  middle: { fill: '#74c476', ink: '#111' },
  upper: { fill: '#238b45', ink: '#fff' },
  above: { fill: '#d7301f', ink: '#fff' },
};

/** The positions in English, as the CSV and JSON name them (the page takes its words from {@link EvaluationWords}). */
export const POSITION_LABELS: Readonly<Record<FinePosition, string>> = evaluationWords('en').positions;

/**
 * Tier shares: for the items with most penalty decisions, how the decisions divide among the
 * tiers, lightest tier first.
 *
 * @param evaluation - the evaluation
 * @returns the `<svg>` of id `chart-tier-shares`
 */
export function tierSharesChart(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const items = evaluation.items
    .map((item) => ({ item, cases: item.tiers.reduce((sum, tier) => sum + tier.cases, 0) }))
    .filter(({ cases }) => cases > 0)
    .sort((a, b) => b.cases - a.cases)
    .slice(0, CHART_ROWS);
  const rows: BarRow[] = items.map(({ item, cases }) => ({
    label: item.code,
    note: `n = ${formatCount(cases)}`,
    segments: item.tiers.map((tier, index) => ({
      fraction: tier.cases / cases,
      swatch: tierSwatch(index, item.tiers.length),
      title: `${item.code} ${tier.label}: ${w.chart.of(tier.cases, cases, percent(tier.cases, cases))}`,
      label: `${tier.label} ${percent(tier.cases, cases)}`,
    })),
  }));
  return barChart({
    id: 'chart-tier-shares',
    title: w.chart.tierTitle,
    description: w.chart.tierDescription(rows.length),
    rows,
    legend: [
      { swatch: tierSwatch(0, 3), label: w.chart.tierLegend[0] },
      { swatch: tierSwatch(1, 3), label: w.chart.tierLegend[1] },
      { swatch: tierSwatch(2, 3), label: w.chart.tierLegend[2] },
    ],
    scale: 1,
    empty: w.chart.tierEmpty,
  });
}

/**
 * Fine positions: for the tiers with most fines, where the fines fell against the tier's range.
 *
 * @param evaluation - the evaluation
 * @returns the `<svg>` of id `chart-fine-positions`
 */
export function finePositionsChart(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  const tiers = evaluation.items
    .flatMap((item) => item.tiers.map((tier) => ({ item, tier })))
    .filter(({ tier }) => tier.fines.count > 0)
    .sort((a, b) => b.tier.fines.count - a.tier.fines.count)
    .slice(0, CHART_ROWS);
  const rows: BarRow[] = tiers.map(({ item, tier }) => {
    const { count } = tier.fines;
    return {
      label: `${item.code} · ${tier.label}`,
      note: `n = ${formatCount(count)}`,
      segments: FINE_POSITIONS.map((position) => ({
        fraction: tier.fines.positions[position] / count,
        swatch: POSITION_SWATCHES[position],
        title: `${item.code} ${tier.label}, ${w.positions[position]}: ${w.chart.of(tier.fines.positions[position], count, percent(tier.fines.positions[position], count))}`,
        label: percent(tier.fines.positions[position], count),
      })),
    };
  });
  return barChart({
    id: 'chart-fine-positions',
    title: w.chart.positionTitle,
    description: w.chart.positionDescription(rows.length),
    rows,
    legend: FINE_POSITIONS.map((position) => ({
      swatch: POSITION_SWATCHES[position],
      label: w.positions[position],
    })),
    scale: 1,
    empty: w.chart.positionEmpty,
  });
}

/**
 * Deviation by item: for the items with the highest deviation rates (over at least `minSample`
 * fines), the share of fines below and above the benchmark's range. The axis ends at the highest rate (rounded up to 10%), so
 * that small rates stay visible.
 *
 * @param evaluation - the evaluation
 * @returns the `<svg>` of id `chart-deviation`
 */
export function deviationChart(evaluation: Evaluation, w: EvaluationWords = ZH): string {
  // Over a handful of fines a rate says little: the same sample size as for revision candidates.
  const items = evaluation.items
    .filter((item) => item.fines.count > 0 && item.fines.count >= evaluation.thresholds.minSample)
    .sort(
      (a, b) => b.deviation.count / b.fines.count - a.deviation.count / a.fines.count || b.fines.count - a.fines.count,
    )
    .slice(0, CHART_ROWS);
  const highest = Math.max(0, ...items.map((item) => item.deviation.count / item.fines.count));
  const scale = Math.max(0.1, Math.ceil(highest * 10) / 10);
  const rows: BarRow[] = items.map((item) => {
    const { count } = item.fines;
    return {
      label: item.code,
      note: `${percent(item.deviation.count, count)} (${w.chart.ofCount(item.deviation.count, count)})`,
      segments: (['below', 'above'] as const).map((side) => ({
        fraction: item.deviation[side] / count,
        swatch: POSITION_SWATCHES[side],
        title: w.chart.deviationTitleOf(
          item.code,
          item.deviation[side],
          count,
          side,
          percent(item.deviation[side], count),
        ),
        label: percent(item.deviation[side], count),
      })),
    };
  });
  return barChart({
    id: 'chart-deviation',
    title: w.chart.deviationTitle,
    description: w.chart.deviationDescription(rows.length, evaluation.thresholds.minSample),
    rows,
    legend: [
      { swatch: POSITION_SWATCHES.below, label: w.chart.deviationLegend[0] },
      { swatch: POSITION_SWATCHES.above, label: w.chart.deviationLegend[1] },
    ],
    scale,
    empty: w.chart.deviationEmpty(evaluation.thresholds.minSample),
  });
}

/** Tier `index` of `count`, spread over the palette so that the last tier is always the reddest. */
function tierSwatch(index: number, count: number): Swatch {
  const last = TIER_SWATCHES.length - 1;
  const at = count <= 1 ? 0 : Math.round((index * last) / (count - 1));
  return TIER_SWATCHES[Math.min(at, last)] as Swatch;
}
