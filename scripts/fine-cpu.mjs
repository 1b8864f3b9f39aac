#!/usr/bin/env node
// CPU time of the fine alone (issue #21): `caseFine` (scaled integers where the amounts fit,
// decide/fine-fixed.ts) against `decimalCaseFine` (decimal.js throughout, its reference), on every
// statutory alternative × tier of the shipped rule sets with money and quantity facts drawn as the
// bench workload draws them (0.01–1,000,000.00, two decimals), without and with a mandatory
// mitigation ground. Both run in one process, in turn, timed by `process.cpuUsage()`; the bare call
// (its arguments and warning list, no fine) is timed too, so its cost can be taken off.
//
//   node scripts/fine-cpu.mjs               (default 50 passes after 10 to warm up)
//   node scripts/fine-cpu.mjs --passes 100
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--passes');
const passes = at < 0 ? 50 : Number(args[at + 1]);
if (!Number.isInteger(passes) || passes < 1) {
  console.error('fine-cpu: --passes expects a positive integer');
  process.exit(2);
}
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// The loop module sits one directory below the root, where test-support/rule-files.ts finds the rules.
const loop = `
import { parse } from 'yaml';
import { loadRuleSet } from '../packages/core/src/index.js';
import { itemCompiler } from '../packages/core/src/decide/compile-item.js';
import { caseFine, decimalCaseFine } from '../packages/core/src/decide/fine.js';
import { warningList } from '../packages/core/src/decide/warning-messages.js';
import { Decimal } from '../packages/core/src/money/decimal.js';
import { ruleFiles } from '../test-support/rule-files.js';

let state = 7;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const grounds = [{ any: false, mandatory: false }, { any: true, mandatory: true }];
export const runs = { scaled: [], decimal: [], bare: [] };
for (const file of ruleFiles()) {
  const data = parse(file.text);
  const amountFacts = Object.entries(data.facts)
    .filter(([, fact]) => fact.type === 'money' || fact.type === 'quantity')
    .map(([name]) => name);
  const ruleSet = loadRuleSet(data);
  const compile = itemCompiler(ruleSet, 'fine-cpu');
  ruleSet.items.forEach((_, index) => {
    const item = compile(index);
    if (item.kind !== 'penalty') return;
    const tiers = item.fallback === undefined ? item.tiers : [...item.tiers, item.fallback];
    for (const alternative of item.statutory)
      for (const tier of tiers) {
        // A computed amount reads enum facts this loop does not draw.
        if (tier.amount === undefined || tier.amount.kind === 'computed') continue;
        for (let draw = 0; draw < 4; draw++) {
          const facts = {};
          for (const name of amountFacts)
            facts[name] = new Decimal((Math.round(10 ** (random() * 8)) / 100).toFixed(2));
          const mitigation = grounds[draw % 2];
          try {
            decimalCaseFine(item, alternative, tier, facts, mitigation, warningList('en'));
          } catch {
            continue; // a tier wholly outside the statute for these facts: refused alike by both
          }
          runs.scaled.push(() => caseFine(item, alternative, tier, facts, mitigation, warningList('en')));
          runs.decimal.push(() => decimalCaseFine(item, alternative, tier, facts, mitigation, warningList('en')));
          runs.bare.push(() => [item, alternative, tier, facts, mitigation, warningList('en')]);
        }
      }
  });
}
export function pass(name) {
  const calls = runs[name];
  const start = process.cpuUsage();
  for (let round = 0; round < 5; round++) for (const call of calls) call();
  const spent = process.cpuUsage(start);
  return ((spent.user + spent.system) * 1000) / (5 * calls.length);
}
`;
const dir = resolve(root, '.decide-cpu');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'fine-loop.ts'), loop);
execFileSync(resolve(root, 'node_modules/.bin/esbuild'), [
  resolve(dir, 'fine-loop.ts'),
  '--bundle',
  '--platform=node',
  '--format=esm',
  '--log-level=warning',
  "--banner:js=import{createRequire}from'module';const require=createRequire(import.meta.url);",
  `--outfile=${resolve(dir, 'fine-loop.mjs')}`,
]);
const module = await import(pathToFileURL(resolve(dir, 'fine-loop.mjs')).href);
const names = ['scaled', 'decimal', 'bare'];
const times = { scaled: [], decimal: [], bare: [] };
for (let warm = 0; warm < 10; warm++) for (const name of names) module.pass(name);
for (let p = 0; p < passes; p++) for (const name of names) times[name].push(module.pass(name));
console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(', ')}; ${module.runs.scaled.length} fines, ${passes} passes each, alternating; CPU ns per fine`,
);
const labels = {
  scaled: 'caseFine (scaled integers where they fit)',
  decimal: 'decimalCaseFine (decimal.js)',
  bare: 'the bare call (arguments, warning list)',
};
for (const name of names) {
  const sorted = times[name].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  console.log(`fastest ${sorted[0].toFixed(0).padStart(5)} median ${median.toFixed(0).padStart(5)}  ${labels[name]}`);
}
