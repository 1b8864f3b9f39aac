import { runCli } from './run-cli.js';

// The `cailiang` executable: arguments in, exit code out; all logic lives in runCli.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true,
  // Functions, so that commands that do not stream never open stdin.
  stdin: () => process.stdin,
  stdoutStream: () => process.stdout,
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
