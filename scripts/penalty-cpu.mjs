#!/usr/bin/env node
// CPU time of `decidePenalty` alone (issue #21): the penalty body of a decision — limitation,
// general rules, exemptions, orders, the statutory alternative and the tier, the fine, the other
// sanctions, mitigation, the guide, the citations, the decision assembled — without reading the
// case or choosing the version, which `decide` also does. The bench workload's cases that one
// version decides are read (validateCase) and versioned (penaltyVersion) once, beforehand; each pass
// then runs only decidePenalty on every one of them. A change to the penalty path worth 2–5% of it
// is lost in the whole `decide`'s noise (scripts/decide-cpu.mjs) and shows here. Its absolute
// numbers run high — the cases were read long before and are out of the cache — so compare
// checkouts in one run, as with decide-cpu.mjs.
//
//   node scripts/penalty-cpu.mjs --root /path/to/baseline --root .   (default 40 passes, trace off and on)
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
  console.error('penalty-cpu: --passes expects a positive integer, --trace off, on or off,on');
  process.exit(2);
}

// The loop module, bundled once per checkout. It must sit one directory below the checkout's
// root, where test-support/rule-files.ts finds the rule files.
const loop = `
import { buildWorkload } from '../packages/core/bench/workload/workload.js';
import { itemCompiler } from '../packages/core/src/decide/compile-item.js';
import { ruleSetDigest } from '../packages/core/src/ruleset/load.js';
import { validateCase, validateDates } from '../packages/core/src/case/parse-case.js';
import { penaltyVersion } from '../packages/core/src/decide/lex-mitior.js';
import { itemVersion } from '../packages/core/src/decide/versions.js';
import { decidePenalty } from '../packages/core/src/decide/penalty.js';
import { GeneralRuleEntries } from '../packages/core/src/decide/general-rule-trace.js';
import { defaultCalendar } from '../packages/core/src/calendar/index.js';
import { resolveLimits } from '../packages/core/src/limits/limits.js';
const workload = buildWorkload({ cases: 2000 });
const index = new Map();
for (const ruleSet of workload.ruleSets) {
  const compile = itemCompiler(ruleSet, ruleSetDigest(ruleSet));
  ruleSet.items.forEach((item, i) => {
    const versions = index.get(item.code) ?? [];
    // As the engine indexes it (versions.ts); decidePenalty never reads the quick reader's plan.
    versions.push(itemVersion(ruleSet, compile(i), undefined));
    index.set(item.code, versions);
  });
}
for (const versions of index.values())
  versions.sort((a, b) => (a.ruleSet.effective.from < b.ruleSet.effective.from ? -1 : 1));
const limits = resolveLimits(undefined);
const prepared = [];
for (const { input } of workload.cases) {
  const dates = validateDates(input, 'penalty');
  const choice = penaltyVersion(index.get(input.item), dates);
  if (!('version' in choice)) continue;
  const compiled = choice.version.compiled;
  const kase = validateCase(input, {
    facts: compiled.ruleSet.facts,
    required: compiled.required,
    kind: 'penalty',
    readers: compiled.factReaders,
    allowUnknownFacts: false,
    limits,
    dates,
    persons: compiled.persons?.wanted,
  });
  prepared.push({ compiled, kase, penaltyLaw: choice.penaltyLaw });
}
const generalRules = new GeneralRuleEntries();
export const cases = prepared.length;
export function pass(trace) {
  const start = process.cpuUsage();
  for (const { compiled, kase, penaltyLaw } of prepared)
    decidePenalty(compiled, kase, { trace, preface: [], calendar: defaultCalendar, generalRules, penaltyLaw, language: 'zh' });
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / prepared.length;
}
`;
const esbuild = resolve(here, 'node_modules/.bin/esbuild');
const bundles = roots.map((root) => {
  const dir = resolve(root, '.penalty-cpu');
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
console.log(
  `load average ${load.join(', ')}; ${passes} passes each, alternating; CPU µs per decidePenalty (${modules.map((module) => module.cases).join(', ')} cases)`,
);
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
