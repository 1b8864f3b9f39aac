import { readFileSync } from 'node:fs';
import { CailiangError } from '../errors/cailiang-error.js';
import { checkDocument } from '../limits/document-walk.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import type { Limits } from '../limits/limits.js';
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
    throw new CailiangError(
      'IO_ERROR',
      [{ code: 'unreadable', path: '', message: `cannot read the file: ${reason}` }],
      { source: path },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CailiangError(
      'PARSE_ERROR',
      [{ code: 'encoding', path: '', message: 'the file is not valid UTF-8 text' }],
      { source: path },
    );
  }
}

/**
 * Loads a rule set from a YAML or JSON file; every error names the file.
 *
 * @throws CailiangError IO_ERROR, PARSE_ERROR or INVALID_RULE_SET
 * @example const ruleSet = loadRuleSetFile('benchmarks/food-safety.rules.yaml');
 */
export function loadRuleSetFile(path: string, limits?: Partial<Limits>): RuleSet {
  return loadRuleSet(readTextFile(path), { source: path, ...(limits === undefined ? {} : { limits }) });
}

/**
 * Reads a YAML or JSON data file (a case, a fixture file, holiday arrangements) into plain data,
 * refused when it is larger, once its aliases are expanded, than `limits` allow. Reserved keys
 * are left to the reader of each kind of file, which refuses them with its own error code.
 *
 * @throws CailiangError IO_ERROR, or PARSE_ERROR naming the limit exceeded
 */
export function readDataFile(path: string, limits: Limits = DEFAULT_LIMITS): unknown {
  const data = parseSource(readTextFile(path), path, limits);
  const { exceeded } = checkDocument(data, limits);
  if (exceeded !== undefined) throw new CailiangError('PARSE_ERROR', [exceeded], { source: path });
  return data;
}
