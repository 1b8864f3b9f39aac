import type { Issue } from '@cailiang/core';

/** A line read as JSON, or the one problem that stops it being read. */
export type DecodedLine =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: Issue };

const CR = 0x0d;
// fatal: bytes that are not UTF-8 make an error record rather than U+FFFD in a legal decision.
// ignoreBOM: the BOM is removed by hand, and only where a file may carry one (line 1).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const MAX_MESSAGE = 200;

/**
 * Decodes one NDJSON line: UTF-8 (strictly), a `\r` before the newline dropped (CRLF files),
 * a BOM dropped on line 1, then `JSON.parse`. A blank line (empty or only white space) is an
 * error, not skipped: output line N always answers input line N.
 *
 * @param bytes - the line without its `\n`
 * @param line - its 1-based number
 * @returns the parsed value, or the issue (`encoding`, `blank_line`, `invalid_json`)
 * @example decodeLine(Buffer.from('{"item":"FS-124-1-3"}\r'), 1) // { ok: true, value: { item: 'FS-124-1-3' } }
 */
export function decodeLine(bytes: Uint8Array, line: number): DecodedLine {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(0, end));
  } catch {
    return { ok: false, issue: { code: 'encoding', path: '', message: 'the line is not valid UTF-8 text' } };
  }
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return {
      ok: false,
      issue: { code: 'blank_line', path: '', message: 'the line is blank; every line must hold one JSON value' },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    return {
      ok: false,
      issue: {
        code: 'invalid_json',
        path: '',
        message: `not JSON: ${reason.length > MAX_MESSAGE ? `${reason.slice(0, MAX_MESSAGE)}…` : reason}`,
      },
    };
  }
}

/**
 * The issue for a line longer than the reader keeps (see `ReadLinesOptions.maxLineBytes`).
 *
 * @param length - the line's length in bytes
 * @param max - the limit
 * @returns the issue, code `line_too_long`
 */
export function tooLongIssue(length: number, max: number): Issue {
  return { code: 'line_too_long', path: '', message: `the line is ${length} bytes long; at most ${max} are read` };
}
