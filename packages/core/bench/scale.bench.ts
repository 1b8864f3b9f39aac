/**
 * A generated 10,000-item rule set: how long loading takes (parse, validate, digest, compile), how
 * much heap the engine keeps, and whether deciding stays as fast as with 10 items. The same cases
 * are decided three ways: on a 10-item engine; on the 10,000-item engine, going to the same 10
 * items (only the size of the catalogue differs: the item lookup); and on the 10,000-item engine
 * spread over every copy of those items (each case touches another item's data, as a province's
 * real traffic does, so caches help less).
 */
import { CailiangError, createEngine, loadRuleSet } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
import { bench, describe } from 'vitest';
import { BENCH_OPTIONS, CASES, LARGE_ITEMS, SHORT, SMALL_ITEMS } from './settings.js';
import { generateCase } from './workload/cases.js';
import type { CaseInput } from './workload/cases.js';
import { recordFacts } from './workload/facts.js';
import { seededRandom } from './workload/random.js';
import { baseItemCount, generatedRuleSetText, spreadItemCode } from './workload/scale.js';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const MiB = 2 ** 20;

const largeText = generatedRuleSetText(LARGE_ITEMS);
const loads: number[] = [];
let retainedMiB = 0;
let large = createEngine([loadRuleSet(generatedRuleSetText(SMALL_ITEMS))]);
for (let run = 0; run < (SHORT ? 1 : 3); run++) {
  large = undefined as unknown as typeof large;
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  large = createEngine([loadRuleSet(largeText)]);
  loads.push((performance.now() - start) / 1000);
  collect();
  retainedMiB = (process.memoryUsage().heapUsed - heapBefore) / MiB;
}
const heapUsedMiB = process.memoryUsage().heapUsed / MiB;
// The first load is the one a service does at startup, before the JIT has seen the loader: the
// target is judged on it. The others show the same work with warm code.
const [firstLoadSeconds, ...again] = loads as [number, ...number[]];

const smallRuleSet = loadRuleSet(generatedRuleSetText(SMALL_ITEMS));
const small = createEngine([smallRuleSet]);
const largeRuleSet = large.ruleSets[0] as RuleSet;
const baseCount = baseItemCount();
const random = seededRandom(20250311);
const smallCases: CaseInput[] = [];
const spreadCases: CaseInput[] = [];
for (let i = 0; smallCases.length < CASES; i++) {
  const smallCase = generateCase(random, smallRuleSet, large.itemCodes[i % SMALL_ITEMS] as string);
  try {
    small.decide(smallCase);
  } catch (error) {
    if (error instanceof CailiangError) continue;
    throw error;
  }
  smallCases.push(smallCase);
  spreadCases.push({ ...smallCase, item: spreadItemCode(large.itemCodes, baseCount, LARGE_ITEMS, i, SMALL_ITEMS) });
}
const smallName = `decide, ${SMALL_ITEMS} items`;
const largeName = `decide, ${LARGE_ITEMS.toLocaleString('en-US')} items, same ${SMALL_ITEMS} items`;
const spreadName = `decide, ${LARGE_ITEMS.toLocaleString('en-US')} items, spread over all`;

recordFacts('scale', {
  items: LARGE_ITEMS.toLocaleString('en-US'),
  loadSeconds: firstLoadSeconds,
  heapMiB: retainedMiB,
  smallName,
  largeName,
  spreadName,
  summary:
    `a generated rule set of ${LARGE_ITEMS.toLocaleString('en-US')} items (the ${baseCount} food-safety items repeated; ${(largeText.length / MiB).toFixed(1)} MiB of JSON) ` +
    `loads, validates, digests and compiles in ${firstLoadSeconds.toFixed(2)} s the first time${again.length === 0 ? '' : ` (then ${again.map((s) => s.toFixed(2)).join(' s and ')} s with warm code)`}; ` +
    `the engine and rule set keep ${retainedMiB.toFixed(0)} MiB of heap after a collection (the whole bench worker: ${heapUsedMiB.toFixed(0)} MiB). ` +
    `Deciding: the same ${CASES} cases on a ${SMALL_ITEMS}-item engine ("${smallName}"), and on the ${largeRuleSet.items.length.toLocaleString('en-US')}-item engine, ` +
    `going to the same ${SMALL_ITEMS} items ("${largeName}": what the item lookup costs) or spread over ${Math.min(CASES, LARGE_ITEMS).toLocaleString('en-US')} copies of them ("${spreadName}": each case reads another item's data, so the CPU caches help less).`,
});

describe('catalogue size', () => {
  bench(
    smallName,
    () => {
      for (const input of smallCases) small.decide(input);
    },
    BENCH_OPTIONS,
  );
  bench(
    largeName,
    () => {
      for (const input of smallCases) large.decide(input);
    },
    BENCH_OPTIONS,
  );
  bench(
    spreadName,
    () => {
      for (const input of spreadCases) large.decide(input);
    },
    BENCH_OPTIONS,
  );
});
