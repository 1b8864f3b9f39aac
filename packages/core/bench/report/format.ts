/**
 * Turns the timings into the table the issue asks for, and the measured section of
 * docs/performance.md: decisions per second, µs per decision, and each contender's ratio to
 * json-rules-engine's tier selection in the same run.
 */
import type { BenchFacts } from '../workload/facts.js';
import type { Machine } from './machine.js';

/** One benchmark's result; every operation decides `casesPerOperation` cases unless said otherwise. */
export interface Measured {
  readonly suite: string;
  readonly name: string;
  /** Operations per second. */
  readonly hz: number;
  /** Mean time of one operation, in ms. */
  readonly meanMs: number;
  /** The fastest operation, in ms: the one least disturbed by whatever else the machine did. */
  readonly minMs: number;
  /** Relative margin of error, in %. */
  readonly rme: number;
  readonly samples: number;
}

/** The contender every ratio is taken against: json-rules-engine's bare tier selection. */
export const BASELINE = 'json-rules-engine 7.3.1 Engine.run';

interface Row {
  readonly suite: string;
  readonly name: string;
  readonly perSecond: number;
  readonly micros: number;
  readonly ratio: number | undefined;
  readonly rme: number;
  readonly samples: number;
}

/** Decisions per operation: `casesPerOperation`, or the count a bench recorded for itself (batch runs). */
export type PerOperation = number | Readonly<Record<string, number>>;

function countOf(perOperation: PerOperation, name: string): number {
  if (typeof perOperation === 'number') return perOperation;
  return perOperation[name] ?? (perOperation['*'] as number);
}

function rows(measured: readonly Measured[], perOperation: PerOperation): Row[] {
  const baseline = measured.find((entry) => entry.name === BASELINE);
  const baselineMicros = baseline === undefined ? undefined : (baseline.meanMs * 1000) / countOf(perOperation, BASELINE);
  return measured.map((entry) => {
    const count = countOf(perOperation, entry.name);
    const micros = (entry.meanMs * 1000) / count;
    return {
      suite: entry.suite,
      name: entry.name,
      perSecond: entry.hz * count,
      micros,
      ratio: baselineMicros === undefined ? undefined : baselineMicros / micros,
      rme: entry.rme,
      samples: entry.samples,
    };
  });
}

const HEADER = ['suite', 'contender', 'decisions/s', 'µs/decision', '× json-rules-engine', '± %', 'samples'];

function cells(row: Row): string[] {
  return [
    row.suite,
    row.name,
    Math.round(row.perSecond).toLocaleString('en-US'),
    row.micros < 10 ? row.micros.toFixed(3) : row.micros.toFixed(1),
    row.ratio === undefined ? '—' : `${row.ratio < 10 ? row.ratio.toFixed(2) : row.ratio.toFixed(1)}×`,
    row.rme.toFixed(1),
    String(row.samples),
  ];
}

/** The table as aligned text, for the terminal. */
export function resultTable(measured: readonly Measured[], perOperation: PerOperation): string {
  const table = [HEADER, ...rows(measured, perOperation).map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...table.map((line) => (line[column] as string).length)));
  return table.map((line) => line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join('  ')).join('\n');
}

/** The table as Markdown. */
export function markdownTable(measured: readonly Measured[], perOperation: PerOperation): string {
  const lines = [HEADER, HEADER.map((_, column) => (column < 2 ? '---' : '---:')), ...rows(measured, perOperation).map(cells)];
  return lines.map((line) => `| ${line.join(' | ')} |`).join('\n');
}

export interface SectionInput {
  readonly measured: readonly Measured[];
  readonly perOperation: PerOperation;
  readonly facts: Record<string, BenchFacts>;
  readonly before: Machine;
  readonly after: Machine;
}

