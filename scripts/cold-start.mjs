#!/usr/bin/env node
// Cold start (issue #21): how long a fresh Node process takes to `import('@cailiang/core')`, then
// `import('@cailiang/benchmarks')` and touch every bundled rule set (so a lazily validated set is
// validated too), from the built dist (`pnpm -r run build` first). Each run is a new process,
// because a warm module cache is what a server has after its first request, not what a CLI or a
// serverless function pays. The machine is shared, so this prints every run, the minimum and the
// median, and the load average when it started: read the minimum as the cost, the median as what a
// user sees on a busy machine. The `…Cpu` rows are the process's CPU time (user + system, all its
// threads) over the same spans: less sensitive to other load than the wall clock, though not immune.
//
// Since #21 the bundled rule sets are validated when the package is built and again by the first
// engine that takes them, not at import; so the script also times the first use: one `createEngine`
// per rule set (`engines`), and `firstUse`, the same for food-safety alone (what an application
// using one rule set pays on its first request). `total` is the two imports and the touch, as before.
//
//   node scripts/cold-start.mjs            10 runs
//   node scripts/cold-start.mjs --runs 20
//   node scripts/cold-start.mjs --json     one JSON object instead of the table
//   node scripts/cold-start.mjs --root DIR another checkout's built dist, e.g. the commit before
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// --root DIR measures the built dist of another checkout (a baseline), with this script.
const rootAt = process.argv.indexOf('--root');
const root = rootAt >= 0 ? pathToFileURL(`${resolve(process.argv[rootAt + 1])}/`) : new URL('../', import.meta.url);
const core = new URL('packages/core/dist/index.js', root).href;
const benchmarks = new URL('packages/benchmarks/dist/index.js', root).href;

/** The child: times the two imports and the first touch of every rule set, prints JSON. */
const child = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = performance.now(), c0 = cpu();
await import(${JSON.stringify(core)});
const t1 = performance.now(), c1 = cpu();
const b = await import(${JSON.stringify(benchmarks)});
const t2 = performance.now(), c2 = cpu();
let items = 0;
for (const slug of Object.keys(b.benchmarks)) items += b.benchmarks[slug].items.length;
const t3 = performance.now(), c3 = cpu();
const { createEngine } = await import(${JSON.stringify(core)});
createEngine([b.benchmarks['food-safety']]);
const t4 = performance.now(), c4 = cpu();
for (const slug of Object.keys(b.benchmarks)) if (slug !== 'food-safety') createEngine([b.benchmarks[slug]]);
const t5 = performance.now(), c5 = cpu();
console.log(JSON.stringify({
  core: t1 - t0, benchmarks: t2 - t1, touch: t3 - t2, total: t3 - t0, firstUse: t4 - t3, engines: t5 - t3,
  coreCpu: c1 - c0, benchmarksCpu: c2 - c1, touchCpu: c3 - c2, totalCpu: c3 - c0, firstUseCpu: c4 - c3, enginesCpu: c5 - c3,
  items,
}));
`;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('cold-start: --runs expects a positive integer');
  process.exit(2);
}

const load = loadavg().map((x) => x.toFixed(2));
const samples = [];
for (let i = 0; i < runs; i += 1) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], {
    cwd: fileURLToPath(root),
    encoding: 'utf8',
  });
  samples.push(JSON.parse(out));
}

const stat = (key) => {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median };
};
const keys = [
  'core',
  'benchmarks',
  'touch',
  'total',
  'firstUse',
  'engines',
  'coreCpu',
  'benchmarksCpu',
  'touchCpu',
  'totalCpu',
  'firstUseCpu',
  'enginesCpu',
];
const summary = Object.fromEntries(keys.map((k) => [k, stat(k)]));

if (args.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, runs, load, items: samples[0].items, summary, samples }));
} else {
  console.log(`node ${process.version}, ${runs} runs, load average ${load.join(' ')}, ${samples[0].items} items`);
  console.log(`${'ms'.padEnd(12)}${'min'.padStart(9)}${'median'.padStart(9)}`);
  for (const k of keys) {
    console.log(`${k.padEnd(12)}${summary[k].min.toFixed(1).padStart(9)}${summary[k].median.toFixed(1).padStart(9)}`);
  }
}
