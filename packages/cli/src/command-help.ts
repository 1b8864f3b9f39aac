/**
 * What each command says about itself: `cailiang COMMAND --help` prints it whole, and a usage
 * error shows its usage lines, so the two can never disagree.
 */

/** One command's help: what it does, how it is called, its options, examples and exit codes. */
export interface CommandHelp {
  readonly name: string;
  /** One line: what the command is for. */
  readonly summary: string;
  /** Its forms; continuation lines start with spaces. */
  readonly usage: readonly string[];
  /** Each option (or argument) and what it means. */
  readonly options: readonly (readonly [flag: string, meaning: string])[];
  readonly examples: readonly string[];
  /** What each exit code means for this command. */
  readonly exitCodes: readonly string[];
  /** More, after the options (how batches behave…). */
  readonly details?: string;
}

const LIMIT: readonly [string, string] = [
  '--limit NAME=VALUE',
  'raise (or lower) a limit on input size for input you trust, e.g. maxNodes=20000000; repeatable (docs/reliability.md)',
];
/** `--lang` of a command whose only words are its files' problems (its report is the table's own). */
const LOAD_LANG: readonly [string, string] = [
  '--lang zh|en',
  'the language of the problems printed when a file cannot be read or loaded: zh (default) or en; their codes are the same in both',
];
const HOLIDAYS: readonly [string, string] = [
  '--holidays FILE',
  "add holiday arrangements (next year's State Council notice) to the shipped calendar; repeatable",
];
const USAGE_AND_FILES =
  '2  usage, or a file that cannot be read or is not valid (one line per problem, naming the file and the path inside it)';
const INTERNAL = '3  internal error (a bug: please report it)';

const BATCH_DETAILS = `Batches (cailiang batch, cailiang review --batch): NDJSON in, NDJSON out.

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
  --shard K/N decide only lines K, K+N, K+2N … of the input (round robin), so that a job
              runner can spread one corpus over N machines: output line j answers input line
              K+(j-1)N, and error records carry that number. The N outputs interleaved line by
              line (paste -d '\n' out-1 … out-N, trailing blank lines dropped) are the
              unsharded output. --resume continues a shard's output after its last whole line.
  --report F  review only: a Markdown (.md) or self-contained HTML (.html) report, counts per
              finding and the worst cases first with their citations.
  Progress    a progress bar on stderr when stderr is a terminal; a summary at the end.`;

const BATCH_EXIT_CODES = [
  '0  every line decided (and no review failed)',
  '1  error records or failed reviews',
  '2  usage, unreadable rule sets or input, unwritable output',
  '3  internal error records, WORKER_FAILED, or workers that kept dying',
];

