import { parse as parseYaml, YAMLParseError } from 'yaml';

/**
 * Machine cells hold YAML values on one line: text as it is (`从轻`, `revoke-licence`) unless it
 * could be read as something else — a number, `true`, a date a spreadsheet would convert — then
 * in JSON double quotes (`"2024.1"`, `"2"`); numbers and booleans bare; lists and maps in flow
 * style (`[ "0", "0.3" ]`, `{ law: FSL, article: 34, item: 4 }`). The written text reads back to
 * exactly the same value, so types survive a round trip (`level: 2` stays a number, `"2"` text).
 */

/** Text a spreadsheet would turn into a number, date or formula if it stood bare in a cell. */
const SPREADSHEET_SENSITIVE = /^([-+=@]|[\d\s.,:/+-]+$)/;
/** Characters that end or structure a plain scalar inside a flow collection. */
const FLOW_INDICATORS = /[,[\]{}#"'\n\r\t]|: |:$|^[\s&*!|>%`?-]|\s$/;

/**
 * A value as a machine cell writes it.
 *
 * @example formatCellValue({ law: 'FSL', article: 34, item: 4 }) // '{ law: FSL, article: 34, item: 4 }'
 * @example formatCellValue('2024.1') // '"2024.1"'
 */
export function formatCellValue(value: unknown): string {
  if (typeof value === 'string')
    return SPREADSHEET_SENSITIVE.test(value) ? JSON.stringify(value) : formatScalarText(value);
  return formatFlow(value);
}

/** The same, for text alone: plain where YAML reads it back as the same text, else quoted. */
function formatScalarText(text: string): string {
  return isPlainSafe(text) ? text : JSON.stringify(text);
}

function formatFlow(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return formatScalarText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[ ${value.map(formatFlow).join(', ')} ]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, entry]) => `${formatScalarText(key)}: ${formatFlow(entry)}`).join(', ')} }`;
  }
  return JSON.stringify(String(value));
}

function isPlainSafe(text: string): boolean {
  if (text === '' || FLOW_INDICATORS.test(text)) return false;
  try {
    return parseYaml(text, { schema: 'core' }) === text;
  } catch {
    return false;
  }
}

export type CellValueResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a machine cell written by {@link formatCellValue} (or typed by hand in the same YAML).
 *
 * @returns the value, or why the text is not a YAML value
 */
export function parseCellValue(text: string): CellValueResult {
  try {
    return {
      ok: true,
      value: parseYaml(text, { schema: 'core', uniqueKeys: true, merge: false, maxAliasCount: 0 }) as unknown,
    };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      const first = error.message.split('\n')[0] ?? error.message;
      return {
        ok: false,
        message: `not a valid value${where === undefined ? '' : ` (character ${where.col})`}: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
      };
    }
    return { ok: false, message: `not a valid value: ${String(error)}` };
  }
}
