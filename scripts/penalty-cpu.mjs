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
import { compareCheckouts } from './cpu-checkouts.mjs';

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
await compareCheckouts({ script: 'penalty-cpu', loop, dir: '.penalty-cpu', unit: 'decidePenalty' });
