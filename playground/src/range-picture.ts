import { Decimal } from '@cailiang/core';
import type { Decision, FineSanction, RuleSet } from '@cailiang/core';
import type { Amounts, ExactRange } from './amounts.js';
import { bandOf, bands, rounded } from './amounts.js';
import { groupDigits, s } from './dom.js';
import type { Item } from './item-facts.js';

type PenaltyItem = Extract<Item, { kind: 'penalty' }>;

interface Lane {
  readonly label: string;
  readonly range: Amounts;
  readonly kind: 'statutory' | 'tier' | 'selected-tier' | 'mitigation' | 'reduced' | 'chosen';
}

const WIDTH = 760;
const GUTTER = 230;
const RIGHT = 28;
const LANE = 28;

/**
 * A picture of the fine: the statutory range for these facts, each tier's share of it (its band,
 * or its own range), the 从轻 band and the 减轻 option when a mitigation applies, and the range
 * this decision sets, marked across every lane. Amounts are the engine's, or computed the way
 * the engine computes them (exact range, rounded once); only the drawing uses floats.
 *
 * @returns the SVG, or undefined when the decision sets no fine
 */
export function rangePicture(
  ruleSet: RuleSet,
  item: PenaltyItem,
  facts: Readonly<Record<string, unknown>>,
  decision: Decision,
): SVGElement | undefined {
  const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
  if (fine === undefined) return undefined;
  const exact = statutoryExact(item, facts, decision, fine);
  const lanes: Lane[] = [];
  const statutoryMax = fine.statutory.max;
  lanes.push({
    label: '法定幅度',
    range: { min: fine.statutory.min, max: statutoryMax ?? fine.max },
    kind: 'statutory',
  });
  for (const tier of item.tiers) {
    const range = tierRange(ruleSet, item, tier, exact, facts);
    if (range === undefined) continue;
    const selected = decision.tier !== null && decision.tier.level === tier.level;
    // 「阶次」 names the tier's band, so that a tier called 从轻 is not read as the 从轻 of mitigation below.
    lanes.push({ label: `${tier.label}阶次`, range, kind: selected ? 'selected-tier' : 'tier' });
  }
  for (const adjustment of decision.adjustments) {
    if (adjustment.kind === 'table-rule') {
      if (adjustment.range !== undefined)
        lanes.push({ label: adjustment.label, range: adjustment.range, kind: 'tier' });
      continue;
    }
    if (adjustment.range !== undefined)
      lanes.push({ label: '依法从轻处罚', range: adjustment.range, kind: 'mitigation' });
    if (adjustment.reduced !== undefined)
      lanes.push({ label: '依法减轻处罚', range: adjustment.reduced, kind: 'reduced' });
  }
  lanes.push({ label: '本案', range: { min: fine.min, max: fine.max }, kind: 'chosen' });

  const values = lanes.flatMap((lane) => [Number(lane.range.min), Number(lane.range.max)]);
  const low = Math.min(...values);
  let high = Math.max(...values);
  if (statutoryMax === undefined) high = high * 1.25 + 1;
  if (high <= low) high = low + 1;
  const x = (amount: string | number) => GUTTER + ((Number(amount) - low) / (high - low)) * (WIDTH - GUTTER - RIGHT);
  const height = LANE * lanes.length + 34;
  const summary = `法定幅度 ${fine.statutory.min}–${statutoryMax ?? '…'} 元；本案 ${fine.min}–${fine.max} 元`;

  const svg = s(
    'svg',
    {
      class: 'range-picture',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-label': summary,
      'data-min': fine.min,
      'data-max': fine.max,
    },
    s('title', {}, summary),
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: 3, height: 6, fill: '#b45309', opacity: 0.5 }),
      ),
    ),
    lanes.map((lane, index) => {
      const y = 8 + index * LANE;
      const open = lane.kind === 'statutory' && statutoryMax === undefined;
      const right = open ? WIDTH - RIGHT : x(lane.range.max);
      const text =
        lane.range.min === lane.range.max && !open
          ? groupDigits(lane.range.min)
          : `${groupDigits(lane.range.min)}–${open ? '…' : groupDigits(lane.range.max)}`;
      return s(
        'g',
        { class: `lane lane-${lane.kind}`, 'data-lane': lane.kind },
        s('text', { x: 8, y: y + 15, class: 'lane-label' }, lane.label),
        s('text', { x: GUTTER - 10, y: y + 15, class: 'lane-amount', 'text-anchor': 'end' }, text),
        lane.range.min === lane.range.max && !open
          ? // A point (a mean-based tier, a fixed amount): a diamond, not a bar too thin to see.
            s('path', {
              d: `M${x(lane.range.min)} ${y + 2} l6 ${(LANE - 8) / 2} l-6 ${(LANE - 8) / 2} l-6 ${-(LANE - 8) / 2} z`,
              class: 'bar point',
            })
          : s('rect', {
              x: x(lane.range.min),
              y: y + 3,
              width: Math.max(2, right - x(lane.range.min)),
              height: LANE - 10,
              rx: 3,
              class: 'bar',
              fill: lane.kind === 'reduced' ? 'url(#hatch)' : undefined,
            }),
        open
          ? s('path', {
              d: `M${WIDTH - RIGHT} ${y + 3} l10 ${(LANE - 10) / 2} l-10 ${(LANE - 10) / 2} z`,
              class: 'bar open-end',
            })
          : null,
      );
    }),
    s('line', { x1: x(fine.min), x2: x(fine.min), y1: 4, y2: height - 24, class: 'chosen-edge' }),
    s('line', { x1: x(fine.max), x2: x(fine.max), y1: 4, y2: height - 24, class: 'chosen-edge' }),
    s('line', { x1: GUTTER, x2: WIDTH - RIGHT, y1: height - 22, y2: height - 22, class: 'axis' }),
    s('text', { x: GUTTER, y: height - 6, class: 'tick' }, `${groupDigits(String(roundedTick(low)))} 元`),
    s(
      'text',
      { x: WIDTH - RIGHT, y: height - 6, class: 'tick', 'text-anchor': 'end' },
      statutoryMax === undefined ? '以上 …' : `${groupDigits(statutoryMax)} 元`,
    ),
  );
  return svg;
}

