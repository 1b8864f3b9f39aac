/**
 * TEST-ONLY fault injection for batch workers, to prove that a worker that dies loses no line.
 * `CAILIANG_TEST_WORKER_FAULT=<how>:<line>[:once]` makes a worker thread fail when it reaches
 * input line `<line>`: `throw` (an exception it does not catch) or `exit` (`process.exit(70)`
 * in the thread); with `:once`, only on the line's first attempt (a passing fault, which the
 * retry survives), else on every attempt (a line that always kills its worker). It never
 * applies in-process (`--workers 1`) and is not meant for any other use.
 */
export const FAULT_VARIABLE = 'CAILIANG_TEST_WORKER_FAULT';

/** The injected fault, or undefined when the variable is unset or malformed. */
export interface Fault {
  readonly how: 'throw' | 'exit';
  readonly line: number;
  readonly once: boolean;
}

/**
 * @param value - the variable's value
 * @returns the fault it describes
 * @example parseFault('exit:120:once') // { how: 'exit', line: 120, once: true }
 */
export function parseFault(value: string | undefined): Fault | undefined {
  const match = /^(throw|exit):(\d+)(:once)?$/.exec(value ?? '');
  if (match === null) return undefined;
  return { how: match[1] as Fault['how'], line: Number(match[2]), once: match[3] !== undefined };
}

/**
 * Fails as the fault says when `line` is its line.
 *
 * @param fault - the injected fault
 * @param line - the line about to be decided
 * @param attempt - 1 on a first run, more when re-run after a worker died
 * @throws Error on purpose, for `throw`
 * @example triggerFault({ how: 'throw', line: 120, once: true }, 120, 1) // throws
 */
export function triggerFault(fault: Fault, line: number, attempt: number): void {
  if (line !== fault.line || (fault.once && attempt > 1)) return;
  if (fault.how === 'exit') process.exit(70);
  throw new Error(`injected fault at line ${line} (${FAULT_VARIABLE})`);
}
