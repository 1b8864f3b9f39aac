/**
 * A fault for the fake workers of workers/worker-pool.test.ts: they fail when they reach input line
 * `line` — `throw` (an exception they do not catch) or `exit` — with `once`, only on the line's
 * first attempt (a passing fault, which the retry survives), else on every attempt (a line that
 * always kills its worker). Test code only: the built worker has no fault injection.
 */
export interface Fault {
  readonly how: 'throw' | 'exit';
  readonly line: number;
  readonly once: boolean;
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
  throw new Error(`injected fault at line ${line}`);
}