/** Every command's help, in the order `cailiang --help` lists them. */
export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    name: 'decide',
    summary:
      'decide one case against the rule sets: outcome, tier, sanctions with the exact fine range, deadlines, citations',
    usage: [
      'cailiang decide --rules FILE [--rules FILE…] --case FILE [--json] [--explain] [--no-trace] [--holidays FILE…]',
      '                [--limit NAME=VALUE…] [--lang zh|en]',
    ],
    options: [
      ['--rules FILE', 'a rule set (YAML or JSON); repeat for several'],
      ['--case FILE', 'the case: item (or items), party, facts, circumstances, dates'],
      [
        '--json',
        'print the decision as JSON, byte-identical for the same inputs; a failure is { "error": { code, source, issues } }',
      ],
      ['--explain', 'add the reasoning (裁量说理): Chinese then English, or English alone with --lang en'],
      ['--no-trace', 'leave out the trace (every condition evaluated, with the value it saw)'],
      HOLIDAYS,
      LIMIT,
      [
        '--lang zh|en',
        "the language of the warnings and the text's headings: zh (default) or en; the item, tier, sanction and statute words stay as the table and law write them, and the JSON keys and warning codes are the same in both",
      ],
    ],
    examples: [
      'cailiang decide --rules food-safety.rules.yaml --case case.yaml',
      'cailiang decide --rules food-safety.rules.yaml --case case.yaml --json --no-trace',
      'cailiang decide --rules food-safety.rules.yaml --case case.yaml --lang en',
    ],
    exitCodes: ['0  decided', USAGE_AND_FILES, INTERNAL],
  },
  {
    name: 'deadline',
    summary: 'the last day of a period of N working days from a start date (the start day not counted)',
    usage: [
      'cailiang deadline --start DATE (--working-days N | --clock NAME) [--exclude FROM..TO…] [--json]',
      '                  [--holidays FILE…] [--no-adjusted-workdays] [--lang zh|en]',
    ],
    options: [
      ['--start DATE', 'the day of the event (受理, 告知…), e.g. 2025-09-26'],
      ['--working-days N', 'the length of the period, a whole number, 1 or more'],
      [
        '--clock NAME',
        'a clock of 行政许可法 with its statutory length: correction (第三十二条, 5), decision (第四十二条第一款, 20), decision-extended (30), joint (第四十二条第二款, 45), joint-extended (60), lower-review (第四十三条, 20), certificate (第四十四条, 10) working days; renewal-application (第五十条第一款: --start is the expiry, 30 days back), renewal-decision (第五十条第二款)',
      ],
      ['--exclude FROM..TO', 'a period not counted (行政许可法 第四十五条); repeatable'],
      [
        '--json',
        'print { start, workingDays, excluded, countAdjustedWorkdays, date, calendar }; a failure is { "error": { code, source, issues } }',
      ],
      HOLIDAYS,
      ['--no-adjusted-workdays', 'do not count weekend days made working days (调休)'],
      [
        '--lang zh|en',
        "zh (default) or en: in English the clock's provision is labelled as the statute's Chinese text; the date line and the JSON are the same in both",
      ],
    ],
    examples: [
      'cailiang deadline --start 2025-09-26 --working-days 20 --exclude 2025-10-13..2025-10-17',
      'cailiang deadline --start 2026-02-12 --clock decision',
      'cailiang deadline --start 2026-06-30 --clock renewal-application',
    ],
    exitCodes: ['0  counted', '2  usage, a bad date, or a year the calendar does not know', INTERNAL],
  },
  {
    name: 'review',
    summary: 'review what an officer imposed (法制审核) against the benchmark: PASS, WARN or FAIL with the provisions',
    usage: [
      'cailiang review --rules FILE [--rules FILE…] --case FILE --imposed FILE [--json] [--limit NAME=VALUE…]',
      'cailiang review --rules FILE [--rules FILE…] --batch CASES.ndjson|- [--workers N] [--shard K/N] [--out FILE [--resume]]',
      '                [--report FILE.md|FILE.html] [--partial FILE.json] [--holidays FILE…] [--limit NAME=VALUE…] [--lang zh|en]',
      'cailiang review merge PARTIAL.json… [--report FILE.md|FILE.html] [--partial FILE.json] [--lang zh|en]',
    ],
    options: [
      ['--rules FILE', 'a rule set; repeat for several'],
      ['--case FILE', 'the case'],
      ['--imposed FILE', '{ sanctions: [{ kind, amount? }], hearingOffered?, dates?, reasons? }'],
      ['--json', 'print { verdict, findings, decision } as JSON; a failure is { "error": { code, source, issues } }'],
      [
        '--batch FILE',
        'NDJSON, one { "case": …, "imposed": … } per line (- for stdin); the "synthetic": true mark evaluate --save-synthetic writes is accepted',
      ],
      ['--workers N, --shard K/N, --out FILE, --resume', 'with --batch: see below'],
      ['--report FILE', 'with --batch: a Markdown (.md) or HTML (.html) report'],
      ['--partial FILE', 'with --batch: save the exact tally; review merge adds tallies of districts or shards'],
      [
        '--lang zh|en',
        'the language of the findings, the report and the summary on stderr: zh (default) or en; finding codes are the same in both',
      ],
      HOLIDAYS,
      LIMIT,
    ],
    examples: [
      'cailiang review --rules food-safety.rules.yaml --case case.yaml --imposed imposed.yaml',
      'cailiang review --rules food-safety.rules.yaml --batch reviews.ndjson --out verdicts.ndjson --report report.html',
      'cailiang review merge district-1.json district-2.json --report city.html',
    ],
    exitCodes: [
      '0  PASS or WARN (batch: every line reviewed, none failed)',
      '1  FAIL (batch: failed reviews or error records)',
      '2  usage, unreadable rule sets or input, unwritable output',
      '3  internal error',
    ],
    details: BATCH_DETAILS,
  },
  {
    name: 'batch',
    summary: 'decide a stream of cases: NDJSON in, one decision per line out, in input order',
    usage: [
      'cailiang batch --rules FILE [--rules FILE…] [--workers N] [--shard K/N] [--out FILE [--resume]] [--no-trace]',
      '               [--holidays FILE…] [--limit NAME=VALUE…] [--lang zh|en] < cases.ndjson > decisions.ndjson',
    ],
    options: [
      ['--rules FILE', 'a rule set; repeat for several'],
      ['--workers N', 'worker threads (default 1)'],
      ['--out FILE', 'write to FILE instead of stdout'],
      ['--resume', 'with --out: continue FILE after its last whole line'],
      ['--shard K/N', 'only lines K, K+N, K+2N … (input line numbers kept)'],
      ['--no-trace', 'leave out the trace'],
      HOLIDAYS,
      LIMIT,
      [
        '--lang zh|en',
        "the language of the decisions' warnings and of the summary on stderr: zh (default) or en; keys and codes are the same in both",
      ],
    ],
    examples: [
      'cailiang batch --rules food-safety.rules.yaml < cases.ndjson > decisions.ndjson',
      'cailiang batch --rules food-safety.rules.yaml --workers 4 --out decisions.ndjson --resume < cases.ndjson',
    ],
    exitCodes: BATCH_EXIT_CODES,
    details: BATCH_DETAILS,
  },
  {
    name: 'test',
    summary:
      'run fixture files (or every *.fixtures.yaml in a directory): each case, a diff of each mismatch, N passed, N failed',
    usage: [
      'cailiang test FIXTURES.yaml|DIR [FIXTURES.yaml|DIR…] [--update | --json] [--limit NAME=VALUE…] [--lang zh|en]',
    ],
    options: [
      ['FIXTURES.yaml|DIR', 'a fixture file, or a directory of *.fixtures.yaml files run in name order'],
      [
        '--update',
        "rewrite the failing cases' expectations to the current decisions (review before committing: an expectation is a legal claim)",
      ],
      [
        '--json',
        'print { "files": [ { source, cases, passed, failed } ] } instead of the report; a failure is { "error": … }',
      ],
      LIMIT,
      LOAD_LANG,
    ],
    examples: ['cailiang test food-safety.fixtures.yaml', 'cailiang test benchmarks/'],
    exitCodes: ['0  every case passed (or --update rewrote them)', '1  a case failed', USAGE_AND_FILES, INTERNAL],
  },
  {
    name: 'lint',
    summary: 'check rule sets beyond loading: overlapping bands, unauthorised sanctions, unread facts, …',
    usage: ['cailiang lint --rules FILE [--rules FILE…] [--json] [--lang zh|en]'],
    options: [
      ['--rules FILE', 'a rule set; repeat for several'],
      [
        '--json',
        'print { findings } as JSON (a file that cannot be read or parsed is a finding too); a usage error is { "error": … }',
      ],
      [
        '--lang zh|en',
        "the language of the findings, the loader's problems included: zh (default) or en; finding codes are the same in both",
      ],
    ],
    examples: [
      'cailiang lint --rules food-safety.rules.yaml',
      'cailiang lint --rules a.rules.yaml --rules b.rules.yaml --json',
      'cailiang lint --rules food-safety.rules.yaml --lang en',
    ],
    exitCodes: ['0  no errors (warnings allowed)', '1  a finding is an error', '2  usage', INTERNAL],
  },
  {
    name: 'schema',
    summary: 'print the JSON Schema (draft 2020-12) of the rule-set format',
    usage: ['cailiang schema'],
    options: [],
    examples: ['cailiang schema > rule-set.schema.json'],
    exitCodes: ['0  printed', '2  usage'],
  },
  {
    name: 'render',
    summary: 'write the benchmark as the table agencies publish: Markdown, HTML, CSV or XLSX',
    usage: ['cailiang render --rules FILE --format md|html|csv|xlsx [--out FILE] [--lang zh|en]'],
    options: [
      ['--rules FILE', 'the rule set'],
      ['--format FORMAT', 'md, html, csv or xlsx; without it the extension of --out decides'],
      ['--out FILE', 'write to FILE instead of stdout (required for xlsx)'],
      LOAD_LANG,
    ],
    examples: [
      'cailiang render --rules food-safety.rules.yaml --format md',
      'cailiang render --rules food-safety.rules.yaml --out table.xlsx',
    ],
    exitCodes: ['0  written', USAGE_AND_FILES, INTERNAL],
  },
  {
    name: 'import',
    summary: 'read a table written by render (and edited) back into a rule set',
    usage: ['cailiang import FILE.csv|FILE.xlsx [--out RULES.yaml] [--fill-blank] [--lang zh|en]'],
    options: [
      ['FILE.csv|FILE.xlsx', 'the table'],
      ['--out FILE', 'write the YAML to FILE instead of stdout'],
      ['--fill-blank', 'accept blank human cells and regenerate them'],
      LOAD_LANG,
    ],
    examples: ['cailiang import table.xlsx --out food-safety.rules.yaml'],
    exitCodes: ['0  imported', '2  usage, or a problem in the table (naming its sheet, row and column)', INTERNAL],
  },
  {
    name: 'diff',
    summary: 'what a revision changes, and which fixture cases change outcome, tier or fine range',
    usage: ['cailiang diff --from FILE --to FILE [--fixtures FILE…] [--json] [--lang zh|en]'],
    options: [
      ['--from FILE', 'the rule set before'],
      ['--to FILE', 'the rule set after'],
      ['--fixtures FILE', 'fixture files whose cases are decided under both; repeatable'],
      [
        '--json',
        'print the diff as JSON instead of Markdown tables; a failure is { "error": { code, source, issues } }',
      ],
      LOAD_LANG,
    ],
    examples: [
      'cailiang diff --from food-safety-2023.rules.yaml --to food-safety.rules.yaml --fixtures food-safety.fixtures.yaml',
    ],
    exitCodes: ['0  compared', USAGE_AND_FILES, INTERNAL],
  },
  {
    name: 'evaluate',
    summary: 'post-evaluation (后评估) of benchmarks over the decisions made under them',
    usage: [
      'cailiang evaluate --rules FILE [--rules FILE…] --decisions RECORDS.ndjson --out REPORT.html',
      '                  [--json FILE] [--csv FILE] [--partial FILE] [--shard I/N] [--workers N]',
      '                  [--min-sample N] [--holidays FILE…] [--lang zh|en]',
      'cailiang evaluate --rules FILE [--rules FILE…] --synthetic N [--seed S] [--save-synthetic FILE.ndjson]',
      '                  --out REPORT.html [--json FILE] [--csv FILE] [--min-sample N] [--lang zh|en]',
      'cailiang evaluate merge PARTIAL.json… [--report REPORT.html] [--json FILE] [--csv FILE] [--partial FILE]',
      '                  [--lang zh|en]',
    ],
    options: [
      ['--rules FILE', 'a rule set; repeat for several'],
      [
        '--decisions F',
        'one { "case": …, "imposed": … } per line, as review --batch reads them; a line that cannot be decided is counted by its error code, never dropped',
      ],
      [
        '--synthetic N',
        'evaluate N generated records instead (seeded: --seed, default 1); the report says they are synthetic',
      ],
      ['--save-synthetic F', 'also write the generated records to F (a new file)'],
      ['--out F', 'the report, one self-contained HTML page with its charts'],
      ['--json F, --csv F', 'the same figures as JSON and as CSV'],
      [
        '--partial F',
        'also (or, without --out, only) the exact counts as a partial evaluation (cailiang.evaluation-partial/v1), for cailiang evaluate merge',
      ],
      [
        '--shard I/N',
        "evaluate only lines k with ((k - 1) mod N) + 1 = I; line numbers stay the file's. Run shards 1/N … N/N anywhere, each with --partial, then merge the partials",
      ],
      [
        'merge',
        'combine partial evaluations, in any order and grouping, into the report one run over all records gives (--report is the HTML report there)',
      ],
      ['--workers N', 'worker threads for --decisions (default 1; more need the built CLI)'],
      ['--min-sample N', 'fewest cases behind a share that can make a revision candidate (default 10)'],
      [
        '--lang zh|en',
        'the language of the HTML report and of the summary printed at the end: zh (default) or en; the JSON and CSV are the same in both',
      ],
      HOLIDAYS,
    ],
    examples: [
      'cailiang evaluate --rules food-safety.rules.yaml --decisions records.ndjson --out report.html',
      'cailiang evaluate --rules food-safety.rules.yaml --synthetic 10000 --seed 7 --out report.html --json report.json',
      'cailiang evaluate --rules food-safety.rules.yaml --decisions city.ndjson --shard 2/3 --partial part-2.json',
      'cailiang evaluate merge part-1.json part-2.json part-3.json --report city.html',
    ],
    exitCodes: [
      '0  every record decided',
      '1  some records could not be decided (the report counts them)',
      '2  usage, unreadable rule sets or input, unwritable output',
      INTERNAL,
    ],
    details: 'See docs/evaluation.md for how each figure is computed.',
  },
];

