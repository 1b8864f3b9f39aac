import { parseArgs } from 'node:util';
import { createEngine } from '../decide/engine.js';
import { CailiangError, formatIssues } from '../errors/cailiang-error.js';
import { formatFixtureReport } from '../fixtures/index.js';
import type { FixtureRunResult } from '../fixtures/index.js';
import { lint } from '../lint/index.js';
import { review } from '../review/review.js';
import { ruleSetJsonSchema } from '../schema/json-schema.js';
import { loadRuleSetFile, readDataFile } from './files.js';
import { runFixtureFile } from './fixture-files.js';
import { calendarFor, parseExclusion, workingDayDeadline } from './commands-time.js';
import { formatDecisionText } from './format-decision.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour in human output (a TTY). */
  readonly color?: boolean;
}

const VERSION = '0.1.0';

const USAGE = `cailiang — discretion benchmarks (裁量基准) as machine-checked rule sets

Usage:
  cailiang decide --rules FILE [--rules FILE…] --case FILE [--json] [--no-trace] [--holidays FILE…]
  cailiang deadline --start DATE --working-days N [--exclude FROM..TO…] [--json]
                    [--holidays FILE…] [--no-adjusted-workdays]
  cailiang review --rules FILE [--rules FILE…] --case FILE --imposed FILE [--json]
  cailiang test FIXTURES.yaml [FIXTURES.yaml…]
  cailiang lint --rules FILE [--rules FILE…] [--json]
  cailiang schema

Exit codes: 0 done · 1 lint errors, failing fixtures or a failed review · 2 bad input or usage
`;

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = { decide, deadline, review: reviewCommand, test, lint: lintCommand, schema };

/**
 * Runs the command line. Bad input never shows a stack trace: each problem is one line on
 * stderr naming the file and the path inside it, and the exit code is 2.
 *
 * @param argv - the arguments after the program name
 * @returns the exit code
 */
export function runCli(argv: readonly string[], io: CliIo): number {
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
    return run([...rest], io);
  } catch (error) {
    if (error instanceof CailiangError) {
      io.stderr(`${formatIssues(error.issues, error.source)}\n`);
      return 2;
    }
    io.stderr(`cailiang: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 3;
  }
}

type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function parse(args: string[], options: ParseOptions, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: `${(error as Error).message}\n\n${USAGE}` }]);
  }
}

function required(value: unknown, flag: string): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new CailiangError('USAGE', [{ code: 'usage', path: '', message: `missing ${flag}\n\n${USAGE}` }]);
  }
}

function decide(args: string[], io: CliIo): number {
  const { values } = parse(args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    json: { type: 'boolean' },
    'no-trace': { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
  });
  required(values.rules, '--rules FILE');
  required(values.case, '--case FILE');
  const ruleSets = (values.rules as string[]).map(loadRuleSetFile);
  const calendar = calendarFor(values.holidays as string[] | undefined, true);
  const engine = createEngine(ruleSets, { trace: values['no-trace'] !== true, calendar });
  const casePath = values.case as string;
  let decision;
  try {
    decision = engine.decide(readDataFile(casePath));
  } catch (error) {
    throw error instanceof CailiangError && error.source === undefined ? error.withSource(casePath) : error;
  }
  io.stdout(values.json === true ? `${JSON.stringify(decision, null, 2)}\n` : formatDecisionText(decision));
  return 0;
}

function deadline(args: string[], io: CliIo): number {
  const { values } = parse(args, {
    start: { type: 'string' },
    'working-days': { type: 'string' },
    exclude: { type: 'string', multiple: true },
    holidays: { type: 'string', multiple: true },
    'no-adjusted-workdays': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  required(values.start, '--start DATE');
  required(values['working-days'], '--working-days N');
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

function reviewCommand(args: string[], io: CliIo): number {
  const { values } = parse(args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    imposed: { type: 'string' },
    json: { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
  });
  required(values.rules, '--rules FILE');
  required(values.case, '--case FILE');
  required(values.imposed, '--imposed FILE');
  const engine = createEngine((values.rules as string[]).map(loadRuleSetFile), { calendar: calendarFor(values.holidays as string[] | undefined, true) });
  const casePath = values.case as string;
  const imposedPath = values.imposed as string;
  const kase = readDataFile(casePath);
  const imposed = readDataFile(imposedPath);
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

function test(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {}, true);
  required(positionals, 'FIXTURES.yaml');
  const results: FixtureRunResult[] = positionals.map(runFixtureFile);
  io.stdout(`${formatFixtureReport(results, { color: io.color === true })}\n`);
  return results.every((result) => result.failed === 0) ? 0 : 1;
}

function lintCommand(args: string[], io: CliIo): number {
  const { values } = parse(args, { rules: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  required(values.rules, '--rules FILE');
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
  parse(args, {});
  io.stdout(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  return 0;
}

