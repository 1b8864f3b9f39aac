/**
 * @cailiang/core/node — reading rule sets, cases and fixtures from files (Node only). Below the
 * command line (`@cailiang/cli`) and the fixture runner (`@cailiang/fixtures`), which both read
 * files the same way. Nothing in the browser-safe core imports this.
 */
export { loadRuleSetFile, readDataFile, readTextFile } from './files.js';
export { runFixtureFile } from './fixture-files.js';
export { formatFixtureReport, matchExpectation, parseFixtureDocument, runFixtureCases } from '../fixtures/index.js';
export type { FixtureCaseResult, FixtureDocument, FixtureRunResult, Mismatch } from '../fixtures/index.js';