/** The help of `command`, or undefined for a name that is no command. */
export function helpOf(command: string): CommandHelp | undefined {
  return COMMAND_HELP.find((help) => help.name === command);
}

/** A command's usage lines, shown with its usage errors. */
export function usageLines(help: CommandHelp): string {
  return help.usage.join('\n');
}

/** `cailiang COMMAND --help`: usage, options, examples, exit codes, and any details. */
export function formatCommandHelp(help: CommandHelp): string {
  const width = Math.max(0, ...help.options.map(([flag]) => flag.length)) + 2;
  const sections = [
    `cailiang ${help.name} — ${help.summary}`,
    `Usage:\n${help.usage.map((line) => `  ${line}`).join('\n')}`,
    ...(help.options.length === 0
      ? []
      : [`Options:\n${help.options.map(([flag, meaning]) => `  ${flag.padEnd(width)}${meaning}`).join('\n')}`]),
    `Examples:\n${help.examples.map((line) => `  ${line}`).join('\n')}`,
    `Exit codes:\n${help.exitCodes.map((line) => `  ${line}`).join('\n')}`,
    ...(help.details === undefined ? [] : [help.details]),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** `cailiang --help`: every command's usage, then what is common to all. */
export function formatOverview(): string {
  return `cailiang — discretion benchmarks (裁量基准) as machine-checked rule sets

Usage:
${COMMAND_HELP.flatMap((help) => help.usage.map((line) => `  ${line}`)).join('\n')}

Each command's options, examples and exit codes: cailiang COMMAND --help

Limits:     --limit NAME=VALUE raises a limit on input size for trusted input (maxSourceLength,
            maxLineBytes, maxNesting, maxNodes, maxCharacters, maxConditionsPerItem, maxConditions,
            maxAmountDigits, maxAmountDecimals); see docs/reliability.md for the defaults
Exit codes: 0 done · 1 lint errors, failing fixtures, a failed review, or batch lines with error records
            2 bad input or usage, or batch output that cannot be written · 3 internal error
`;
}
