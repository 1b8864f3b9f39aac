import type { YAMLParseError } from 'yaml';

/**
 * A YAML syntax error in the words of someone editing a benchmark, not of the parser: where it is
 * (said once, first), and what to change. The parser places an indentation mistake where its
 * reading broke down, which is often the line before the stray space (a deeper line is first
 * read as the rest of the value above it); the line named here is the one to fix.
 *
 * @param error - what the `yaml` parser threw
 * @param text - the text it was reading
 * @returns `line N, column M: …`, or the parser's own first line when there is nothing better
 */
export function yamlSyntaxMessage(error: YAMLParseError, text: string): string {
  const lines = text.split(/\r?\n/);
  const where = error.linePos?.[0];
  const parserWords = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  if (where === undefined) return parserWords;
  const at = (line: number, column: number, message: string) => `line ${line}, column ${column}: ${message}`;
  const lineText = (line: number) => lines[line - 1] ?? '';

  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)*("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(lineText(where.line))?.[1];
      return at(
        where.line,
        where.col,
        `${key === undefined ? 'a key' : `the key ${key}`} appears twice in the same mapping; keep one`,
      );
    }
    case 'TAB_AS_INDENT':
      return at(where.line, where.col, 'a tab indents this line; YAML indents with spaces only');
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `name: a: b` — a second ": " on the line itself.
      if (/:\s.*:(\s|$)/.test(lineText(where.line).replace(/#.*$/, ''))) {
        return at(where.line, where.col, 'the value contains ": "; put it in quotes');
      }
      return indentationMessage(lines, where.line + 1) ?? at(where.line, where.col, parserWords);
    }
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN': {
      if (/end with a \]/.test(parserWords))
        return at(where.line, where.col, 'a [ list above this line is not closed with ]');
      if (/end with a \}/.test(parserWords))
        return at(where.line, where.col, 'a { mapping above this line is not closed with }');
      if (/closing "?quote/i.test(parserWords))
        return at(where.line, where.col, 'a quoted text above this line is never closed');
      return indentationMessage(lines, where.line) ?? at(where.line, where.col, parserWords);
    }
    default:
      return at(where.line, where.col, parserWords);
  }
}

/**
 * The first line from `from` on whose key is indented differently from the key above it (a
 * stray or missing space), described: how far it is indented and how far the key above is.
 */
function indentationMessage(lines: readonly string[], from: number): string | undefined {
  for (let line = from; line <= lines.length; line++) {
    const text = lines[line - 1] as string;
    if (!isKeyLine(text)) continue;
    const above = keyAbove(lines, line);
    if (above === undefined) return undefined;
    const indent = keyColumn(text);
    // Lined up with its neighbour, or back out to an enclosing mapping: not an indentation slip.
    if (indent === above.column || (indent < above.column && enclosingColumns(lines, line).has(indent)))
      return undefined;
    const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
    const hint = indent > above.column ? 'a stray space?' : 'a missing space?';
    return `line ${line}, column ${indent + 1}: this key is indented ${spaces(indent)}, but the key on line ${above.line} is indented ${spaces(above.column)} (${hint}); keys of one mapping line up`;
  }
  return undefined;
}

/** The nearest line above `line` with a key on it, and where that key starts. */
function keyAbove(lines: readonly string[], line: number): { line: number; column: number } | undefined {
  for (let above = line - 1; above >= 1; above--) {
    const text = lines[above - 1] as string;
    if (isKeyLine(text)) return { line: above, column: keyColumn(text) };
    if (text.trim() !== '' && !text.trimStart().startsWith('#')) return undefined;
  }
  return undefined;
}

/** Where the keys of the lines above `line` start: the columns a line may dedent back to. */
function enclosingColumns(lines: readonly string[], line: number): Set<number> {
  return new Set(
    lines
      .slice(0, line - 1)
      .filter(isKeyLine)
      .map(keyColumn),
  );
}

/** A line with `key:` on it (after any `- ` of a sequence item). */
function isKeyLine(text: string): boolean {
  return /^\s*(?:-\s+)*[^\s#-][^:#]*:(\s|$)/.test(text);
}

/** The column (0-based) where a line's key starts, after any `- `. */
function keyColumn(text: string): number {
  return /^(\s*(?:-\s+)*)/.exec(text)?.[1]?.length ?? 0;
}
