import { createEngine } from '@cailiang/core';
import { CailiangError, formatIssues } from '@cailiang/core';
import { lint } from '@cailiang/core/lint';
import type { Finding } from '@cailiang/core/lint';
import type { Decision, Reasoning } from '@cailiang/core';
import { review } from '@cailiang/core/review';
import type { ReviewResult } from '@cailiang/core/review';
import { ruleSetJsonSchema } from '@cailiang/core';
import { loadRuleSetFile, readDataFile, readTextFile } from '@cailiang/core/node';
import { calendarFor, licensingClockDeadline, parseExclusion, workingDayDeadline } from './commands-time.js';
import { runBatchCommand } from './commands-batch.js';
import { asksForHelp, languageArgument, parseCommandArgs, requireArgument, usageError } from './cli-args.js';
import type { ParseOptions } from './cli-args.js';
import { reportWords } from './batch/report-words.js';
import { formatCommandHelp, formatOverview, helpOf } from './command-help.js';
import type { CommandHelp } from './command-help.js';
import type { CliIo } from './cli-io.js';
import { evaluateCommand } from './evaluate/evaluate-command.js';
import { explainDecision, resolveLimits } from '@cailiang/core';
import { limitsFromArguments } from './limit-arguments.js';
import { parseShard } from './shard.js';
import { reviewMergeCommand } from './batch/review-merge-command.js';
import { diffCommand, importCommand, renderCommand } from './commands-publish.js';
import { testCommand } from './commands-test.js';
import { formatDecisionText } from './format-decision.js';
import { internalJsonErrorText, jsonErrorText, wantsJsonErrors } from './json-error.js';
import { errorLanguage, issuesIn } from './error-language.js';

export type { CliInput, CliIo, CliOutput } from './cli-io.js';

const VERSION = '0.1.0';

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
  if (command === 'help' && rest.length === 1 && helpOf(rest[0] as string) !== undefined) {
    io.stdout(formatCommandHelp(helpOf(rest[0] as string) as CommandHelp));
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(formatOverview());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    io.stderr(`unknown command "${command}"\n\n${formatOverview()}`);
    return 2;
  }
  const help = helpOf(command);
  if (help !== undefined && asksForHelp(rest)) {
    io.stdout(formatCommandHelp(help));
    return 0;
  }
  // With --json a failure is one JSON object on stdout as well, so a program reading stdout
  // always gets JSON; the lines on stderr stay for the person watching.
  const json = wantsJsonErrors(command, rest);
  try {
    return await run([...rest], io);
  } catch (error) {
    if (error instanceof CailiangError) {
      // The problems in the command's language; `--json` carries the same words, its codes unchanged.
      const issues = issuesIn(error, errorLanguage(rest));
      io.stderr(`${formatIssues(issues, error.source)}\n`);
      if (json) io.stdout(jsonErrorText(error, issues));
      return 2;
    }
    io.stderr(`cailiang: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (json) io.stdout(internalJsonErrorText(error));
    return 3;
  }
}

function decide(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs('decide', args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
    'no-trace': { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    limit: { type: 'string', multiple: true },
    lang: { type: 'string' },
  });
  requireArgument('decide', values.rules, '--rules FILE');
  requireArgument('decide', values.case, '--case FILE');
  const language = languageArgument('decide', values.lang);
  const limits = limitsFromArguments(values.limit as string[] | undefined);
  const ruleSets = (values.rules as string[]).map((path) => loadRuleSetFile(path, limits));
  const calendar = calendarFor(values.holidays as string[] | undefined, true, limits);
  const engine = createEngine(ruleSets, { trace: values['no-trace'] !== true, calendar, limits, language });
  const casePath = values.case as string;
  let decision: Decision;
  let reasoning: Reasoning | undefined;
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
    io.stdout(
      `${JSON.stringify(reasoning === undefined ? decision : { decision, reasoning: { zh: reasoning.zh, en: reasoning.en } }, null, 2)}\n`,
    );
  } else {
    io.stdout(formatDecisionText(decision, language));
    // Chinese first with the English beside it, as officers and reviewers read it; English alone
    // when asked for, so the English text does not mix languages.
    if (reasoning !== undefined)
      io.stdout(
        language === 'zh'
          ? `\n裁量说理\n${reasoning.zh}\n\nReasoning\n${reasoning.en}\n`
          : `\nReasoning\n${reasoning.en}\n`,
      );
  }
  return 0;
}

function deadline(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs('deadline', args, {
    start: { type: 'string' },
    'working-days': { type: 'string' },
    clock: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    holidays: { type: 'string', multiple: true },
    'no-adjusted-workdays': { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  requireArgument('deadline', values.start, '--start DATE');
  const language = languageArgument('deadline', values.lang);
  const excluded = ((values.exclude as string[] | undefined) ?? []).map(parseExclusion);
  const calendar = calendarFor(values.holidays as string[] | undefined, values['no-adjusted-workdays'] !== true);
  let result: { date: string; provision?: string };
  if (values.clock !== undefined) {
    if (values['working-days'] !== undefined)
      throw usageError('deadline', '--clock sets the length from the statute; leave out --working-days');
    result = licensingClockDeadline(values.clock as string, values.start as string, excluded, calendar);
  } else {
    requireArgument('deadline', values['working-days'], '--working-days N');
    const text = values['working-days'] as string;
    result = workingDayDeadline(
      values.start as string,
      /^\d+$/.test(text) ? Number(text) : Number.NaN,
      excluded,
      calendar,
    );
  }
  // The provision is the statute's own sentence and stays as written; in English it is labelled as such.
  const label = language === 'en' ? 'Provision (statute text, Chinese): ' : '';
  const provision = 'provision' in result ? `${label}${result.provision}\n` : '';
  io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${result.date}\n${provision}`);
  return 0;
}

