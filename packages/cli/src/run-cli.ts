import { createEngine } from '@cailiang/core';
import { CailiangError, formatIssues } from '@cailiang/core';
import { lint } from '@cailiang/core/lint';
import { review } from '@cailiang/core/review';
import { ruleSetJsonSchema } from '@cailiang/core';
import { loadRuleSetFile, readDataFile } from '@cailiang/core/node';
import { calendarFor, parseExclusion, workingDayDeadline } from './commands-time.js';
import { runBatchCommand } from './commands-batch.js';
import { parseCommandArgs, requireArgument } from './cli-args.js';
import type { ParseOptions } from './cli-args.js';
import type { CliIo } from './cli-io.js';
import { evaluateCommand } from './evaluate/evaluate-command.js';
import { explainDecision, resolveLimits } from '@cailiang/core';
import { limitsFromArguments } from './limit-arguments.js';
import { diffCommand, importCommand, renderCommand } from './commands-publish.js';
import { testCommand } from './commands-test.js';
import { formatDecisionText } from './format-decision.js';

export type { CliIo } from './cli-io.js';

const VERSION = '0.1.0';

const USAGE = `cailiang — discretion benchmarks (裁量基准) as machine-checked rule sets

Usage:
  cailiang decide --rules FILE [--rules FILE…] --case FILE [--json] [--explain] [--no-trace] [--holidays FILE…]
                  [--limit NAME=VALUE…]
  cailiang deadline --start DATE --working-days N [--exclude FROM..TO…] [--json]
                    [--holidays FILE…] [--no-adjusted-workdays]
  cailiang review --rules FILE [--rules FILE…] --case FILE --imposed FILE [--json] [--limit NAME=VALUE…]
  cailiang review --rules FILE [--rules FILE…] --batch CASES.ndjson|- [--workers N] [--out FILE [--resume]]
                  [--report FILE.md|FILE.html] [--holidays FILE…] [--limit NAME=VALUE…]
  cailiang batch --rules FILE [--rules FILE…] [--workers N] [--out FILE [--resume]] [--no-trace]
                 [--holidays FILE…] [--limit NAME=VALUE…] < cases.ndjson > decisions.ndjson
  cailiang test FIXTURES.yaml|DIR [FIXTURES.yaml|DIR…] [--update] [--limit NAME=VALUE…]
  cailiang lint --rules FILE [--rules FILE…] [--json]
  cailiang schema
  cailiang render --rules FILE --format md|html|csv|xlsx [--out FILE]
  cailiang import FILE.csv|FILE.xlsx [--out RULES.yaml] [--fill-blank]
  cailiang diff --from FILE --to FILE [--fixtures FILE…] [--json]
  cailiang evaluate --rules FILE… (--decisions RECORDS.ndjson | --synthetic N [--seed S]) --out REPORT.html
                    [--json FILE] [--csv FILE] [--partial FILE] [--shard I/N] [--workers N]
  cailiang evaluate merge PARTIAL.json… [--report REPORT.html] [--json FILE] [--csv FILE] [--partial FILE]

Limits:     --limit NAME=VALUE raises a limit on input size for trusted input (maxSourceLength,
            maxLineBytes, maxNesting, maxNodes, maxCharacters, maxConditionsPerItem, maxConditions,
            maxAmountDigits, maxAmountDecimals); see docs/reliability.md for the defaults
Exit codes: 0 done · 1 lint errors, failing fixtures, a failed review, or batch lines with error records
            2 bad input or usage, or batch output that cannot be written · 3 internal error
More on batches: cailiang batch --help
`;

const BATCH_HELP = `Batches (cailiang batch, cailiang review --batch): NDJSON in, NDJSON out.

  Input       one JSON value per line: a case (batch) or { "case": …, "imposed": … } (review);
              read as a stream, so memory stays flat however many lines. CRLF line ends are
              accepted, and a last line without a newline is still a line.
  Output      exactly one line per input line, in input order: the decision (batch), or
              { "line", "verdict", "findings", "item" } (review). A line that cannot be decided
              — not JSON, not UTF-8, blank (blank lines are errors, not skipped), longer than
              1 MiB (--limit maxLineBytes=N), an invalid case — gives {"line": N, "error": {…}}.
  --workers N worker threads, each with its own engine (default 1: no threads). Output is
              byte-identical whatever N. A line whose worker dies is run again once, alone;
              if it kills a worker twice it gets a WORKER_FAILED error record.
  --out FILE  write to FILE instead of stdout. On a write error (full disk, closed pipe) the
              command stops with exit 2 and a message; the output holds whole lines only.
  --resume    with --out: continue FILE after its last whole line (a cut-off last line is
              written again). Unavailable with stdout, which cannot be read back.
  --report F  review only: a Markdown (.md) or self-contained HTML (.html) report, counts per
              finding and the worst cases first with their citations.
  Progress    a progress bar on stderr when stderr is a terminal; a summary at the end.
  Exit codes  0 every line decided (and no review failed) · 1 error records or failed reviews
              · 2 usage, unreadable rule sets or input, unwritable output
              · 3 internal error records, WORKER_FAILED, or workers that kept dying
`;

