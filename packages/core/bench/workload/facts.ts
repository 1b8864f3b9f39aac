/**
 * What a bench file learns besides its timings (how many cases, whether the engines agreed, how
 * long loading took), passed to the reporter through a file: bench files run in a worker, the
 * reporter in the main process.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FACTS_FILE } from '../settings.js';

export type BenchFacts = Record<string, unknown>;

/** Adds `facts` under `section`, keeping what other bench files wrote. */
export function recordFacts(section: string, facts: BenchFacts): void {
  const all = readFacts();
  all[section] = facts;
  mkdirSync(dirname(FACTS_FILE), { recursive: true });
  writeFileSync(FACTS_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

export function readFacts(): Record<string, BenchFacts> {
  try {
    return JSON.parse(readFileSync(FACTS_FILE, 'utf8')) as Record<string, BenchFacts>;
  } catch {
    return {};
  }
}
