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

/** Not a contender: the decimal.js work a decision cannot avoid (workload/money-floor.ts). */
export const MONEY_FLOOR = 'decimal.js alone: money facts read, fine bounds of multiples computed and printed';

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
  const baselineMicros =
    baseline === undefined ? undefined : (baseline.meanMs * 1000) / countOf(perOperation, BASELINE);
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
  return table
    .map((line) =>
      line
        .map((cell, column) =>
          column < 2 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number),
        )
        .join('  '),
    )
    .join('\n');
}

/** The table as Markdown. */
export function markdownTable(measured: readonly Measured[], perOperation: PerOperation): string {
  const lines = [
    HEADER,
    HEADER.map((_, column) => (column < 2 ? '---' : '---:')),
    ...rows(measured, perOperation).map(cells),
  ];
  return lines.map((line) => `| ${line.join(' | ')} |`).join('\n');
}

export interface SectionInput {
  readonly measured: readonly Measured[];
  readonly perOperation: PerOperation;
  readonly facts: Record<string, BenchFacts>;
  readonly before: Machine;
  readonly after: Machine;
}

/** The measured section of docs/performance.md: machine, load, table, targets, scale, batch, evaluate. */
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
  const evaluation = evaluateTarget(facts['evaluate'] ?? {});
  const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)}×`);
  const floorMicros = micros(MONEY_FLOOR);
  const baselineMicros = micros(BASELINE);
  /** µs per decision a ratio target allows, and what of it is left once decimal.js has had its share. */
  const budget = (target: number) => {
    if (baselineMicros === undefined || floorMicros === undefined) return '—';
    const allowed = baselineMicros / target;
    const left = allowed - floorMicros;
    return left > 0
      ? `${allowed.toFixed(2)} µs in all, ${left.toFixed(2)} µs for everything else`
      : `${allowed.toFixed(2)} µs in all, less than decimal.js alone needs`;
  };
  const targets = [
    [
      'compiled tier selection ≥ 100× json-rules-engine',
      times(ratio('cailiang compiled conditions')),
      check(atLeast(ratio('cailiang compiled conditions'), 100)),
    ],
    [
      'full decide with trace ≥ 5× json-rules-engine tier selection (#21)',
      times(ratio('cailiang decide, trace on')),
      check(atLeast(ratio('cailiang decide, trace on'), 5)),
    ],
    [
      'full decide without trace ≥ 10× json-rules-engine tier selection (#21)',
      times(ratio('cailiang decide, trace off')),
      check(atLeast(ratio('cailiang decide, trace off'), 10)),
    ],
    [
      'what those two targets leave a decision, beside the decimal.js work it cannot avoid (a lower bound for any decide with exact Decimal money, for information)',
      floorMicros === undefined
        ? '—'
        : `${floorMicros.toFixed(2)} µs of decimal.js alone = ${times(ratio(MONEY_FLOOR))}; 5× leaves ${budget(5)}, 10× ${budget(10)}`,
      '—',
    ],
    [
      `${String(scale['items'] ?? '10,000')}-item rule set: load + validate + compile < 2 s (the first load in the process)`,
      loadSeconds === undefined ? '—' : `${loadSeconds.toFixed(2)} s`,
      check(loadSeconds === undefined ? undefined : loadSeconds < 2),
    ],
    [
      `${String(scale['items'] ?? '10,000')}-item rule set: heap < 300 MB`,
      heapMiB === undefined ? '—' : `${heapMiB.toFixed(0)} MiB`,
      check(heapMiB === undefined ? undefined : heapMiB < 300),
    ],
    [
      `decide latency flat in the number of items: ${String(scale['items'] ?? '10,000')} vs 10 items, same cases (fastest runs within 1.25×; the two are timed one after the other, so the means also show the machine's load changing)`,
      small === undefined || large === undefined || flat === undefined
        ? '—'
        : `${small.toFixed(2)} → ${large.toFixed(2)} µs (${(large / small).toFixed(2)}×); fastest runs ${flat.toFixed(2)}×`,
      check(flat === undefined ? undefined : flat <= 1.25),
    ],
    [
      `the same, the cases spread over the ${String(scale['items'] ?? '10,000')} items (for information)`,
      small === undefined || spread === undefined
        ? '—'
        : `${small.toFixed(2)} → ${spread.toFixed(2)} µs (${(spread / small).toFixed(2)}×)`,
      '—',
    ],
    [
      `post-evaluation (#10): ${EVALUATE_TARGET_RECORDS.toLocaleString('en-US')} synthetic records evaluated with --workers 2 in < ${EVALUATE_TARGET_SECONDS} s`,
      evaluation.measured,
      check(evaluation.met),
    ],
  ];
  const load = (m: Machine) => m.load.map((value) => value.toFixed(2)).join(', ');
  return [
    `Measured ${after.at} by \`pnpm bench\` (vitest bench, tinybench), every contender in the same run.`,
    '',
    `- Machine: ${before.cores} cores (\`nproc\`), ${before.cpu}, ${before.memoryGiB} GiB; Node ${before.node}.`,
    `- Load average (1, 5, 15 min): ${load(before)} when the run started, ${load(after)} when it ended.`,
    `- Busiest other processes (% CPU, command) when the run started: ${busiest(before)}; when it ended: ${busiest(after)}.`,
    `- Workload: ${String(engines['cases'])} generated cases over the ${String(engines['items'])} penalty items of the ${String(engines['ruleSets'])} library rule sets (outcomes: ${describeCounts(engines['outcomes'])}); every timed operation decides all of them once. json-rules-engine and cailiang selected the same tier in every case${engines['disagreements'] === 0 ? '' : ` — **except ${String(engines['disagreements'])}**`}.`,
    `- zen-engine: ${String(engines['zen'] ?? 'not run')}.`,
    `- decimal.js floor: ${String(engines['floorFacts'] ?? '—')} money facts read and ${String(engines['floorBounds'] ?? '—')} fine bounds multiplied, rounded and printed over the same cases — what their decisions cannot do without; every amount a rule set writes, the statutory and 从轻/减轻 ranges of multiples, and everything that is not money are left out, so this is a lower bound (\`workload/money-floor.ts\`).`,
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
    '',
    `Evaluate: ${evaluateSummary(facts['evaluate'] ?? {})}`,
  ].join('\n');
}

