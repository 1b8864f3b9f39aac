/**
 * @cailiang/core/node — reading rule sets, cases and fixture files from disk (Node only). The
 * command line (`@cailiang/cli`) and the fixture runner (`@cailiang/fixtures`) both read files
 * through it, so every file error reads the same. Nothing in the browser-safe core imports this.
 * It stays here rather than in @cailiang/cli because the cli depends on the fixture runner: the
 * readers there would make fixtures → cli → fixtures a cycle (see packages/core/README.md).
 */
export { loadRuleSetFile, readDataFile, readTextFile } from './files.js';
