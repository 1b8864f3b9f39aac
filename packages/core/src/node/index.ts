/**
 * @cailiang/core/node — the Node-only parts: reading rule sets and fixtures from files, and the
 * command-line interface. Nothing in the browser-safe core imports this.
 */
export { loadRuleSetFile, readDataFile, readTextFile } from './files.js';
export { runFixtureFile } from './fixture-files.js';
export { runCli } from './run-cli.js';
export type { CliIo } from './run-cli.js';
export * from '../evaluate-node/index.js';
export { formatFixtureReport, matchExpectation, parseFixtureDocument, runFixtureCases } from '../fixtures/index.js';
export type { FixtureCaseResult, FixtureDocument, FixtureRunResult, Mismatch } from '../fixtures/index.js';
