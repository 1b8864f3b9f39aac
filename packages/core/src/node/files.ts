import { readFileSync } from 'node:fs';
import { CailiangError } from '../errors/cailiang-error.js';
import { loadRuleSet } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';
import { parseSource } from '../ruleset/parse-source.js';

/**
 * Reads a UTF-8 text file, refusing bytes that are not UTF-8 rather than replacing them.
 *
 * @throws CailiangError IO_ERROR (missing, unreadable) or PARSE_ERROR (not UTF-8)
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CailiangError('IO_ERROR', [{ code: 'unreadable', path: '', message: `cannot read the file: ${reason}` }], { source: path });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CailiangError('PARSE_ERROR', [{ code: 'encoding', path: '', message: 'the file is not valid UTF-8 text' }], { source: path });
  }
}

/**
 * Loads a rule set from a YAML or JSON file; every error names the file.
 *
 * @throws CailiangError IO_ERROR, PARSE_ERROR or INVALID_RULE_SET
 * @example const ruleSet = loadRuleSetFile('benchmarks/food-safety.rules.yaml');
 */
export function loadRuleSetFile(path: string): RuleSet {
  return loadRuleSet(readTextFile(path), { source: path });
}

/** Reads a YAML or JSON data file (a case, a fixture file) into plain data. */
export function readDataFile(path: string): unknown {
  return parseSource(readTextFile(path), path);
}
