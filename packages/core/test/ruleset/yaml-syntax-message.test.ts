import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { parseSource } from '../../src/ruleset/parse-source.js';

/** The message of the syntax error parsing `text` gives. */
function syntaxError(text: string): string {
  try {
    parseSource(text, 'x.rules.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(CailiangError);
    const issues = (error as CailiangError).issues;
    expect(issues).toHaveLength(1);
    return issues[0]?.message as string;
  }
  throw new Error('expected a syntax error');
}

describe('yamlSyntaxMessage', () => {
  it('names the line with a stray space, not the line above it the parser stopped on', () => {
    expect(syntaxError('id: x\nitems:\n  - code: A\n     name: b\n  - code: B\n')).toMatchInlineSnapshot(
      `"line 4, column 6: this key is indented 5 spaces, but the key on line 3 is indented 4 spaces (a stray space?); keys of one mapping line up"`,
    );
  });

  it('names a key pushed out by one space at the top level', () => {
    expect(syntaxError('id: x\nversion: "1"\n items:\n  - code: A\n')).toMatchInlineSnapshot(
      `"line 3, column 2: this key is indented 1 space, but the key on line 2 is indented 0 spaces (a stray space?); keys of one mapping line up"`,
    );
  });

  it('names a key short of one space', () => {
    expect(syntaxError('id: x\nitems:\n  - code: A\n    name: b\n   law: c\n')).toMatchInlineSnapshot(
      `"line 5, column 4: this key is indented 3 spaces, but the key on line 4 is indented 4 spaces (a missing space?); keys of one mapping line up"`,
    );
  });

  it('says the location once, in plain words, for the other common slips', () => {
    expect(syntaxError('id: x\nid: y\n')).toBe(
      'line 2, column 1: the key id appears twice in the same mapping; keep one',
    );
    expect(syntaxError('id: x\n\tname: y\n')).toBe(
      'line 2, column 1: a tab indents this line; YAML indents with spaces only',
    );
    expect(syntaxError('id: x\nname: a: b\n')).toBe('line 2, column 7: the value contains ": "; put it in quotes');
    expect(syntaxError('id: x\nname: [a, b\nversion: 1\n')).toBe(
      'line 3, column 1: a [ list above this line is not closed with ]',
    );
    for (const text of [
      'id: x\nid: y\n',
      'id: x\nname: [a, b\nversion: 1\n',
      'id: x\nitems:\n  - code: A\n     name: b\n',
    ]) {
      const message = syntaxError(text);
      expect(message.match(/line \d+/g)).toHaveLength(1 + (message.match(/the key on line/g)?.length ?? 0));
      expect(message).not.toMatch(/compact mappings|implicit key|Map keys|flow sequence|\n/i);
    }
  });
});
