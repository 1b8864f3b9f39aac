/**
 * The bench's own reporter: after vitest's tables, one table with what the issue asks for —
 * decisions per second, µs per decision, and the ratio to json-rules-engine's tier selection,
 * all from the same run — and, in a full run (every bench file, not the short mode), the same
 * written into docs/performance.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { CASES, SHORT } from '../settings.js';
import { readFacts } from '../workload/facts.js';
import { machine } from './machine.js';
import type { Machine } from './machine.js';
import { BASELINE, performanceSection, resultTable } from './format.js';
import type { Measured } from './format.js';

const DOC = fileURLToPath(new URL('../../../../docs/performance.md', import.meta.url));
const BENCH = fileURLToPath(new URL('../', import.meta.url));
export const BEGIN = '<!-- bench:begin (written by pnpm bench; edit outside these markers) -->';
export const END = '<!-- bench:end -->';

export default class PerformanceReporter implements Reporter {
  private readonly before: Machine = machine();

  onTestRunEnd(testModules: readonly TestModule[]): void {
    const measured = collect(testModules);
    if (measured.length === 0) return;
    const facts = readFacts();
    const perOperation = {
      '*': CASES,
      ...((facts['batch']?.['perOperation'] ?? {}) as Record<string, number>),
      ...((facts['evaluate']?.['perOperation'] ?? {}) as Record<string, number>),
      ...((facts['limits']?.['perOperation'] ?? {}) as Record<string, number>),
    };
    console.log(`\n${resultTable(measured, perOperation)}\n`);
    if (SHORT) {
      console.log(
        'Short run (CAILIANG_BENCH_SHORT=1): these numbers mean nothing and docs/performance.md was not written.\n',
      );
      return;
    }
    const missing = benchFiles().filter((file) => !testModules.some((module) => module.moduleId === file));
    if (missing.length > 0) {
      console.log(
        `A partial run (not run: ${missing.map((file) => basename(file)).join(', ')}): docs/performance.md was not written.\n`,
      );
      return;
    }
    if (!measured.some((entry) => entry.name === BASELINE)) {
      console.log('A partial run (json-rules-engine was not measured): docs/performance.md was not written.\n');
      return;
    }
    const section = performanceSection({ measured, perOperation, facts, before: this.before, after: machine() });
    writeSection(section);
    console.log(`docs/performance.md: measured section rewritten.\n`);
  }
}

/**
 * Every bench file of the bench folder: the measured section is rewritten only by a run of all of
 * them, so that it never mixes one file's new numbers with another's old ones, or drops a suite.
 */
function benchFiles(): string[] {
  return readdirSync(BENCH)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => join(BENCH, file));
}

/** The part of tinybench's result the table uses (times in ms). */
interface BenchmarkResult {
  readonly hz: number;
  readonly mean: number;
  readonly min: number;
  readonly rme: number;
  readonly sampleCount?: number;
  readonly samples?: readonly unknown[];
}

/** Every benchmark's result, by suite and name. */
function collect(testModules: readonly TestModule[]): Measured[] {
  const out: Measured[] = [];
  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      // vitest keeps a benchmark's result on the underlying task, where its own benchmark reporter
      // reads it; the reported-test API does not carry it.
      const { task } = test as unknown as { task: { result?: { benchmark?: BenchmarkResult } } };
      const benchmark = task.result?.benchmark;
      if (benchmark === undefined) continue;
      out.push({
        suite: test.parent.type === 'suite' ? test.parent.name : module.moduleId,
        name: test.name,
        hz: benchmark.hz,
        meanMs: benchmark.mean,
        minMs: benchmark.min,
        rme: benchmark.rme,
        samples: benchmark.sampleCount ?? benchmark.samples?.length ?? 0,
      });
    }
  }
  return out;
}

function writeSection(section: string): void {
  let doc: string;
  try {
    doc = readFileSync(DOC, 'utf8');
  } catch {
    doc = `# Performance\n\n${BEGIN}\n${END}\n`;
  }
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const updated =
    start < 0 || end < start
      ? `${doc.trimEnd()}\n\n${BEGIN}\n${section}\n${END}\n`
      : `${doc.slice(0, start + BEGIN.length)}\n${section}\n${doc.slice(end)}`;
  writeFileSync(DOC, updated);
}
