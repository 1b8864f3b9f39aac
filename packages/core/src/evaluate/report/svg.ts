import { escapeHtml } from './text.js';

/** A colour and the text colour readable on it. */
export interface Swatch {
  readonly fill: string;
  readonly ink: string;
}

/** One part of a bar: its length as a fraction of the chart's scale. */
export interface BarSegment {
  readonly fraction: number;
  readonly swatch: Swatch;
  /** Shown on hover (an SVG `<title>`: no script needed). */
  readonly title: string;
  /** Written inside the segment when it is wide enough. */
  readonly label?: string;
}

export interface BarRow {
  readonly label: string;
  readonly segments: readonly BarSegment[];
  /** Written after the bar (`n = 1,347`). */
  readonly note: string;
}

/** A horizontal stacked-bar chart. */
export interface BarChart {
  /** The `id` of the `<svg>` element. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly BarRow[];
  readonly legend: readonly { readonly swatch: Swatch; readonly label: string }[];
  /** The fraction the full bar width stands for (1 = 100%). */
  readonly scale: number;
  /** What to draw when there are no rows. */
  readonly empty: string;
}

const WIDTH = 880;
const LABEL = 200;
const BAR = 560;
const ROW = 24;
const BAR_HEIGHT = 16;
const FONT =
  'font-family="system-ui,&quot;Noto Sans CJK SC&quot;,&quot;PingFang SC&quot;,&quot;Microsoft YaHei&quot;,sans-serif"';
/** Segments narrower than this carry no label: the text would not fit. */
const LABEL_MIN_WIDTH = 34;

/**
 * Draws a horizontal stacked-bar chart as inline SVG: a legend, a percentage axis with grid
 * lines, one labelled bar per row with its note. Every size is fixed in the markup, so the page
 * needs no script and no stylesheet to lay it out; each segment's exact figures are in its title.
 *
 * @param chart - rows, legend and scale
 * @returns the `<svg>` element
 */
export function barChart(chart: BarChart): string {
  const legend = legendLayout(chart.legend);
  const axisTop = legend.height + 8;
  const top = axisTop + 16;
  const rows = chart.rows.length === 0 ? 1 : chart.rows.length;
  const height = top + rows * ROW + 8;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeHtml(chart.id)}" class="chart" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" ${FONT} font-size="12">`,
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>`,
    ...legend.parts,
  ];
  for (let step = 0; step <= 4; step++) {
    const x = LABEL + (BAR * step) / 4;
    out.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${height - 8}" stroke="#ddd"/>`);
    out.push(
      `<text x="${x}" y="${axisTop + 10}" text-anchor="middle" fill="#555">${axisText((chart.scale * step) / 4)}</text>`,
    );
  }
  if (chart.rows.length === 0)
    out.push(`<text class="empty" x="${LABEL + 8}" y="${top + 16}" fill="#555">${escapeHtml(chart.empty)}</text>`);
  chart.rows.forEach((row, index) => {
    out.push(...barRow(row, top + index * ROW, chart.scale));
  });
  out.push('</svg>');
  return out.join('\n');
}

function barRow(row: BarRow, y: number, scale: number): string[] {
  // The row's title carries its full label, which the text may have to cut.
  const out = [
    `<g class="bar-row"><title>${escapeHtml(row.label)}</title>`,
    `<text class="row-label" x="${LABEL - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(fit(row.label, LABEL - 16))}</text>`,
  ];
  let x = LABEL;
  for (const segment of row.segments) {
    const width = scale === 0 ? 0 : (BAR * segment.fraction) / scale;
    if (width <= 0) continue;
    out.push(
      `<rect class="segment" x="${round(x)}" y="${y + 2}" width="${round(width)}" height="${BAR_HEIGHT}" fill="${segment.swatch.fill}"><title>${escapeHtml(segment.title)}</title></rect>`,
    );
    if (segment.label !== undefined && width >= LABEL_MIN_WIDTH) {
      out.push(
        `<text x="${round(x + width / 2)}" y="${y + 14}" text-anchor="middle" fill="${segment.swatch.ink}" font-size="11">${escapeHtml(fit(segment.label, width - 4))}</text>`,
      );
    }
    x += width;
  }
  out.push(
    `<text class="row-note" x="${round(x + 6)}" y="${y + 14}" fill="#333">${escapeHtml(row.note)}</text>`,
    '</g>',
  );
  return out;
}

function legendLayout(entries: BarChart['legend']): { parts: string[]; height: number } {
  const parts: string[] = [];
  let x = 0;
  let y = 4;
  for (const entry of entries) {
    const width = 18 + textWidth(entry.label) + 16;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += 18;
    }
    parts.push(
      `<g class="legend-entry"><rect x="${x}" y="${y}" width="12" height="12" fill="${entry.swatch.fill}"/><text x="${x + 18}" y="${y + 10}">${escapeHtml(entry.label)}</text></g>`,
    );
    x += width;
  }
  return { parts, height: entries.length === 0 ? 0 : y + 14 };
}

/** An estimate of the width of text at 12px: CJK characters are square, Latin about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) as number) > 0x2e80 ? 12 : 7;
  return width;
}

/** The text cut with `…` to fit `width` pixels. */
function fit(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
}

function axisText(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