/** The statutory range of the alternative that applied, exact (the engine takes bands of it). */
function statutoryExact(
  item: PenaltyItem,
  facts: Readonly<Record<string, unknown>>,
  decision: Decision,
  fine: FineSanction,
): ExactRange {
  const applied = decision.trace.find((entry) => entry.step === 'statutory' && entry.result);
  const alternative = applied?.step === 'statutory' ? item.statutory.fine?.[applied.alternative] : undefined;
  if (alternative?.range !== undefined)
    return { min: new Decimal(alternative.range.min), max: optional(alternative.range.max) };
  const base = alternative?.multiple === undefined ? undefined : facts[alternative.multiple.of];
  if (alternative?.multiple !== undefined && base !== undefined) {
    const amount = new Decimal(String(base));
    return {
      min: amount.times(alternative.multiple.min),
      max: alternative.multiple.max === undefined ? undefined : amount.times(alternative.multiple.max),
    };
  }
  return { min: new Decimal(fine.statutory.min), max: optional(fine.statutory.max) };
}

function tierRange(
  ruleSet: RuleSet,
  item: PenaltyItem,
  tier: PenaltyItem['tiers'][number],
  exact: ExactRange,
  facts: Readonly<Record<string, unknown>>,
): Amounts | undefined {
  const fine = tier.fine;
  if (fine?.band !== undefined) {
    const band = bands(ruleSet).get(fine.band);
    return band === undefined ? undefined : bandOf(ruleSet, exact, band);
  }
  if (fine?.range !== undefined) return clamp({ min: fine.range.min, max: fine.range.max }, exact);
  if (fine?.multiple !== undefined) {
    const of =
      fine.multiple.of ?? item.statutory.fine?.find((alternative) => alternative.multiple !== undefined)?.multiple?.of;
    const base = of === undefined ? undefined : facts[of];
    if (base === undefined) return undefined;
    const amount = new Decimal(String(base));
    return clamp(
      {
        min: rounded(ruleSet, amount.times(fine.multiple.min)),
        max: rounded(ruleSet, amount.times(fine.multiple.max)),
      },
      exact,
    );
  }
  return undefined;
}

/** A tier's own range, cut back to the statute as the engine does. */
function clamp(range: Amounts, exact: ExactRange): Amounts | undefined {
  const min = Decimal.max(new Decimal(range.min), exact.min);
  const max = exact.max === undefined ? new Decimal(range.max) : Decimal.min(new Decimal(range.max), exact.max);
  return min.greaterThan(max) ? undefined : { min: min.toFixed(), max: max.toFixed() };
}

function optional(value: string | undefined): Decimal | undefined {
  return value === undefined ? undefined : new Decimal(value);
}

function roundedTick(value: number): number {
  return Math.max(0, Math.round(value));
}
