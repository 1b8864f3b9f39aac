import { dirname, resolve } from 'node:path';
import { createEngine } from '../decide/engine.js';
import { CailiangError } from '../errors/cailiang-error.js';
import { parseFixtureDocument, runFixtureCases } from '../fixtures/index.js';
import type { FixtureRunResult } from '../fixtures/index.js';
import { resolveLimits } from '../limits/limits.js';
import type { Limits } from '../limits/limits.js';
import { loadRuleSetFile, readDataFile } from './files.js';

/**
 * Runs a fixture file: loads the rule sets it lists (relative to the file), builds one engine,
 * and checks every case against its expectation.
 *
 * @param limits - limits raised for trusted files (`--limit`), for the fixture file, its rule sets
 *   and its cases
 * @throws CailiangError when the fixture file or a rule set it names is unusable
 */
export function runFixtureFile(path: string, limits: Partial<Limits> = {}): FixtureRunResult {
  const document = parseFixtureDocument(readDataFile(path, resolveLimits(limits)), path);
  const ruleSets = document.rules.map((rule) => loadRuleSetFile(resolve(dirname(path), rule), limits));
  let engine;
  try {
    engine = createEngine(ruleSets, { limits });
  } catch (error) {
    throw error instanceof CailiangError ? error.withSource(path) : error;
  }
  // The decision goes through JSON, as an application would receive it.
  return runFixtureCases(document, (input) => JSON.parse(JSON.stringify(engine.decide(input))), { source: path });
}