type Command = (args: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  decide,
  deadline,
  review: reviewCommand,
  batch,
  test: testCommand,
  lint: lintCommand,
  schema,
  render: renderCommand,
  import: importCommand,
  diff: diffCommand,
  evaluate: evaluateCommand,
};

/**
 * Runs the command line. Bad input never shows a stack trace: each problem is one line on
 * stderr naming the file and the path inside it, and the exit code is 2.
 *
 * @param argv - the arguments after the program name
 * @param io - where to read and write
 * @returns the exit code, once the command is done (batches stream, so this is a promise)
 * @example process.exitCode = await runCli(['decide', '--rules', 'food.rules.yaml', '--case', 'case.yaml'], io);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    io.stderr(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run([...rest], io);
  } catch (error) {
    if (error instanceof CailiangError) {
      io.stderr(`${formatIssues(error.issues, error.source)}\n`);
      return 2;
    }
    io.stderr(`cailiang: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 3;
  }
}

/**
 * One command's lines of USAGE (both forms of review, continuation lines included), shown with its
 * usage errors, as the newer commands show theirs.
 */
function usageOf(command: string): string {
  const lines: string[] = [];
  let inCommand = false;
  for (const line of USAGE.split('\n')) {
    if (line.startsWith('  cailiang ')) inCommand = line.startsWith(`  cailiang ${command} `) || line === `  cailiang ${command}`;
    else if (!/^ {4,}\S/.test(line)) inCommand = false;
    if (inCommand) lines.push(line.slice(2));
  }
  return lines.join('\n');
}

/** Parses a command's flags, with its usage in the error (see cli-args.ts). */
function parse(command: string, args: string[], options: ParseOptions, allowPositionals = false) {
  return parseCommandArgs(args, options, usageOf(command), allowPositionals);
}

/** A usage error naming `flag` unless it was given. */
function required(command: string, value: unknown, flag: string): void {
  requireArgument(value, flag, usageOf(command));
}

function decide(args: string[], io: CliIo): number {
  const { values } = parse('decide', args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
    'no-trace': { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    limit: { type: 'string', multiple: true },
  });
  required('decide', values.rules, '--rules FILE');
  required('decide', values.case, '--case FILE');
  const limits = limitsFromArguments(values.limit as string[] | undefined);
  const ruleSets = (values.rules as string[]).map((path) => loadRuleSetFile(path, limits));
  const calendar = calendarFor(values.holidays as string[] | undefined, true, limits);
  const engine = createEngine(ruleSets, { trace: values['no-trace'] !== true, calendar, limits });
  const casePath = values.case as string;
  let decision;
  let reasoning;
  try {
    const kase = readDataFile(casePath, resolveLimits(limits));
    if (values.explain === true) {
      reasoning = explainDecision(engine, kase);
      decision = reasoning.decision;
    } else {
      decision = engine.decide(kase);
    }
  } catch (error) {
    throw error instanceof CailiangError && error.source === undefined ? error.withSource(casePath) : error;
  }
  if (values.json === true) {
    io.stdout(`${JSON.stringify(reasoning === undefined ? decision : { decision, reasoning: { zh: reasoning.zh, en: reasoning.en } }, null, 2)}\n`);
  } else {
    io.stdout(formatDecisionText(decision));
    if (reasoning !== undefined) io.stdout(`\n裁量说理\n${reasoning.zh}\n\nReasoning\n${reasoning.en}\n`);
  }
  return 0;
}