/** The post-evaluation issue's speed criterion: its corpus size and time limit. */
const EVALUATE_TARGET_RECORDS = 1_000_000;
const EVALUATE_TARGET_SECONDS = 60;

/**
 * The evaluate target's cells. Met or not only when the two-worker run evaluated at least the
 * target's records: a smaller corpus (CAILIANG_BENCH_EVALUATE_RECORDS) shows its time, and says
 * the target was not measured.
 */
function evaluateTarget(evaluate: BenchFacts): { measured: string; met: boolean | undefined } {
  const two = commandRun(evaluate['twoWorkers']);
  const records = Number(evaluate['records']);
  if (two === undefined || !Number.isFinite(records)) return { measured: '—', met: undefined };
  if (records < EVALUATE_TARGET_RECORDS)
    return { measured: `${two.seconds.toFixed(1)} s on ${records.toLocaleString('en-US')} records`, met: undefined };
  return { measured: `${two.seconds.toFixed(1)} s`, met: two.seconds < EVALUATE_TARGET_SECONDS };
}

/** One timed CLI run as batch.bench.ts and evaluate.bench.ts record it. */
interface CommandRun {
  readonly seconds: number;
  readonly peakMiB?: number;
  readonly cpuSeconds?: number;
}

function commandRun(value: unknown): CommandRun | undefined {
  return typeof value === 'object' && value !== null && typeof (value as CommandRun).seconds === 'number'
    ? (value as CommandRun)
    : undefined;
}

/** `56.9 s (55.2 s of CPU), peak 160 MiB resident`, with what /usr/bin/time could tell. */
function describeRun(value: unknown): string {
  const run = commandRun(value);
  if (run === undefined) return 'not run';
  const { seconds, peakMiB, cpuSeconds } = run;
  return `${seconds.toFixed(1)} s${cpuSeconds === undefined ? '' : ` (${cpuSeconds.toFixed(1)} s of CPU)`}${peakMiB === undefined ? '' : `, peak ${peakMiB.toFixed(0)} MiB resident`}`;
}

function evaluateSummary(evaluate: BenchFacts): string {
  if (typeof evaluate['note'] === 'string') return evaluate['note'];
  const records = Number(evaluate['records']).toLocaleString('en-US');
  const corpusMiB = evaluate['corpusMiB'] as number | undefined;
  const generateSeconds = evaluate['generateSeconds'] as number | undefined;
  const speedup = evaluate['speedup'] as number | undefined;
  const undecided = evaluate['undecided'] as number | undefined;
  return (
    `\`cailiang evaluate --decisions\` (built CLI, all nine library rule sets, HTML report to a file) on a synthetic corpus of ${records} records ` +
    `(seed 1${corpusMiB === undefined ? '' : `, ${corpusMiB.toFixed(0)} MiB of NDJSON`}, written by \`--synthetic --save-synthetic\`${generateSeconds === undefined ? '' : ` in ${generateSeconds.toFixed(1)} s`} before anything was timed${undecided === undefined || undecided === 0 ? '' : `; ${undecided.toLocaleString('en-US')} of them (${((100 * undecided) / Number(evaluate['records'])).toFixed(1)}%) broken on purpose by the generator and counted by their error`}): ` +
    `1 worker ${describeRun(evaluate['oneWorker'])}; 2 workers ${describeRun(evaluate['twoWorkers'])}` +
    `${speedup === undefined ? '' : ` — 2 workers ${speedup.toFixed(2)}× the speed of one`}. ` +
    "Wall time is what the target counts; CPU time (all threads) is what an idle machine would need, and moves much less with the other sessions' load. " +
    'The rows "cailiang evaluate --workers N" above count these records per operation.'
  );
}

function batchSummary(batch: BenchFacts): string {
  if (typeof batch['note'] === 'string') return batch['note'];
  const speedup = batch['speedup'] as number | undefined;
  return (
    `\`cailiang batch\` (built CLI, trace on, output to /dev/null) on ${Number(batch['cases']).toLocaleString('en-US')} cases: ` +
    `1 worker ${describeRun(batch['oneWorker'])}; 2 workers ${describeRun(batch['twoWorkers'])}` +
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
