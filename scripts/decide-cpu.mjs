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
import { compareCheckouts } from './cpu-checkouts.mjs';

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
await compareCheckouts({ script: 'decide-cpu', loop, dir: '.decide-cpu', unit: 'decision' });