function reviewCommand(args: string[], io: CliIo): number | Promise<number> {
  if (args[0] === 'merge') return reviewMergeCommand(args.slice(1), io);
  const { values } = parseCommandArgs('review', args, {
    rules: { type: 'string', multiple: true },
    case: { type: 'string' },
    imposed: { type: 'string' },
    json: { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    batch: { type: 'string' },
    ...BATCH_OPTIONS,
    report: { type: 'string' },
    partial: { type: 'string' },
    lang: { type: 'string' },
  });
  requireArgument('review', values.rules, '--rules FILE');
  const language = languageArgument('review', values.lang);
  const limits = limitsFromArguments(values.limit as string[] | undefined);
  if (values.batch !== undefined) {
    if (values.case !== undefined || values.imposed !== undefined)
      throw usageError('review', '--batch reads the cases and decisions from its file; leave out --case and --imposed');
    return runBatchCommand(
      {
        mode: 'review',
        ...batchArguments(values),
        input: values.batch as string,
        report: values.report as string | undefined,
        ...(values.partial === undefined ? {} : { partial: values.partial as string }),
        language,
      },
      io,
    );
  }
  for (const flag of ['workers', 'out', 'resume', 'report', 'shard', 'partial'] as const) {
    if (values[flag] !== undefined) throw usageError('review', `--${flag} goes with --batch`);
  }
  requireArgument('review', values.case, '--case FILE');
  requireArgument('review', values.imposed, '--imposed FILE');
  const engine = createEngine(
    (values.rules as string[]).map((path) => loadRuleSetFile(path, limits)),
    { calendar: calendarFor(values.holidays as string[] | undefined, true, limits), limits, language },
  );
  const casePath = values.case as string;
  const imposedPath = values.imposed as string;
  const kase = readDataFile(casePath, resolveLimits(limits));
  const imposed = readDataFile(imposedPath, resolveLimits(limits));
  let result: ReviewResult;
  try {
    result = review(engine, kase, imposed, { language });
  } catch (error) {
    if (!(error instanceof CailiangError) || error.source !== undefined) throw error;
    throw error.withSource(error.code === 'INVALID_IMPOSED' ? imposedPath : casePath);
  }
  if (values.json === true) {
    io.stdout(
      `${JSON.stringify({ verdict: result.verdict, findings: result.findings, decision: result.decision }, null, 2)}\n`,
    );
  } else {
    const words = reportWords(language);
    const verdict = language === 'zh' ? words.verdict(result.verdict) : result.verdict.toUpperCase();
    io.stdout(`${verdict} ${result.decision.item.code} ${result.decision.item.name}\n`);
    for (const finding of result.findings) {
      io.stdout(
        `  ${words.severity(finding.severity)} ${finding.code}: ${finding.message}\n${finding.citations.map((c) => `    ${c.text}\n`).join('')}`,
      );
    }
  }
  return result.verdict === 'fail' ? 1 : 0;
}

const BATCH_OPTIONS = {
  workers: { type: 'string' },
  shard: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'boolean' },
  limit: { type: 'string', multiple: true },
} as const satisfies ParseOptions;

