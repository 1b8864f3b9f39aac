/**
 * @cailiang/core/node — reading rule sets, cases and fixture files from disk (Node only). The
 * command line (`@cailiang/cli`) and the fixture runner (`@cailiang/fixtures`) both read files
 * through it, so every file error reads the same. Nothing in the browser-safe core imports this.
 */
export { loadRuleSetFile, readDataFile, readTextFile } from './files.js';