function deadline(args: string[], io: CliIo): number {
  const { values } = parse('deadline', args, {
    start: { type: 'string' },
    'working-days': { type: 'string' },
    exclude: { type: 'string', multiple: true },
    holidays: { type: 'string', multiple: true },
    'no-adjusted-workdays': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  required('deadline', values.start, '--start DATE');
  required('deadline', values['working-days'], '--working-days N');
  const text = values['working-days'] as string;
  const result = workingDayDeadline(
    values.start as string,
    /^\d+$/.test(text) ? Number(text) : Number.NaN,
    ((values.exclude as string[] | undefined) ?? []).map(parseExclusion),
    calendarFor(values.holidays as string[] | undefined, values['no-adjusted-workdays'] !== true),
  );
  io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${result.date}\n`);
  return 0;
}

function reviewCommand(args: string[], io: CliIo): number | Promise<number> {
  if (args.includes('--help')) return help(io);
  const { values } = parse('review', args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    imposed: { type: 'string' },
    json: { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    batch: { type: 'string' },
    ...BATCH_OPTIONS,
    report: { type: 'string' },
  });
  required('review', values.rules, '--rules FILE');
  const limits = limitsFromArguments(values.limit as string[] | undefined);
  if (values.batch !== undefined) {
    if (values.case !== undefined || values.imposed !== undefined) throw usageError('--batch reads the cases and decisions from its file; leave out --case and --imposed');
    return runBatchCommand({ mode: 'review', ...batchArguments(values), input: values.batch as string, report: values.report as string | undefined }, io);
  }
  for (const flag of ['workers', 'out', 'resume', 'report'] as const) {
    if (values[flag] !== undefined) throw usageError(`--${flag} goes with --batch`);
  }
  required('review', values.case, '--case FILE');
  required('review', values.imposed, '--imposed FILE');
  const engine = createEngine(
    (values.rules as string[]).map((path) => loadRuleSetFile(path, limits)),
    { calendar: calendarFor(values.holidays as string[] | undefined, true, limits), limits },
  );
  const casePath = values.case as string;
  const imposedPath = values.imposed as string;
  const kase = readDataFile(casePath, resolveLimits(limits));
  const imposed = readDataFile(imposedPath, resolveLimits(limits));
  let result;
  try {
    result = review(engine, kase, imposed);
  } catch (error) {
    if (!(error instanceof CailiangError) || error.source !== undefined) throw error;
    throw error.withSource(error.code === 'INVALID_IMPOSED' ? imposedPath : casePath);
  }
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ verdict: result.verdict, findings: result.findings, decision: result.decision }, null, 2)}\n`);
  } else {
    io.stdout(`${result.verdict.toUpperCase()} ${result.decision.item.code} ${result.decision.item.name}\n`);
    for (const finding of result.findings) {
      io.stdout(`  ${finding.severity} ${finding.code}: ${finding.message}\n${finding.citations.map((c) => `    ${c.text}\n`).join('')}`);
    }
  }
  return result.verdict === 'fail' ? 1 : 0;
}

const BATCH_OPTIONS = {
  workers: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'boolean' },
  limit: { type: 'string', multiple: true },
} as const satisfies ParseOptions;

/** `cailiang batch`: a case per line in, a decision per line out. */
function batch(args: string[], io: CliIo): Promise<number> | number {
  if (args.includes('--help')) return help(io);
  const { values } = parse('batch', args, {
    rules: { type: 'string', multiple: true },
    'no-trace': { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    ...BATCH_OPTIONS,
  });
  required('batch', values.rules, '--rules FILE');
  return runBatchCommand({ mode: 'decide', ...batchArguments(values), trace: values['no-trace'] !== true }, io);
}

/** The options both batch commands share, read from parsed arguments. */
function batchArguments(values: Record<string, unknown>) {
  const workers = (values['workers'] as string | undefined) ?? '1';
  return {
    rules: values['rules'] as string[],
    holidays: (values['holidays'] as string[] | undefined) ?? [],
    trace: false,
    workers: /^\d+$/.test(workers) ? Number(workers) : Number.NaN,
    out: values['out'] as string | undefined,
    resume: values['resume'] === true,
    limits: limitsFromArguments(values['limit'] as string[] | undefined),
  };
}

/** `batch --help`, `review --help`: the usage, then how batches behave. */
function help(io: CliIo): number {
  io.stdout(`${USAGE}\n${BATCH_HELP}`);
  return 0;
}

function usageError(message: string): CailiangError {
  return new CailiangError('USAGE', [{ code: 'usage', path: '', message: `${message}\n\n${USAGE}` }]);
}

function lintCommand(args: string[], io: CliIo): number {
  const { values } = parse('lint', args, { rules: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  required('lint', values.rules, '--rules FILE');
  const findings = lint((values.rules as string[]).map((path) => ({ ruleSet: readDataFile(path), source: path })));
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else {
    for (const finding of findings) {
      io.stdout(`${[finding.source, finding.path].filter(Boolean).join(': ')}: ${finding.severity} ${finding.code}: ${finding.message}\n`);
    }
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    io.stdout(`${errors} error(s), ${findings.length - errors} warning(s)\n`);
  }
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

function schema(args: string[], io: CliIo): number {
  parse('schema', args, {});
  io.stdout(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  return 0;
}

