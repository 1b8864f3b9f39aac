/**
 * CSV injection: a spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return as a formula (`=HYPERLINK(…)`, `=cmd|…`). Every CSV cailiang writes
 * — a rendered benchmark table, an evaluation — may carry text it did not author (a pasted rule
 * set, an officer's free text), so such a cell is written with a leading `'`, which spreadsheets
 * read as "this is text". A plain number (`-5`, `-12.5`) is data and keeps its sign.
 *
 * The guard is reversible, so that a rendered table still imports back to the same rule set: a
 * cell is guarded when it starts with any number of `'` and then a formula character, and
 * unguarding removes one `'` from exactly those cells.
 */

/** Any number of `'`, then a character that starts a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell that needs unguarding: at least one `'`, then a character that starts a formula. */
const GUARDED = /^'+[=+\-@\t\r]/;
/** A plain decimal number, which spreadsheets read as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell's text as written to CSV, `'`-prefixed where a spreadsheet could run it.
 *
 * @example guardFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example guardFormula('-12.5') // '-12.5'
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A cell's text as read from CSV: {@link guardFormula} undone, so `unguardFormula(guardFormula(t)) === t`
 * for every text. A cell typed by hand as `=SUM(A1)` (no `'`) is left as it is.
 *
 * @example unguardFormula("'=HYPERLINK(\"x\")") // '=HYPERLINK("x")'
 */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
