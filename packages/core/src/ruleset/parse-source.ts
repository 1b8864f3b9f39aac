import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CailiangError } from '../errors/cailiang-error.js';

/** Documented limit: larger sources are refused before parsing (a benchmark is far smaller). */
export const MAX_SOURCE_LENGTH = 64 * 1024 * 1024;

/**
 * Parses YAML or JSON text into plain data. JSON is tried first when the text looks like JSON
 * (it is much faster for large generated rule sets); everything else is YAML 1.2 with the core
 * schema, so `2024-03-01` stays a string and `on`/`yes` are not booleans. Duplicate keys are
 * errors: a benchmark with two `max:` under one range is ambiguous.
 *
 * @throws CailiangError PARSE_ERROR naming the line and column
 */
export function parseSource(text: string, source?: string): unknown {
  if (text.length > MAX_SOURCE_LENGTH) {
    throw new CailiangError(
      'PARSE_ERROR',
      [{ code: 'too_large', path: '', message: `the text is ${text.length} characters; at most ${MAX_SOURCE_LENGTH} are read` }],
      sourceOption(source),
    );
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      // Not strict JSON (comments, trailing commas…): YAML may still read it, and reports where it fails.
    }
  }
  try {
    return parseYaml(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 1000, merge: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const at = where === undefined ? '' : `line ${where.line}, column ${where.col}: `;
      const firstLine = error.message.split('\n')[0] ?? error.message;
      throw new CailiangError('PARSE_ERROR', [{ code: 'syntax', path: '', message: `${at}${firstLine}` }], {
        ...sourceOption(source),
        cause: error,
      });
    }
    throw new CailiangError('PARSE_ERROR', [{ code: 'syntax', path: '', message: String(error) }], sourceOption(source));
  }
}

function sourceOption(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}