/** `cailiang batch`: a case per line in, a decision per line out. */
function batch(args: string[], io: CliIo): Promise<number> | number {
  const { values } = parseCommandArgs('batch', args, {
    rules: { type: 'string', multiple: true },
    'no-trace': { type: 'boolean' },
    holidays: { type: 'string', multiple: true },
    ...BATCH_OPTIONS,
    lang: { type: 'string' },
  });
  requireArgument('batch', values.rules, '--rules FILE');
  const language = languageArgument('batch', values.lang);
  return runBatchCommand(
    { mode: 'decide', ...batchArguments(values), trace: values['no-trace'] !== true, language },
    io,
  );
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
    ...(values['shard'] === undefined ? {} : { shard: parseShard(values['shard'] as string) }),
    limits: limitsFromArguments(values['limit'] as string[] | undefined),
  };
}

function lintCommand(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs('lint', args, {
    rules: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  requireArgument('lint', values.rules, '--rules FILE');
  const language = languageArgument('lint', values.lang);
  // A file that cannot be read or parsed is a finding like any other, so --json still prints JSON.
  const unreadable: Finding[] = [];
  const subjects = (values.rules as string[]).flatMap((path) => {
    try {
      return [{ ruleSet: readTextFile(path), source: path }];
    } catch (error) {
      if (!(error instanceof CailiangError)) throw error;
      unreadable.push(
        ...issuesIn(error, language).map((issue) => ({
          code: issue.code,
          severity: 'error' as const,
          path: issue.path,
          message: issue.message,
          source: path,
        })),
      );
      return [];
    }
  });
  const findings = [...unreadable, ...lint(subjects, { language })];
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else {
    const words = reportWords(language);
    for (const finding of findings) io.stdout(`${lintLine(finding, words.severity(finding.severity))}\n`);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    io.stdout(
      language === 'zh' ? `${errors}个错误，${warnings}个警示\n` : `${errors} error(s), ${warnings} warning(s)\n`,
    );
  }
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

/**
 * One finding as a line, its severity in the lint's language (错误/警示, error/warning):
 * `file:line:col  item  path  severity code: message` for a load error
 * whose place is known (as other commands print such issues), `file: path: severity code: message`
 * for the others.
 */
function lintLine(finding: Finding, severity: string): string {
  const what = `${severity} ${finding.code}: ${finding.message}`;
  if (finding.line === undefined && finding.item === undefined)
    return `${[finding.source, finding.path].filter(Boolean).join(': ')}: ${what}`;
  const place =
    finding.line === undefined ? finding.source : `${finding.source ?? ''}:${finding.line}:${finding.column ?? 1}`;
  return [place, finding.item, finding.path, what].filter(Boolean).join('  ');
}

function schema(args: string[], io: CliIo): number {
  parseCommandArgs('schema', args, {});
  io.stdout(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  return 0;
}
