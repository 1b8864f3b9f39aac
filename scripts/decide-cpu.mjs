#!/usr/bin/env node
// CPU time of a full `decide` per case (issue #21), several checkouts in one process. The bench's
// wall-clock numbers follow the machine's other load; a change of a few percent only shows when the
// tree before and the tree after run in the same process, in turn, timed by `process.cpuUsage()`.
// Each checkout's bench workload (the same 2,000 generated cases over the library's rule sets) and
// its engine, bundled from its sources by esbuild, decide every case once per pass; the passes of
// the checkouts alternate. Prints the fastest pass and the median, in CPU µs per decision.
//
//   node scripts/decide-cpu.mjs                                   this checkout
//   node scripts/decide-cpu.mjs --root /path/to/baseline --root . a baseline beside this tree
//   node scripts/decide-cpu.mjs --passes 60 --trace off           (default 40 passes, trace off and on)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const values = (flag) => args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const roots = values('--root').map((root) => resolve(root));
if (roots.length === 0) roots.push(here);
const passes = Number(values('--passes')[0] ?? 40);
const traces = (values('--trace')[0] ?? 'off,on').split(',');
if (!Number.isInteger(passes) || passes < 1 || traces.some((t) => t !== 'on' && t !== 'off')) {
  console.error('decide-cpu: --passes expects a positive integer, --trace off, on or off,on');
  process.exit(2);
}

// The loop module, bundled once per checkout. It must sit one directory below the checkout's
// root, where test-support/rule-files.ts finds the rule files.
const loop = `
import { buildWorkload } from '../packages/core/bench/workload/workload.js';
const workload = buildWorkload({ cases: 2000 });
const inputs = workload.cases.map((kase) => kase.input);
export function pass(trace) {
  const engine = trace ? workload.traced : workload.untraced;
  const start = process.cpuUsage();
  for (const input of inputs) engine.decide(input);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / inputs.length;
}
`;
const esbuild = resolve(here, 'node_modules/.bin/esbuild');
const bundles = roots.map((root) => {
  const dir = resolve(root, '.decide-cpu');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'loop.ts'), loop);
  execFileSync(esbuild, [
    resolve(dir, 'loop.ts'),
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--alias:@cailiang/core=${resolve(root, 'packages/core/bench/setup/core-entry.ts')}`,
    '--external:json-rules-engine',
    '--log-level=warning',
    "--banner:js=import{createRequire}from'module';const require=createRequire(import.meta.url);",
    `--outfile=${resolve(dir, 'loop.mjs')}`,
  ]);
  return resolve(dir, 'loop.mjs');
});

const modules = [];
for (const bundle of bundles) modules.push(await import(pathToFileURL(bundle).href));
const load = loadavg().map((n) => n.toFixed(1));
console.log(`load average ${load.join(', ')}; ${passes} passes each, alternating; CPU µs per decision`);
for (const trace of traces) {
  const times = modules.map(() => []);
  // Warm every module first: the first passes compile.
  for (let warm = 0; warm < 10; warm++) for (const module of modules) module.pass(trace === 'on');
  for (let p = 0; p < passes; p++)
    modules.forEach((module, i) => {
      times[i].push(module.pass(trace === 'on'));
    });
  modules.forEach((_, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    console.log(
      `trace ${trace.padEnd(3)} fastest ${sorted[0].toFixed(2).padStart(6)} median ${median.toFixed(2).padStart(6)}  ${roots[i]}`,
    );
  });
}
console.log(
  `load average at the end ${loadavg()
    .map((n) => n.toFixed(1))
    .join(', ')}`,
);