/** The measured section of docs/performance.md: machine, load, table, targets, scale. */
export function performanceSection(input: SectionInput): string {
  const { measured, perOperation, facts, before, after } = input;
  const ratio = (name: string) => rows(measured, perOperation).find((row) => row.name === name)?.ratio;
  const engines = facts['engines'] ?? {};
  const scale = facts['scale'] ?? {};
  const micros = (name: string) => rows(measured, perOperation).find((row) => row.name === name)?.micros;
  const small = micros(String(scale['smallName']));
  const large = micros(String(scale['largeName']));
  const spread = micros(String(scale['spreadName']));
  const fastest = (name: string) => measured.find((entry) => entry.name === name)?.minMs;
  const [smallFastest, largeFastest] = [fastest(String(scale['smallName'])), fastest(String(scale['largeName']))];
  const flat = smallFastest === undefined || largeFastest === undefined ? undefined : largeFastest / smallFastest;
  const loadSeconds = scale['loadSeconds'] as number | undefined;
  const heapMiB = scale['heapMiB'] as number | undefined;
  const check = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');
  const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)}×`);
  const targets = [
    ['compiled tier selection ≥ 100× json-rules-engine', times(ratio('cailiang compiled conditions')), check(atLeast(ratio('cailiang compiled conditions'), 100))],
    ['full decide with trace ≥ 10× json-rules-engine tier selection', times(ratio('cailiang decide, trace on')), check(atLeast(ratio('cailiang decide, trace on'), 10))],
    ['full decide without trace ≥ 20× json-rules-engine tier selection', times(ratio('cailiang decide, trace off')), check(atLeast(ratio('cailiang decide, trace off'), 20))],
    [`${String(scale['items'] ?? '10,000')}-item rule set: load + validate + compile < 2 s (the first load in the process)`, loadSeconds === undefined ? '—' : `${loadSeconds.toFixed(2)} s`, check(loadSeconds === undefined ? undefined : loadSeconds < 2)],
    [`${String(scale['items'] ?? '10,000')}-item rule set: heap < 300 MB`, heapMiB === undefined ? '—' : `${heapMiB.toFixed(0)} MiB`, check(heapMiB === undefined ? undefined : heapMiB < 300)],
    [
      `decide latency flat in the number of items: ${String(scale['items'] ?? '10,000')} vs 10 items, same cases (fastest runs within 1.25×; the two are timed one after the other, so the means also show the machine's load changing)`,
      small === undefined || large === undefined || flat === undefined ? '—' : `${small.toFixed(2)} → ${large.toFixed(2)} µs (${(large / small).toFixed(2)}×); fastest runs ${flat.toFixed(2)}×`,
      check(flat === undefined ? undefined : flat <= 1.25),
    ],
    [
      `the same, the cases spread over the ${String(scale['items'] ?? '10,000')} items (for information)`,
      small === undefined || spread === undefined ? '—' : `${small.toFixed(2)} → ${spread.toFixed(2)} µs (${(spread / small).toFixed(2)}×)`,
      '—',
    ],
  ];
  const load = (m: Machine) => m.load.map((value) => value.toFixed(2)).join(', ');
  return [
    `Measured ${after.at} by \`pnpm bench\` (vitest bench, tinybench), every contender in the same run.`,
    '',
    `- Machine: ${before.cores} cores (\`nproc\`), ${before.cpu}, ${before.memoryGiB} GiB; Node ${before.node}.`,
    `- Load average (1, 5, 15 min): ${load(before)} when the run started, ${load(after)} when it ended.`,
    `- Busiest other processes (% CPU, command) when the run started: ${busiest(before)}; when it ended: ${busiest(after)}.`,
    `- Workload: ${String(engines['cases'])} generated cases over the ${String(engines['items'])} penalty items of the ${String(engines['ruleSets'])} library rule sets (outcomes: ${describeCounts(engines['outcomes'])}); every timed operation decides all of them once. json-rules-engine and cailiang selected the same tier in every case${engines['disagreements'] === 0 ? '' : ' — **except ' + String(engines['disagreements']) + '**'}.`,
    `- zen-engine: ${String(engines['zen'] ?? 'not run')}.`,
    '',
    markdownTable(measured, perOperation),
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    ...targets.map((line) => `| ${line.join(' | ')} |`),
    '',
    `Scale: ${String(scale['summary'] ?? 'not run')}`,
    '',
    `Batch: ${batchSummary(facts['batch'] ?? {})}`,
  ].join('\n');
}

function batchSummary(batch: BenchFacts): string {
  if (typeof batch['note'] === 'string') return batch['note'];
  const run = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return 'not run';
    const { seconds, peakMiB } = value as { seconds: number; peakMiB?: number };
    return `${seconds.toFixed(1)} s${peakMiB === undefined ? '' : `, peak ${peakMiB.toFixed(0)} MiB resident`}`;
  };
  const speedup = batch['speedup'] as number | undefined;
  return (
    `\`cailiang batch\` (built CLI, trace on, output to /dev/null) on ${Number(batch['cases']).toLocaleString('en-US')} cases: ` +
    `1 worker ${run(batch['oneWorker'])}; 2 workers ${run(batch['twoWorkers'])}` +
    `${speedup === undefined ? '' : ` — ${speedup.toFixed(2)}× (the batch issue's target: ≥ 1.7× on 1,000,000 cases)`}. ` +
    'The rows "cailiang batch --workers N" above count these cases per operation.'
  );
}

function busiest(m: Machine): string {
  return m.busiest.length === 0 ? 'none found' : m.busiest.map((line) => `\`${line}\``).join('; ');
}

function atLeast(value: number | undefined, target: number): boolean | undefined {
  return value === undefined ? undefined : value >= target;
}

function describeCounts(counts: unknown): string {
  if (typeof counts !== 'object' || counts === null) return '—';
  return Object.entries(counts as Record<string, number>)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
}
