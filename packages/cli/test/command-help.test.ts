import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './support/cli.js';

/** Every command `cailiang --help` lists. */
const COMMANDS = [
  'decide',
  'deadline',
  'review',
  'batch',
  'test',
  'lint',
  'schema',
  'render',
  'import',
  'diff',
  'evaluate',
];

describe('cailiang COMMAND --help', () => {
  it('lists the same commands as cailiang --help', async () => {
    const { stdout } = await runCliCaptured(['--help']);
    expect([...new Set([...stdout.matchAll(/^ {2}cailiang (\w+)/gm)].map((match) => match[1]))]).toEqual(COMMANDS);
  });

  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`${command} ${flag} prints its usage, options, examples and exit codes, and exits 0`, async () => {
        const run = await runCliCaptured([command, flag]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^cailiang ${command} — `));
        expect(run.stdout).toContain(`Usage:\n  cailiang ${command}`);
        expect(run.stdout).toContain(`Examples:\n  cailiang ${command} `);
        expect(run.stdout).toMatch(/Exit codes:\n {2}0 /);
        if (command !== 'schema') expect(run.stdout).toContain('Options:\n  ');
      });
    }

    it(`${command} --help wins over other arguments, even ones that would be refused`, async () => {
      const run = await runCliCaptured([command, '--bogus', '--help']);
      expect([run.code, run.stdout.split('\n')[0]]).toEqual([
        0,
        expect.stringMatching(new RegExp(`^cailiang ${command} — `)),
      ]);
    });

    it(`${command} refuses an unknown option with its own usage, in plain words`, async () => {
      const run = await runCliCaptured([command, '--bogus']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^unknown option --bogus\nusage: cailiang ${command}\\b`));
      expect(run.stderr).toContain(`more: cailiang ${command} --help`);
      expect(run.stderr).not.toMatch(
        /Unknown option|ERR_PARSE_ARGS|To specify a positional argument|argument is ambiguous/,
      );
    });
  }

  it('cailiang help COMMAND is COMMAND --help', async () => {
    expect(await runCliCaptured(['help', 'lint'])).toEqual(await runCliCaptured(['lint', '--help']));
  });
});

describe('the argument parser', () => {
  it('refuses an option given twice that takes one value, rather than keeping the last', async () => {
    const run = await runCliCaptured(['decide', '--rules', 'a.yaml', '--case', 'one.yaml', '--case', 'two.yaml']);
    expect([run.code, run.stderr]).toEqual([
      2,
      expect.stringContaining('--case given twice; give it once\nusage: cailiang decide'),
    ]);
  });

  it('refuses an option without its value, naming it', async () => {
    expect((await runCliCaptured(['decide', '--rules'])).stderr).toContain('--rules needs a value\n');
    expect((await runCliCaptured(['decide', '--rules', '--case', 'c.yaml'])).stderr).toContain(
      '--rules needs a value, got the option --case\n',
    );
  });

  it('refuses a value given to a switch, and an argument a command does not take', async () => {
    expect((await runCliCaptured(['lint', '--json=yes'])).stderr).toContain('--json takes no value\n');
    expect((await runCliCaptured(['schema', 'extra'])).stderr).toContain(
      'unexpected argument "extra"\nusage: cailiang schema',
    );
  });

  it('takes "-" as a value (stdin for review --batch)', async () => {
    const run = await runCliCaptured(['review', '--rules', 'missing.rules.yaml', '--batch', '-']);
    expect(run.stderr).not.toContain('needs a value');
  });
});
