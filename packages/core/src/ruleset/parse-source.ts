import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CailiangError } from '../errors/cailiang-error.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';
import { yamlSyntaxMessage } from './yaml-syntax-message.js';
import type { Limits } from '../limits/limits.js';

/** Documented limit: larger sources are refused before parsing (a benchmark is far smaller). */
export const MAX_SOURCE_LENGTH = DEFAULT_LIMITS.maxSourceLength;

/**
 * Documented limit: how deeply collections may nest. A rule set needs about ten levels (plus
 * its conditions, themselves limited to 32); hostile input nested thousands deep is refused
 * before the parser spends memory on it.
 */
export const MAX_NESTING = DEFAULT_LIMITS.maxNesting;

/**
 * Parses YAML or JSON text into plain data. JSON is tried first when the text looks like JSON
 * (it is much faster for large generated rule sets); everything else is YAML 1.2 with the core
 * schema, so `2024-03-01` stays a string and `on`/`yes` are not booleans. Duplicate keys are
 * errors: a benchmark with two `max:` under one range is ambiguous.
 *
 * @param limits - `maxSourceLength` and `maxNesting` are checked here, before parsing; the
 *   expanded size is checked on the parsed data (`checkDocument`)
 * @throws CailiangError PARSE_ERROR naming the line and column
 */
export function parseSource(
  text: string,
  source?: string,
  limits: Pick<Limits, 'maxSourceLength' | 'maxNesting'> = DEFAULT_LIMITS,
): unknown {
  if (text.length > limits.maxSourceLength) {
    throw new CailiangError(
      'PARSE_ERROR',
      [
        {
          code: 'too_large',
          path: '',
          message: `the text is ${text.length} characters; at most ${limits.maxSourceLength} are read (limit maxSourceLength)`,
        },
      ],
      sourceOption(source),
    );
  }
  const depth = nestingDepth(text, limits.maxNesting);
  if (depth > limits.maxNesting) {
    throw tooDeep(`collections nest ${depth} levels deep or more`, limits.maxNesting, source);
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
    return parseYaml(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 1000, merge: false, logLevel: 'error' });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const at = where === undefined ? '' : `line ${where.line}, column ${where.col}`;
      // Block collections nested past what the cheap count above sees run the parser out of stack.
      if (/call stack/i.test(error.message.split('\n')[0] ?? ''))
        throw tooDeep(`collections nest too deeply to read (at ${at})`, limits.maxNesting, source, error);
      throw new CailiangError('PARSE_ERROR', [{ code: 'syntax', path: '', message: yamlSyntaxMessage(error, text) }], {
        ...sourceOption(source),
        cause: error,
      });
    }
    if (error instanceof RangeError)
      throw tooDeep('collections nest too deeply to read', limits.maxNesting, source, error);
    throw new CailiangError(
      'PARSE_ERROR',
      [{ code: 'syntax', path: '', message: String(error) }],
      sourceOption(source),
    );
  }
}

/** The nesting-limit error, the same whether the count before parsing or the parser found it. */
function tooDeep(what: string, maxNesting: number, source: string | undefined, cause?: unknown): CailiangError {
  return new CailiangError(
    'PARSE_ERROR',
    [{ code: 'too_deep', path: '', message: `${what}; at most ${maxNesting} are read (limit maxNesting)` }],
    {
      ...sourceOption(source),
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

function sourceOption(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}

/**
 * A cheap upper bound of how deeply the text nests, read before parsing: open brackets outside
 * quotes (flow collections, JSON), and block sequences opened on one line (`- - - x`).
 * Stops counting once past the limit.
 */
function nestingDepth(text: string, maxNesting: number): number {
  let depth = 0;
  let deepest = 0;
  /** The quote character's code while inside a quoted string, else 0. */
  let quote = 0;
  let lineDashes = 0;
  let atLineStart = true;
  // Character codes rather than one-character strings: a generated catalogue runs to megabytes.
  for (let i = 0; i < text.length && deepest <= maxNesting; i++) {
    if (quote !== 0) {
      // Most of a JSON catalogue's characters are inside strings: jump to where this one ends.
      i = closingQuote(text, i, quote);
      quote = 0;
      continue;
    }
    const char = text.charCodeAt(i);
    if (char === CODE.newline) {
      atLineStart = true;
      lineDashes = 0;
      continue;
    }
    if (
      atLineStart &&
      char === CODE.dash &&
      (text.charCodeAt(i + 1) === CODE.space || text.charCodeAt(i + 1) === CODE.tab)
    ) {
      lineDashes++;
      deepest = Math.max(deepest, depth + lineDashes);
      i++;
      continue;
    }
    if (char !== CODE.space && char !== CODE.tab) atLineStart = false;
    if (char === CODE.doubleQuote || char === CODE.singleQuote) quote = char;
    else if (char === CODE.openBracket || char === CODE.openBrace) deepest = Math.max(deepest, ++depth);
    else if (char === CODE.closeBracket || char === CODE.closeBrace) depth = Math.max(0, depth - 1);
    else if (char === CODE.hash) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    }
  }
  return deepest;
}

/**
 * Where the quoted string containing position `from` ends: the next quote character that is not
 * escaped (in a double-quoted string, a backslash escapes the character after it), or the end of
 * the text.
 */
function closingQuote(text: string, from: number, quote: number): number {
  const quoteChar = quote === CODE.doubleQuote ? '"' : "'";
  let at = text.indexOf(quoteChar, from);
  while (at >= 0 && quote === CODE.doubleQuote && escaped(text, at, from)) at = text.indexOf(quoteChar, at + 1);
  return at < 0 ? text.length : at;
}

/** True when an odd run of backslashes, starting at or after `from`, comes just before `at`. */
function escaped(text: string, at: number, from: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= from && text.charCodeAt(i) === CODE.backslash; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** The characters nestingDepth looks for, as character codes. */
const CODE = {
  newline: 0x0a,
  tab: 0x09,
  space: 0x20,
  dash: 0x2d,
  hash: 0x23,
  backslash: 0x5c,
  doubleQuote: 0x22,
  singleQuote: 0x27,
  openBracket: 0x5b,
  closeBracket: 0x5d,
  openBrace: 0x7b,
  closeBrace: 0x7d,
} as const;
